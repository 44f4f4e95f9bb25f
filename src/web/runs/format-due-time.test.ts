import { describe, expect, it } from 'vitest';
import { formatDueTime, zoneLabel } from './format-due-time';

describe('formatDueTime', () => {
  it('writes the due time in the agency zone with its Indonesian abbreviation', () => {
    expect(formatDueTime('2026-11-25T02:00:00Z', 'Asia/Makassar', 'id')).toBe('25 November 2026 10.00 WITA');
    expect(formatDueTime('2026-11-25T02:00:00Z', 'Asia/Jakarta', 'id')).toBe('25 November 2026 09.00 WIB');
    expect(formatDueTime('2026-11-25T02:00:00Z', 'Asia/Jayapura', 'en')).toBe('25 November 2026 11:00 WIT');
  });

  it('crosses midnight into the next day in the agency zone', () => {
    expect(formatDueTime('2026-12-31T16:30:00Z', 'Asia/Makassar', 'id')).toBe('1 Januari 2027 00.30 WITA');
  });

  it('names a zone outside Indonesia by its IANA name', () => {
    expect(zoneLabel('Europe/Amsterdam')).toBe('Europe/Amsterdam');
  });
});
