import { conflict, DomainError, fieldError, invalid, notFound } from '../../core/errors';
import { isActiveOn } from '../../core/org/appointments';
import type { PositionLevel } from '../../core/org/kinds';
import type { Db } from '../../db/database';
import { listAppointments } from '../../db/repositories/appointment-repository';
import { listPositions, listUnits, type PositionRecord } from '../../db/repositories/org-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, localDate, newId, type ServiceContext } from '../context';
import { loadAgency } from './load-agency';

export interface PositionInput {
  unitId: string;
  code: string;
  title: string;
  level: PositionLevel;
  parentId?: string | null;
  sopRole?: string | null;
}

export interface Holder {
  personId: string;
  fullName: string;
  kind: 'definitive' | 'plt' | 'plh';
  startsOn: string;
  endsOn: string | null;
}

/** Positions of an agency with the people holding each today (definitive and acting). */
export async function listPositionsWithHolders(ctx: ServiceContext, agencyId: string) {
  const agency = await ctx.db
    .selectFrom('agency')
    .select('time_zone')
    .where('id', '=', agencyId)
    .executeTakeFirst();
  const today = localDate(ctx.now(), agency?.time_zone ?? 'Asia/Jakarta');
  const [positions, appointments] = await Promise.all([
    listPositions(ctx.db, agencyId),
    listAppointments(ctx.db, { agencyId }),
  ]);
  return positions.map((p) => ({
    ...p,
    holders: appointments
      .filter((a) => a.positionId === p.id && isActiveOn(a, today))
      .map(
        (a): Holder => ({
          personId: a.personId,
          fullName: a.fullName,
          kind: a.kind,
          startsOn: a.startsOn,
          endsOn: a.endsOn,
        }),
      ),
  }));
}

export async function listAgencyPositions(ctx: ServiceContext, actor: Actor, agencyId: string) {
  await loadAgency(ctx.db, actor, agencyId, 'read');
  return listPositionsWithHolders(ctx, agencyId);
}

export async function createPosition(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: PositionInput,
) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(trx, agencyId, input.unitId, input.parentId ?? null, id);
    await writeOrConflict(() =>
      trx
        .insertInto('position')
        .values({
          id,
          agency_id: agencyId,
          unit_id: input.unitId,
          code: input.code,
          title: input.title,
          level: input.level,
          parent_id: input.parentId ?? null,
          sop_role: input.sopRole ?? null,
        })
        .execute(),
    );
  });
  return findPositionOrThrow(ctx, agencyId, id);
}

export async function updatePosition(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  positionId: string,
  input: Partial<PositionInput>,
) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const current = await findPositionOrThrow(ctx, agencyId, positionId);
  await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(
      trx,
      agencyId,
      input.unitId ?? current.unitId,
      input.parentId === undefined ? current.parentId : input.parentId,
      positionId,
    );
    const set: Record<string, string | null> = {};
    if (input.unitId !== undefined) set.unit_id = input.unitId;
    if (input.code !== undefined) set.code = input.code;
    if (input.title !== undefined) set.title = input.title;
    if (input.level !== undefined) set.level = input.level;
    if (input.parentId !== undefined) set.parent_id = input.parentId;
    if (input.sopRole !== undefined) set.sop_role = input.sopRole;
    if (Object.keys(set).length > 0)
      await writeOrConflict(() =>
        trx.updateTable('position').set(set).where('id', '=', positionId).execute(),
      );
  });
  return findPositionOrThrow(ctx, agencyId, positionId);
}

export async function deletePosition(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  positionId: string,
) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  await findPositionOrThrow(ctx, agencyId, positionId);
  await ctx.db.transaction().execute(async (trx) => {
    const used =
      (await trx
        .selectFrom('appointment')
        .select('id')
        .where('position_id', '=', positionId)
        .executeTakeFirst()) ??
      (await trx.selectFrom('position').select('id').where('parent_id', '=', positionId).executeTakeFirst());
    if (used)
      throw new DomainError('POSITION_IN_USE', {
        id: 'Jabatan masih memiliki penugasan atau bawahan; akhiri atau pindahkan dahulu.',
        en: 'The position still has appointments or subordinates; end or move them first.',
      });
    await trx.deleteFrom('position').where('id', '=', positionId).execute();
  });
}

async function findPositionOrThrow(ctx: ServiceContext, agencyId: string, id: string) {
  const position = (await listPositionsWithHolders(ctx, agencyId)).find((p) => p.id === id);
  if (!position) throw notFound('position');
  return position;
}

async function checkReferences(
  db: Db,
  agencyId: string,
  unitId: string,
  parentId: string | null,
  selfId: string,
) {
  const units = await listUnits(db, agencyId);
  if (!units.some((u) => u.id === unitId))
    throw invalid([fieldError('unitId', 'Unit tidak ada di instansi ini.', 'No such unit in this agency.')]);
  if (!parentId) return;
  const positions: PositionRecord[] = await listPositions(db, agencyId);
  const byId = new Map(positions.map((p) => [p.id, p]));
  if (!byId.has(parentId))
    throw invalid([
      fieldError('parentId', 'Jabatan atasan tidak ada di instansi ini.', 'No such superior position here.'),
    ]);
  for (let cur: string | null = parentId; cur; cur = byId.get(cur)?.parentId ?? null) {
    if (cur === selfId)
      throw invalid([
        fieldError(
          'parentId',
          'Jabatan tidak boleh menjadi atasan dirinya sendiri.',
          'A position cannot lead itself.',
        ),
      ]);
  }
}

async function writeOrConflict(write: () => Promise<unknown>) {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(
        'POSITION_CODE_TAKEN',
        'code',
        'Kode jabatan sudah dipakai di instansi ini.',
        'This position code is already used in this agency.',
      );
    throw error;
  }
}
