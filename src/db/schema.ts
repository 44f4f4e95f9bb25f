/**
 * Table shapes as Kysely sees them. Both engines store the same shapes: ids are text UUIDs,
 * timestamps ISO-8601 UTC text, dates `YYYY-MM-DD` text, booleans integers 0/1 (normalised to
 * `boolean` in repositories), JSON as text.
 */
import type { Generated } from 'kysely';

export interface RegionTable {
  id: string;
  code: string;
  name: string;
  kind: string;
  created_at: string;
}

export interface AgencyTable {
  id: string;
  region_id: string;
  code: string;
  name: string;
  short_name: string | null;
  time_zone: string;
  address: string | null;
  logo: string | null;
  created_at: string;
}

export interface UnitTable {
  id: string;
  agency_id: string;
  code: string;
  name: string;
  kind: string;
  parent_id: string | null;
}

export interface PositionTable {
  id: string;
  agency_id: string;
  unit_id: string;
  code: string;
  title: string;
  level: string;
  parent_id: string | null;
  sop_role: string | null;
}

export interface PersonTable {
  id: string;
  agency_id: string;
  full_name: string;
  nip: string | null;
  rank: string | null;
  email: string | null;
  created_at: string;
}

export interface UserAccountTable {
  id: string;
  person_id: string;
  username: string;
  password_hash: string;
  role: string;
  failed_logins: Generated<number>;
  locked_until: string | null;
  password_changed_at: string;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a database leak does not leak live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AppointmentTable {
  id: string;
  position_id: string;
  person_id: string;
  kind: string;
  starts_on: string;
  ends_on: string | null;
  decree: string | null;
  created_at: string;
}

export interface WorkCalendarTable {
  agency_id: string;
  cuti_bersama_day_off: number;
  ramadan_from: string | null;
  ramadan_to: string | null;
}

export interface HolidayTable {
  id: string;
  agency_id: string;
  date: string;
  kind: string;
  name: string;
  decree: string | null;
  source: string;
}

export interface Tables {
  region: RegionTable;
  agency: AgencyTable;
  unit: UnitTable;
  position: PositionTable;
  person: PersonTable;
  user_account: UserAccountTable;
  session: SessionTable;
  appointment: AppointmentTable;
  work_calendar: WorkCalendarTable;
  holiday: HolidayTable;
}
