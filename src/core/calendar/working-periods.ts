import { requireClockTime } from './clock-time';
import { dateToDayNumber, dayNumberToDate, dayStartMs, type Weekday, weekdayOfDayNumber } from './local-time';
import type { DaySchedule, Holiday, WeekSchedule, WorkingCalendar } from './working-calendar';

const MINUTE_MS = 60_000;

/** A span of working time as UTC milliseconds, start inclusive, end exclusive. */
export interface PeriodMs {
  start: number;
  end: number;
}

/**
 * A calendar prepared for repeated day look-ups: holidays indexed by date, overrides as day-number
 * ranges, each day schedule turned into working spans in minutes after midnight (breaks removed).
 * Built once per public call; calendars are plain data and may change between calls.
 */
export interface PreparedCalendar {
  calendar: WorkingCalendar;
  /** The week schedule in force on a local day (an override's, or the regular one). */
  weekdayScheduleOn(dayNumber: number): { schedule: DaySchedule | null; weekday: Weekday };
  /** Holidays on a local day that close the office (cuti bersama only when the setting says so). */
  closingHolidaysOn(dayNumber: number): Holiday[];
  /** Working spans of a local day as instants; empty on a day off. */
  periodsOn(dayNumber: number): PeriodMs[];
}

/** Working spans of one day schedule in minutes after midnight: [start, end) minus the breaks. */
export function daySpansInMinutes(schedule: DaySchedule, field: string): Array<[number, number]> {
  const start = requireClockTime(schedule.start, `${field}.start`);
  const end = requireClockTime(schedule.end, `${field}.end`);
  let spans: Array<[number, number]> = start < end ? [[start, end]] : [];
  schedule.breaks.forEach((range, index) => {
    const breakStart = requireClockTime(range.start, `${field}.breaks.${index}.start`);
    const breakEnd = requireClockTime(range.end, `${field}.breaks.${index}.end`);
    spans = spans.flatMap(([s, e]): Array<[number, number]> => {
      if (breakEnd <= s || breakStart >= e || breakStart >= breakEnd) return [[s, e]];
      const pieces: Array<[number, number]> = [];
      if (breakStart > s) pieces.push([s, breakStart]);
      if (breakEnd < e) pieces.push([breakEnd, e]);
      return pieces;
    });
  });
  return spans;
}

type WeekSpans = Record<Weekday, Array<[number, number]>>;

function weekSpans(week: WeekSchedule, field: string): WeekSpans {
  const spans = {} as WeekSpans;
  for (const weekday of Object.keys(week) as Weekday[]) {
    const schedule = week[weekday];
    spans[weekday] = schedule ? daySpansInMinutes(schedule, `${field}.${weekday}`) : [];
  }
  return spans;
}

export function prepareCalendar(calendar: WorkingCalendar): PreparedCalendar {
  const regular = weekSpans(calendar.week, 'week');
  const overrides = calendar.overrides.map((override, index) => ({
    from: dateToDayNumber(override.from),
    to: dateToDayNumber(override.to),
    week: override.schedule,
    spans: weekSpans(override.schedule, `overrides.${index}.schedule`),
  }));
  const holidays = new Map<string, Holiday[]>();
  for (const holiday of calendar.holidays) {
    if (holiday.kind === 'cuti_bersama' && !calendar.cutiBersamaIsDayOff) continue;
    const list = holidays.get(holiday.date);
    if (list) list.push(holiday);
    else holidays.set(holiday.date, [holiday]);
  }

  const overrideOn = (dayNumber: number) =>
    overrides.findLast((override) => override.from <= dayNumber && dayNumber <= override.to);

  return {
    calendar,
    weekdayScheduleOn(dayNumber) {
      const weekday = weekdayOfDayNumber(dayNumber);
      const week = overrideOn(dayNumber)?.week ?? calendar.week;
      return { schedule: week[weekday] ?? null, weekday };
    },
    closingHolidaysOn(dayNumber) {
      return holidays.get(dayNumberToDate(dayNumber)) ?? [];
    },
    periodsOn(dayNumber) {
      if (holidays.has(dayNumberToDate(dayNumber))) return [];
      const spans = (overrideOn(dayNumber)?.spans ?? regular)[weekdayOfDayNumber(dayNumber)] ?? [];
      const midnight = dayStartMs(dayNumber, calendar.timeZone);
      return spans.map(([s, e]) => ({ start: midnight + s * MINUTE_MS, end: midnight + e * MINUTE_MS }));
    },
  };
}

/**
 * The working periods of a local date as instants, in order; empty on a day off. Shows a day's
 * hours ("07:30–12:00, 13:00–16:00") with overrides and holidays applied.
 *
 * @example workingPeriodsOn('2026-03-13', calendar).length // 2 (Friday: 07:30–11:30, 13:00–16:30)
 */
export function workingPeriodsOn(date: string, calendar: WorkingCalendar): Array<{ start: Date; end: Date }> {
  return prepareCalendar(calendar)
    .periodsOn(dateToDayNumber(date))
    .map((period) => ({ start: new Date(period.start), end: new Date(period.end) }));
}
