type Translate = (key: string, values: Record<string, number>) => string;

/**
 * Working minutes as hours and minutes, rounded to the minute, through the `duration.*` texts.
 *
 * @example formatWorkingMinutes(80, t) // "1 j 20 m" in Indonesian, "1 h 20 m" in English
 * @example formatWorkingMinutes(120, t) // "2 j"
 */
export function formatWorkingMinutes(minutes: number, t: Translate): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return t('duration.m', { m });
  if (m === 0) return t('duration.h', { h });
  return t('duration.hm', { h, m });
}
