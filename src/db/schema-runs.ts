/** Tables of the SOP library and of runs (migration 2026-11-24-sops-runs). JSON columns are text. */

export interface SopTable {
  id: string;
  agency_id: string;
  code: string;
  title: string;
  created_at: string;
}

export interface SopVersionTable {
  id: string;
  sop_id: string;
  version: number;
  status: string;
  /** The SOP definition (core/sop model) as JSON. */
  definition: string;
  effective_date: string | null;
  published_at: string | null;
  published_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SopLaneTable {
  sop_id: string;
  lane_key: string;
  position_id: string;
}

export interface RunTable {
  id: string;
  agency_id: string;
  sop_id: string;
  sop_version_id: string;
  sop_version: number;
  purpose: string;
  period_year: number;
  period_quarter: number | null;
  status: string;
  started_at: string;
  started_by: string;
  disposition: string | null;
  completed_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  /** Lane → position mapping and units as the run started (JSON), so later edits don't move tasks. */
  environment: string;
  version: number;
}

export interface RunTaskTable {
  id: string;
  run_id: string;
  step_no: number;
  position_id: string;
  unit_id: string | null;
  status: string;
  attempt: number;
  opened_at: string;
  due_at: string | null;
  claimed_by: string | null;
  delegated_to: string | null;
  completed_at: string | null;
  completed_by: string | null;
  output: string | null;
  decision: string | null;
  reason: string | null;
  paraf: string | null;
  signature: string | null;
}

export interface RunEventTable {
  run_id: string;
  seq: number;
  /** Client-chosen id of the command: a retry with the same id has one effect. */
  command_id: string;
  type: string;
  task_id: string | null;
  step_no: number | null;
  actor_person_id: string;
  acting_position_id: string | null;
  at: string;
  ip: string | null;
  user_agent: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface NotificationTable {
  id: string;
  person_id: string;
  kind: string;
  run_id: string | null;
  task_id: string | null;
  title: string;
  body: string;
  created_at: string;
  read_at: string | null;
  /** none | pending | sending | sent | failed */
  email_status: string;
  email_claimed_at: string | null;
  /** One reminder per task and kind: a unique key such as `overdue:<taskId>:<personId>`. */
  dedupe_key: string | null;
}

export interface SopRunTables {
  sop: SopTable;
  sop_version: SopVersionTable;
  sop_lane: SopLaneTable;
  run: RunTable;
  run_task: RunTaskTable;
  run_event: RunEventTable;
  notification: NotificationTable;
}
