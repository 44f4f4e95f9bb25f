import type { PositionLevel, UnitKind } from '../../core/org/kinds';
import type { Db } from '../database';

export interface RegionRecord {
  id: string;
  code: string;
  name: string;
  kind: 'provinsi' | 'kabupaten' | 'kota';
}

export interface AgencyRecord {
  id: string;
  regionId: string;
  regionName: string;
  code: string;
  name: string;
  shortName: string | null;
  timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  address: string | null;
  logo: string | null;
}

export interface UnitRecord {
  id: string;
  agencyId: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

export interface PositionRecord {
  id: string;
  agencyId: string;
  unitId: string;
  unitName: string;
  code: string;
  title: string;
  level: PositionLevel;
  parentId: string | null;
  sopRole: string | null;
}

export async function listRegions(db: Db): Promise<RegionRecord[]> {
  const rows = await db.selectFrom('region').selectAll().orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, kind: r.kind as RegionRecord['kind'] }));
}

function agencyQuery(db: Db) {
  return db
    .selectFrom('agency')
    .innerJoin('region', 'region.id', 'agency.region_id')
    .select([
      'agency.id as id',
      'agency.region_id as regionId',
      'region.name as regionName',
      'agency.code as code',
      'agency.name as name',
      'agency.short_name as shortName',
      'agency.time_zone as timeZone',
      'agency.address as address',
      'agency.logo as logo',
    ]);
}

export async function listAgencies(db: Db, filter: { regionId?: string; agencyId?: string } = {}) {
  let q = agencyQuery(db);
  if (filter.regionId) q = q.where('agency.region_id', '=', filter.regionId);
  if (filter.agencyId) q = q.where('agency.id', '=', filter.agencyId);
  return (await q.orderBy('agency.name').execute()) as AgencyRecord[];
}

export async function findAgency(db: Db, id: string): Promise<AgencyRecord | undefined> {
  return (await agencyQuery(db).where('agency.id', '=', id).executeTakeFirst()) as AgencyRecord | undefined;
}

export async function findAgencyByCode(db: Db, code: string): Promise<AgencyRecord | undefined> {
  return (await agencyQuery(db).where('agency.code', '=', code).executeTakeFirst()) as
    | AgencyRecord
    | undefined;
}

export async function listUnits(db: Db, agencyId: string): Promise<UnitRecord[]> {
  return db
    .selectFrom('unit')
    .select(['id', 'agency_id as agencyId', 'code', 'name', 'kind', 'parent_id as parentId'])
    .where('agency_id', '=', agencyId)
    .orderBy('code')
    .execute() as Promise<UnitRecord[]>;
}

export async function listPositions(db: Db, agencyId: string): Promise<PositionRecord[]> {
  return db
    .selectFrom('position')
    .innerJoin('unit', 'unit.id', 'position.unit_id')
    .select([
      'position.id as id',
      'position.agency_id as agencyId',
      'position.unit_id as unitId',
      'unit.name as unitName',
      'position.code as code',
      'position.title as title',
      'position.level as level',
      'position.parent_id as parentId',
      'position.sop_role as sopRole',
    ])
    .where('position.agency_id', '=', agencyId)
    .orderBy('position.code')
    .execute() as Promise<PositionRecord[]>;
}
