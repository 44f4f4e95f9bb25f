import { type DecimalInput, fullText, roundHalfUp } from './achievement-decimal';
import { type AchievementComputed, computeAchievement } from './compute-achievement';
import type { AchievementPolicy, IndicatorSettings } from './indicator-settings';
import { resolveIndicatorSettings } from './indicator-settings';
import type { NotComputable } from './not-computable';
import { parseDecimal } from './parse-decimal';

export interface FinalTargetProgress extends AchievementComputed {
  /** Whether the Renstra final target (kondisi akhir) is reached already. */
  reached: boolean;
  /**
   * Distance still to go, in the indicator's unit and respecting polarity (`F − R` when higher is
   * better, `R − F` when lower is better); zero or negative once reached. `null` for range and
   * qualitative indicators.
   */
  remaining: string | null;
  remainingDisplay: string | null;
}

/**
 * Realisation to date against the Renstra final target (LKjIP table T-3, analysis 3), with the
 * indicator's own formula (so `(2F − R)/F × 100` for a negative indicator under formula A) and no cap:
 * progress beyond 100 is shown as it is.
 *
 * @example
 * progressToFinalTarget({ settings: { polarity: 'positive' }, realisation: 98.15, finalTarget: 100 })
 * // display '98.15', reached false, remaining '1.85'
 */
export function progressToFinalTarget(input: {
  settings: IndicatorSettings;
  realisation: string | number | boolean | null | undefined;
  finalTarget: string | number | null | undefined;
  /** Range indicators: the high end of the final target. */
  finalTargetHigh?: DecimalInput | null;
  policy?: Omit<AchievementPolicy, 'cap'>;
}): FinalTargetProgress | NotComputable {
  const result = computeAchievement({
    target: input.finalTarget,
    realisation: input.realisation,
    ...(input.finalTargetHigh !== undefined ? { targetHigh: input.finalTargetHigh } : {}),
    settings: input.settings,
    policy: { ...input.policy, cap: 'none' },
  });
  if (result.status !== 'ok') return result;
  const settings = resolveIndicatorSettings(input.settings);
  let remaining: string | null = null;
  let remainingDisplay: string | null = null;
  // Qualitative: reached when met; range: when inside the range.
  let reached =
    settings.polarity === 'range' ? result.rangeSide === 'inside' : result.attainment.code !== 'not_met';
  const f = parseDecimal(input.finalTarget as DecimalInput | null | undefined);
  const r = parseDecimal(input.realisation as DecimalInput | null | undefined);
  if (
    (settings.polarity === 'positive' || settings.polarity === 'negative') &&
    f.kind === 'number' &&
    r.kind === 'number'
  ) {
    const gap = settings.polarity === 'positive' ? f.value.minus(r.value) : r.value.minus(f.value);
    remaining = fullText(gap);
    remainingDisplay = roundHalfUp(gap, settings.precision);
    reached = gap.lessThanOrEqualTo(0);
  }
  return { ...result, reached, remaining, remainingDisplay };
}
