import { describe, expect, it } from 'vitest';
import { HOLIDAYS_2026, SKB_2026_DECREE } from './holidays-2026';
import { suggestedHolidays } from './suggested-holidays';

const datesOf = (kind: string) => HOLIDAYS_2026.filter((h) => h.kind === kind).map((h) => h.date);

describe('the 2026 SKB holidays', () => {
  it('has the 17 national holidays of the decree', () => {
    expect(datesOf('libur_nasional')).toEqual([
      '2026-01-01',
      '2026-01-16',
      '2026-02-17',
      '2026-03-19',
      '2026-03-21',
      '2026-03-22',
      '2026-04-03',
      '2026-04-05',
      '2026-05-01',
      '2026-05-14',
      '2026-05-27',
      '2026-05-31',
      '2026-06-01',
      '2026-06-16',
      '2026-08-17',
      '2026-08-25',
      '2026-12-25',
    ]);
  });

  it('has the 8 cuti bersama days of the decree', () => {
    expect(datesOf('cuti_bersama')).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
  });

  it('cites the decree on every day and names 16 January as Isra Mikraj', () => {
    expect(HOLIDAYS_2026.every((h) => h.decree === SKB_2026_DECREE && h.source === 'skb')).toBe(true);
    expect(HOLIDAYS_2026.find((h) => h.date === '2026-01-16')?.name).toBe('Isra Mikraj Nabi Muhammad SAW');
  });

  it('is in date order with one entry per date', () => {
    const dates = HOLIDAYS_2026.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(25);
  });
});

describe('suggestedHolidays', () => {
  it('returns a copy of the SKB list for 2026', () => {
    const suggested = suggestedHolidays(2026);
    expect(suggested).toEqual(HOLIDAYS_2026);
    suggested[0]!.name = 'changed';
    expect(HOLIDAYS_2026[0]!.name).toBe('Tahun Baru 2026 Masehi');
  });

  it('falls back to date-holidays for a year without a shipped decree', () => {
    const holidays = suggestedHolidays(2027);
    expect(holidays.every((h) => h.kind === 'libur_nasional' && h.source === 'date_holidays')).toBe(true);
    expect(holidays.every((h) => h.decree === undefined)).toBe(true);
    const byDate = new Map(holidays.map((h) => [h.date, h.name]));
    expect(byDate.has('2027-08-17')).toBe(true);
    // Easter Sunday 2027 is 28 March; the package lacks it and we add it.
    expect(byDate.get('2027-03-28')).toBe('Kebangkitan Yesus Kristus (Paskah)');
    // 27 Rajab 1448 is named for what it is, not "Maulid".
    expect(byDate.get('2027-01-05')).toBe('Isra Mikraj Nabi Muhammad SAW');
    // 27 Rajab 1449 falls on Christmas 2027: one entry, both names.
    expect(byDate.get('2027-12-25')?.split(' / ').sort()).toEqual([
      'Hari Raya Natal',
      'Isra Mikraj Nabi Muhammad SAW',
    ]);
    const dates = holidays.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('refuses a year that is not a whole number', () => {
    expect(() => suggestedHolidays(2026.5)).toThrow(expect.objectContaining({ code: 'YEAR_INVALID' }));
  });
});
