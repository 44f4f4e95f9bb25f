/** Indonesian zone abbreviations of the three national time zones (and their IANA aliases). */
const ZONE_LABELS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "WITA" for `Asia/Makassar`; the IANA name itself for a zone outside Indonesia. */
export function zoneLabel(timeZone: string): string {
  return ZONE_LABELS[timeZone] ?? timeZone;
}

/**
 * A due time as agencies write it: full date, 24-hour time and the zone's Indonesian abbreviation,
 * in the agency's time zone (not the browser's).
 *
 * @example formatDueTime('2026-11-25T02:00:00Z', 'Asia/Makassar', 'id') // "25 November 2026 10.00 WITA"
 * @example formatDueTime('2026-11-25T02:00:00Z', 'Asia/Makassar', 'en') // "25 November 2026 10:00 WITA"
 */
export function formatDueTime(iso: string, timeZone: string, language: 'id' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const month = Number(part('month'));
  const monthName = (language === 'en' ? MONTHS_EN : MONTHS_ID)[month - 1] ?? part('month');
  const separator = language === 'en' ? ':' : '.';
  return `${Number(part('day'))} ${monthName} ${part('year')} ${part('hour')}${separator}${part('minute')} ${zoneLabel(timeZone)}`;
}

// Written out rather than taken from Intl so the text is the same on every browser and ICU build.
const MONTHS_ID = [
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
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
