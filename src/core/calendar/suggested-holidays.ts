import Holidays from 'date-holidays';
import { DomainError } from '../errors';
import { HOLIDAYS_2026 } from './holidays-2026';
import type { Holiday } from './working-calendar';

/** Years whose SKB 3 Menteri is known and shipped. Add a year here when its decree is signed. */
const DECREED_YEARS: Readonly<Record<number, readonly Holiday[]>> = { 2026: HOLIDAYS_2026 };

/**
 * The holidays to seed an agency's calendar with for a year, in date order, one entry per date.
 *
 * For a year whose decree is shipped (2026) this is the SKB list: national holidays and cuti
 * bersama, source `skb`. For other years it is what the `date-holidays` package computes for
 * Indonesia, all as `libur_nasional` with source `date_holidays`: only an estimate (Islamic dates
 * may be a day off, no cuti bersama), for an administrator to check against the decree once it
 * is out. Two fixes over the package: its 27 Rajab holiday is named Isra Mikraj (the package
 * calls it Maulid), and Easter Sunday is added (the SKB has listed it since 2024). Two holidays
 * on one date are merged into one entry, names joined with " / ".
 *
 * @example suggestedHolidays(2026).length // 25 (17 libur nasional + 8 cuti bersama)
 */
export function suggestedHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    throw new DomainError(
      'YEAR_INVALID',
      { id: `Tahun "${year}" tidak valid.`, en: `Invalid year "${year}".` },
      [{ field: 'year', message: { id: 'Tahun antara 1900 dan 2999', en: 'A year from 1900 to 2999' } }],
    );
  }
  const decreed = DECREED_YEARS[year];
  if (decreed) return decreed.map((holiday) => ({ ...holiday }));
  return computedHolidays(year);
}

function computedHolidays(year: number): Holiday[] {
  const package_ = new Holidays('ID');
  package_.setHoliday('easter', { name: { id: 'Kebangkitan Yesus Kristus (Paskah)' }, type: 'public' });
  const byDate = new Map<string, Holiday>();
  for (const entry of package_.getHolidays(year, 'id')) {
    if (entry.type !== 'public') continue;
    // The package's date reads "2026-03-20 00:00:00 -0600" for Islamic dates; the day is what counts.
    const date = entry.date.slice(0, 10);
    const name = entry.rule.includes('Rajab') ? 'Isra Mikraj Nabi Muhammad SAW' : entry.name;
    const existing = byDate.get(date);
    if (existing) {
      if (!existing.name.split(' / ').includes(name)) existing.name = `${existing.name} / ${name}`;
    } else {
      byDate.set(date, { date, kind: 'libur_nasional', name, source: 'date_holidays' });
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
