import Decimal from 'decimal.js';
import { budgetAbsorption, rollUpAchievements } from '../../core/achievement';
import { DomainError } from '../../core/errors';
import type { Db } from '../../db/database';
import type { Aggregation, Polarity } from '../../db/repositories/performance-renstra-repository';
import { type Actor, canRead, type ServiceContext } from '../context';
import { achievementOf } from './achievement-view';
import { type RollUpView, rollUpResultSource, rollUpSource, rollUpView } from './analysis';

export interface RegionAgencyFigures {
  agencyId: string;
  code: string;
  name: string;
  shortName: string | null;
  /** Indicators measured in the year (those of the PK, or with a Renstra target before any PK). */
  indicators: number;
  /** The agency's achievement for the year: mean of its sasaran's means. */
  achievement: RollUpView;
  sasaran: { code: string; name: string; achievement: RollUpView }[];
  pagu: string;
  realisationTotal: string;
  /** Budget absorption of the year (realisation / pagu × 100, 2 decimals); null without a pagu. */
  absorption: string | null;
}

export interface RegionDashboard {
  year: number;
  region: { id: string; name: string };
  agencies: RegionAgencyFigures[];
  /** Mean of the agencies' achievements. */
  achievement: RollUpView;
}

/**
 * A region's dashboard: its agencies side by side (achievement for the year and budget absorption),
 * computed in bulk — a few set queries per batch of agencies instead of one grid per agency — with
 * the same formulas as the agency's own grid. Shows the agencies the actor may read; a region with
 * none of them is "not found".
 */
export async function getRegionDashboard(
  ctx: ServiceContext,
  actor: Actor,
  regionId: string,
  year: number,
): Promise<RegionDashboard> {
  const region = await ctx.db
    .selectFrom('region')
    .select(['id', 'name'])
    .where('id', '=', regionId)
    .executeTakeFirst();
  const agencies = region
    ? (
        await ctx.db
          .selectFrom('agency')
          .select(['id', 'code', 'name', 'short_name'])
          .where('region_id', '=', regionId)
          .orderBy('name')
          .execute()
      ).filter((a) => canRead(actor, { id: a.id, regionId }))
    : [];
  if (!region || agencies.length === 0)
    throw new DomainError('NOT_FOUND', { id: 'Pemerintah daerah tidak ditemukan.', en: 'Region not found.' });
  const figures = await rollUpAgencies(
    ctx.db,
    agencies.map((a) => ({ id: a.id, code: a.code, name: a.name, shortName: a.short_name })),
    year,
  );
  return {
    year,
    region,
    agencies: figures,
    achievement: rollUpView(
      rollUpAchievements(figures.map((f) => ({ achievement: viewSource(f.achievement) }))),
    ),
  };
}

export interface AgencyRef {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
}

/**
 * The rows one batch of agencies needs. Each query walks an index from the batch's own ids (agencies →
 * Renstra → indicators, nodes → budget lines), so a batch costs the same however many agencies the
 * database holds.
 */
