import { describe, expect, it } from 'vitest';
import {
  formatDateId,
  formatDateTimeId,
  formatMonthYearId,
  formatTimeId,
  MONTH_NAMES_ID,
  romanMonth,
} from './format-date-id';

describe('formatDateId', () => {
  it('writes the day without a leading zero and the month by name', () => {
    expect(formatDateId('2026-11-22')).toBe('22 November 2026');
    expect(formatDateId('2026-02-02')).toBe('2 Februari 2026');
    expect(formatDateId('2026-08-17')).toBe('17 Agustus 2026');
  });

  it('adds the weekday when asked', () => {
    expect(formatDateId('2026-11-22', { weekday: true })).toBe('Minggu, 22 November 2026');
    expect(formatDateId('2026-11-23', { weekday: true })).toBe('Senin, 23 November 2026');
    expect(formatDateId('2026-03-20', { weekday: true })).toBe('Jumat, 20 Maret 2026');
  });

  it("reads an instant in the agency's zone", () => {
    // 17:30 UTC on the 21st is already the 22nd in WITA (UTC+8) but still the 22nd 00:30 WIB.
    expect(formatDateId(new Date('2026-11-21T17:30:00Z'), { timeZone: 'Asia/Makassar' })).toBe(
      '22 November 2026',
    );
    expect(formatDateId('2026-11-21T16:30:00.000Z', { timeZone: 'Asia/Jakarta' })).toBe('21 November 2026');
    expect(formatDateId('2026-11-21T16:30:00.000Z', { timeZone: 'Asia/Jayapura' })).toBe('22 November 2026');
  });

  it('gives back what is not a date instead of throwing', () => {
    expect(formatDateId('2026-02-30')).toBe('2026-02-30');
    expect(formatDateId('kemarin')).toBe('kemarin');
    expect(formatDateId('not a timestamp at all')).toBe('not a timestamp at all');
  });

  it('has twelve Indonesian month names', () => {
    expect(MONTH_NAMES_ID).toHaveLength(12);
    expect(MONTH_NAMES_ID[4]).toBe('Mei');
  });
});

describe('formatMonthYearId', () => {
  it('writes month and year', () => {
    expect(formatMonthYearId('2026-11-22')).toBe('November 2026');
    expect(formatMonthYearId('2026-13-01')).toBe('2026-13-01');
  });
});

describe('romanMonth', () => {
  it('numbers months the way letter numbers do', () => {
    expect(romanMonth(11)).toBe('XI');
    expect(romanMonth(4)).toBe('IV');
    expect(romanMonth(9)).toBe('IX');
    expect(romanMonth('2026-07-01')).toBe('VII');
    expect(romanMonth(13)).toBe('');
    expect(romanMonth('July')).toBe('');
  });
});

describe('formatTimeId and formatDateTimeId', () => {
  it('writes the time with a dot and the zone abbreviation', () => {
    expect(formatTimeId(new Date('2026-11-20T02:15:00Z'), 'Asia/Makassar')).toBe('10.15 WITA');
    expect(formatTimeId('2026-11-20T02:05:00Z', 'Asia/Jakarta')).toBe('09.05 WIB');
    expect(formatTimeId('2026-11-20T02:05:00Z', 'Asia/Jayapura')).toBe('11.05 WIT');
  });

  it('joins date and time in the same zone (the date may move across midnight)', () => {
    expect(formatDateTimeId('2026-11-20T02:15:00Z', 'Asia/Makassar')).toBe('20 November 2026 10.15 WITA');
    expect(formatDateTimeId('2026-11-20T16:30:00Z', 'Asia/Makassar')).toBe('21 November 2026 00.30 WITA');
    expect(formatDateTimeId('later', 'Asia/Makassar')).toBe('later');
  });
});
