import {
  type AchievementResult,
  computePeriodAchievement,
  type Period,
  type Quarter,
} from '../../core/achievement';
import type { Aggregation, Polarity } from '../../db/repositories/performance-renstra-repository';

export interface AchievementView {
  status: 'ok' | 'not_computable';
  /** The figure that counts (after floor/cap), full precision. */
  value: string | null;
  /** Rounded half-up to 2 decimals for display. */
  display: string | null;
  /** Permendagri 86/2017 category. */
  category: string | null;
  /** The formula used, as printed beside the figure. */
  formula: string | null;
  /** Why it cannot be computed ("Target bernilai 0 sehingga persentase tidak dapat dihitung."). */
  reason: string | null;
}

/**
 * The achievement of an indicator for a quarter or the year, from the stored inputs through
 * `src/core/achievement` (default policy: no cap, negative floored at 0, Permendagri 86/2017 bands;
 * percentages shown with 2 decimals — the indicator's own precision is for its values).
 */
export function achievementOf(
  indicator: { polarity: Polarity; negativeFormula: 'A' | 'B' | null; aggregation: Aggregation },
  quarters: { quarter: number; target: string | null; realisation: string | null }[],
  period: Period,
  annualTarget: string | null,
): AchievementView {
  const { achievement } = computePeriodAchievement({
    settings: {
      polarity: indicator.polarity,
      negativeFormula: indicator.negativeFormula,
      aggregation: indicator.aggregation,
    },
    quarters: quarters.map((q) => ({
      quarter: q.quarter as Quarter,
      target: q.target,
      realisation: q.realisation,
    })),
    period,
    ...(period === 'year' ? { annualTarget } : {}),
  });
  return view(achievement);
}

function view(a: AchievementResult): AchievementView {
  if (a.status !== 'ok')
    return {
      status: 'not_computable',
      value: null,
      display: null,
      category: null,
      formula: null,
      reason: a.reason.id,
    };
  return {
    status: 'ok',
    value: a.value,
    display: a.display,
    category: a.category?.label.id ?? null,
    formula: a.formula.text_id,
    reason: null,
  };
}
