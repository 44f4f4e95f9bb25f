import { invalidWorkDuration, MAX_DAYS_WITHOUT_WORK, noWorkingTime } from './calendar-errors';
import { dayStartMs } from './local-time';
import { findNextWorkingMoment } from './next-working-moment';
import type { WorkDuration } from './work-duration';
import { workingDayMinutes } from './work-duration-in-minutes';
import type { WorkingCalendar } from './working-calendar';
import { type PreparedCalendar, prepareCalendar } from './working-periods';

const MINUTE_MS = 60_000;

/**
 * The due time of a step that starts at `start` and has the time standard `duration`.
 *
 * A start outside working time first moves to the next working moment (`nextWorkingMoment`):
 * Saturday → Monday 07:30, 17:00 → next working day 07:30, 12:15 → 13:00.
 *
 * Minutes and hours count working time only: nights, breaks, weekends and days-off holidays do not
 * run the clock. When the time runs out exactly at the end of a working period, the due time is
 * that end (07:30 + "7,5 jam" → 16:00 the same day, not 07:30 the next morning).
 *
 * Days count working days: the due time is the same local clock time N working days later
 * (Monday 10:00 + "1 Hari" → Tuesday 10:00; Friday 14:00 + "1 Hari" → Monday 14:00, or the next
 * working day after a holiday). When that clock time is not working time on the target day
 * (Friday's longer day, a differently placed break, Ramadan hours), the due time is:
 * - after the target day's closing → its closing time (Friday 16:15 → Monday 16:00);
 * - inside a break → the start of that break (Thursday 11:45 → Friday 11:30);
 * - before the opening → the opening (07:45 → 08:00 on a Ramadan day).
 * These are the latest working-time positions not later than the clock time, so the mapping never
 * runs backwards and a break costs no working time. A day-off between start and target is skipped.
 * A fractional day count ("1,5 hari") takes the whole days this way and then adds the fraction of
 * `workingDayMinutes` as working minutes.
 *
 * The start of a working day and the end of the previous one are the same moment in working time
 * (nothing runs between 16:00 and 07:30), so 07:30 + "1 Hari" gives 07:30 the next working day.
 *
 * A zero duration gives the next working moment. Throws `WORK_DURATION_INVALID` for a negative or
 * non-finite amount and `CALENDAR_HAS_NO_WORKING_TIME` for a calendar without working hours.
 *
 * @example
 * const calendar = createWorkingCalendar({ timeZone: 'Asia/Jakarta' });
 * formatLocal(addWorkingTime(fromLocal('2026-03-13 14:00', 'Asia/Jakarta'), { amount: 1, unit: 'day' }, calendar), 'Asia/Jakarta')
 * // '2026-03-16 14:00 WIB'
 */
export function addWorkingTime(start: Date, duration: WorkDuration, calendar: WorkingCalendar): Date {
  if (!Number.isFinite(duration.amount) || duration.amount < 0) throw invalidWorkDuration(duration);
  const prepared = prepareCalendar(calendar);
  if (duration.unit !== 'day') {
    const minutes = duration.unit === 'hour' ? duration.amount * 60 : duration.amount;
    return new Date(addWorkingMs(prepared, start.getTime(), Math.round(minutes * MINUTE_MS)));
  }
  const wholeDays = Math.floor(duration.amount);
  const fraction = duration.amount - wholeDays;
  const afterDays = addWorkingDays(prepared, start.getTime(), wholeDays);
  if (fraction === 0) return new Date(afterDays);
  const fractionMs = Math.round(fraction * workingDayMinutes(calendar) * MINUTE_MS);
  return new Date(addWorkingMs(prepared, afterDays, fractionMs));
}

function addWorkingMs(prepared: PreparedCalendar, startMs: number, amountMs: number): number {
  let { at: cursor, dayNumber } = findNextWorkingMoment(prepared, startMs);
  let remaining = amountMs;
  for (let idleDays = 0; idleDays <= MAX_DAYS_WITHOUT_WORK; dayNumber++) {
    const periods = prepared.periodsOn(dayNumber);
    idleDays = periods.length === 0 ? idleDays + 1 : 0;
    for (const period of periods) {
      if (period.end <= cursor) continue;
      const from = Math.max(cursor, period.start);
      const available = period.end - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
      cursor = period.end;
    }
  }
  throw noWorkingTime();
}

function addWorkingDays(prepared: PreparedCalendar, startMs: number, days: number): number {
  const { timeZone } = prepared.calendar;
  const first = findNextWorkingMoment(prepared, startMs);
  if (days === 0) return first.at;
  const clockMs = first.at - dayStartMs(first.dayNumber, timeZone);

  let dayNumber = first.dayNumber;
  let counted = 0;
  let idleDays = 0;
  while (counted < days) {
    dayNumber++;
    if (prepared.periodsOn(dayNumber).length > 0) {
      counted++;
      idleDays = 0;
    } else if (++idleDays > MAX_DAYS_WITHOUT_WORK) {
      throw noWorkingTime();
    }
  }

  const periods = prepared.periodsOn(dayNumber);
  const wanted = dayStartMs(dayNumber, timeZone) + clockMs;
  let due = periods[0]!.start;
  for (const period of periods) {
    if (wanted < period.start) break;
    due = Math.min(wanted, period.end);
  }
  return due;
}
