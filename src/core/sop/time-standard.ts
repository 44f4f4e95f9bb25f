import { parseWorkDuration } from '../calendar/work-duration';
import type { TimeStandard } from './sop-definition';

/**
 * Reads a time standard as written in a Mutu Baku row, keeping the text.
 *
 * @example timeStandard('20 Mnit') // { written: '20 Mnit', duration: { amount: 20, unit: 'minute' } }
 * @example timeStandard('sebentar') // { written: 'sebentar', duration: null }
 */
export function timeStandard(written: string): TimeStandard {
  return { written, duration: parseWorkDuration(written) };
}
