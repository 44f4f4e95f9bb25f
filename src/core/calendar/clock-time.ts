import { DomainError } from '../errors';

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight of an `HH:MM` time, or `null` when the text is not one. */
export function clockTimeToMinutes(text: string): number | null {
  const match = CLOCK_PATTERN.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** As `clockTimeToMinutes`, but a malformed time is a data error (`CLOCK_TIME_INVALID`) naming its field. */
export function requireClockTime(text: string, field: string): number {
  const minutes = clockTimeToMinutes(text);
  if (minutes === null) {
    throw new DomainError(
      'CLOCK_TIME_INVALID',
      {
        id: `Jam "${text}" tidak valid; gunakan format JJ:MM, misalnya 07:30.`,
        en: `Invalid time "${text}"; use HH:MM, e.g. 07:30.`,
      },
      [{ field, message: { id: 'Format jam JJ:MM', en: 'Time format HH:MM' } }],
    );
  }
  return minutes;
}
