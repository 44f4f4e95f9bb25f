import Decimal from 'decimal.js';
import { absorptionAgainstCashPlan, budgetAbsorption, type PercentResult } from '../../core/achievement';
import { DomainError, fieldError, invalid } from '../../core/errors';
import {
  type BudgetLineRecord,
  listBudgetLines,
  saveBudgetLine,
} from '../../db/repositories/performance-budget-repository';
import {
  findRenstraForYear,
  listPlanNodes,
  type PlanNodeRecord,
} from '../../db/repositories/performance-renstra-repository';
import { type Actor, newId, type ServiceContext } from '../context';
import { LABELS, QUARTER_NAMES, readDecimal } from './decimal-input';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';

export interface BudgetLineInput {
  year: number;
  nodeId: string;
  pagu: unknown;
  /** TW I..IV: each quarter's own cash plan (anggaran kas/RPD) and realisation, in Rupiah. */
  quarters: { cashPlan: unknown; realisation: unknown }[];
}

const BUDGET_KINDS = new Set(['program', 'kegiatan', 'sub_kegiatan']);

export interface BudgetFigures {
  pagu: string;
  quarters: {
    quarter: number;
    cashPlan: string;
    realisation: string;
    cashPlanCumulative: string;
    realisationCumulative: string;
    /** Serapan: cumulative realisation / pagu × 100, 2 decimals; null when not computable (pagu 0). */
    absorption: string | null;
    /** Cumulative realisation / cumulative cash plan × 100; null when nothing was planned. */
    againstCashPlan: string | null;
  }[];
  realisationTotal: string;
}

export interface BudgetNode extends BudgetFigures {
  nodeId: string;
  kind: string;
  code: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  /** True when the figures are this node's own line; false when summed from its children. */
  ownLine: boolean;
  children: BudgetNode[];
}

/**
 * The year's budget as programs → kegiatan → sub kegiatan. Each quarter shows its own amounts and the
 * cumulative ones (derived). A node without its own line sums its children; the totals sum the programs.
 */
export async function getBudget(ctx: ServiceContext, actor: Actor, agencyId: string, year: number) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const renstra = await findRenstraForYear(ctx.db, agencyId, year);
  const [nodes, lines] = await Promise.all([
    renstra ? listPlanNodes(ctx.db, renstra.id) : Promise.resolve([] as PlanNodeRecord[]),
    listBudgetLines(ctx.db, agencyId, year),
  ]);
  const build = (node: PlanNodeRecord): BudgetNode | null => {
    const children = nodes
      .filter((n) => n.parentId === node.id && BUDGET_KINDS.has(n.kind))
      .map(build)
      .filter((n): n is BudgetNode => n !== null);
    const line = lines.find((l) => l.nodeId === node.id);
    if (!line && children.length === 0) return null;
    const figures = line ? figuresOf(line) : sumFigures(children);
    return {
      nodeId: node.id,
      kind: node.kind,
      code: node.code,
      name: node.name,
      unitId: node.unitId,
      unitName: access.units.find((u) => u.id === node.unitId)?.name ?? null,
      ownLine: Boolean(line),
      ...figures,
      children,
    };
  };
  const programs = nodes
    .filter((n) => n.kind === 'program')
    .map(build)
    .filter((n): n is BudgetNode => n !== null);
  return { year, programs, total: sumFigures(programs) };
}

function figuresOf(line: BudgetLineRecord): BudgetFigures {
  let cash = new Decimal(0);
  let real = new Decimal(0);
  const quarters = [1, 2, 3, 4].map((q) => {
    const row = line.quarters.find((x) => x.quarter === q);
    cash = cash.plus(row?.cashPlan ?? 0);
    real = real.plus(row?.realisation ?? 0);
    return {
      quarter: q,
      cashPlan: new Decimal(row?.cashPlan ?? 0).toFixed(),
      realisation: new Decimal(row?.realisation ?? 0).toFixed(),
      cashPlanCumulative: cash.toFixed(),
      realisationCumulative: real.toFixed(),
    };
  });
  return withAbsorption({ pagu: line.pagu, quarters, realisationTotal: real.toFixed() });
}

