import type { Db } from '../database';

export type PlanNodeKind = 'tujuan' | 'sasaran' | 'program' | 'kegiatan' | 'sub_kegiatan';
export type Polarity = 'positive' | 'negative' | 'range' | 'qualitative';
export type Aggregation = 'cumulative' | 'last' | 'average';

export interface RenstraRecord {
  id: string;
  agencyId: string;
  startYear: number;
  endYear: number;
  visi: string | null;
  note: string | null;
}

export interface PlanNodeRecord {
  id: string;
  renstraId: string;
  parentId: string | null;
  kind: PlanNodeKind;
  code: string;
  name: string;
  unitId: string | null;
  sortOrder: number;
}

export interface IndicatorTargetRecord {
  year: number;
  /** Decimal text, or free text for a qualitative indicator; the low end of a range. */
  value: string;
  valueHigh: string | null;
}

export interface IndicatorHistoryRecord {
  id: string;
  year: number;
  period: string | null;
  target: string | null;
  realisation: string | null;
  note: string | null;
  source: string | null;
}

export interface IndicatorRecord {
  id: string;
  renstraId: string;
  nodeId: string;
  code: string;
  name: string;
  unitLabel: string;
  polarity: Polarity;
  negativeFormula: 'A' | 'B' | null;
  aggregation: Aggregation;
  precision: number;
  definition: string | null;
  formulaText: string | null;
  dataSource: string | null;
  unitId: string | null;
  isIku: boolean;
  baselineYear: number | null;
  baselineValue: string | null;
  finalTarget: string | null;
  note: string | null;
  sortOrder: number;
}

export interface IndicatorWithTargets extends IndicatorRecord {
  targets: IndicatorTargetRecord[];
  history: IndicatorHistoryRecord[];
}

function toRenstra(r: {
  id: string;
  agency_id: string;
  start_year: number | string;
  end_year: number | string;
  visi: string | null;
  note: string | null;
}): RenstraRecord {
  return {
    id: r.id,
    agencyId: r.agency_id,
    startYear: Number(r.start_year),
    endYear: Number(r.end_year),
    visi: r.visi,
    note: r.note,
  };
}

export async function listRenstras(db: Db, agencyId: string): Promise<RenstraRecord[]> {
  const rows = await db
    .selectFrom('renstra')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('start_year', 'desc')
    .execute();
  return rows.map(toRenstra);
}

export async function findRenstra(db: Db, id: string): Promise<RenstraRecord | undefined> {
  const row = await db.selectFrom('renstra').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRenstra(row);
}

/** The Renstra of an agency whose period covers `year`. */
export async function findRenstraForYear(db: Db, agencyId: string, year: number) {
  const row = await db
    .selectFrom('renstra')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('start_year', '<=', year)
    .where('end_year', '>=', year)
    .orderBy('start_year', 'desc')
    .executeTakeFirst();
  return row && toRenstra(row);
}

export async function listPlanNodes(db: Db, renstraId: string): Promise<PlanNodeRecord[]> {
  const rows = await db
    .selectFrom('plan_node')
    .selectAll()
    .where('renstra_id', '=', renstraId)
    .orderBy('sort_order')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    renstraId: r.renstra_id,
    parentId: r.parent_id,
    kind: r.kind as PlanNodeKind,
    code: r.code,
    name: r.name,
    unitId: r.unit_id,
    sortOrder: Number(r.sort_order),
  }));
}

