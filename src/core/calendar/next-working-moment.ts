import { MAX_DAYS_WITHOUT_WORK, noWorkingTime } from './calendar-errors';
import { dayNumberOf } from './local-time';
import type { WorkingCalendar } from './working-calendar';
import { type PreparedCalendar, prepareCalendar } from './working-periods';

/** Where a search for working time landed: the instant and the local day it lies in. */
export interface WorkingMoment {
  at: number;
  dayNumber: number;
}

/** The first instant at or after `ms` that is working time. Throws `CALENDAR_HAS_NO_WORKING_TIME`. */
export function findNextWorkingMoment(prepared: PreparedCalendar, ms: number): WorkingMoment {
  let dayNumber = dayNumberOf(new Date(ms), prepared.calendar.timeZone);
  for (let idleDays = 0; idleDays <= MAX_DAYS_WITHOUT_WORK; dayNumber++) {
    const periods = prepared.periodsOn(dayNumber);
    if (periods.length === 0) {
      idleDays++;
      continue;
    }
    idleDays = 0;
    for (const period of periods) {
      if (period.end > ms) return { at: Math.max(ms, period.start), dayNumber };
    }
  }
  throw noWorkingTime();
}

/**
 * The instant itself when it is working time, else the start of the next working period: after
 * closing or on a day off it is the next working day's opening, inside a break the break's end.
 * Working periods are half-open, so closing time itself (16:00) is not working time.
 *
 * @example nextWorkingMoment(fromLocal('2026-03-13 17:00', 'Asia/Jakarta'), calendar) // Mon 2026-03-16 07:30 WIB
 */
export function nextWorkingMoment(instant: Date, calendar: WorkingCalendar): Date {
  return new Date(findNextWorkingMoment(prepareCalendar(calendar), instant.getTime()).at);
}
