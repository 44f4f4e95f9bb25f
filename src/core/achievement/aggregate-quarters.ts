import { AchievementDecimal, type DecimalInput, fullText } from './achievement-decimal';
import type { Aggregation, Polarity } from './indicator-settings';
import { type NotComputable, notComputable } from './not-computable';
import { parseDecimal } from './parse-decimal';

export type Quarter = 1 | 2 | 3 | 4;

/** A reporting period: one quarter (triwulan) or the whole year. */
export type Period = Quarter | 'year';

export const QUARTER_LABELS: Readonly<Record<Quarter, string>> = {
  1: 'TW I',
  2: 'TW II',
  3: 'TW III',
  4: 'TW IV',
};

/**
 * One quarter as stored: the Rencana Aksi target (cumulative from January for a cumulative indicator,
 * the end-of-quarter value otherwise) and what the division entered for the quarter (a cumulative
 * indicator's own amount of that quarter; the end-of-quarter value otherwise).
 */
export interface QuarterValues {
  quarter: Quarter;
  target?: DecimalInput | null;
  /** Range indicators: the high end of the quarter's target. */
  targetHigh?: DecimalInput | null;
  realisation?: string | number | boolean | null;
}

export interface AggregateQuartersInput {
  aggregation: Aggregation;
  /** `qualitative` indicators always take the last value: text cannot be summed or averaged. */
  polarity?: Polarity;
  /** Quarters in any order; a quarter listed twice takes its last entry; absent quarters have no data. */
  quarters: readonly QuarterValues[];
  period: Period;
  /** For `period: 'year'`: the PK target of the year, used instead of the quarters' targets. */
  annualTarget?: DecimalInput | null;
  annualTargetHigh?: DecimalInput | null;
}

/** Target and realisation of a period, ready for `computeAchievement`. */
export interface AggregatedPeriod {
  period: Period;
  /** The aggregation actually applied (`last` for qualitative indicators). */
  aggregation: Aggregation;
  target: string | null;
  targetHigh: string | null;
  /** Decimal text, or the stored text/boolean of a qualitative indicator. */
  realisation: string | boolean | null;
  /** The quarter whose target was taken; `null` when averaged or when the annual target was used. */
  targetQuarter: Quarter | null;
  /** The quarters whose realisation made the figure (for `last`, the one quarter used). */
  realisationQuarters: Quarter[];
  /** Why the realisation cannot be used (gaps in a cumulative series, text in a numeric series). */
  problem?: NotComputable;
}

const present = (v: unknown) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');

function quarterList(quarters: Quarter[]): { id: string; en: string } {
  const names = quarters.map((q) => QUARTER_LABELS[q]).join(', ');
  return { id: `(${names})`, en: `(${names})` };
}

function asStored(value: unknown): string {
  const parsed = parseDecimal(value as DecimalInput);
  return parsed.kind === 'number' ? fullText(parsed.value) : String(value);
}

function mean(values: AchievementDecimal[]): string {
  const sum = values.reduce((a, b) => a.plus(b), new AchievementDecimal(0));
  return fullText(sum.div(values.length));
}

/**
 * The target and realisation of one period from quarterly data, for the period asked (never "now"):
 * - `cumulative`: realisation = sum of the quarters' own amounts TW I..n; every one of them must be
 *   present (a gap makes the sum wrong, so it is reported, not guessed); target = TW n's target
 *   (Rencana Aksi targets are cumulative already).
 * - `last`: realisation = the latest quarter up to n with a value; target = the latest quarter up to n
 *   with a target.
 * - `average`: the mean of the quarters up to n that have a value, for realisation and for target alike.
 * The year is TW I..IV; with `annualTarget` the year's target is the PK target instead.
 *
 * @example
 * aggregateQuarters({ aggregation: 'cumulative', period: 4, quarters: [
 *   { quarter: 1, target: 0, realisation: 0 }, { quarter: 2, target: 0, realisation: 0 },
 *   { quarter: 3, target: 2, realisation: 1 }, { quarter: 4, target: 6, realisation: 4 } ] })
 * // { target: '6', realisation: '5', targetQuarter: 4, realisationQuarters: [1, 2, 3, 4], ... }
 */
