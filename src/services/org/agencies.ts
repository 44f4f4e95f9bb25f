import { conflict, forbidden, notFound } from '../../core/errors';
import {
  type AgencyRecord,
  listAgencies,
  listRegions,
  listUnits,
} from '../../db/repositories/org-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, newId, type ServiceContext } from '../context';
import { loadAgency } from './load-agency';
import { listPositionsWithHolders } from './positions';

export interface AgencyInput {
  regionId: string;
  code: string;
  name: string;
  shortName?: string | null;
  timeZone: AgencyRecord['timeZone'];
  address?: string | null;
  logo?: string | null;
}

export async function listVisibleRegions(ctx: ServiceContext, actor: Actor) {
  const regions = await listRegions(ctx.db);
  return actor.role === 'system_admin' ? regions : regions.filter((r) => r.id === actor.regionId);
}

/** The agencies the actor may see: their own, their region's for region administrators, all for system ones. */
export async function listVisibleAgencies(ctx: ServiceContext, actor: Actor): Promise<AgencyRecord[]> {
  if (actor.role === 'system_admin') return listAgencies(ctx.db);
  if (actor.role === 'region_admin') return listAgencies(ctx.db, { regionId: actor.regionId });
  return listAgencies(ctx.db, { agencyId: actor.agencyId });
}

export async function getAgencyDetail(ctx: ServiceContext, actor: Actor, agencyId: string) {
  const agency = await loadAgency(ctx.db, actor, agencyId, 'read');
  const [units, positions] = await Promise.all([
    listUnits(ctx.db, agencyId),
    listPositionsWithHolders(ctx, agencyId),
  ]);
  return { ...agency, units, positions };
}

export async function createAgency(
  ctx: ServiceContext,
  actor: Actor,
  input: AgencyInput,
): Promise<AgencyRecord> {
  const region = (await listRegions(ctx.db)).find((r) => r.id === input.regionId);
  if (!region) throw notFound('region');
  const allowed =
    actor.role === 'system_admin' || (actor.role === 'region_admin' && actor.regionId === region.id);
  if (!allowed) throw forbidden();
  const id = newId();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('agency')
        .select('id')
        .where('code', '=', input.code)
        .executeTakeFirst();
      if (taken) throw codeTaken();
      await trx
        .insertInto('agency')
        .values({
          id,
          region_id: input.regionId,
          code: input.code,
          name: input.name,
          short_name: input.shortName ?? null,
          time_zone: input.timeZone,
          address: input.address ?? null,
          logo: input.logo ?? null,
          created_at: ctx.now().toISOString(),
        })
        .execute();
      await trx.insertInto('work_calendar').values({ agency_id: id, cuti_bersama_day_off: 1 }).execute();
    });
  } catch (error) {
    throw isUniqueViolation(error) ? codeTaken() : error;
  }
  return loadAgency(ctx.db, actor, id, 'read');
}

export async function updateAgency(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: Partial<Omit<AgencyInput, 'regionId' | 'code'>>,
): Promise<AgencyRecord> {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const set: Record<string, string | null> = {};
  if (input.name !== undefined) set.name = input.name;
  if (input.shortName !== undefined) set.short_name = input.shortName;
  if (input.timeZone !== undefined) set.time_zone = input.timeZone;
  if (input.address !== undefined) set.address = input.address;
  if (input.logo !== undefined) set.logo = input.logo;
  if (Object.keys(set).length > 0)
    await ctx.db.updateTable('agency').set(set).where('id', '=', agencyId).execute();
  return loadAgency(ctx.db, actor, agencyId, 'read');
}

const codeTaken = () =>
  conflict(
    'AGENCY_CODE_TAKEN',
    'code',
    'Kode instansi sudah dipakai instansi lain.',
    'This agency code is already used by another agency.',
  );

/** For the command line: an agency by its code, or a clear error. */
export async function getAgencyByCode(ctx: ServiceContext, code: string): Promise<AgencyRecord> {
  const agency = (await listAgencies(ctx.db)).find((a) => a.code === code);
  if (!agency) throw notFound('agency');
  return agency;
}

/** The actor the command line acts as: the machine's operator, with every right. */
export function operatorActor(): Actor {
  return { userId: 'cli', personId: 'cli', role: 'system_admin', agencyId: '', regionId: '' };
}

/** The operator acting within one agency (for use cases that need the actor's agency). */
export function systemActor(agency: AgencyRecord): Actor {
  return { ...operatorActor(), agencyId: agency.id, regionId: agency.regionId };
}
