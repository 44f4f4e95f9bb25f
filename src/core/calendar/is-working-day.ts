import { dateToDayNumber, dayNumberOf } from './local-time';
import type { WorkingCalendar } from './working-calendar';
import { prepareCalendar } from './working-periods';

/**
 * Whether a local day has working hours: its (possibly overridden) week schedule has hours that
 * weekday and no holiday closes the office (a `cuti_bersama` day closes it only when
 * `cutiBersamaIsDayOff`). A string is the agency's local date `YYYY-MM-DD`; a `Date` is first
 * read in the agency's time zone.
 *
 * @example isWorkingDay('2026-08-17', calendarWith2026Holidays) // false: Proklamasi Kemerdekaan, a Monday
 */
export function isWorkingDay(date: string | Date, calendar: WorkingCalendar): boolean {
  const dayNumber = typeof date === 'string' ? dateToDayNumber(date) : dayNumberOf(date, calendar.timeZone);
  return prepareCalendar(calendar).periodsOn(dayNumber).length > 0;
}
