import type { Db } from '../database';

export type AgreementLevel = 'jpt_pratama' | 'administrator' | 'pengawas';

export interface AgreementRecord {
  id: string;
  agencyId: string;
  renstraId: string;
  year: number;
  level: AgreementLevel;
  firstPartyPositionId: string;
  secondPartyPositionId: string | null;
  /** The superior's title when they are outside the agency (the governor, the regent). */
  secondPartyTitle: string | null;
  number: string | null;
  signedOn: string | null;
}

export interface AgreementIndicatorRecord {
  id: string;
  agreementId: string;
  indicatorId: string;
  target: string;
  targetHigh: string | null;
  targetReason: string | null;
  sortOrder: number;
}

export interface ActionPlanTargetRecord {
  indicatorId: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  target: string | null;
  reason: string | null;
}

const levelOrder: Record<string, number> = { jpt_pratama: 0, administrator: 1, pengawas: 2 };

export async function listAgreements(
  db: Db,
  agencyId: string,
  filter: { year?: number; id?: string } = {},
): Promise<AgreementRecord[]> {
  let q = db.selectFrom('performance_agreement').selectAll().where('agency_id', '=', agencyId);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.id) q = q.where('id', '=', filter.id);
  const rows = await q.orderBy('year', 'desc').orderBy('created_at').execute();
  return rows
    .map((r) => ({
      id: r.id,
      agencyId: r.agency_id,
      renstraId: r.renstra_id,
      year: Number(r.year),
      level: r.level as AgreementLevel,
      firstPartyPositionId: r.first_party_position_id,
      secondPartyPositionId: r.second_party_position_id,
      secondPartyTitle: r.second_party_title,
      number: r.number,
      signedOn: r.signed_on,
    }))
    .sort((a, b) => b.year - a.year || (levelOrder[a.level] ?? 9) - (levelOrder[b.level] ?? 9));
}

export async function listAgreementIndicators(
  db: Db,
  agreementIds: string[],
): Promise<AgreementIndicatorRecord[]> {
  if (agreementIds.length === 0) return [];
  const rows = await db
    .selectFrom('agreement_indicator')
    .selectAll()
    .where('agreement_id', 'in', agreementIds)
    .orderBy('sort_order')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    agreementId: r.agreement_id,
    indicatorId: r.indicator_id,
    target: r.target,
    targetHigh: r.target_high,
    targetReason: r.target_reason,
    sortOrder: Number(r.sort_order),
  }));
}

export async function insertAgreement(db: Db, a: AgreementRecord, createdAt: string): Promise<void> {
  await db
    .insertInto('performance_agreement')
    .values({
      id: a.id,
      agency_id: a.agencyId,
      renstra_id: a.renstraId,
      year: a.year,
      level: a.level,
      first_party_position_id: a.firstPartyPositionId,
      second_party_position_id: a.secondPartyPositionId,
      second_party_title: a.secondPartyTitle,
      number: a.number,
      signed_on: a.signedOn,
      created_at: createdAt,
    })
    .execute();
}

export async function insertAgreementIndicator(db: Db, i: AgreementIndicatorRecord): Promise<void> {
  await db
    .insertInto('agreement_indicator')
    .values({
      id: i.id,
      agreement_id: i.agreementId,
      indicator_id: i.indicatorId,
      target: i.target,
      target_high: i.targetHigh,
      target_reason: i.targetReason,
      sort_order: i.sortOrder,
    })
    .execute();
}

export async function updateAgreementIndicatorTarget(
  db: Db,
  id: string,
  set: { target: string; targetHigh: string | null; targetReason: string | null },
): Promise<void> {
  await db
    .updateTable('agreement_indicator')
    .set({ target: set.target, target_high: set.targetHigh, target_reason: set.targetReason })
    .where('id', '=', id)
    .execute();
}

export async function listActionPlanTargets(
  db: Db,
  indicatorIds: string[],
  year: number,
): Promise<ActionPlanTargetRecord[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await db
    .selectFrom('action_plan_target')
    .selectAll()
    .where('indicator_id', 'in', indicatorIds)
    .where('year', '=', year)
    .orderBy('quarter')
    .execute();
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    year: Number(r.year),
    quarter: Number(r.quarter) as 1 | 2 | 3 | 4,
    target: r.target,
    reason: r.reason,
  }));
}

/** Replaces the four quarterly targets of an indicator's Rencana Aksi for a year. */
export async function replaceActionPlan(
  db: Db,
  indicatorId: string,
  year: number,
  quarters: { quarter: number; target: string | null; reason: string | null }[],
): Promise<void> {
  await db
    .deleteFrom('action_plan_target')
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', year)
    .execute();
  if (quarters.length > 0)
    await db
      .insertInto('action_plan_target')
      .values(
        quarters.map((q) => ({
          indicator_id: indicatorId,
          year,
          quarter: q.quarter,
          target: q.target,
          reason: q.reason,
        })),
      )
      .execute();
}
