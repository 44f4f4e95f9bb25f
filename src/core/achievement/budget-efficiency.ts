import { AchievementDecimal, type DecimalInput, percentOf } from './achievement-decimal';
import { DEFAULT_PRECISION } from './indicator-settings';
import { type NotComputable, notComputable } from './not-computable';
import { parseDecimal } from './parse-decimal';
import { type PercentFigure, type PercentResult, percentFigure } from './percent-figure';

/**
 * A percentage handed over either as a number/text or as a result of this module; for an achievement
 * the reported `value` (after floor and cap) is used, otherwise `raw`.
 */
export type PercentInput =
  | DecimalInput
  | { status: 'ok'; raw: string; value?: string }
  | { status: 'not_computable'; reason: NotComputable['reason'] };

type Dec = AchievementDecimal;

function readPercent(
  input: PercentInput | null | undefined,
  name: 'achievement' | 'absorption',
): Dec | NotComputable {
  if (typeof input === 'object' && input !== null && 'status' in input) {
    if (input.status !== 'ok') return { status: 'not_computable', reason: input.reason };
    return new AchievementDecimal(input.value ?? input.raw);
  }
  const parsed = parseDecimal(input);
  const which =
    name === 'achievement'
      ? { id: '(% capaian)', en: '(% achievement)' }
      : { id: '(% serapan)', en: '(% absorption)' };
  if (parsed.kind === 'missing') return notComputable('AMOUNT_MISSING', which);
  if (parsed.kind === 'not_a_number') return notComputable('AMOUNT_NOT_A_NUMBER', which);
  return parsed.value;
}

const failed = (x: Dec | NotComputable): x is NotComputable =>
  (x as NotComputable).status === 'not_computable';

export interface EfficiencyGap extends PercentFigure {
  /** `efficient` when achievement outruns absorption (more result per Rupiah than planned). */
  reading: 'efficient' | 'inefficient' | 'balanced';
}

/**
 * Efficiency, variant (a), Alur's default: `% capaian − % serapan`, in percentage points.
 *
 * @example efficiencyGap({ achievement: '59', absorption: '78' }).display // '-19.00' (inefficient)
 */
export function efficiencyGap(input: {
  achievement: PercentInput;
  absorption: PercentInput;
  precision?: number;
}): EfficiencyGap | NotComputable {
  const achievement = readPercent(input.achievement, 'achievement');
  if (failed(achievement)) return achievement;
  const absorption = readPercent(input.absorption, 'absorption');
  if (failed(absorption)) return absorption;
  const gap = achievement.minus(absorption);
  return {
    ...percentFigure(gap, input.precision ?? DEFAULT_PRECISION),
    reading: gap.isZero() ? 'balanced' : gap.isPositive() ? 'efficient' : 'inefficient',
  };
}

/**
 * Efficiency, variant (b): the unspent share of the budget `(pagu − realisasi) / pagu × 100`, only
 * when the target is met (achievement ≥ 100); otherwise not computable, since money left over from
 * a missed target is not a saving.
 */
export function efficiencyUnspent(input: {
  pagu: DecimalInput | null | undefined;
  realisation: DecimalInput | null | undefined;
  achievement: PercentInput;
  precision?: number;
}): PercentResult {
  const achievement = readPercent(input.achievement, 'achievement');
  if (failed(achievement)) return achievement;
  if (achievement.lessThan(100)) return notComputable('TARGET_NOT_MET');
  const pagu = parseDecimal(input.pagu);
  if (pagu.kind === 'missing') return notComputable('PAGU_MISSING');
  if (pagu.kind === 'not_a_number') return notComputable('PAGU_NOT_A_NUMBER');
  if (pagu.value.isZero()) return notComputable('PAGU_ZERO');
  const realisation = parseDecimal(input.realisation);
  if (realisation.kind === 'missing') return notComputable('AMOUNT_MISSING');
  if (realisation.kind === 'not_a_number') return notComputable('AMOUNT_NOT_A_NUMBER');
  return percentFigure(
    percentOf(pagu.value.minus(realisation.value), pagu.value),
    input.precision ?? DEFAULT_PRECISION,
  );
}

