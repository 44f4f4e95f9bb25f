import { dayNumberOf } from './local-time';
import type { WorkingCalendar } from './working-calendar';
import { prepareCalendar } from './working-periods';

/**
 * Working time elapsed from `from` to `to`, in minutes (fractional when the instants carry seconds):
 * the overlap of [from, to) with the calendar's working periods. Zero when `to` is not after `from`.
 * Compare it with `workDurationInMinutes` to judge a step against its time standard; an instant
 * `addWorkingTime` returns for "N jam" lies exactly N × 60 working minutes after its start.
 *
 * @example workingMinutesBetween(fromLocal('2026-03-13 15:00', 'Asia/Jakarta'), fromLocal('2026-03-16 08:30', 'Asia/Jakarta'), calendar) // 150
 */
export function workingMinutesBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!(toMs > fromMs)) return 0;
  const prepared = prepareCalendar(calendar);
  const lastDay = dayNumberOf(to, calendar.timeZone);
  let totalMs = 0;
  for (let dayNumber = dayNumberOf(from, calendar.timeZone); dayNumber <= lastDay; dayNumber++) {
    for (const period of prepared.periodsOn(dayNumber)) {
      const overlap = Math.min(toMs, period.end) - Math.max(fromMs, period.start);
      if (overlap > 0) totalMs += overlap;
    }
  }
  return totalMs / 60_000;
}
