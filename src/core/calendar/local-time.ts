import { DomainError } from '../errors';
import { type TimeZoneCode, timeZoneInfo } from './time-zones';

/**
 * Conversions between instants (`Date`) and an agency's local wall clock.
 *
 * Internally a local calendar day is a *day number*: whole days since 1970-01-01 in that zone.
 * Working-time arithmetic walks day numbers, which needs no time-zone database because the
 * Indonesian zones have fixed offsets.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Weekday names in the order of `Date#getUTCDay` (0 = Sunday). */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Indonesian weekday names, as documents and screens write them. */
export const WEEKDAY_LABELS_ID: Readonly<Record<Weekday, string>> = {
  sunday: 'Minggu',
  monday: 'Senin',
  tuesday: 'Selasa',
  wednesday: 'Rabu',
  thursday: 'Kamis',
  friday: 'Jumat',
  saturday: 'Sabtu',
};

function offsetMs(timeZone: TimeZoneCode): number {
  return timeZoneInfo(timeZone).utcOffsetMinutes * MINUTE_MS;
}

/** The local day number of an instant. */
export function dayNumberOf(instant: Date, timeZone: TimeZoneCode): number {
  return Math.floor((instant.getTime() + offsetMs(timeZone)) / DAY_MS);
}

/** The instant at which a local day begins (local midnight), in UTC milliseconds. */
export function dayStartMs(dayNumber: number, timeZone: TimeZoneCode): number {
  return dayNumber * DAY_MS - offsetMs(timeZone);
}

export function dayNumberToDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` date; throws `DATE_INVALID` for anything else (including 2026-02-30). */
export function dateToDayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new DomainError('DATE_INVALID', {
      id: `Tanggal "${date}" tidak valid; gunakan format TTTT-BB-HH.`,
      en: `Invalid date "${date}"; use YYYY-MM-DD.`,
    });
  }
  return ms / DAY_MS;
}

export function weekdayOfDayNumber(dayNumber: number): Weekday {
  // Day 0 (1970-01-01) was a Thursday.
  return WEEKDAYS[(((dayNumber + 4) % 7) + 7) % 7]!;
}

/** The agency-local calendar date of an instant. @example localDateOf(new Date('2026-03-24T17:30:00Z'), 'Asia/Jakarta') // '2026-03-25' */
export function localDateOf(instant: Date, timeZone: TimeZoneCode): string {
  return dayNumberToDate(dayNumberOf(instant, timeZone));
}

/**
 * Writes an instant as the agency reads it: date, 24-hour time and zone abbreviation.
 *
 * @example formatLocal(new Date('2026-03-25T01:30:00Z'), 'Asia/Makassar') // '2026-03-25 09:30 WITA'
 */
export function formatLocal(instant: Date, timeZone: TimeZoneCode): string {
  const zone = timeZoneInfo(timeZone);
  const local = new Date(instant.getTime() + zone.utcOffsetMinutes * MINUTE_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)} ${zone.abbreviation}`;
}

const LOCAL_PATTERN = /^\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(WIB|WITA|WIT)?\s*$/i;

/**
 * Reads a local wall-clock time in the agency's zone ("2026-03-25 09:30", "2026-03-25T09:30",
 * optionally followed by the zone's own abbreviation; a bare date is its local midnight) and
 * returns the instant. Throws
 * `LOCAL_TIME_INVALID` for other text, or when the written abbreviation is not the zone's.
 *
 * @example fromLocal('2026-03-25 09:30', 'Asia/Makassar').toISOString() // '2026-03-25T01:30:00.000Z'
 */
export function fromLocal(text: string, timeZone: TimeZoneCode): Date {
  const zone = timeZoneInfo(timeZone);
  const match = LOCAL_PATTERN.exec(text);
  const hour = match ? Number(match[2] ?? 0) : Number.NaN;
  const minute = match ? Number(match[3] ?? 0) : Number.NaN;
  const second = match?.[4] ? Number(match[4]) : 0;
  const abbreviation = match?.[5]?.toUpperCase();
  if (
    !match ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    (abbreviation !== undefined && abbreviation !== zone.abbreviation)
  ) {
    throw new DomainError('LOCAL_TIME_INVALID', {
      id: `Waktu "${text}" tidak valid; gunakan TTTT-BB-HH JJ:MM (${zone.abbreviation}).`,
      en: `Invalid local time "${text}"; use YYYY-MM-DD HH:MM (${zone.abbreviation}).`,
    });
  }
  const ms =
    dayStartMs(dateToDayNumber(match[1]!), timeZone) + (hour * 60 + minute) * MINUTE_MS + second * 1000;
  return new Date(ms);
}
