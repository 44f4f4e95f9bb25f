import type { Db } from '../database';

export interface HolidayRecord {
  id: string;
  date: string;
  kind: 'libur_nasional' | 'cuti_bersama' | 'libur_daerah';
  name: string;
  decree: string | null;
  source: 'skb' | 'date_holidays' | 'admin';
}

export interface CalendarSettingsRecord {
  cutiBersamaIsDayOff: boolean;
  ramadan: { from: string; to: string } | null;
}

export async function listHolidays(db: Db, agencyId: string, year?: number): Promise<HolidayRecord[]> {
  let q = db
    .selectFrom('holiday')
    .select(['id', 'date', 'kind', 'name', 'decree', 'source'])
    .where('agency_id', '=', agencyId);
  if (year !== undefined) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return (await q.orderBy('date').execute()) as HolidayRecord[];
}

export async function findCalendarSettings(db: Db, agencyId: string): Promise<CalendarSettingsRecord> {
  const row = await db
    .selectFrom('work_calendar')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!row) return { cutiBersamaIsDayOff: true, ramadan: null };
  return {
    cutiBersamaIsDayOff: Number(row.cuti_bersama_day_off) === 1,
    ramadan: row.ramadan_from && row.ramadan_to ? { from: row.ramadan_from, to: row.ramadan_to } : null,
  };
}

export async function saveCalendarSettings(
  db: Db,
  agencyId: string,
  s: CalendarSettingsRecord,
): Promise<void> {
  const values = {
    cuti_bersama_day_off: s.cutiBersamaIsDayOff ? 1 : 0,
    ramadan_from: s.ramadan?.from ?? null,
    ramadan_to: s.ramadan?.to ?? null,
  };
  await db
    .insertInto('work_calendar')
    .values({ agency_id: agencyId, ...values })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
    .execute();
}