export async function loadRegionRows(db: Db, agencyIds: string[], year: number) {
  const renstras = await db
    .selectFrom('renstra')
    .select(['id', 'agency_id', 'start_year'])
    .where('agency_id', 'in', agencyIds)
    .where('start_year', '<=', year)
    .where('end_year', '>=', year)
    .execute();
  const renstraIds = renstras.map((r) => r.id);
  const empty = {
    renstras,
    indicators: [],
    targets: [],
    pk: [],
    plan: [],
    realisations: [],
    nodes: [],
    lines: [],
    quarters: [],
  };
  if (renstraIds.length === 0) return empty;
  const [indicators, nodes, agreements] = await Promise.all([
    db
      .selectFrom('indicator')
      .select(['id', 'renstra_id', 'node_id', 'polarity', 'negative_formula', 'aggregation', 'sort_order'])
      .where('renstra_id', 'in', renstraIds)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('plan_node')
      .select(['id', 'renstra_id', 'parent_id', 'kind', 'code', 'name', 'sort_order'])
      .where('renstra_id', 'in', renstraIds)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('performance_agreement')
      .select(['id', 'agency_id'])
      .where('agency_id', 'in', agencyIds)
      .where('year', '=', year)
      .execute(),
  ]);
  const ids = indicators.map((i) => i.id);
  const nodeIds = nodes.map((n) => n.id);
  const agreementIds = agreements.map((a) => a.id);
  const [targets, pkRows, plan, realisations, lines] = await Promise.all([
    inChunks(ids, (chunk) =>
      db
        .selectFrom('indicator_target')
        .select(['indicator_id', 'value'])
        .where('indicator_id', 'in', chunk)
        .where('year', '=', year)
        .execute(),
    ),
    inChunks(agreementIds, (chunk) =>
      db
        .selectFrom('agreement_indicator')
        .select(['agreement_id', 'indicator_id', 'target'])
        .where('agreement_id', 'in', chunk)
        .execute(),
    ),
    inChunks(ids, (chunk) =>
      db
        .selectFrom('action_plan_target')
        .select(['indicator_id', 'quarter', 'target'])
        .where('indicator_id', 'in', chunk)
        .where('year', '=', year)
        .execute(),
    ),
    inChunks(ids, (chunk) =>
      db
        .selectFrom('realisation')
        .select(['indicator_id', 'quarter', 'value'])
        .where('indicator_id', 'in', chunk)
        .where('year', '=', year)
        .execute(),
    ),
    inChunks(nodeIds, (chunk) =>
      db
        .selectFrom('budget_line')
        .select(['id', 'agency_id', 'node_id', 'pagu'])
        .where('node_id', 'in', chunk)
        .where('year', '=', year)
        .execute(),
    ),
  ]);
  const quarters = await inChunks(
    lines.map((l) => l.id),
    (chunk) =>
      db
        .selectFrom('budget_quarter')
        .select(['budget_line_id', 'realisation'])
        .where('budget_line_id', 'in', chunk)
        .execute(),
  );
  const agencyOf = new Map(agreements.map((a) => [a.id, a.agency_id]));
  const pk = pkRows.map((r) => ({
    agency_id: agencyOf.get(r.agreement_id)!,
    indicator_id: r.indicator_id,
    target: r.target,
  }));
  return { renstras, indicators, targets, pk, plan, realisations, nodes, lines, quarters };
}

/** Runs a query per slice of ids, under both engines' bound-parameter limits. */
async function inChunks<T>(ids: string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 10_000) out.push(...(await query(ids.slice(i, i + 10_000))));
  return out;
}

/**
 * Each agency's achievement and absorption for a year, in batches of `batch` agencies (memory stays
 * bounded for a nation's 25,000 agencies). Indicator achievements use `achievementOf` exactly as the
 * realisation grid does (year against the PK target); sasaran and agency means use the core roll-ups;
 * budget totals count a node's own line over its children's, as the budget view does.
 */
export async function rollUpAgencies(
  db: Db,
  agencies: AgencyRef[],
  year: number,
  batch = 250,
): Promise<RegionAgencyFigures[]> {
  const out: RegionAgencyFigures[] = [];
  for (let start = 0; start < agencies.length; start += batch) {
    const chunk = agencies.slice(start, start + batch);
    const rows = await loadRegionRows(
      db,
      chunk.map((a) => a.id),
      year,
    );
    out.push(...computeRegionRows(chunk, rows));
  }
  return out;
}

type RegionRows = Awaited<ReturnType<typeof loadRegionRows>>;

