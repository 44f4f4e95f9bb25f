import { dateToDayNumber, dayNumberToDate, WEEKDAY_LABELS_ID, type Weekday } from './local-time';
import type { Holiday, HolidayKind, WorkingCalendar } from './working-calendar';
import { daySpansInMinutes, prepareCalendar } from './working-periods';

export interface NonWorkingDay {
  date: string;
  weekday: Weekday;
  /** Why the day is off, for a one-line listing: the strongest holiday kind, else `weekend`. */
  kind: HolidayKind | 'weekend';
  /** The holidays' names joined with " / ", or the Indonesian weekday name ("Sabtu") on a plain weekend. */
  name: string;
  /** The decree of the first holiday that has one. */
  decree?: string;
  /** The week schedule in force that day (regular or override) has no hours on this weekday. */
  weekend: boolean;
  /**
   * The holidays that close the office this day, with kind and decree. Cuti bersama appears only
   * when `cutiBersamaIsDayOff`; otherwise a cuti bersama weekday is a working day and not listed.
   */
  holidays: Holiday[];
}

/** A national holiday outranks a regional one, which outranks collective leave. */
const KIND_RANK: Record<HolidayKind, number> = { libur_nasional: 0, libur_daerah: 1, cuti_bersama: 2 };

/**
 * Every day of a year without working hours, in date order: weekends and days-off holidays (a
 * holiday on a weekend is one entry with both). For `alur calendar days` and the calendar page.
 *
 * @example nonWorkingDays(2026, calendar).find((day) => day.date === '2026-08-17')
 * // { date: '2026-08-17', weekday: 'monday', kind: 'libur_nasional', name: 'Proklamasi Kemerdekaan Republik Indonesia', weekend: false, ... }
 */
export function nonWorkingDays(year: number, calendar: WorkingCalendar): NonWorkingDay[] {
  const prepared = prepareCalendar(calendar);
  const yearText = String(year).padStart(4, '0');
  const first = dateToDayNumber(`${yearText}-01-01`);
  const last = dateToDayNumber(`${yearText}-12-31`);
  const days: NonWorkingDay[] = [];
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    const { schedule, weekday } = prepared.weekdayScheduleOn(dayNumber);
    const weekend = schedule === null || daySpansInMinutes(schedule, `week.${weekday}`).length === 0;
    const holidays = prepared.closingHolidaysOn(dayNumber);
    if (!weekend && holidays.length === 0) continue;
    const strongest = [...holidays].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind])[0];
    const decree = holidays.find((holiday) => holiday.decree)?.decree;
    days.push({
      date: dayNumberToDate(dayNumber),
      weekday,
      kind: strongest?.kind ?? 'weekend',
      name: strongest ? holidays.map((holiday) => holiday.name).join(' / ') : WEEKDAY_LABELS_ID[weekday],
      ...(decree ? { decree } : {}),
      weekend,
      holidays,
    });
  }
  return days;
}
