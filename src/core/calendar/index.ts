/**
 * The working-time calendar: Perpres 21/2023 hours, holidays (SKB 3 Menteri), Ramadan overrides and
 * the three Indonesian time zones; due times and elapsed working time. Pure: time is passed in.
 */
export { addWorkingTime } from './add-working-time';
export { MAX_DAYS_WITHOUT_WORK } from './calendar-errors';
export { clockTimeToMinutes } from './clock-time';
export { HOLIDAYS_2026, SKB_2026_DECREE } from './holidays-2026';
export { isWorkingDay } from './is-working-day';
export { formatLocal, fromLocal, localDateOf, WEEKDAY_LABELS_ID, WEEKDAYS, type Weekday } from './local-time';
export { nextWorkingMoment } from './next-working-moment';
export { type NonWorkingDay, nonWorkingDays } from './non-working-days';
export { suggestedHolidays } from './suggested-holidays';
export { isTimeZoneCode, TIME_ZONES, type TimeZoneCode, type TimeZoneInfo, timeZoneInfo } from './time-zones';
export { assertValidWorkingCalendar, validateWorkingCalendar } from './validate-working-calendar';
export {
  formatWorkDuration,
  parseWorkDuration,
  type WorkDuration,
  type WorkDurationUnit,
} from './work-duration';
export { workDurationInMinutes, workingDayMinutes } from './work-duration-in-minutes';
export {
  type ClockTime,
  createWorkingCalendar,
  type DaySchedule,
  defaultWeekSchedule,
  type Holiday,
  type HolidayKind,
  type HolidaySource,
  ramadanWeekSchedule,
  type ScheduleOverride,
  type TimeRange,
  type WeekSchedule,
  type WorkingCalendar,
} from './working-calendar';
export { workingMinutesBetween } from './working-minutes-between';
export { workingPeriodsOn } from './working-periods';
