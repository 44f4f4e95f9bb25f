import type { Db } from '../database';
import type { AgreementRecord } from './performance-agreement-repository';
import type { IndicatorWithTargets, PlanNodeKind, PlanNodeRecord } from './performance-renstra-repository';

/**
 * Writes behind the Renstra and PK editors: changing and deleting plan nodes, indicators and PK rows,
 * the indicative funding of a node per Renstra year, and what still uses a row (so a delete can be
 * refused by name). Counts are normalised here (PostgreSQL returns them as strings).
 */

export interface FundingRecord {
  year: number;
  /** Decimal text in Rupiah. */
  amount: string;
}

/** A plan node, only if its Renstra belongs to the agency. */
export async function findAgencyPlanNode(
  db: Db,
  agencyId: string,
  nodeId: string,
): Promise<PlanNodeRecord | undefined> {
  const row = await db
    .selectFrom('plan_node')
    .innerJoin('renstra', 'renstra.id', 'plan_node.renstra_id')
    .selectAll('plan_node')
    .where('plan_node.id', '=', nodeId)
    .where('renstra.agency_id', '=', agencyId)
    .executeTakeFirst();
  return row && toPlanNode(row);
}

export async function findPlanNode(db: Db, nodeId: string): Promise<PlanNodeRecord | undefined> {
  const row = await db.selectFrom('plan_node').selectAll().where('id', '=', nodeId).executeTakeFirst();
  return row && toPlanNode(row);
}

function toPlanNode(row: {
  id: string;
  renstra_id: string;
  parent_id: string | null;
  kind: string;
  code: string;
  name: string;
  unit_id: string | null;
  sort_order: number | string;
}): PlanNodeRecord {
  return {
    id: row.id,
    renstraId: row.renstra_id,
    parentId: row.parent_id,
    kind: row.kind as PlanNodeKind,
    code: row.code,
    name: row.name,
    unitId: row.unit_id,
    sortOrder: Number(row.sort_order),
  };
}

/** The Renstra of an indicator, only if it belongs to the agency. */
export async function findAgencyIndicatorRenstra(
  db: Db,
  agencyId: string,
  indicatorId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('indicator')
    .innerJoin('renstra', 'renstra.id', 'indicator.renstra_id')
    .select('indicator.renstra_id as renstraId')
    .where('indicator.id', '=', indicatorId)
    .where('renstra.agency_id', '=', agencyId)
    .executeTakeFirst();
  return row?.renstraId;
}

/**
 * Takes the write lock on one row for the rest of the transaction (PostgreSQL: a row lock; SQLite: the
 * database write lock), so that "read, compare the revision, write" cannot interleave with another
 * editor doing the same. Returns false when the row is gone.
 */
