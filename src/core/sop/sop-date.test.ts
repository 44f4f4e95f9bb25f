import { describe, expect, it } from 'vitest';
import { parseSopDate } from './sop-date';

describe('parseSopDate', () => {
  it("reads the seeds' dates", () => {
    expect(parseSopDate('6 Januari 2023')).toEqual({ year: 2023, month: 1, day: 6 });
    expect(parseSopDate('21 Januari 2019')).toEqual({ year: 2019, month: 1, day: 21 });
    expect(parseSopDate('Januari 2023')).toEqual({ year: 2023, month: 1, day: null });
  });

  it('reads abbreviations and ISO dates', () => {
    expect(parseSopDate('17 Agt 2025')).toEqual({ year: 2025, month: 8, day: 17 });
    expect(parseSopDate('1 Nopember 2024')).toEqual({ year: 2024, month: 11, day: 1 });
    expect(parseSopDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it('refuses impossible or unreadable dates', () => {
    expect(parseSopDate('30 Februari 2023')).toBeNull();
    expect(parseSopDate('-')).toBeNull();
    expect(parseSopDate('awal 2023')).toBeNull();
  });
});
