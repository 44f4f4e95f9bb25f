import {
  compareWithPreviousYears,
  type EfficiencyGap,
  efficiencyGap,
  type FinalTargetProgress,
  type NotComputable,
  progressToFinalTarget,
  type RollUpResult,
  rollUpAgency,
  type YearComparison,
} from '../achievement';
import {
  type BudgetFigures,
  budgetFigures,
  budgetTotal,
  type PeriodFigures,
  periodFigures,
  sasaranAchievement,
} from './indicator-figures';
import type { LkjipData } from './lkjip-data';
import type { BudgetNodeData, IndicatorData, SasaranData } from './performance-data';

/** A value of an earlier year: published history, or the Renstra baseline (kondisi awal). */
export interface PreviousValue {
  year: number;
  value: string;
  /** "semester I", "s.d. TW III": the value covers part of the year only. */
  period: string | null;
  source: 'history' | 'baseline';
}

export interface IndicatorFacts {
  indicator: IndicatorData;
  /** The year's figures against the PK target. */
  figures: PeriodFigures;
  /** Earlier years' realisations, oldest first (one per year). */
  previous: PreviousValue[];
  /** The earlier year compared with: the latest full-year value. */
  comparedWith: PreviousValue | null;
  /** This year against `comparedWith`; null when there is none. */
  comparison: YearComparison | null;
  /** Realisation against the Renstra final target; null when the Renstra gives none. */
  finalProgress: FinalTargetProgress | NotComputable | null;
}

export interface ProgramFacts {
  node: BudgetNodeData;
  figures: BudgetFigures;
  /** The achievement of the sasaran the program serves (null for supporting programs). */
  achievement: RollUpResult | null;
  /** Efficiency, variant (a): % capaian − % serapan. */
  efficiency: EfficiencyGap | NotComputable | null;
}

export interface SasaranFacts {
  sasaran: SasaranData;
  indicators: IndicatorFacts[];
  achievement: RollUpResult;
  programs: ProgramFacts[];
}

export interface LkjipFacts {
  sasaran: SasaranFacts[];
  agency: RollUpResult;
  programs: ProgramFacts[];
  /** Total budget of the year (TW IV cumulative); null when no budget was entered. */
  budget: BudgetFigures | null;
}

/**
 * What the numbers of an LKjIP say, computed once for the builder and the narrative draft: per
 * sasaran the indicators' year figures (as on the realisation grid), earlier years, progress to the
 * Renstra final target, the sasaran mean and its programs' absorption and efficiency.
 */
export function lkjipFacts(data: LkjipData): LkjipFacts {
  const groups = new Map<string, IndicatorData[]>();
  for (const i of data.indicators) {
    const key = i.sasaranCode ?? '-';
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const ordered = [
    ...data.sasaran.filter((s) => groups.has(s.code)),
    ...[...groups.keys()]
      .filter((code) => !data.sasaran.some((s) => s.code === code))
      .map((code): SasaranData => ({ code, name: code === '-' ? 'Tanpa sasaran' : code, tujuan: null })),
  ];
  const achievements = new Map(ordered.map((s) => [s.code, sasaranAchievement(groups.get(s.code)!, 'year')]));
  const programs = data.budget.map((node) =>
    programFacts(node, node.sasaranCode ? (achievements.get(node.sasaranCode) ?? null) : null),
  );
  const sasaran = ordered.map((s) => ({
    sasaran: s,
    indicators: groups.get(s.code)!.map((i) => indicatorFacts(i, data.year)),
    achievement: achievements.get(s.code)!,
    programs: programs.filter((p) => p.node.sasaranCode === s.code),
  }));
  const agency = rollUpAgency(
    sasaran.map((s) => ({
      achievement:
        s.achievement.status === 'ok'
          ? { status: 'ok' as const, value: s.achievement.value, raw: s.achievement.raw }
          : { status: 'not_computable' as const },
    })),
  );
  return {
    sasaran,
    agency,
    programs,
    budget: data.budget.length > 0 ? budgetFigures(budgetTotal(data.budget), 4) : null,
  };
}

export function programFacts(node: BudgetNodeData, achievement: RollUpResult | null): ProgramFacts {
  const figures = budgetFigures(node, 4);
  const efficiency =
    achievement === null
      ? null
      : achievement.status !== 'ok'
        ? achievement
        : efficiencyGap({
            achievement: { status: 'ok', raw: achievement.raw, value: achievement.value },
            absorption: figures.absorption,
          });
  return { node, figures, achievement, efficiency };
}

function indicatorFacts(indicator: IndicatorData, year: number): IndicatorFacts {
  const figures = periodFigures(indicator, 'year')!;
  const previous = previousValues(indicator, year);
  const numeric = indicator.polarity === 'positive' || indicator.polarity === 'negative';
  let comparison: YearComparison | null = null;
  // A part-year figure (s.d. TW I, semester I) against a full year would mislead: compare full years only.
  const latest = [...previous].reverse().find((p) => p.period === null) ?? null;
  if (numeric && latest && typeof figures.realisation === 'string') {
    const result = compareWithPreviousYears({
      polarity: indicator.polarity,
      current: { year, value: figures.realisation },
      previous: [{ year: latest.year, value: latest.value }],
      precision: indicator.precision,
    });
    comparison = Array.isArray(result) ? (result[0] ?? null) : null;
  }
  const finalProgress =
    indicator.finalTarget === null
      ? null
      : progressToFinalTarget({
          settings: {
            polarity: indicator.polarity,
            negativeFormula: indicator.negativeFormula,
            aggregation: indicator.aggregation,
          },
          realisation: figures.realisation,
          finalTarget: indicator.finalTarget,
        });
  return {
    indicator,
    figures,
    previous,
    comparedWith: comparison ? latest : null,
    comparison,
    finalProgress,
  };
}

/** Realisations before `year`: the history's (the last entry of a year wins), then the baseline for a year the history lacks. */
export function previousValues(indicator: IndicatorData, year: number): PreviousValue[] {
  const byYear = new Map<number, PreviousValue>();
  for (const h of indicator.history)
    if (h.year < year && h.realisation !== null && h.realisation.trim() !== '')
      byYear.set(h.year, { year: h.year, value: h.realisation, period: h.period, source: 'history' });
  const b = indicator.baseline;
  if (b && b.year < year && !byYear.has(b.year))
    byYear.set(b.year, { year: b.year, value: b.value, period: null, source: 'baseline' });
  return [...byYear.values()].sort((a, c) => a.year - c.year);
}