export function aggregateQuarters(input: AggregateQuartersInput): AggregatedPeriod {
  const aggregation: Aggregation = input.polarity === 'qualitative' ? 'last' : input.aggregation;
  const upTo: Quarter = input.period === 'year' ? 4 : input.period;
  const byQuarter = new Map<Quarter, QuarterValues>();
  for (const q of input.quarters) if (q.quarter >= 1 && q.quarter <= upTo) byQuarter.set(q.quarter, q);
  const inPeriod = ([1, 2, 3, 4] as Quarter[]).filter((q) => q <= upTo);
  const useAnnual = input.period === 'year' && present(input.annualTarget);

  const targets = pickTargets(aggregation, inPeriod, byQuarter);
  const base = {
    period: input.period,
    aggregation,
    target: useAnnual ? asStored(input.annualTarget) : targets.target,
    targetHigh: useAnnual
      ? present(input.annualTargetHigh)
        ? asStored(input.annualTargetHigh)
        : null
      : targets.targetHigh,
    targetQuarter: useAnnual ? null : targets.quarter,
  };

  if (aggregation === 'last') {
    const latest = [...inPeriod].reverse().find((q) => present(byQuarter.get(q)?.realisation));
    if (latest === undefined) return { ...base, realisation: null, realisationQuarters: [] };
    const value = byQuarter.get(latest)!.realisation!;
    return {
      ...base,
      realisation: typeof value === 'boolean' ? value : asStored(value),
      realisationQuarters: [latest],
    };
  }

  const withValue = inPeriod.filter((q) => present(byQuarter.get(q)?.realisation));
  if (withValue.length === 0) return { ...base, realisation: null, realisationQuarters: [] };
  const values: AchievementDecimal[] = [];
  const notNumbers: Quarter[] = [];
  for (const q of withValue) {
    const raw = byQuarter.get(q)!.realisation;
    const parsed = typeof raw === 'boolean' ? null : parseDecimal(raw);
    if (parsed?.kind === 'number') values.push(parsed.value);
    else notNumbers.push(q);
  }
  if (notNumbers.length > 0) {
    return {
      ...base,
      realisation: null,
      realisationQuarters: withValue,
      problem: notComputable('REALISATION_NOT_A_NUMBER', quarterList(notNumbers)),
    };
  }
  if (aggregation === 'average')
    return { ...base, realisation: mean(values), realisationQuarters: withValue };

  const gaps = inPeriod.filter((q) => !withValue.includes(q));
  const sum = fullText(values.reduce((a, b) => a.plus(b), new AchievementDecimal(0)));
  if (gaps.length > 0) {
    return {
      ...base,
      realisation: null,
      realisationQuarters: withValue,
      problem: notComputable('QUARTERS_MISSING', quarterList(gaps)),
    };
  }
  return { ...base, realisation: sum, realisationQuarters: withValue };
}

function pickTargets(
  aggregation: Aggregation,
  inPeriod: Quarter[],
  byQuarter: Map<Quarter, QuarterValues>,
): { target: string | null; targetHigh: string | null; quarter: Quarter | null } {
  if (aggregation === 'cumulative') {
    const last = inPeriod[inPeriod.length - 1]!;
    const q = byQuarter.get(last);
    return {
      target: present(q?.target) ? asStored(q!.target) : null,
      targetHigh: present(q?.targetHigh) ? asStored(q!.targetHigh) : null,
      quarter: last,
    };
  }
  if (aggregation === 'last') {
    const latest = [...inPeriod].reverse().find((q) => present(byQuarter.get(q)?.target));
    if (latest === undefined) return { target: null, targetHigh: null, quarter: null };
    const q = byQuarter.get(latest)!;
    return {
      target: asStored(q.target),
      targetHigh: present(q.targetHigh) ? asStored(q.targetHigh) : null,
      quarter: latest,
    };
  }
  return {
    target: meanOfPresent(inPeriod.map((q) => byQuarter.get(q)?.target)),
    targetHigh: meanOfPresent(inPeriod.map((q) => byQuarter.get(q)?.targetHigh)),
    quarter: null,
  };
}

/** Mean of the numeric values present; a non-numeric one is handed through so the caller reports it. */
function meanOfPresent(values: Array<DecimalInput | null | undefined>): string | null {
  const numbers: AchievementDecimal[] = [];
  for (const v of values) {
    if (!present(v)) continue;
    const parsed = parseDecimal(v);
    if (parsed.kind !== 'number') return String(v);
    numbers.push(parsed.value);
  }
  return numbers.length === 0 ? null : mean(numbers);
}
