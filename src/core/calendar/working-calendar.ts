import type { Weekday } from './local-time';
import type { TimeZoneCode } from './time-zones';

/**
 * An agency's working-time calendar: its zone, its weekly hours, its holidays and dated overrides
 * (Ramadan hours). Plain data, so that it can be stored, edited by an administrator and sent over
 * the wire; every calendar function takes it as an argument.
 */

/** A local wall-clock time, `HH:MM` in 24-hour form ("07:30", "16:00"). */
export type ClockTime = string;

/** A span of local time within one day; start inclusive, end exclusive. */
export interface TimeRange {
  start: ClockTime;
  end: ClockTime;
}

/** The hours of one working day: office opens at `start`, closes at `end`; `breaks` are not working time. */
export interface DaySchedule {
  start: ClockTime;
  end: ClockTime;
  breaks: TimeRange[];
}

/** Hours per weekday; `null` is a day off (Saturday and Sunday by default). */
export type WeekSchedule = Record<Weekday, DaySchedule | null>;

export type HolidayKind = 'libur_nasional' | 'cuti_bersama' | 'libur_daerah';
export type HolidaySource = 'skb' | 'date_holidays' | 'admin';

export interface Holiday {
  /** Local calendar date in the agency's zone, `YYYY-MM-DD`. */
  date: string;
  kind: HolidayKind;
  /** Indonesian name as the decree writes it ("Idul Fitri 1447 Hijriah"). */
  name: string;
  /** Reference of the decree that set the day, e.g. the SKB 3 Menteri numbers. */
  decree?: string;
  source: HolidaySource;
}

/**
 * A different week schedule for a range of dates, both ends inclusive (Ramadan hours). Holidays
 * still apply inside the range. When ranges overlap, the later entry in the list wins.
 */
export interface ScheduleOverride {
  from: string;
  to: string;
  schedule: WeekSchedule;
  /** What the override is for, shown to people: "Ramadan 1447 H". */
  name?: string;
}

export interface WorkingCalendar {
  timeZone: TimeZoneCode;
  week: WeekSchedule;
  holidays: Holiday[];
  /**
   * Whether a `cuti_bersama` day is a day off. Cuti bersama is collective leave taken from annual
   * leave, not a public holiday; agencies normally close (the default, `true`), but some services
   * stay open, so it is a setting.
   */
  cutiBersamaIsDayOff: boolean;
  overrides: ScheduleOverride[];
}

/**
 * The Perpres 21/2023 default week: 37.5 working hours, 7.5 a day, starting 07:30.
 * Monday–Thursday 07:30–16:00 with a 60-minute break 12:00–13:00 (8.5 h − 1 h);
 * Friday 07:30–16:30 with a 90-minute break 11:30–13:00 for Friday prayer (9 h − 1.5 h).
 * Saturday and Sunday off. Returns a fresh object each call, so callers may edit it.
 */
export function defaultWeekSchedule(): WeekSchedule {
  const monToThu = (): DaySchedule => ({
    start: '07:30',
    end: '16:00',
    breaks: [{ start: '12:00', end: '13:00' }],
  });
  return {
    monday: monToThu(),
    tuesday: monToThu(),
    wednesday: monToThu(),
    thursday: monToThu(),
    friday: { start: '07:30', end: '16:30', breaks: [{ start: '11:30', end: '13:00' }] },
    saturday: null,
    sunday: null,
  };
}

/**
 * Ramadan hours: 32.5 working hours a week, starting 08:00 (Perpres 21/2023). The regulation fixes
 * the total and the start, not the split; this default follows the split the MenPAN-RB circulars
 * have used:
 * Monday–Thursday 08:00–15:00 with a 30-minute break 12:00–12:30 (7 h − 0.5 h = 6.5 h, ×4 = 26 h);
 * Friday 08:00–15:30 with a 60-minute break 11:30–12:30 for Friday prayer (7.5 h − 1 h = 6.5 h).
 * 26 h + 6.5 h = 32.5 h. An administrator can change any of it.
 */
export function ramadanWeekSchedule(): WeekSchedule {
  const monToThu = (): DaySchedule => ({
    start: '08:00',
    end: '15:00',
    breaks: [{ start: '12:00', end: '12:30' }],
  });
  return {
    monday: monToThu(),
    tuesday: monToThu(),
    wednesday: monToThu(),
    thursday: monToThu(),
    friday: { start: '08:00', end: '15:30', breaks: [{ start: '11:30', end: '12:30' }] },
    saturday: null,
    sunday: null,
  };
}

/**
 * A calendar with the defaults filled in: Perpres 21/2023 week, cuti bersama as days off, no
 * holidays and no overrides unless given.
 *
 * @example createWorkingCalendar({ timeZone: 'Asia/Makassar', holidays: suggestedHolidays(2026) })
 */
export function createWorkingCalendar(
  options: Pick<WorkingCalendar, 'timeZone'> & Partial<Omit<WorkingCalendar, 'timeZone'>>,
): WorkingCalendar {
  return {
    timeZone: options.timeZone,
    week: options.week ?? defaultWeekSchedule(),
    holidays: options.holidays ?? [],
    cutiBersamaIsDayOff: options.cutiBersamaIsDayOff ?? true,
    overrides: options.overrides ?? [],
  };
}