export async function lockRow(
  db: Db,
  table: 'plan_node' | 'indicator' | 'performance_agreement' | 'agreement_indicator',
  id: string,
): Promise<boolean> {
  const result =
    table === 'performance_agreement'
      ? await db
          .updateTable('performance_agreement')
          .set((eb) => ({ year: eb.ref('year') }))
          .where('id', '=', id)
          .executeTakeFirst()
      : await db
          .updateTable(table)
          .set((eb) => ({ sort_order: eb.ref('sort_order') }))
          .where('id', '=', id)
          .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Indicative funding (pagu indikatif) per node and Renstra year. */
export async function listFunding(db: Db, nodeIds: string[]): Promise<Map<string, FundingRecord[]>> {
  const out = new Map<string, FundingRecord[]>();
  if (nodeIds.length === 0) return out;
  const rows = await db
    .selectFrom('plan_node_funding')
    .selectAll()
    .where('node_id', 'in', nodeIds)
    .orderBy('year')
    .execute();
  for (const r of rows) {
    const list = out.get(r.node_id) ?? [];
    list.push({ year: Number(r.year), amount: r.amount });
    out.set(r.node_id, list);
  }
  return out;
}

export async function replaceFunding(db: Db, nodeId: string, rows: FundingRecord[]): Promise<void> {
  await db.deleteFrom('plan_node_funding').where('node_id', '=', nodeId).execute();
  if (rows.length > 0)
    await db
      .insertInto('plan_node_funding')
      .values(rows.map((r) => ({ node_id: nodeId, year: r.year, amount: r.amount })))
      .execute();
}

export async function updatePlanNodeRow(
  db: Db,
  id: string,
  set: { code: string; name: string; unitId: string | null },
): Promise<void> {
  await db
    .updateTable('plan_node')
    .set({ code: set.code, name: set.name, unit_id: set.unitId })
    .where('id', '=', id)
    .execute();
}

/** What keeps a node from being deleted: child nodes, indicators and budget lines (by year). */
export async function planNodeDependents(db: Db, nodeId: string) {
  const [children, indicators, budget] = await Promise.all([
    db
      .selectFrom('plan_node')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('parent_id', '=', nodeId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('indicator')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('node_id', '=', nodeId)
      .executeTakeFirstOrThrow(),
    db.selectFrom('budget_line').select('year').where('node_id', '=', nodeId).orderBy('year').execute(),
  ]);
  return {
    children: Number(children.n),
    indicators: Number(indicators.n),
    budgetYears: budget.map((b) => Number(b.year)),
  };
}

export async function deletePlanNodeRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('plan_node_funding').where('node_id', '=', id).execute();
  await db.deleteFrom('plan_node').where('id', '=', id).execute();
}

/** Writes an indicator's columns and replaces its yearly targets (values already canonical). */
export async function updateIndicatorRow(db: Db, i: IndicatorWithTargets): Promise<void> {
  await db
    .updateTable('indicator')
    .set({
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
    })
    .where('id', '=', i.id)
    .execute();
  await db.deleteFrom('indicator_target').where('indicator_id', '=', i.id).execute();
  if (i.targets.length > 0)
    await db
      .insertInto('indicator_target')
      .values(
        i.targets.map((t) => ({ indicator_id: i.id, year: t.year, value: t.value, value_high: t.valueHigh })),
      )
      .execute();
}

export interface IndicatorUsage {
  /** Years of the Perjanjian Kinerja that carry the indicator. */
  agreementYears: number[];
  /** Realisation rows entered for the indicator (any year, any status). */
  realisations: number;
}

/** Where indicators are used: PK years and realisation count, per indicator id. */
export async function indicatorUsage(db: Db, ids: string[]): Promise<Map<string, IndicatorUsage>> {
  const out = new Map<string, IndicatorUsage>(ids.map((id) => [id, { agreementYears: [], realisations: 0 }]));
  if (ids.length === 0) return out;
  const [pk, real] = await Promise.all([
    db
      .selectFrom('agreement_indicator')
      .innerJoin('performance_agreement', 'performance_agreement.id', 'agreement_indicator.agreement_id')
      .select(['agreement_indicator.indicator_id as indicatorId', 'performance_agreement.year as year'])
      .where('agreement_indicator.indicator_id', 'in', ids)
      .execute(),
    db
      .selectFrom('realisation')
      .select((eb) => ['indicator_id', eb.fn.countAll().as('n')])
      .where('indicator_id', 'in', ids)
      .groupBy('indicator_id')
      .execute(),
  ]);
  for (const r of pk) {
    const usage = out.get(r.indicatorId);
    const year = Number(r.year);
    if (usage && !usage.agreementYears.includes(year)) usage.agreementYears.push(year);
  }
  for (const usage of out.values()) usage.agreementYears.sort((a, b) => a - b);
  for (const r of real) {
    const usage = out.get(r.indicator_id);
    if (usage) usage.realisations = Number(r.n);
  }
  return out;
}

/** Deletes an indicator with its targets, history and Rencana Aksi (callers refuse when it is in use). */
export async function deleteIndicatorRows(db: Db, id: string): Promise<void> {
  await db.deleteFrom('action_plan_target').where('indicator_id', '=', id).execute();
  await db.deleteFrom('indicator_target').where('indicator_id', '=', id).execute();
  await db.deleteFrom('indicator_history').where('indicator_id', '=', id).execute();
  await db.deleteFrom('indicator').where('id', '=', id).execute();
}

export async function updateAgreementRow(
  db: Db,
  id: string,
  set: Pick<
    AgreementRecord,
    'level' | 'firstPartyPositionId' | 'secondPartyPositionId' | 'secondPartyTitle' | 'number' | 'signedOn'
  >,
): Promise<void> {
  await db
    .updateTable('performance_agreement')
    .set({
      level: set.level,
      first_party_position_id: set.firstPartyPositionId,
      second_party_position_id: set.secondPartyPositionId,
      second_party_title: set.secondPartyTitle,
      number: set.number,
      signed_on: set.signedOn,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteAgreementIndicatorRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('agreement_indicator').where('id', '=', id).execute();
}

/** Realisation rows of an indicator in a year (any status). */
export async function countRealisations(db: Db, indicatorId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('realisation')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A PK indicator row, only if its PK belongs to the agency. */
export async function findAgencyAgreementIndicator(db: Db, agencyId: string, id: string) {
  const row = await db
    .selectFrom('agreement_indicator')
    .innerJoin('performance_agreement', 'performance_agreement.id', 'agreement_indicator.agreement_id')
    .selectAll('agreement_indicator')
    .where('agreement_indicator.id', '=', id)
    .where('performance_agreement.agency_id', '=', agencyId)
    .executeTakeFirst();
  return row && { id: row.id, agreementId: row.agreement_id, indicatorId: row.indicator_id };
}
