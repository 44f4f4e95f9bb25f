import { notComputable, type PercentResult, type Quarter, type RollUpResult } from '../achievement';
import {
  agencyAchievement,
  type BudgetFigures,
  budgetFigures,
  budgetTotal,
  isMet,
  type PeriodFigures,
  periodFigures,
  sasaranAchievement,
} from './indicator-figures';
import type { PemantauanData } from './pemantauan-data';
import type { BudgetNodeData, IndicatorData, SasaranData } from './performance-data';

export interface QuarterIndicatorFacts {
  indicator: IndicatorData;
  /** Cumulative target and realisation to the quarter; null in a quarter the indicator is not measured. */
  figures: PeriodFigures | null;
}

export interface PemantauanFacts {
  sasaran: { sasaran: SasaranData; indicators: QuarterIndicatorFacts[]; achievement: RollUpResult }[];
  agency: RollUpResult;
  /** TW I up to the quarter: the agency's achievement and budget absorption (the dashboard's trend). */
  trend: {
    quarter: Quarter;
    achievement: RollUpResult;
    absorption: PercentResult;
    againstCashPlan: PercentResult | null;
  }[];
  programs: { node: BudgetNodeData; figures: BudgetFigures }[];
  budget: BudgetFigures | null;
  /** Per responsible unit, the indicators with obstacles or actions entered, or below target, this quarter. */
  units: {
    unit: string;
    rows: {
      indicator: IndicatorData;
      figures: PeriodFigures | null;
      obstacles: string | null;
      actions: string | null;
    }[];
  }[];
}

/**
 * What the numbers of a quarter say, once for the builder and the draft: each indicator's cumulative
 * target and realisation to the quarter and its achievement (as the realisation grid computes it),
 * sasaran and agency means, the trend from TW I, budget absorption against pagu and cash plan, and the
 * obstacles and actions the units reported.
 */
export function pemantauanFacts(data: PemantauanData): PemantauanFacts {
  const q = data.quarter;
  const groups = new Map<string, IndicatorData[]>();
  for (const i of data.indicators)
    groups.set(i.sasaranCode ?? '-', [...(groups.get(i.sasaranCode ?? '-') ?? []), i]);
  const ordered = [
    ...data.sasaran.filter((s) => groups.has(s.code)),
    ...[...groups.keys()]
      .filter((code) => !data.sasaran.some((s) => s.code === code))
      .map((code): SasaranData => ({ code, name: code === '-' ? 'Tanpa sasaran' : code, tujuan: null })),
  ];
  const total = data.budget.length > 0 ? budgetTotal(data.budget) : null;
  const units = new Map<string, PemantauanFacts['units'][number]['rows']>();
  for (const indicator of data.indicators) {
    const own = indicator.quarters.find((x) => x.quarter === q);
    const figures = periodFigures(indicator, q);
    const obstacles = own?.obstacles?.trim() || null;
    const actions = own?.actions?.trim() || null;
    if (!obstacles && !actions && isMet(figures?.achievement) !== false) continue;
    const unit = indicator.responsibleUnit ?? 'Unit kerja belum ditetapkan';
    units.set(unit, [...(units.get(unit) ?? []), { indicator, figures, obstacles, actions }]);
  }
  return {
    sasaran: ordered.map((s) => ({
      sasaran: s,
      indicators: groups
        .get(s.code)!
        .map((indicator) => ({ indicator, figures: periodFigures(indicator, q) })),
      achievement: sasaranAchievement(groups.get(s.code)!, q),
    })),
    agency: agencyAchievement(data.indicators, q),
    trend: ([1, 2, 3, 4] as Quarter[])
      .filter((k) => k <= q)
      .map((k) => {
        const b = total ? budgetFigures(total, k) : null;
        return {
          quarter: k,
          achievement: agencyAchievement(data.indicators, k),
          absorption: b?.absorption ?? notComputable('PAGU_MISSING'),
          againstCashPlan: b?.againstCashPlan ?? null,
        };
      }),
    programs: data.budget.map((node) => ({ node, figures: budgetFigures(node, q) })),
    budget: total ? budgetFigures(total, q) : null,
    units: [...units.entries()].map(([unit, rows]) => ({ unit, rows })),
  };
}
