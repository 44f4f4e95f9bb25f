import { currentLanguage } from '../i18n/i18n';

/**
 * A calendar date (`YYYY-MM-DD`) as people read it, in the interface language.
 *
 * @example formatDate('2026-08-17') // "17 Agu 2026" in Indonesian, "17 Aug 2026" in English
 */
export function formatDate(isoDate: string | null | undefined, style: 'short' | 'long' = 'short'): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
    weekday: style === 'long' ? 'long' : undefined,
    timeZone: 'UTC',
  }).format(date);
}

/** A moment (ISO date-time) in the given time zone, e.g. "24 Nov 2026 10.30". */
export function formatDateTime(isoDateTime: string, timeZone: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}
