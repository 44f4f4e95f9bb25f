import { type DecimalInput, fullText, roundHalfUp } from './achievement-decimal';
import { DEFAULT_PRECISION, type Polarity } from './indicator-settings';
import { type NotComputable, notComputable } from './not-computable';
import { parseDecimal } from './parse-decimal';

export interface YearValue {
  year: number;
  /** The realisation (or achievement) of that year, as stored. */
  value: DecimalInput | null | undefined;
}

export type YearComparison =
  | {
      status: 'ok';
      year: number;
      previous: string;
      /** `current − previous`, full precision and rounded half-up. */
      change: string;
      changeDisplay: string;
      /** `(current − previous) / |previous| × 100`; `null` when the previous value is 0. */
      changePct: string | null;
      changePctDisplay: string | null;
      direction: 'up' | 'down' | 'flat';
      /** Read through the polarity: up is better for positive, worse for negative; `null` otherwise. */
      judgement: 'better' | 'worse' | 'same' | null;
    }
  | (NotComputable & { year: number });

/**
 * This year's figure against each earlier year's (LKjIP table T-2 and analysis 2), newest first.
 * A year without a usable value is reported as not computable, not dropped.
 *
 * @example
 * compareWithPreviousYears({ polarity: 'negative', current: { year: 2026, value: 97 },
 *   previous: [{ year: 2025, value: 108 }] })[0]
 * // { year: 2025, change: '-11', changePctDisplay: '-10.19', direction: 'down', judgement: 'better', ... }
 */
export function compareWithPreviousYears(input: {
  polarity: Polarity;
  current: YearValue;
  previous: readonly YearValue[];
  precision?: number;
}): YearComparison[] | NotComputable {
  const precision = input.precision ?? DEFAULT_PRECISION;
  const current = parseDecimal(input.current.value);
  if (current.kind === 'missing') return notComputable('REALISATION_MISSING');
  if (current.kind === 'not_a_number') return notComputable('REALISATION_NOT_A_NUMBER');
  return [...input.previous]
    .sort((a, b) => b.year - a.year)
    .map((p): YearComparison => {
      const previous = parseDecimal(p.value);
      if (previous.kind === 'missing') return { ...notComputable('REALISATION_MISSING'), year: p.year };
      if (previous.kind === 'not_a_number')
        return { ...notComputable('REALISATION_NOT_A_NUMBER'), year: p.year };
      const change = current.value.minus(previous.value);
      const pct = previous.value.isZero() ? null : change.times(100).div(previous.value.abs());
      const direction = change.isZero() ? 'flat' : change.isPositive() ? 'up' : 'down';
      return {
        status: 'ok',
        year: p.year,
        previous: fullText(previous.value),
        change: fullText(change),
        changeDisplay: roundHalfUp(change, precision),
        changePct: pct ? fullText(pct) : null,
        changePctDisplay: pct ? roundHalfUp(pct, precision) : null,
        direction,
        judgement: judge(input.polarity, direction),
      };
    });
}

function judge(polarity: Polarity, direction: 'up' | 'down' | 'flat'): 'better' | 'worse' | 'same' | null {
  if (direction === 'flat') return 'same';
  if (polarity === 'positive') return direction === 'up' ? 'better' : 'worse';
  if (polarity === 'negative') return direction === 'down' ? 'better' : 'worse';
  return null;
}
