import type { ResolvedIndicatorSettings } from './indicator-settings';

export type FormulaCode = 'positive' | 'negative_a' | 'negative_b' | 'range' | 'qualitative';

/**
 * A formula as printed beside every figure and in a report's method section, because published
 * reports disagree on negative indicators and a reader must see which one was used.
 */
export interface FormulaDescription {
  code: FormulaCode;
  text_id: string;
  text_en: string;
}

/** Every formula Alur applies. The known-bad `(T − R) / T × 100` is deliberately absent. */
export const ACHIEVEMENT_FORMULAS: Readonly<Record<FormulaCode, FormulaDescription>> = {
  positive: {
    code: 'positive',
    text_id: 'Realisasi / Target × 100',
    text_en: 'R / T × 100',
  },
  negative_a: {
    code: 'negative_a',
    text_id: '(2 × Target − Realisasi) / Target × 100',
    text_en: '(2×T − R) / T × 100',
  },
  negative_b: {
    code: 'negative_b',
    text_id: 'Target / Realisasi × 100',
    text_en: 'T / R × 100',
  },
  range: {
    code: 'range',
    text_id:
      '100 bila Realisasi di dalam rentang [bawah, atas]; Realisasi / bawah × 100 bila di bawah; Realisasi / atas × 100 bila di atas',
    text_en: '100 when R is inside [lo, hi]; R / lo × 100 when below; R / hi × 100 when above',
  },
  qualitative: {
    code: 'qualitative',
    text_id: '100 bila target tercapai, 0 bila tidak',
    text_en: '100 when the target is met, 0 when not',
  },
};

const RANGE_ABOVE_NEGATIVE: Record<'A' | 'B', FormulaDescription> = {
  A: {
    code: 'range',
    text_id:
      '100 bila Realisasi di dalam rentang [bawah, atas]; Realisasi / bawah × 100 bila di bawah; (2 × atas − Realisasi) / atas × 100 bila di atas',
    text_en: '100 when R is inside [lo, hi]; R / lo × 100 when below; (2×hi − R) / hi × 100 when above',
  },
  B: {
    code: 'range',
    text_id:
      '100 bila Realisasi di dalam rentang [bawah, atas]; Realisasi / bawah × 100 bila di bawah; atas / Realisasi × 100 bila di atas',
    text_en: '100 when R is inside [lo, hi]; R / lo × 100 when below; hi / R × 100 when above',
  },
};

/**
 * The formula an indicator's settings select, for the figure's caption and the method section.
 *
 * @example describeFormula(resolveIndicatorSettings({ polarity: 'negative' })).text_en // '(2×T − R) / T × 100'
 */
export function describeFormula(settings: ResolvedIndicatorSettings): FormulaDescription {
  switch (settings.polarity) {
    case 'positive':
      return ACHIEVEMENT_FORMULAS.positive;
    case 'negative':
      return settings.negativeFormula === 'B'
        ? ACHIEVEMENT_FORMULAS.negative_b
        : ACHIEVEMENT_FORMULAS.negative_a;
    case 'range':
      return settings.rangeAbove === 'negative'
        ? RANGE_ABOVE_NEGATIVE[settings.negativeFormula]
        : ACHIEVEMENT_FORMULAS.range;
    case 'qualitative':
      return ACHIEVEMENT_FORMULAS.qualitative;
  }
}
