import type Decimal from 'decimal.js';
import { roundHalfUp } from './achievement-decimal';
import type { AchievementResult } from './compute-achievement';
import { parseDecimal } from './parse-decimal';

/**
 * Writes a number the Indonesian way: `.` between thousands, `,` before decimals (`1.234,56`).
 * With `decimals` the value is rounded half-up to exactly that many decimals; without, every decimal
 * of the value is kept. Text that is not a number comes back unchanged (display never throws).
 *
 * @example formatNumberId('1234.5', 2)   // '1.234,50'
 * @example formatNumberId(-70.5)         // '-70,5'
 */
export function formatNumberId(value: string | number | Decimal, decimals?: number): string {
  const parsed = parseDecimal(value);
  if (parsed.kind !== 'number') return String(value);
  let text = decimals === undefined ? parsed.value.toFixed() : roundHalfUp(parsed.value, decimals);
  let sign = '';
  if (text.startsWith('-')) {
    text = text.slice(1);
    // "-0,00" is what a tiny negative rounds to; nobody should read a sign there.
    if (/[1-9]/.test(text)) sign = '-';
  }
  const [whole, fraction] = text.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${fraction !== undefined ? `,${fraction}` : ''}`;
}

/** A percentage in Indonesian form, no space before the sign: `66,67%`. Default 2 decimals. */
export function formatPercentId(value: string | number | Decimal, decimals = 2): string {
  return `${formatNumberId(value, decimals)}%`;
}

/** Rupiah as Indonesian spelling rules write it, `Rp` joined to the amount: `Rp21.032.050.000`. */
export function formatRupiahId(value: string | number | Decimal, decimals = 0): string {
  const text = formatNumberId(value, decimals);
  return text.startsWith('-') ? `-Rp${text.slice(1)}` : `Rp${text}`;
}

/**
 * An achievement as printed in Indonesian tables: `value` rounded to the indicator's precision with a
 * decimal comma (`66,67`), or "tidak dapat dihitung" (the reason is in the result for a footnote).
 */
export function formatAchievementId(result: AchievementResult): string {
  return result.status === 'ok' ? formatNumberId(result.value, result.precision) : 'tidak dapat dihitung';
}
