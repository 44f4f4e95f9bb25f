import type { Quarter } from '../../../core/achievement';
import type {
  BudgetNodeData,
  IndicatorData,
  RealisationStatus,
  RenstraData,
  RenstraIndicatorData,
  SasaranData,
} from '../../../core/document';
import type {
  IndicatorWithTargets,
  RenstraRecord,
} from '../../../db/repositories/performance-renstra-repository';
import { findRenstraForYear } from '../../../db/repositories/performance-renstra-repository';
import type { Actor, ServiceContext } from '../../context';
import { type BudgetNode, getBudget } from '../../performance/budget';
import { getRealisationGrid } from '../../performance/realisation';
import { getRenstraTree, type RenstraTreeNode } from '../../performance/renstra';

/** What the LKjIP and the quarterly report both need of a year's performance data. */
export interface PerformanceInputs {
  renstra: RenstraRecord | null;
  /** The Renstra cascade, tujuan → sasaran, with indicators; null without a Renstra. */
  renstraData: RenstraData | null;
  sasaran: SasaranData[];
  indicators: IndicatorData[];
  budget: BudgetNodeData[];
}

/**
 * Reads a year's performance data through the services the screens use — the realisation grid (the
 * year's indicators, Rencana Aksi targets, realisation with status, obstacles and actions), the
 * Renstra tree (baseline, yearly and final targets, history) and the budget tree — so a document
 * shows what the screens show. Access as for reading the agency.
 */
export async function loadPerformanceInputs(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
): Promise<PerformanceInputs> {
  const renstra = (await findRenstraForYear(ctx.db, agencyId, year)) ?? null;
  const [grid, tree, budget] = await Promise.all([
    getRealisationGrid(ctx, actor, agencyId, { year }),
    renstra ? getRenstraTree(ctx, actor, agencyId, renstra.id) : Promise.resolve(null),
    getBudget(ctx, actor, agencyId, year),
  ]);
  const nodes = flatten(tree?.nodes ?? []);
  const indicatorOf = new Map(nodes.flatMap((n) => n.indicators.map((i) => [i.id, i] as const)));
  const nodeOf = new Map(nodes.map((n) => [n.id, n]));

  const indicators = grid.rows.map((row): IndicatorData => {
    const stored = indicatorOf.get(row.indicatorId);
    return {
      ...renstraIndicator(
        stored ?? {
          code: row.code,
          name: row.name,
          unitLabel: row.unitLabel,
          isIku: row.isIku,
          precision: row.precision,
          polarity: row.polarity,
          baselineYear: null,
          baselineValue: null,
          targets: [],
          finalTarget: null,
        },
      ),
      id: row.indicatorId,
      negativeFormula: row.negativeFormula,
      aggregation: row.aggregation,
      sasaranCode: row.sasaran?.code ?? null,
      responsibleUnit: row.unitName,
      annualTarget: row.annualTarget,
      quarters: row.quarters.map((q) => ({
        quarter: q.quarter as Quarter,
        target: q.target,
        realisation: q.realisation?.value ?? null,
        status: (q.realisation?.status ?? null) as RealisationStatus | null,
        obstacles: q.realisation?.obstacles ?? null,
        actions: q.realisation?.actions ?? null,
      })),
      history: (stored?.history ?? []).map((h) => ({
        year: h.year,
        period: h.period,
        target: h.target,
        realisation: h.realisation,
        source: h.source,
      })),
      // Alur stores no national standards yet: T-4 is left out and the report says so.
      nationalStandard: null,
    };
  });

  const tujuan = (tree?.nodes ?? []).filter((n) => n.kind === 'tujuan');
  const sasaranNodes = nodes.filter((n) => n.kind === 'sasaran');
  const sasaran: SasaranData[] = sasaranNodes.map((s) => {
    const parent = s.parentId ? nodeOf.get(s.parentId) : undefined;
    return {
      code: s.code,
      name: s.name,
      tujuan: parent?.kind === 'tujuan' ? { code: parent.code, name: parent.name } : null,
    };
  });
  // Indicators measured against a tujuan (grouped under it by the grid) need the tujuan as their group.
  for (const t of tujuan)
    if (indicators.some((i) => i.sasaranCode === t.code))
      sasaran.unshift({ code: t.code, name: t.name, tujuan: null });

  const renstraData: RenstraData | null = renstra
    ? {
        startYear: renstra.startYear,
        endYear: renstra.endYear,
        visi: renstra.visi,
        tujuan: tujuan.map((t) => ({
          code: t.code,
          name: t.name,
          indicators: t.indicators.map(renstraIndicator),
          sasaran: t.children
            .filter((c) => c.kind === 'sasaran')
            .map((s) => ({ code: s.code, name: s.name, indicators: s.indicators.map(renstraIndicator) })),
        })),
      }
    : null;

  const budgetNode = (n: BudgetNode): BudgetNodeData => {
    const parent = nodeOf.get(n.nodeId)?.parentId;
    const parentNode = parent ? nodeOf.get(parent) : undefined;
    return {
      kind: n.kind as BudgetNodeData['kind'],
      code: n.code,
      name: n.name,
      unitName: n.unitName,
      sasaranCode: n.kind === 'program' && parentNode?.kind === 'sasaran' ? parentNode.code : null,
      pagu: n.pagu,
      quarters: n.quarters.map((q) => ({
        quarter: q.quarter as Quarter,
        cashPlan: q.cashPlan,
        realisation: q.realisation,
      })),
      children: n.children.map(budgetNode),
    };
  };

  return { renstra, renstraData, sasaran, indicators, budget: budget.programs.map(budgetNode) };
}

function flatten(nodes: RenstraTreeNode[]): RenstraTreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function renstraIndicator(
  i: Pick<
    IndicatorWithTargets,
    | 'code'
    | 'name'
    | 'unitLabel'
    | 'isIku'
    | 'precision'
    | 'polarity'
    | 'baselineYear'
    | 'baselineValue'
    | 'finalTarget'
  > & { targets: { year: number; value: string }[] },
): RenstraIndicatorData {
  return {
    code: i.code,
    name: i.name,
    unitLabel: i.unitLabel,
    isIku: i.isIku,
    precision: i.precision,
    polarity: i.polarity,
    baseline:
      i.baselineYear !== null && i.baselineValue !== null
        ? { year: i.baselineYear, value: i.baselineValue }
        : null,
    targets: i.targets.map((t) => ({ year: t.year, value: t.value })),
    finalTarget: i.finalTarget,
  };
}
