import Decimal from 'decimal.js';
import {
  type RollUpItem,
  type RollUpResult,
  type RollUpSource,
  rollUpAgency,
  rollUpSasaran,
} from '../../core/achievement';
import type { AchievementView } from './achievement-view';
import type { getRealisationGrid } from './realisation';

/** A reporting period: a quarter, or the whole year (`quarter: null`). */
export interface RunPeriod {
  year: number;
  quarter: number | null;
}

export interface IndicatorAnalysis {
  indicatorId: string;
  code: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  /** Target of the period: the quarter's Rencana Aksi target, or the year's PK target. */
  target: string | null;
  /** Realisation of the period: for a cumulative indicator the sum to the quarter. */
  realisation: string | null;
  /** Status of the period's realisation (TW IV for the year), or null when none was entered. */
  status: string | null;
  achievement: AchievementView;
}

export interface SasaranAnalysis {
  code: string;
  name: string;
  indicators: IndicatorAnalysis[];
  /** Mean of the computable indicators' achievements (Permendagri 86/2017 category). */
  achievement: RollUpView;
}

export interface RollUpView {
  status: 'ok' | 'not_computable';
  value: string | null;
  display: string | null;
  category: string | null;
  counted: number;
  skipped: number;
}

export interface PerformanceAnalysis {
  year: number;
  quarter: number | null;
  sasaran: SasaranAnalysis[];
  agency: RollUpView;
}

type Grid = Awaited<ReturnType<typeof getRealisationGrid>>;

/**
 * Groups a realisation grid per sasaran for a period: each indicator's target, realisation and
 * achievement of the period (the quarter's, or the year's against the PK target), the sasaran's mean
 * and the agency's mean of its sasaran (`rollUpSasaran`, `rollUpAgency`: not-computable ones left out
 * and counted).
 */
export function analyseGrid(grid: Grid, period: RunPeriod): PerformanceAnalysis {
  const groups = new Map<string, SasaranAnalysis & { items: RollUpItem[] }>();
  for (const row of grid.rows) {
    const key = row.sasaran?.code ?? '-';
    let group = groups.get(key);
    if (!group) {
      group = {
        code: row.sasaran?.code ?? '-',
        name: row.sasaran?.name ?? '-',
        indicators: [],
        achievement: emptyRollUp(),
        items: [],
      };
      groups.set(key, group);
    }
    const q = period.quarter === null ? null : row.quarters[period.quarter - 1];
    const cell = q ?? row.quarters[3];
    const achievement =
      (period.quarter === null ? row.annualAchievement : q?.achievement) ?? notComputableView();
    group.indicators.push({
      indicatorId: row.indicatorId,
      code: row.code,
      name: row.name,
      unitId: row.unitId,
      unitName: row.unitName,
      target: period.quarter === null ? row.annualTarget : (q?.target ?? null),
      realisation: periodRealisation(row, period.quarter),
      status: cell?.realisation?.status ?? null,
      achievement,
    });
    group.items.push({ achievement: rollUpSource(achievement) });
  }
  const results = [...groups.values()].map(({ items, ...g }) => ({ g, result: rollUpSasaran(items) }));
  const agency = rollUpAgency(results.map((r) => ({ achievement: rollUpResultSource(r.result) })));
  return {
    year: grid.year,
    quarter: period.quarter,
    sasaran: results.map(({ g, result }) => ({ ...g, achievement: rollUpView(result) })),
    agency: rollUpView(agency),
  };
}

type GridRow = Grid['rows'][number];

function periodRealisation(row: GridRow, quarter: number | null): string | null {
  const upTo = quarter ?? 4;
  const cells = row.quarters.slice(0, upTo);
  if (row.aggregation === 'cumulative') {
    for (let k = cells.length - 1; k >= 0; k--)
      if (cells[k]?.cumulativeValue) return cells[k]!.cumulativeValue;
    return null;
  }
  if (row.aggregation === 'average' && quarter === null) {
    const values = cells.map((c) => c.realisation?.value).filter((v): v is string => v != null);
    if (values.length === 0 || row.polarity === 'qualitative') return values.at(-1) ?? null;
    return values
      .reduce((sum, v) => sum.plus(v), new Decimal(0))
      .div(values.length)
      .toFixed();
  }
  for (let k = cells.length - 1; k >= 0; k--)
    if (cells[k]?.realisation?.value != null) return cells[k]!.realisation!.value;
  return null;
}

/** An achievement view as a roll-up input (the figure after floor/cap counts). */
export function rollUpSource(a: AchievementView): RollUpSource {
  return a.status === 'ok' && a.value !== null
    ? { status: 'ok', value: a.value, raw: a.value }
    : { status: 'not_computable' };
}

export function rollUpResultSource(r: RollUpResult): RollUpSource {
  return r.status === 'ok' ? { status: 'ok', value: r.value, raw: r.raw } : { status: 'not_computable' };
}

export function rollUpView(r: RollUpResult): RollUpView {
  return r.status === 'ok'
    ? {
        status: 'ok',
        value: r.value,
        display: r.display,
        category: r.category?.label.id ?? null,
        counted: r.counted,
        skipped: r.skipped,
      }
    : {
        status: 'not_computable',
        value: null,
        display: null,
        category: null,
        counted: r.counted,
        skipped: r.skipped,
      };
}

function emptyRollUp(): RollUpView {
  return { status: 'not_computable', value: null, display: null, category: null, counted: 0, skipped: 0 };
}

function notComputableView(): AchievementView {
  return {
    status: 'not_computable',
    value: null,
    display: null,
    category: null,
    formula: null,
    reason: 'Tidak ada target maupun realisasi pada periode ini.',
  };
}
