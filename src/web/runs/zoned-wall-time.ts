/**
 * A wall-clock time typed in a `datetime-local` input ("2026-11-24T09:00"), read in the agency's
 * time zone rather than the browser's, as an ISO instant.
 *
 * @example zonedWallTimeToIso('2026-11-24T09:00', 'Asia/Makassar') // "2026-11-24T01:00:00.000Z"
 */
export function zonedWallTimeToIso(wall: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  return new Date(asUtc - offsetMinutes(asUtc, timeZone) * 60_000).toISOString();
}

/** The zone's offset from UTC at an instant, in minutes (Indonesian zones have no daylight saving). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - instant) / 60_000);
}
