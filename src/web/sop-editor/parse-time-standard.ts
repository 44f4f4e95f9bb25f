import type { SopDefinitionDto } from '../../contract';

export type TimeStandardDto = NonNullable<SopDefinitionDto['steps'][number]['mutuBaku'][number]['time']>;
type Duration = NonNullable<TimeStandardDto['duration']>;

// The same readings the server accepts (it compares its own reading with the one sent): "Menit",
// "Mnit", "mnt", "Jam", "Hari", "hr", and English words.
const UNIT_WORDS: Array<[RegExp, Duration['unit']]> = [
  [/^(m(e)?n(i)?t|mnt|minutes?|min)$/i, 'minute'],
  [/^(jam|j|hours?|h)$/i, 'hour'],
  [/^(hari|hr|days?|d)$/i, 'day'],
];

/**
 * Reads a Mutu Baku time as written, keeping the text. Unreadable text keeps `duration: null`, so
 * the server names the step in its problems; empty text means no time standard at all.
 *
 * @example parseTimeStandard('20 Mnit') // { written: '20 Mnit', duration: { amount: 20, unit: 'minute' } }
 * @example parseTimeStandard('sebentar') // { written: 'sebentar', duration: null }
 * @example parseTimeStandard('  ') // null
 */
export function parseTimeStandard(written: string): TimeStandardDto | null {
  if (written.trim() === '') return null;
  return { written, duration: readDuration(written) };
}

function readDuration(text: string): Duration | null {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([A-Za-z]+)\.?\s*$/.exec(text);
  if (!match) return null;
  const amount = Number(match[1]!.replace(',', '.'));
  if (!Number.isFinite(amount) || amount <= 0) return null;
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(match[2]!)) return { amount, unit };
  return null;
}