/** Absorption figures from `src/core/achievement` (a program's is its total over its total pagu). */
function withAbsorption(
  f: Omit<BudgetFigures, 'quarters'> & {
    quarters: Omit<BudgetFigures['quarters'][number], 'absorption' | 'againstCashPlan'>[];
  },
): BudgetFigures {
  const shown = (r: PercentResult) => (r.status === 'ok' ? r.display : null);
  return {
    ...f,
    quarters: f.quarters.map((q) => ({
      ...q,
      absorption: shown(budgetAbsorption({ pagu: f.pagu, realisation: q.realisationCumulative })),
      againstCashPlan: shown(
        absorptionAgainstCashPlan({ cashPlan: q.cashPlanCumulative, realisation: q.realisationCumulative }),
      ),
    })),
  };
}

function sumFigures(items: BudgetFigures[]): BudgetFigures {
  const add = (pick: (f: BudgetFigures) => string) =>
    items.reduce((sum, f) => sum.plus(pick(f)), new Decimal(0)).toFixed();
  return withAbsorption({
    pagu: add((f) => f.pagu),
    quarters: [0, 1, 2, 3].map((k) => ({
      quarter: k + 1,
      cashPlan: add((f) => f.quarters[k]!.cashPlan),
      realisation: add((f) => f.quarters[k]!.realisation),
      cashPlanCumulative: add((f) => f.quarters[k]!.cashPlanCumulative),
      realisationCumulative: add((f) => f.quarters[k]!.realisationCumulative),
    })),
    realisationTotal: add((f) => f.realisationTotal),
  });
}

/**
 * Creates or replaces the budget line of a program, kegiatan or sub kegiatan for a year. Amounts are
 * Rupiah, never negative; the cash plan of the four quarters may not exceed the pagu.
 */
export async function saveBudget(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: BudgetLineInput,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const renstra = await findRenstraForYear(ctx.db, agencyId, input.year);
  const node = renstra
    ? (await listPlanNodes(ctx.db, renstra.id)).find((n) => n.id === input.nodeId)
    : undefined;
  if (!node)
    throw new DomainError('NOT_FOUND', {
      id: `Program/kegiatan tidak ditemukan dalam Renstra tahun ${input.year}.`,
      en: `Program/activity not found in the ${input.year} Renstra.`,
    });
  if (!BUDGET_KINDS.has(node.kind))
    throw invalid([
      fieldError(
        'nodeId',
        `${node.code}: anggaran hanya untuk program, kegiatan atau sub kegiatan.`,
        'Budget is for programs and activities only.',
      ),
    ]);
  if (input.quarters.length !== 4)
    throw invalid([
      fieldError('quarters', `${node.code}: isi empat triwulan.`, `${node.code}: give four quarters.`),
    ]);
  const place = `${node.code} ${input.year}`;
  const pagu = readDecimal(input.pagu, { field: 'pagu', place, label: LABELS.pagu, min: 0 });
  const quarters = input.quarters.map((q, k) => ({
    quarter: (k + 1) as 1 | 2 | 3 | 4,
    cashPlan: readDecimal(q.cashPlan, {
      field: `quarters.${k}.cashPlan`,
      place: `${node.code} ${QUARTER_NAMES[k + 1]} ${input.year}`,
      label: LABELS.cashPlan,
      min: 0,
    }),
    realisation: readDecimal(q.realisation, {
      field: `quarters.${k}.realisation`,
      place: `${node.code} ${QUARTER_NAMES[k + 1]} ${input.year}`,
      label: LABELS.budgetRealisation,
      min: 0,
    }),
  }));
  const cashTotal = quarters.reduce((s, q) => s.plus(q.cashPlan), new Decimal(0));
  if (cashTotal.greaterThan(pagu))
    throw invalid([
      fieldError(
        'quarters',
        `${place}: jumlah anggaran kas (${cashTotal.toFixed()}) melebihi pagu (${pagu}).`,
        `${place}: the cash plan (${cashTotal.toFixed()}) exceeds the pagu (${pagu}).`,
      ),
    ]);
  await ctx.db.transaction().execute(async (trx) => {
    await saveBudgetLine(trx, {
      id: newId(),
      agencyId,
      year: input.year,
      nodeId: node.id,
      pagu,
      updatedAt: ctx.now().toISOString(),
      quarters,
    });
  });
  return getBudget(ctx, actor, agencyId, input.year);
}
