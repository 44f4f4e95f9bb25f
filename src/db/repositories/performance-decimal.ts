import Decimal from 'decimal.js';

/**
 * The canonical text of a decimal as stored in performance tables: plain notation, no exponent, no
 * trailing zeros, so `97.70`, `97.7` and `9.77e1` are all stored as `97.7` on both engines.
 *
 * @example decimalText('1180.00') === '1180'
 */
export function decimalText(value: string | number | Decimal): string {
  return new Decimal(value).toFixed();
}

/** As `decimalText`, passing null through. */
export function decimalTextOrNull(value: string | number | Decimal | null | undefined): string | null {
  return value === null || value === undefined ? null : decimalText(value);
}
