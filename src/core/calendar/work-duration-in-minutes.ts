import { invalidWorkDuration, noWorkingTime } from './calendar-errors';
import type { WorkDuration } from './work-duration';
import type { WorkingCalendar } from './working-calendar';
import { daySpansInMinutes } from './working-periods';

/**
 * The length of "1 hari" in working minutes: the mean length of the regular week's working days
 * (overrides and holidays aside, since a duration has no date). Under the Perpres 21/2023 default
 * every working day is 7.5 h, so 450; under the Ramadan week 390 (32.5 h / 5).
 * Throws `CALENDAR_HAS_NO_WORKING_TIME` when the week has no working day.
 */
export function workingDayMinutes(calendar: Pick<WorkingCalendar, 'week'>): number {
  const lengths = Object.entries(calendar.week)
    .map(([weekday, schedule]) =>
      schedule
        ? daySpansInMinutes(schedule, `week.${weekday}`).reduce((sum, [start, end]) => sum + end - start, 0)
        : 0,
    )
    .filter((minutes) => minutes > 0);
  if (lengths.length === 0) throw noWorkingTime();
  return lengths.reduce((sum, minutes) => sum + minutes, 0) / lengths.length;
}

/**
 * A time standard in working minutes, for comparing it with `workingMinutesBetween`:
 * minutes as written, hours × 60, days × `workingDayMinutes` (450 under the default week).
 *
 * @example workDurationInMinutes({ amount: 1, unit: 'day' }, createWorkingCalendar({ timeZone: 'Asia/Jakarta' })) // 450
 */
export function workDurationInMinutes(
  duration: WorkDuration,
  calendar: Pick<WorkingCalendar, 'week'>,
): number {
  if (!Number.isFinite(duration.amount) || duration.amount < 0) throw invalidWorkDuration(duration);
  switch (duration.unit) {
    case 'minute':
      return duration.amount;
    case 'hour':
      return duration.amount * 60;
    case 'day':
      return duration.amount * workingDayMinutes(calendar);
  }
}
