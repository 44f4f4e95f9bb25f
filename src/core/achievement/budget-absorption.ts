import { AchievementDecimal, type DecimalInput, fullText, percentOf } from './achievement-decimal';
import type { Period, Quarter } from './aggregate-quarters';
import { DEFAULT_PRECISION } from './indicator-settings';
import { type NotComputable, notComputable } from './not-computable';
import { parseDecimal } from './parse-decimal';
import { type PercentFigure, type PercentResult, percentFigure } from './percent-figure';

type Dec = AchievementDecimal;

const PAGU = { id: 'pagu', en: 'budget ceiling' };
const REALISATION = { id: 'realisasi anggaran', en: 'budget realisation' };
const CASH_PLAN = { id: 'anggaran kas', en: 'cash plan' };

const named = (name: { id: string; en: string }) => ({ id: `(${name.id})`, en: `(${name.en})` });

/** Reads a budget amount in Rupiah: present, numeric and never negative. */
function readAmount(
  value: DecimalInput | null | undefined,
  name: { id: string; en: string },
): Dec | NotComputable {
  const parsed = parseDecimal(value);
  if (parsed.kind === 'missing') return notComputable('AMOUNT_MISSING', named(name));
  if (parsed.kind === 'not_a_number') return notComputable('AMOUNT_NOT_A_NUMBER', named(name));
  if (parsed.value.lessThan(0)) return notComputable('AMOUNT_NEGATIVE', named(name));
  return parsed.value;
}

function readPagu(value: DecimalInput | null | undefined): Dec | NotComputable {
  const parsed = parseDecimal(value);
  if (parsed.kind === 'missing') return notComputable('PAGU_MISSING');
  if (parsed.kind === 'not_a_number') return notComputable('PAGU_NOT_A_NUMBER');
  if (parsed.value.lessThan(0)) return notComputable('AMOUNT_NEGATIVE', named(PAGU));
  if (parsed.value.isZero()) return notComputable('PAGU_ZERO');
  return parsed.value;
}

const failed = (x: Dec | NotComputable): x is NotComputable =>
  (x as NotComputable).status === 'not_computable';

/**
 * Budget absorption (serapan): `realisasi / pagu × 100`, with cumulative realisation up to the period.
 *
 * @example budgetAbsorption({ pagu: 620000000, realisation: 595200000 }).display // '96.00'
 */
export function budgetAbsorption(input: {
  pagu: DecimalInput | null | undefined;
  realisation: DecimalInput | null | undefined;
  precision?: number;
}): PercentResult {
  const pagu = readPagu(input.pagu);
  if (failed(pagu)) return pagu;
  const realisation = readAmount(input.realisation, REALISATION);
  if (failed(realisation)) return realisation;
  return percentFigure(percentOf(realisation, pagu), input.precision ?? DEFAULT_PRECISION);
}

/**
 * Absorption against the cash plan (anggaran kas / RPD) up to a quarter: `realisasi / anggaran kas × 100`,
 * both cumulative from January.
 */
export function absorptionAgainstCashPlan(input: {
  cashPlan: DecimalInput | null | undefined;
  realisation: DecimalInput | null | undefined;
  precision?: number;
}): PercentResult {
  const cashPlan = readAmount(input.cashPlan, CASH_PLAN);
  if (failed(cashPlan)) return cashPlan;
  if (cashPlan.isZero()) return notComputable('CASH_PLAN_ZERO');
  const realisation = readAmount(input.realisation, REALISATION);
  if (failed(realisation)) return realisation;
  return percentFigure(percentOf(realisation, cashPlan), input.precision ?? DEFAULT_PRECISION);
}

/**
 * How far realisation lags the cash plan, in percentage points of the pagu:
 * `(anggaran kas − realisasi) / pagu × 100`, both cumulative (positive = behind plan). This is the
 * demo files' `deviasi_terhadap_anggaran_kas_pct`.
 *
 * @example cashPlanDeviation({ pagu: 620000000, cashPlan: 124000000, realisation: 112697000 }).display // '1.82'
 */