/**
 * One output (keluaran) of the ministry formula. Reading of domain.md's symbols (the Finance Ministry's
 * performance-budget evaluation): `RA` realisasi anggaran of the output, `RV` realisasi volume (output
 * delivered), `PA` pagu anggaran of the output, `TV` target volume. So `RA/RV` is the actual cost per
 * unit of output and `PA/TV` the planned cost per unit; `1 − (RA/RV)/(PA/TV)` is the share saved per unit.
 */
export interface MinistryEfficiencyOutput {
  budgetRealised: DecimalInput;
  volumeRealised: DecimalInput;
  budgetCeiling: DecimalInput;
  volumeTarget: DecimalInput;
}

export interface MinistryEfficiency {
  status: 'ok';
  /** `E` in percent: `(1/n) Σ [1 − (RA_i/RV_i)/(PA_i/TV_i)] × 100`. */
  efficiency: PercentFigure;
  /** The score `50 + (E / 20) × 50` in percent (E = 0 scores 50, E = 20 scores 100). */
  score: PercentFigure;
  /** Whether `E` was held to [−20, 20] before scoring (option `limitTo20`). */
  limited: boolean;
  outputs: number;
}

/**
 * Efficiency, variant (c), the ministry formula: `E = (1/n) Σ[1 − (RA_i/RV_i)/(PA_i/TV_i)] × 100%`,
 * scored `50% + (E/20) × 50%`. Published reports apply the score unbounded (scores above 100 % appear),
 * so that is the default; `limitTo20` holds E to [−20, 20] so the score stays within 0..100.
 * An output with zero volume (target or realised) or zero pagu makes the whole figure not computable,
 * naming the output, because leaving it out would flatter the result.
 *
 * @example ministryEfficiency([{ budgetRealised: 900, volumeRealised: 10, budgetCeiling: 1000, volumeTarget: 10 },
 *   { budgetRealised: 1000, volumeRealised: 8, budgetCeiling: 1000, volumeTarget: 10 }])
 * // E = (0.10 − 0.25) / 2 × 100 = −7.50; score = 50 + (−7.5/20) × 50 = 31.25
 */
export function ministryEfficiency(
  outputs: readonly MinistryEfficiencyOutput[],
  options: { precision?: number; limitTo20?: boolean } = {},
): MinistryEfficiency | NotComputable {
  if (outputs.length === 0) return notComputable('NOTHING_COMPUTABLE');
  let sum = new AchievementDecimal(0);
  for (const [i, o] of outputs.entries()) {
    const which = { id: `(keluaran ke-${i + 1})`, en: `(output ${i + 1})` };
    const values: Dec[] = [];
    for (const v of [o.budgetRealised, o.volumeRealised, o.budgetCeiling, o.volumeTarget]) {
      const parsed = parseDecimal(v);
      if (parsed.kind === 'missing') return notComputable('AMOUNT_MISSING', which);
      if (parsed.kind === 'not_a_number') return notComputable('AMOUNT_NOT_A_NUMBER', which);
      if (parsed.value.lessThan(0)) return notComputable('AMOUNT_NEGATIVE', which);
      values.push(parsed.value);
    }
    const [ra, rv, pa, tv] = values as [Dec, Dec, Dec, Dec];
    if (rv.isZero() || tv.isZero()) return notComputable('OUTPUT_ZERO', which);
    if (pa.isZero()) return notComputable('PAGU_ZERO', which);
    // (RA/RV)/(PA/TV) rearranged as (RA·TV)/(RV·PA) to divide once.
    sum = sum.plus(new AchievementDecimal(1).minus(ra.times(tv).div(rv.times(pa))));
  }
  const precision = options.precision ?? DEFAULT_PRECISION;
  const e = sum.times(100).div(outputs.length);
  const limited = options.limitTo20 === true;
  const forScore = limited ? AchievementDecimal.max(-20, AchievementDecimal.min(20, e)) : e;
  const score = new AchievementDecimal(50).plus(forScore.div(20).times(50));
  return {
    status: 'ok',
    efficiency: percentFigure(e, precision),
    score: percentFigure(score, precision),
    limited,
    outputs: outputs.length,
  };
}
