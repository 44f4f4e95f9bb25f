/**
 * Numbers the Indonesian way for the screens: `.` between thousands, `,` before decimals
 * (`1.234,56`). Works on the API's decimal strings without going through floating point, so
 * `21032050000` and `97.7` print exactly. Text that is not a number comes back unchanged.
 *
 * @example formatNumberId('1234.5', 2) // '1.234,50'
 */
export function formatNumberId(value: string | number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || value === '') return '–';
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const negative = text.startsWith('-');
  let [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  if (decimals !== undefined) {
    const rounded = roundHalfUp(whole, fraction, decimals);
    whole = rounded.whole;
    fraction = rounded.fraction;
  }
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = negative && /[1-9]/.test(whole + fraction) ? '-' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A percentage with 2 decimals and no space before the sign: `66,67%`. */
export function formatPercentId(value: string | null | undefined): string {
  return value === null || value === undefined ? '–' : `${formatNumberId(value, 2)}%`;
}

/** Rupiah as written in Indonesian: `Rp21.032.050.000`. */
export function formatRupiahId(value: string | null | undefined): string {
  return value === null || value === undefined ? '–' : `Rp${formatNumberId(value, 0)}`;
}

function roundHalfUp(whole: string, fraction: string, decimals: number) {
  const padded = fraction.padEnd(decimals + 1, '0');
  const keep = padded.slice(0, decimals);
  const up = Number(padded[decimals]) >= 5;
  const digits = (whole + keep).split('').map(Number);
  if (up) {
    let k = digits.length - 1;
    while (k >= 0) {
      if (digits[k]! < 9) {
        digits[k]! += 1;
        break;
      }
      digits[k] = 0;
      k--;
    }
    if (k < 0) digits.unshift(1);
  }
  const all = digits.join('');
  const cut = all.length - decimals;
  return { whole: all.slice(0, cut).replace(/^0+(?=\d)/, ''), fraction: all.slice(cut) };
}
