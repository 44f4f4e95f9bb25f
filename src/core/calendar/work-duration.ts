/**
 * A time standard (waktu, in an SOP's Mutu Baku) as a working-time duration.
 *
 * Units stay distinct: "1 Hari" is one working day (never 24 hours, never 7.5 hours added blindly),
 * "32 Jam" is 32 working hours, "15 menit" 15 working minutes.
 */
export type WorkDurationUnit = 'minute' | 'hour' | 'day';

export interface WorkDuration {
  amount: number;
  unit: WorkDurationUnit;
}

const UNIT_WORDS: Array<[RegExp, WorkDurationUnit]> = [
  // Tolerates the spellings found in real SOPs: "Menit", "Mnit", "mnt", "Jam", "Hari", "hr".
  [/^(m(e)?n(i)?t|mnt|minutes?|min)$/i, 'minute'],
  [/^(jam|j|hours?|h)$/i, 'hour'],
  [/^(hari|hr|days?|d)$/i, 'day'],
];

/**
 * Parses a time standard as written in an SOP ("15 menit", "2 Jam", "1 Hari", "20 Mnit", "32 Jam", "1,5 jam").
 * Returns `null` when the text is not a time standard (the caller names the step in its error).
 *
 * @example parseWorkDuration('20 Mnit') // { amount: 20, unit: 'minute' }
 */
export function parseWorkDuration(text: string): WorkDuration | null {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([A-Za-z]+)\.?\s*$/.exec(text);
  if (!match) return null;
  const amount = Number(match[1]!.replace(',', '.'));
  if (!Number.isFinite(amount) || amount <= 0) return null;
  for (const [pattern, unit] of UNIT_WORDS) {
    if (pattern.test(match[2]!)) return { amount, unit };
  }
  return null;
}

/** Writes a duration back the way Indonesian SOPs write it: "15 menit", "2 jam", "1 hari". */
export function formatWorkDuration(duration: WorkDuration): string {
  const amount = String(duration.amount).replace('.', ',');
  const word = duration.unit === 'minute' ? 'menit' : duration.unit === 'hour' ? 'jam' : 'hari';
  return `${amount} ${word}`;
}
