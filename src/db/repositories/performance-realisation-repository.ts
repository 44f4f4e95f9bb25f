import type { Db } from '../database';
import type { RealisationTable } from '../schema';

export type RealisationStatus = 'draft' | 'submitted' | 'returned' | 'verified' | 'locked';

export interface RealisationRecord {
  id: string;
  indicatorId: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  unitId: string | null;
  /** Decimal text (what the division enters for the quarter), or free text for a qualitative indicator. */
  value: string | null;
  evidence: string | null;
  obstacles: string | null;
  actions: string | null;
  status: RealisationStatus;
  returnReason: string | null;
  updatedBy: string | null;
  updatedAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
  lockedBy: string | null;
  lockedAt: string | null;
  version: number;
}

export interface RealisationEventRecord {
  id: string;
  realisationId: string;
  action: 'save' | 'submit' | 'return' | 'verify' | 'lock' | 'correct' | 'import';
  fromStatus: RealisationStatus | null;
  toStatus: RealisationStatus;
  reason: string | null;
  personId: string | null;
  at: string;
}

export interface RealisationCorrectionRecord {
  id: string;
  realisationId: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  personId: string | null;
  correctedAt: string;
}

type Row = {
  id: string;
  indicator_id: string;
  year: number | string;
  quarter: number | string;
  unit_id: string | null;
  value: string | null;
  evidence: string | null;
  obstacles: string | null;
  actions: string | null;
  status: string;
  return_reason: string | null;
  updated_by: string | null;
  updated_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  verified_by: string | null;
  verified_at: string | null;
  locked_by: string | null;
  locked_at: string | null;
  version: number | string;
};

function toRecord(r: Row): RealisationRecord {
  return {
    id: r.id,
    indicatorId: r.indicator_id,
    year: Number(r.year),
    quarter: Number(r.quarter) as 1 | 2 | 3 | 4,
    unitId: r.unit_id,
    value: r.value,
    evidence: r.evidence,
    obstacles: r.obstacles,
    actions: r.actions,
    status: r.status as RealisationStatus,
    returnReason: r.return_reason,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
    verifiedBy: r.verified_by,
    verifiedAt: r.verified_at,
    lockedBy: r.locked_by,
    lockedAt: r.locked_at,
    version: Number(r.version),
  };
}

function toRow(r: RealisationRecord): RealisationTable {
  return {
    id: r.id,
    indicator_id: r.indicatorId,
    year: r.year,
    quarter: r.quarter,
    unit_id: r.unitId,
    value: r.value,
    evidence: r.evidence,
    obstacles: r.obstacles,
    actions: r.actions,
    status: r.status,
    return_reason: r.returnReason,
    updated_by: r.updatedBy,
    updated_at: r.updatedAt,
    submitted_by: r.submittedBy,
    submitted_at: r.submittedAt,
    verified_by: r.verifiedBy,
    verified_at: r.verifiedAt,
    locked_by: r.lockedBy,
    locked_at: r.lockedAt,
    version: r.version,
  };
}

export async function listRealisations(
  db: Db,
  filter: { indicatorIds: string[]; year: number; quarter?: number },
): Promise<RealisationRecord[]> {
  if (filter.indicatorIds.length === 0) return [];
  let q = db
    .selectFrom('realisation')
    .selectAll()
    .where('indicator_id', 'in', filter.indicatorIds)
    .where('year', '=', filter.year);
  if (filter.quarter !== undefined) q = q.where('quarter', '=', filter.quarter);
  return (await q.orderBy('quarter').execute()).map(toRecord);
}

export async function findRealisation(db: Db, id: string): Promise<RealisationRecord | undefined> {
  const row = await db.selectFrom('realisation').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export async function findRealisationForPeriod(
  db: Db,
  indicatorId: string,
  year: number,
  quarter: number,
): Promise<RealisationRecord | undefined> {
  const row = await db
    .selectFrom('realisation')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', year)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
  return row && toRecord(row);
}

export async function insertRealisation(db: Db, r: RealisationRecord): Promise<void> {
  await db.insertInto('realisation').values(toRow(r)).execute();
}

/**
 * Writes `next` over the row if it still has `expectedVersion` (the caller bumps `next.version`).
 * Returns false when someone else changed it first.
 */
export async function updateRealisation(
  db: Db,
  next: RealisationRecord,
  expectedVersion: number,
): Promise<boolean> {
  const { id: _id, ...set } = toRow(next);
  const result = await db
    .updateTable('realisation')
    .set(set)
    .where('id', '=', next.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRealisationEvent(db: Db, e: RealisationEventRecord): Promise<void> {
  await db
    .insertInto('realisation_event')
    .values({
      id: e.id,
      realisation_id: e.realisationId,
      action: e.action,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      reason: e.reason,
      person_id: e.personId,
      at: e.at,
    })
    .execute();
}

export async function listRealisationEvents(
  db: Db,
  realisationIds: string[],
): Promise<RealisationEventRecord[]> {
  if (realisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('realisation_event')
    .selectAll()
    .where('realisation_id', 'in', realisationIds)
    .orderBy('at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    realisationId: r.realisation_id,
    action: r.action as RealisationEventRecord['action'],
    fromStatus: r.from_status as RealisationStatus | null,
    toStatus: r.to_status as RealisationStatus,
    reason: r.reason,
    personId: r.person_id,
    at: r.at,
  }));
}

export async function insertRealisationCorrection(db: Db, c: RealisationCorrectionRecord): Promise<void> {
  await db
    .insertInto('realisation_correction')
    .values({
      id: c.id,
      realisation_id: c.realisationId,
      old_value: c.oldValue,
      new_value: c.newValue,
      reason: c.reason,
      person_id: c.personId,
      corrected_at: c.correctedAt,
    })
    .execute();
}

export async function listRealisationCorrections(
  db: Db,
  realisationIds: string[],
): Promise<RealisationCorrectionRecord[]> {
  if (realisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('realisation_correction')
    .selectAll()
    .where('realisation_id', 'in', realisationIds)
    .orderBy('corrected_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    realisationId: r.realisation_id,
    oldValue: r.old_value,
    newValue: r.new_value,
    reason: r.reason,
    personId: r.person_id,
    correctedAt: r.corrected_at,
  }));
}
