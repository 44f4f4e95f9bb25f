import type Decimal from 'decimal.js';
import { AchievementDecimal, type DecimalInput } from './achievement-decimal';

/** What reading one numeric input gave: a decimal, nothing at all, or something that is not a number. */
export type ParsedDecimal =
  | { kind: 'number'; value: AchievementDecimal }
  | { kind: 'missing' }
  | { kind: 'not_a_number'; text: string };

// A sign, digits and one decimal mark ('.' or ','), as stored and as typed; no thousands separators
// (so "1.234" is 1.234, never 1234) and no exponent.
const DECIMAL_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Reads a stored or typed input as a decimal without ever throwing or producing NaN.
 * `null`, `undefined` and blank text are missing; `NaN`/`Infinity` and any other text are not numbers.
 *
 * @example parseDecimal('97,7')   // { kind: 'number', value: 97.7 }
 * @example parseDecimal(' ')      // { kind: 'missing' }
 * @example parseDecimal('WTP')    // { kind: 'not_a_number', text: 'WTP' }
 */
export function parseDecimal(input: DecimalInput | null | undefined): ParsedDecimal {
  if (input === null || input === undefined) return { kind: 'missing' };
  if (typeof input === 'number') {
    // decimal.js reads a number through its shortest round-trip text, so 1.005 stays 1.005.
    return Number.isFinite(input)
      ? { kind: 'number', value: new AchievementDecimal(input) }
      : { kind: 'not_a_number', text: String(input) };
  }
  if (typeof input === 'string') {
    const text = input.trim();
    if (text === '') return { kind: 'missing' };
    if (!DECIMAL_TEXT.test(text)) return { kind: 'not_a_number', text: input };
    return { kind: 'number', value: new AchievementDecimal(text.replace(',', '.')) };
  }
  // Data from outside the type system (a boolean, an object) is reported, never thrown on.
  if (!AchievementDecimal.isDecimal(input)) return { kind: 'not_a_number', text: String(input) };
  const value = new AchievementDecimal(input as Decimal);
  return value.isFinite() ? { kind: 'number', value } : { kind: 'not_a_number', text: input.toString() };
}
