import type { Db } from '../../db/database';
import {
  findPlanNode,
  type IndicatorUsage,
  indicatorUsage,
  listFunding,
} from '../../db/repositories/performance-editing-repository';
import {
  type IndicatorWithTargets,
  listIndicators,
  listPlanNodes,
  type PlanNodeRecord,
} from '../../db/repositories/performance-renstra-repository';
import type { Actor, ServiceContext } from '../context';
import { indicatorRevision, planNodeRevision } from './edit-revision';
import { loadPerformanceAccess, type PerformanceAccess } from './performance-access';
import { loadRenstraOrThrow } from './renstra';

/** Kinds that carry money: a Renstra gives program, kegiatan and sub kegiatan an indicative budget. */
export const FUNDED_KINDS = new Set(['program', 'kegiatan', 'sub_kegiatan']);

export interface EditorIndicator extends Omit<IndicatorWithTargets, 'history'> {
  unitName: string | null;
  revision: string;
  usage: IndicatorUsage;
}

export interface EditorNode extends PlanNodeRecord {
  unitName: string | null;
  revision: string;
  funding: { year: number; amount: string }[];
  indicators: EditorIndicator[];
  children: EditorNode[];
}

/**
 * What the Renstra editor shows: the cascade as a tree with each node's indicators, indicative
 * funding, and the revision each edit must send back; whether the actor may edit; the agency's units.
 */
export async function getRenstraEditor(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  renstraId: string,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const renstra = await loadRenstraOrThrow(ctx, agencyId, renstraId);
  const [nodes, indicators] = await Promise.all([
    listPlanNodes(ctx.db, renstra.id),
    listIndicators(ctx.db, { renstraId: renstra.id }),
  ]);
  const [funding, usage] = await Promise.all([
    listFunding(
      ctx.db,
      nodes.map((n) => n.id),
    ),
    indicatorUsage(
      ctx.db,
      indicators.map((i) => i.id),
    ),
  ]);
  const byId = new Map<string, EditorNode>(
    nodes.map((n) => [
      n.id,
      {
        ...nodeView(access, n, funding.get(n.id) ?? []),
        indicators: indicators
          .filter((i) => i.nodeId === n.id)
          .map((i) => indicatorView(access, i, usage.get(i.id))),
        children: [],
      },
    ]),
  );
  const roots: EditorNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return {
    renstra,
    years: Array.from({ length: renstra.endYear - renstra.startYear + 1 }, (_, k) => renstra.startYear + k),
    canPlan: access.canPlan,
    units: access.units.map((u) => ({ id: u.id, name: u.name })),
    nodes: roots,
  };
}

function nodeView(
  access: Pick<PerformanceAccess, 'units'>,
  n: PlanNodeRecord,
  funding: EditorNode['funding'],
) {
  return {
    ...n,
    unitName: access.units.find((u) => u.id === n.unitId)?.name ?? null,
    revision: planNodeRevision(n, funding),
    funding,
  };
}

function indicatorView(
  access: Pick<PerformanceAccess, 'units'>,
  i: IndicatorWithTargets,
  usage: IndicatorUsage | undefined,
): EditorIndicator {
  const { history: _history, ...rest } = i;
  return {
    ...rest,
    unitName: access.units.find((u) => u.id === i.unitId)?.name ?? null,
    revision: indicatorRevision(i),
    usage: usage ?? { agreementYears: [], realisations: 0 },
  };
}

/** One node as the editor shows it (without its children and indicators), after a change. */
export async function planNodeView(db: Db, access: Pick<PerformanceAccess, 'units'>, nodeId: string) {
  const node = (await findPlanNode(db, nodeId))!;
  return nodeView(access, node, (await listFunding(db, [nodeId])).get(nodeId) ?? []);
}

/** One indicator as the editor shows it, after a change. */
export async function indicatorEditorView(
  db: Db,
  access: Pick<PerformanceAccess, 'units'>,
  indicatorId: string,
): Promise<EditorIndicator> {
  const [indicator] = await listIndicators(db, { ids: [indicatorId] });
  return indicatorView(access, indicator!, (await indicatorUsage(db, [indicatorId])).get(indicatorId));
}
