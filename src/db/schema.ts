/**
 * Table shapes as Kysely sees them. Both engines store the same shapes: ids are text UUIDs,
 * timestamps ISO-8601 UTC text, dates `YYYY-MM-DD` text, booleans integers 0/1 (normalised to
 * `boolean` in repositories), JSON as text.
 */
import type { Generated } from 'kysely';
import type { DocumentTables } from './schema-documents';
import type { SopRunTables } from './schema-runs';

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

export interface Tables extends SopRunTables, DocumentTables {
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
  performance_setting: PerformanceSettingTable;
  renstra: RenstraTable;
  plan_node: PlanNodeTable;
  plan_node_funding: PlanNodeFundingTable;
  indicator: IndicatorTable;
  indicator_target: IndicatorTargetTable;
  indicator_history: IndicatorHistoryTable;
  performance_agreement: PerformanceAgreementTable;
  agreement_indicator: AgreementIndicatorTable;
  action_plan_target: ActionPlanTargetTable;
  realisation: RealisationTable;
  realisation_event: RealisationEventTable;
  realisation_correction: RealisationCorrectionTable;
  budget_line: BudgetLineTable;
  budget_quarter: BudgetQuarterTable;
}

// Performance data (migration 2026-11-24-performance). Decimal figures are canonical TEXT strings.

export interface PerformanceSettingTable {
  agency_id: string;
  planning_unit_id: string | null;
}

export interface RenstraTable {
  id: string;
  agency_id: string;
  start_year: number;
  end_year: number;
  visi: string | null;
  note: string | null;
  created_at: string;
}

export interface PlanNodeTable {
  id: string;
  renstra_id: string;
  parent_id: string | null;
  kind: string;
  code: string;
  name: string;
  unit_id: string | null;
  sort_order: number;
}

export interface PlanNodeFundingTable {
  node_id: string;
  year: number;
  amount: string;
}

export interface IndicatorTable {
  id: string;
  renstra_id: string;
  node_id: string;
  code: string;
  name: string;
  unit_label: string;
  polarity: string;
  negative_formula: string | null;
  aggregation: string;
  precision: number;
  definition: string | null;
  formula_text: string | null;
  data_source: string | null;
  unit_id: string | null;
  is_iku: number;
  baseline_year: number | null;
  baseline_value: string | null;
  final_target: string | null;
  note: string | null;
  sort_order: number;
}

export interface IndicatorTargetTable {
  indicator_id: string;
  year: number;
  value: string;
  value_high: string | null;
}

export interface IndicatorHistoryTable {
  id: string;
  indicator_id: string;
  year: number;
  period: string | null;
  target: string | null;
  realisation: string | null;
  note: string | null;
  source: string | null;
  sort_order: number;
}

export interface PerformanceAgreementTable {
  id: string;
  agency_id: string;
  renstra_id: string;
  year: number;
  level: string;
  first_party_position_id: string;
  second_party_position_id: string | null;
  second_party_title: string | null;
  number: string | null;
  signed_on: string | null;
  created_at: string;
}

export interface AgreementIndicatorTable {
  id: string;
  agreement_id: string;
  indicator_id: string;
  target: string;
  target_high: string | null;
  target_reason: string | null;
  sort_order: number;
}

export interface ActionPlanTargetTable {
  indicator_id: string;
  year: number;
  quarter: number;
  target: string | null;
  reason: string | null;
}

export interface RealisationTable {
  id: string;
  indicator_id: string;
  year: number;
  quarter: number;
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
  version: number;
}

export interface RealisationEventTable {
  id: string;
  realisation_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  person_id: string | null;
  at: string;
}

export interface RealisationCorrectionTable {
  id: string;
  realisation_id: string;
  old_value: string | null;
  new_value: string | null;
  reason: string;
  person_id: string | null;
  corrected_at: string;
}

export interface BudgetLineTable {
  id: string;
  agency_id: string;
  year: number;
  node_id: string;
  pagu: string;
  updated_at: string;
}

export interface BudgetQuarterTable {
  budget_line_id: string;
  quarter: number;
  cash_plan: string;
  realisation: string;
}
