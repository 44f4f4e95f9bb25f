import { describe, expect, it } from 'vitest';
import { formatLocal, fromLocal, localDateOf } from './local-time';
import { TIME_ZONES, timeZoneInfo } from './time-zones';

describe('time zones', () => {
  it('lists WIB, WITA and WIT with fixed offsets', () => {
    expect(TIME_ZONES.map((zone) => [zone.code, zone.abbreviation, zone.utcOffsetMinutes])).toEqual([
      ['Asia/Jakarta', 'WIB', 420],
      ['Asia/Makassar', 'WITA', 480],
      ['Asia/Jayapura', 'WIT', 540],
    ]);
    expect(timeZoneInfo('Asia/Makassar').label).toBe('Waktu Indonesia Tengah');
  });

  it('refuses a zone outside Indonesia', () => {
    expect(() => timeZoneInfo('Asia/Pontianak')).toThrow(
      expect.objectContaining({ code: 'TIME_ZONE_UNKNOWN' }),
    );
  });
});

describe('formatLocal and fromLocal', () => {
  const instant = new Date('2026-03-25T01:30:00Z');

  it('writes one instant in each zone', () => {
    expect(formatLocal(instant, 'Asia/Jakarta')).toBe('2026-03-25 08:30 WIB');
    expect(formatLocal(instant, 'Asia/Makassar')).toBe('2026-03-25 09:30 WITA');
    expect(formatLocal(instant, 'Asia/Jayapura')).toBe('2026-03-25 10:30 WIT');
  });

  it('reads local times back to the same instant', () => {
    expect(fromLocal('2026-03-25 09:30', 'Asia/Makassar').toISOString()).toBe('2026-03-25T01:30:00.000Z');
    expect(fromLocal('2026-03-25T09:30', 'Asia/Makassar').toISOString()).toBe('2026-03-25T01:30:00.000Z');
    expect(fromLocal('2026-03-25 09:30 WITA', 'Asia/Makassar').toISOString()).toBe(
      '2026-03-25T01:30:00.000Z',
    );
    expect(fromLocal('2026-03-25', 'Asia/Jakarta').toISOString()).toBe('2026-03-24T17:00:00.000Z');
  });

  it.each([
    ['2026-03-25 09:30 WIB', 'LOCAL_TIME_INVALID'],
    ['2026-03-25 24:00', 'LOCAL_TIME_INVALID'],
    ['25-03-2026 09:30', 'LOCAL_TIME_INVALID'],
    ['2026-02-30 09:30', 'DATE_INVALID'],
  ])('refuses %j', (text, code) => {
    expect(() => fromLocal(text, 'Asia/Makassar')).toThrow(expect.objectContaining({ code }));
  });

  it('takes the local date in the agency zone, not UTC', () => {
    expect(localDateOf(new Date('2026-03-24T17:30:00Z'), 'Asia/Jakarta')).toBe('2026-03-25');
    expect(localDateOf(new Date('2026-03-24T16:59:00Z'), 'Asia/Jakarta')).toBe('2026-03-24');
    expect(localDateOf(new Date('2026-03-24T15:30:00Z'), 'Asia/Jayapura')).toBe('2026-03-25');
  });
});