function computeRegionRows(agencies: AgencyRef[], rows: RegionRows): RegionAgencyFigures[] {
  const renstraOf = new Map<string, { id: string; start: number }>();
  for (const r of rows.renstras) {
    const seen = renstraOf.get(r.agency_id);
    if (!seen || Number(r.start_year) > seen.start)
      renstraOf.set(r.agency_id, { id: r.id, start: Number(r.start_year) });
  }
  const byRenstra = groupBy(rows.indicators, (i) => i.renstra_id);
  const nodesByRenstra = groupBy(rows.nodes, (n) => n.renstra_id);
  const renstraTarget = new Map(rows.targets.map((t) => [t.indicator_id, t.value]));
  const pkByAgency = groupBy(rows.pk, (p) => p.agency_id);
  const planOf = groupBy(rows.plan, (p) => p.indicator_id);
  const realOf = groupBy(rows.realisations, (r) => r.indicator_id);
  const linesByAgency = groupBy(rows.lines, (l) => l.agency_id);
  const spentOf = new Map<string, Decimal>();
  for (const q of rows.quarters)
    spentOf.set(q.budget_line_id, (spentOf.get(q.budget_line_id) ?? new Decimal(0)).plus(q.realisation));

  return agencies.map((agency) => {
    const renstra = renstraOf.get(agency.id);
    const nodes = renstra ? (nodesByRenstra.get(renstra.id) ?? []) : [];
    const nodeById = new Map(nodes.map((n) => [n.id, n]));
    const pk = pkByAgency.get(agency.id) ?? [];
    const pkTarget = new Map<string, string>();
    for (const p of pk) if (!pkTarget.has(p.indicator_id)) pkTarget.set(p.indicator_id, p.target);
    const all = renstra ? (byRenstra.get(renstra.id) ?? []) : [];
    const chosen =
      pk.length > 0 ? all.filter((i) => pkTarget.has(i.id)) : all.filter((i) => renstraTarget.has(i.id));

    const groups = new Map<
      string,
      { code: string; name: string; items: { achievement: ReturnType<typeof rollUpSource> }[] }
    >();
    for (const i of chosen) {
      const quarters = [1, 2, 3, 4].map((q) => ({
        quarter: q,
        target: planOf.get(i.id)?.find((t) => Number(t.quarter) === q)?.target ?? null,
        realisation: realOf.get(i.id)?.find((r) => Number(r.quarter) === q)?.value ?? null,
      }));
      const achievement = achievementOf(
        {
          polarity: i.polarity as Polarity,
          negativeFormula: i.negative_formula as 'A' | 'B' | null,
          aggregation: i.aggregation as Aggregation,
        },
        quarters,
        'year',
        pkTarget.get(i.id) ?? renstraTarget.get(i.id) ?? null,
      );
      const sasaran = sasaranOf(nodeById, i.node_id);
      const key = sasaran?.code ?? '-';
      let group = groups.get(key);
      if (!group) {
        group = { code: key, name: sasaran?.name ?? '-', items: [] };
        groups.set(key, group);
      }
      group.items.push({ achievement: rollUpSource(achievement) });
    }
    const sasaran = [...groups.values()].map((g) => ({ g, result: rollUpAchievements(g.items) }));
    const agencyResult = rollUpAchievements(
      sasaran.map((s) => ({ achievement: rollUpResultSource(s.result) })),
    );

    const lines = linesByAgency.get(agency.id) ?? [];
    const withLine = new Set(lines.map((l) => l.node_id));
    let pagu = new Decimal(0);
    let spent = new Decimal(0);
    for (const line of lines) {
      if (hasAncestorIn(nodeById, line.node_id, withLine)) continue;
      pagu = pagu.plus(line.pagu);
      spent = spent.plus(spentOf.get(line.id) ?? 0);
    }
    const absorption = budgetAbsorption({ pagu: pagu.toFixed(), realisation: spent.toFixed() });
    return {
      agencyId: agency.id,
      code: agency.code,
      name: agency.name,
      shortName: agency.shortName,
      indicators: chosen.length,
      achievement: rollUpView(agencyResult),
      sasaran: sasaran.map(({ g, result }) => ({
        code: g.code,
        name: g.name,
        achievement: rollUpView(result),
      })),
      pagu: pagu.toFixed(),
      realisationTotal: spent.toFixed(),
      absorption: absorption.status === 'ok' ? absorption.display : null,
    };
  });
}

type NodeRow = RegionRows['nodes'][number];

function sasaranOf(nodes: Map<string, NodeRow>, nodeId: string) {
  for (let cur = nodes.get(nodeId); cur; cur = cur.parent_id ? nodes.get(cur.parent_id) : undefined)
    if (cur.kind === 'sasaran' || cur.kind === 'tujuan') return cur;
  return undefined;
}

function hasAncestorIn(nodes: Map<string, NodeRow>, nodeId: string, ids: Set<string>): boolean {
  const start = nodes.get(nodeId);
  for (
    let cur = start?.parent_id ? nodes.get(start.parent_id) : undefined;
    cur;
    cur = cur.parent_id ? nodes.get(cur.parent_id) : undefined
  )
    if (ids.has(cur.id)) return true;
  return false;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function viewSource(v: RollUpView) {
  return v.status === 'ok' && v.value !== null
    ? { status: 'ok' as const, value: v.value, raw: v.value }
    : { status: 'not_computable' as const };
}
