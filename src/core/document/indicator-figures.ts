import {
  AchievementDecimal,
  type AchievementResult,
  absorptionAgainstCashPlan,
  budgetAbsorption,
  computePeriodAchievement,
  formatNumberId,
  fullText,
  type PercentResult,
  type Period,
  type Quarter,
  type RollUpResult,
  type RollUpSource,
  rollUpAgency,
  rollUpSasaran,
} from '../achievement';
import type { BudgetNodeData, IndicatorData } from './performance-data';

/** What a period of an indicator comes to: target, realisation and the achievement computed from them. */
export interface PeriodFigures {
  target: string | null;
  realisation: string | boolean | null;
  achievement: AchievementResult;
}

/**
 * The figures of an indicator for a quarter or the year, through `computePeriodAchievement` with the
 * same inputs the realisation grid uses (polarity, negative formula and aggregation; the default
 * policy; the PK target for the year), so a report prints the figures the screens show. `null` for
 * a quarter of a non-cumulative indicator with neither target nor value (a semester survey's off
 * quarter), which the grid leaves empty too.
 */
export function periodFigures(indicator: IndicatorData, period: Period): PeriodFigures | null {
  if (period !== 'year' && indicator.aggregation !== 'cumulative') {
    const q = indicator.quarters.find((x) => x.quarter === period);
    if ((q?.target ?? null) === null && (q?.realisation ?? null) === null) return null;
  }
  const { aggregate, achievement } = computePeriodAchievement({
    settings: {
      polarity: indicator.polarity,
      negativeFormula: indicator.negativeFormula,
      aggregation: indicator.aggregation,
    },
    quarters: indicator.quarters.map((q) => ({
      quarter: q.quarter,
      target: q.target,
      realisation: q.realisation,
    })),
    period,
    ...(period === 'year' ? { annualTarget: indicator.annualTarget } : {}),
  });
  return { target: aggregate.target, realisation: aggregate.realisation, achievement };
}

/** An achievement as a roll-up input: the figure after floor/cap counts, as on the dashboard. */
export function rollUpSourceOf(figures: PeriodFigures | null): RollUpSource {
  const a = figures?.achievement;
  return a && a.status === 'ok'
    ? { status: 'ok', value: a.value, raw: a.value }
    : { status: 'not_computable' };
}

/** A sasaran's achievement for the period: the mean of its computable indicators. */
export function sasaranAchievement(indicators: IndicatorData[], period: Period): RollUpResult {
  return rollUpSasaran(indicators.map((i) => ({ achievement: rollUpSourceOf(periodFigures(i, period)) })));
}

/** The agency's achievement: the mean of its sasaran's means (indicators grouped by sasaran code). */
export function agencyAchievement(indicators: IndicatorData[], period: Period): RollUpResult {
  const groups = new Map<string, IndicatorData[]>();
  for (const i of indicators) {
    const key = i.sasaranCode ?? '-';
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return rollUpAgency(
    [...groups.values()].map((g) => {
      const r = sasaranAchievement(g, period);
      return {
        achievement:
          r.status === 'ok' ? { status: 'ok', value: r.value, raw: r.raw } : { status: 'not_computable' },
      };
    }),
  );
}

/** A stored value as printed: the indicator's decimals for numbers, text as written, "-" for nothing. */
export function formatValue(
  indicator: Pick<IndicatorData, 'precision'>,
  value: string | boolean | null,
): string {
  if (value === null || value === '') return '-';
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? formatNumberId(value, indicator.precision) : value;
}

/** A value with its satuan ("98,20 %", "6 desa"); "-" alone for nothing. */
export function formatValueWithUnit(
  indicator: Pick<IndicatorData, 'precision' | 'unitLabel'>,
  value: string | boolean | null,
): string {
  const text = formatValue(indicator, value);
  const unit = indicator.unitLabel.trim();
  if (text === '-' || !unit || unit === '-') return text;
  if (unit === '%') return `${text}%`;
  // Rupiah goes before the amount, joined to it: "Rp1.842,80 miliar".
  const rupiah = /^Rp\.?\s*(.*)$/i.exec(unit);
  if (rupiah) return `Rp${text}${rupiah[1] ? ` ${rupiah[1]}` : ''}`;
  return `${text} ${unit}`;
}

/**
 * A figure already rounded by `src/core/achievement` (`display`: "59.00") in Indonesian form ("59,00"),
 * keeping its decimals.
 */
export function formatDisplay(display: string): string {
  return formatNumberId(display, display.split('.')[1]?.length ?? 0);
}

/** A computed percentage ("99,95"), or "-" when it cannot be computed (the reason goes in a note). */
export function percentText(result: { status: string; display?: string } | null | undefined): string {
  return result && result.status === 'ok' && result.display !== undefined
    ? formatDisplay(result.display)
    : '-';
}

/** The category label of an achievement or roll-up ("Sangat Tinggi"), or "-". */
export function categoryText(result: AchievementResult | RollUpResult | null | undefined): string {
  return result && result.status === 'ok' ? (result.category?.label.id ?? '-') : '-';
}

/** Whether an achievement meets its target (PermenPAN-RB 53/2014: tercapai or melebihi target). */
export function isMet(result: AchievementResult | null | undefined): boolean | null {
  if (result?.status !== 'ok') return null;
  return result.attainment.code !== 'not_met';
}

/** Budget figures of a node up to a quarter (the year is TW IV): cumulative amounts and absorption. */
export interface BudgetFigures {
  pagu: string;
  cashPlan: string;
  realisation: string;
  /** Realisation / pagu × 100. */
  absorption: PercentResult;
  /** Realisation / cash plan × 100, both cumulative. */
  againstCashPlan: PercentResult;
}

export function budgetFigures(node: BudgetNodeData, upTo: Quarter): BudgetFigures {
  const quarters = node.quarters.filter((q) => q.quarter <= upTo);
  const cashPlan = sumText(quarters.map((q) => q.cashPlan));
  const realisation = sumText(quarters.map((q) => q.realisation));
  return {
    pagu: node.pagu,
    cashPlan,
    realisation,
    absorption: budgetAbsorption({ pagu: node.pagu, realisation }),
    againstCashPlan: absorptionAgainstCashPlan({ cashPlan, realisation }),
  };
}

/** Exact sum of decimal texts (Rupiah may carry sen), as canonical text. */
function sumText(values: string[]): string {
  return fullText(values.reduce((sum, v) => sum.plus(v), new AchievementDecimal(0)));
}

/** The total of several nodes' figures (T-5's total row), absorption of the total over the total pagu. */
export function budgetTotal(nodes: BudgetNodeData[]): BudgetNodeData {
  const sum = (pick: (n: BudgetNodeData) => string[]) => sumText(nodes.flatMap(pick));
  return {
    kind: 'program',
    code: '',
    name: 'Jumlah',
    unitName: null,
    sasaranCode: null,
    pagu: sum((n) => [n.pagu]),
    quarters: ([1, 2, 3, 4] as Quarter[]).map((quarter) => ({
      quarter,
      cashPlan: sum((n) => n.quarters.filter((q) => q.quarter === quarter).map((q) => q.cashPlan)),
      realisation: sum((n) => n.quarters.filter((q) => q.quarter === quarter).map((q) => q.realisation)),
    })),
    children: [],
  };
}
