import { conflict, DomainError, fieldError, invalid, notFound } from '../../core/errors';
import type { UnitKind } from '../../core/org/kinds';
import type { Db } from '../../db/database';
import { listUnits, type UnitRecord } from '../../db/repositories/org-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, newId, type ServiceContext } from '../context';
import { loadAgency } from './load-agency';

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: string | null;
}

export async function listAgencyUnits(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
): Promise<UnitRecord[]> {
  await loadAgency(ctx.db, actor, agencyId, 'read');
  return listUnits(ctx.db, agencyId);
}

export async function createUnit(ctx: ServiceContext, actor: Actor, agencyId: string, input: UnitInput) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await checkParent(trx, agencyId, input.parentId ?? null, id);
    await insertOrConflict(() =>
      trx
        .insertInto('unit')
        .values({
          id,
          agency_id: agencyId,
          code: input.code,
          name: input.name,
          kind: input.kind,
          parent_id: input.parentId ?? null,
        })
        .execute(),
    );
  });
  return findUnitOrThrow(ctx.db, agencyId, id);
}

export async function updateUnit(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  unitId: string,
  input: Partial<UnitInput>,
) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  await findUnitOrThrow(ctx.db, agencyId, unitId);
  await ctx.db.transaction().execute(async (trx) => {
    if (input.parentId !== undefined) await checkParent(trx, agencyId, input.parentId, unitId);
    const set: Record<string, string | null> = {};
    if (input.code !== undefined) set.code = input.code;
    if (input.name !== undefined) set.name = input.name;
    if (input.kind !== undefined) set.kind = input.kind;
    if (input.parentId !== undefined) set.parent_id = input.parentId;
    if (Object.keys(set).length > 0)
      await insertOrConflict(() => trx.updateTable('unit').set(set).where('id', '=', unitId).execute());
  });
  return findUnitOrThrow(ctx.db, agencyId, unitId);
}

export async function deleteUnit(ctx: ServiceContext, actor: Actor, agencyId: string, unitId: string) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  await findUnitOrThrow(ctx.db, agencyId, unitId);
  await ctx.db.transaction().execute(async (trx) => {
    const used =
      (await trx.selectFrom('position').select('id').where('unit_id', '=', unitId).executeTakeFirst()) ??
      (await trx.selectFrom('unit').select('id').where('parent_id', '=', unitId).executeTakeFirst());
    if (used)
      throw new DomainError('UNIT_IN_USE', {
        id: 'Unit masih memiliki jabatan atau sub-unit; pindahkan atau hapus dahulu.',
        en: 'The unit still has positions or sub-units; move or delete them first.',
      });
    await trx.deleteFrom('unit').where('id', '=', unitId).execute();
  });
}

async function findUnitOrThrow(db: Db, agencyId: string, unitId: string): Promise<UnitRecord> {
  const unit = (await listUnits(db, agencyId)).find((u) => u.id === unitId);
  if (!unit) throw notFound('unit');
  return unit;
}

/** A parent must be a unit of the same agency, and never the unit itself or one of its descendants. */
async function checkParent(db: Db, agencyId: string, parentId: string | null, unitId: string) {
  if (!parentId) return;
  const units = await listUnits(db, agencyId);
  const byId = new Map(units.map((u) => [u.id, u]));
  if (!byId.has(parentId))
    throw invalid([
      fieldError('parentId', 'Unit induk tidak ada di instansi ini.', 'No such parent unit here.'),
    ]);
  for (let cur: string | null = parentId; cur; cur = byId.get(cur)?.parentId ?? null) {
    if (cur === unitId)
      throw invalid([
        fieldError(
          'parentId',
          'Unit tidak boleh menjadi induk dirinya sendiri.',
          'A unit cannot contain itself.',
        ),
      ]);
  }
}

async function insertOrConflict(write: () => Promise<unknown>) {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(
        'UNIT_CODE_TAKEN',
        'code',
        'Kode unit sudah dipakai di instansi ini.',
        'This unit code is already used in this agency.',
      );
    throw error;
  }
}
