import Decimal from 'decimal.js';

/**
 * The decimal type every achievement computation uses: a private clone of decimal.js with 34
 * significant digits (IEEE decimal128) and half-up rounding, so no other module's global Decimal
 * settings can change an achievement, and `2/3 × 100` keeps enough digits to round correctly.
 */
export const AchievementDecimal = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});

export type AchievementDecimal = InstanceType<typeof AchievementDecimal>;

/** A value a caller may hand over: stored decimal text, a number, or an already-built decimal. */
export type DecimalInput = string | number | Decimal;

/** Full-precision plain text (no exponent, no trailing zeros): `120`, `66.66666666666666666666666666666667`. */
export function fullText(value: AchievementDecimal): string {
  return value.toFixed();
}

/**
 * Rounds half-up (away from zero on a tie, as a spreadsheet's ROUND does) to `precision` decimals and
 * always writes that many decimals: the display form of a figure.
 *
 * @example roundHalfUp(new AchievementDecimal('1.005'), 2) === '1.01' // binary floats give 1.00
 */
export function roundHalfUp(value: AchievementDecimal, precision: number): string {
  return value.toFixed(precision, Decimal.ROUND_HALF_UP);
}

/** `a × 100 / b`, multiplying first so exact inputs stay exact (84 × 100 / 70 is exactly 120). */
export function percentOf(part: AchievementDecimal, whole: AchievementDecimal): AchievementDecimal {
  return part.times(100).div(whole);
}