/** Indicators of a Renstra (or only `ids`), with their yearly targets and history. */
export async function listIndicators(
  db: Db,
  filter: { renstraId?: string; ids?: string[] },
): Promise<IndicatorWithTargets[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  let q = db.selectFrom('indicator').selectAll();
  if (filter.renstraId) q = q.where('renstra_id', '=', filter.renstraId);
  if (filter.ids) q = q.where('id', 'in', filter.ids);
  const rows = await q.orderBy('sort_order').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [targets, history] = await Promise.all([
    db.selectFrom('indicator_target').selectAll().where('indicator_id', 'in', ids).orderBy('year').execute(),
    db
      .selectFrom('indicator_history')
      .selectAll()
      .where('indicator_id', 'in', ids)
      .orderBy('sort_order')
      .execute(),
  ]);
  // Grouped once: a Renstra of thousands of indicators must not scan every target per indicator.
  const targetsOf = groupByIndicator(targets);
  const historyOf = groupByIndicator(history);
  return rows.map((r) => ({
    id: r.id,
    renstraId: r.renstra_id,
    nodeId: r.node_id,
    code: r.code,
    name: r.name,
    unitLabel: r.unit_label,
    polarity: r.polarity as Polarity,
    negativeFormula: r.negative_formula as 'A' | 'B' | null,
    aggregation: r.aggregation as Aggregation,
    precision: Number(r.precision),
    definition: r.definition,
    formulaText: r.formula_text,
    dataSource: r.data_source,
    unitId: r.unit_id,
    isIku: Number(r.is_iku) === 1,
    baselineYear: r.baseline_year === null ? null : Number(r.baseline_year),
    baselineValue: r.baseline_value,
    finalTarget: r.final_target,
    note: r.note,
    sortOrder: Number(r.sort_order),
    targets: (targetsOf.get(r.id) ?? []).map((t) => ({
      year: Number(t.year),
      value: t.value,
      valueHigh: t.value_high,
    })),
    history: (historyOf.get(r.id) ?? []).map((h) => ({
      id: h.id,
      year: Number(h.year),
      period: h.period,
      target: h.target,
      realisation: h.realisation,
      note: h.note,
      source: h.source,
    })),
  }));
}

function groupByIndicator<T extends { indicator_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.indicator_id);
    if (list) list.push(row);
    else out.set(row.indicator_id, [row]);
  }
  return out;
}

/** An indicator with the agency that owns it (through its Renstra). */
export async function findIndicatorAgency(db: Db, indicatorId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('indicator')
    .innerJoin('renstra', 'renstra.id', 'indicator.renstra_id')
    .select('renstra.agency_id as agencyId')
    .where('indicator.id', '=', indicatorId)
    .executeTakeFirst();
  return row?.agencyId;
}

export async function insertRenstra(db: Db, r: RenstraRecord, createdAt: string): Promise<void> {
  await db
    .insertInto('renstra')
    .values({
      id: r.id,
      agency_id: r.agencyId,
      start_year: r.startYear,
      end_year: r.endYear,
      visi: r.visi,
      note: r.note,
      created_at: createdAt,
    })
    .execute();
}

export async function insertPlanNode(db: Db, n: PlanNodeRecord): Promise<void> {
  await db
    .insertInto('plan_node')
    .values({
      id: n.id,
      renstra_id: n.renstraId,
      parent_id: n.parentId,
      kind: n.kind,
      code: n.code,
      name: n.name,
      unit_id: n.unitId,
      sort_order: n.sortOrder,
    })
    .execute();
}

/** Writes an indicator with its targets and history (values must already be canonical text). */
export async function insertIndicator(db: Db, i: IndicatorWithTargets): Promise<void> {
  await db
    .insertInto('indicator')
    .values({
      id: i.id,
      renstra_id: i.renstraId,
      node_id: i.nodeId,
      code: i.code,
      name: i.name,
      unit_label: i.unitLabel,
      polarity: i.polarity,
      negative_formula: i.negativeFormula,
      aggregation: i.aggregation,
      precision: i.precision,
      definition: i.definition,
      formula_text: i.formulaText,
      data_source: i.dataSource,
      unit_id: i.unitId,
      is_iku: i.isIku ? 1 : 0,
      baseline_year: i.baselineYear,
      baseline_value: i.baselineValue,
      final_target: i.finalTarget,
      note: i.note,
      sort_order: i.sortOrder,
    })
    .execute();
  if (i.targets.length > 0)
    await db
      .insertInto('indicator_target')
      .values(
        i.targets.map((t) => ({
          indicator_id: i.id,
          year: t.year,
          value: t.value,
          value_high: t.valueHigh,
        })),
      )
      .execute();
  if (i.history.length > 0)
    await db
      .insertInto('indicator_history')
      .values(
        i.history.map((h, index) => ({
          id: h.id,
          indicator_id: i.id,
          year: h.year,
          period: h.period,
          target: h.target,
          realisation: h.realisation,
          note: h.note,
          source: h.source,
          sort_order: index,
        })),
      )
      .execute();
}

export async function findPlanningUnitId(db: Db, agencyId: string): Promise<string | null> {
  const row = await db
    .selectFrom('performance_setting')
    .select('planning_unit_id')
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return row?.planning_unit_id ?? null;
}

export async function savePlanningUnitId(db: Db, agencyId: string, unitId: string | null): Promise<void> {
  await db
    .insertInto('performance_setting')
    .values({ agency_id: agencyId, planning_unit_id: unitId })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet({ planning_unit_id: unitId }))
    .execute();
}
