import type { Db } from '../../db/database';
import { listAgencies } from '../../db/repositories/org-repository';
import type { Actor, Role } from '../context';

export interface Me {
  userId: string;
  personId: string;
  username: string;
  fullName: string;
  role: Role;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  regionId: string;
  timeZone: string;
  adminAgencyIds: string[];
}

/** The signed-in person with their agency and the agencies they may administer. */
export async function loadMe(db: Db, userId: string): Promise<Me | undefined> {
  const row = await db
    .selectFrom('user_account')
    .innerJoin('person', 'person.id', 'user_account.person_id')
    .innerJoin('agency', 'agency.id', 'person.agency_id')
    .select([
      'user_account.id as userId',
      'person.id as personId',
      'user_account.username as username',
      'person.full_name as fullName',
      'user_account.role as role',
      'agency.id as agencyId',
      'agency.code as agencyCode',
      'agency.name as agencyName',
      'agency.region_id as regionId',
      'agency.time_zone as timeZone',
    ])
    .where('user_account.id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const role = row.role as Role;
  let adminAgencyIds: string[] = [];
  if (role === 'agency_admin') adminAgencyIds = [row.agencyId];
  if (role === 'region_admin')
    adminAgencyIds = (await listAgencies(db, { regionId: row.regionId })).map((a) => a.id);
  if (role === 'system_admin') adminAgencyIds = (await listAgencies(db)).map((a) => a.id);
  return { ...row, role, adminAgencyIds };
}

export function actorOf(me: Me): Actor {
  return {
    userId: me.userId,
    personId: me.personId,
    role: me.role,
    agencyId: me.agencyId,
    regionId: me.regionId,
  };
}
