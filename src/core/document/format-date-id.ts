import { localDateOf, type TimeZoneCode, timeZoneInfo, WEEKDAY_LABELS_ID } from '../calendar';
import { dateToDayNumber, weekdayOfDayNumber } from '../calendar/local-time';

/** Month names as Indonesian documents write them, January first. */
export const MONTH_NAMES_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

const MINUTE_MS = 60_000;

/** A `YYYY-MM-DD` date that exists, or null (display never throws: bad input comes back as written). */
function readDate(date: string): { year: number; month: number; day: number; dayNumber: number } | null {
  try {
    const dayNumber = dateToDayNumber(date);
    return {
      year: Number(date.slice(0, 4)),
      month: Number(date.slice(5, 7)),
      day: Number(date.slice(8, 10)),
      dayNumber,
    };
  } catch {
    return null;
  }
}

/** The local `YYYY-MM-DD` of a date or instant; an instant without a zone is read in WIB. */
function dateText(date: string | Date, timeZone: TimeZoneCode | undefined): string {
  if (typeof date === 'string' && date.length <= 10) return date;
  const at = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(at.getTime()) ? String(date) : localDateOf(at, timeZone ?? 'Asia/Jakarta');
}

/**
 * A date the way Indonesian letters and reports write it, with the month's name and no leading zero.
 * An instant (a `Date` or an ISO timestamp) is first read in the agency's zone (Indonesia has no DST).
 * Text that is not a date comes back unchanged.
 *
 * @example formatDateId('2026-11-22')                    // '22 November 2026'
 * @example formatDateId('2026-11-22', { weekday: true }) // 'Minggu, 22 November 2026'
 * @example formatDateId(new Date('2026-11-21T17:30:00Z'), { timeZone: 'Asia/Makassar' }) // '22 November 2026'
 */
export function formatDateId(
  date: string | Date,
  options: { weekday?: boolean; timeZone?: TimeZoneCode } = {},
): string {
  const text = dateText(date, options.timeZone);
  const parts = readDate(text);
  if (!parts) return String(date);
  const written = `${parts.day} ${MONTH_NAMES_ID[parts.month - 1]} ${parts.year}`;
  if (!options.weekday) return written;
  return `${WEEKDAY_LABELS_ID[weekdayOfDayNumber(parts.dayNumber)]}, ${written}`;
}

/** Month and year: `November 2026` (a report's "keadaan s.d." line, an SOP's Tanggal Pembuatan). */
export function formatMonthYearId(date: string | Date, timeZone?: TimeZoneCode): string {
  const parts = readDate(dateText(date, timeZone));
  return parts ? `${MONTH_NAMES_ID[parts.month - 1]} ${parts.year}` : String(date);
}

/**
 * The Roman numeral of a month (1–12, or the month of a `YYYY-MM-DD` date), as letter numbers write
 * it (`045/123/DISDIK/VII/2025`). Anything else gives an empty string.
 *
 * @example romanMonth(11)           // 'XI'
 * @example romanMonth('2026-07-01') // 'VII'
 */
export function romanMonth(month: number | string): string {
  const n = typeof month === 'number' ? month : (readDate(month)?.month ?? 0);
  return ROMAN_MONTHS[n - 1] ?? '';
}

/**
 * Time of day in the agency's zone, with a dot between hours and minutes as Indonesian spelling rules
 * write it, and the zone's abbreviation.
 *
 * @example formatTimeId(new Date('2026-11-20T02:15:00Z'), 'Asia/Makassar') // '10.15 WITA'
 */
export function formatTimeId(instant: Date | string, timeZone: TimeZoneCode): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return String(instant);
  const zone = timeZoneInfo(timeZone);
  const local = new Date(at.getTime() + zone.utcOffsetMinutes * MINUTE_MS).toISOString();
  return `${local.slice(11, 13)}.${local.slice(14, 16)} ${zone.abbreviation}`;
}

/**
 * Date and time in the agency's zone: what a paraf trail or a signing record prints.
 *
 * @example formatDateTimeId('2026-11-20T02:15:00Z', 'Asia/Makassar') // '20 November 2026 10.15 WITA'
 */
export function formatDateTimeId(instant: Date | string, timeZone: TimeZoneCode): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return String(instant);
  return `${formatDateId(at, { timeZone })} ${formatTimeId(at, timeZone)}`;
}