export function cashPlanDeviation(input: {
  pagu: DecimalInput | null | undefined;
  cashPlan: DecimalInput | null | undefined;
  realisation: DecimalInput | null | undefined;
  precision?: number;
}): PercentResult {
  const pagu = readPagu(input.pagu);
  if (failed(pagu)) return pagu;
  const cashPlan = readAmount(input.cashPlan, CASH_PLAN);
  if (failed(cashPlan)) return cashPlan;
  const realisation = readAmount(input.realisation, REALISATION);
  if (failed(realisation)) return realisation;
  return percentFigure(percentOf(cashPlan.minus(realisation), pagu), input.precision ?? DEFAULT_PRECISION);
}

/** A budget line's quarter as stored: the amounts of that quarter alone. */
export interface BudgetQuarterValues {
  quarter: Quarter;
  cashPlan?: DecimalInput | null;
  realisation?: DecimalInput | null;
}

/**
 * Cumulative cash plan and realisation from TW I up to the period (the year = TW IV), summed from the
 * quarters' own amounts; a quarter absent or blank counts as 0 (nothing planned or spent).
 */
export function budgetToPeriod(
  quarters: readonly BudgetQuarterValues[],
  period: Period,
): { status: 'ok'; cashPlan: string; realisation: string } | NotComputable {
  const upTo = period === 'year' ? 4 : period;
  let cashPlan = new AchievementDecimal(0);
  let realisation = new AchievementDecimal(0);
  for (const q of quarters) {
    if (q.quarter > upTo) continue;
    for (const [field, name] of [
      ['cashPlan', CASH_PLAN],
      ['realisation', REALISATION],
    ] as const) {
      const value = q[field];
      if (value === null || value === undefined) continue;
      const amount = readAmount(value, name);
      if (failed(amount)) return amount;
      if (field === 'cashPlan') cashPlan = cashPlan.plus(amount);
      else realisation = realisation.plus(amount);
    }
  }
  return { status: 'ok', cashPlan: fullText(cashPlan), realisation: fullText(realisation) };
}

export interface ProgramAbsorption extends PercentFigure {
  paguTotal: string;
  realisationTotal: string;
  /** Always `total_over_total`: reports that average the rows' percentages get a different figure. */
  method: 'total_over_total';
  note: { id: string; en: string };
}

/**
 * A program's (or agency's) absorption: total realisation over total pagu of its lines, not the mean
 * of the lines' percentages; the result says so in `method` and `note`.
 *
 * @example programAbsorption([{ pagu: 100, realisation: 50 }, { pagu: 300, realisation: 300 }]).display // '87.50'
 */
export function programAbsorption(
  lines: ReadonlyArray<{
    pagu: DecimalInput | null | undefined;
    realisation: DecimalInput | null | undefined;
  }>,
  precision: number = DEFAULT_PRECISION,
): ProgramAbsorption | NotComputable {
  let pagu = new AchievementDecimal(0);
  let realisation = new AchievementDecimal(0);
  for (const line of lines) {
    const p = readAmount(line.pagu, PAGU);
    if (failed(p)) return p;
    const r = readAmount(line.realisation, REALISATION);
    if (failed(r)) return r;
    pagu = pagu.plus(p);
    realisation = realisation.plus(r);
  }
  if (pagu.isZero()) return notComputable('PAGU_ZERO');
  return {
    ...percentFigure(percentOf(realisation, pagu), precision),
    paguTotal: fullText(pagu),
    realisationTotal: fullText(realisation),
    method: 'total_over_total',
    note: {
      id: 'Serapan dihitung dari total realisasi dibagi total pagu, bukan rata-rata persentase per baris.',
      en: 'Absorption is total realisation over total pagu, not the mean of the rows’ percentages.',
    },
  };
}
