import type { ChainLink } from '../../core/history/event-chain';
import type { RunState, Task } from '../../core/run/run-state';
import type { Db } from '../database';

/** Lane mapping and units frozen when the run started (see RunEnvironment). */
export interface StoredRunEnvironment {
  lanePositions: Record<string, string>;
  units: Array<{ id: string; kind: string; headPositionId: string }>;
}

export interface StoredRun {
  state: RunState;
  sopVersionId: string;
  environment: StoredRunEnvironment;
}

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export async function findRun(db: Db, runId: string): Promise<StoredRun | undefined> {
  const row = await db.selectFrom('run').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!row) return undefined;
  const tasks = await db
    .selectFrom('run_task')
    .selectAll()
    .where('run_id', '=', runId)
    .orderBy('opened_at')
    .orderBy('step_no')
    .orderBy('id')
    .execute();
  return {
    sopVersionId: row.sop_version_id,
    environment: JSON.parse(row.environment) as StoredRunEnvironment,
    state: {
      id: row.id,
      agencyId: row.agency_id,
      sopId: row.sop_id,
      sopVersion: Number(row.sop_version),
      purpose: row.purpose,
      period: {
        year: Number(row.period_year),
        quarter: row.period_quarter === null ? null : Number(row.period_quarter),
      },
      status: row.status as RunState['status'],
      startedAt: row.started_at,
      startedBy: row.started_by,
      disposition: json(row.disposition),
      completedAt: row.completed_at,
      cancelledAt: row.cancelled_at,
      cancelReason: row.cancel_reason,
      version: Number(row.version),
      tasks: tasks.map(
        (t): Task => ({
          id: t.id,
          stepNo: Number(t.step_no),
          positionId: t.position_id,
          unitId: t.unit_id,
          status: t.status as Task['status'],
          attempt: Number(t.attempt),
          openedAt: t.opened_at,
          dueAt: t.due_at,
          claimedBy: t.claimed_by,
          delegatedTo: t.delegated_to,
          completedAt: t.completed_at,
          completedBy: t.completed_by,
          output: json(t.output),
          decision: t.decision as Task['decision'],
          reason: t.reason,
          paraf: json(t.paraf),
          signature: json(t.signature),
        }),
      ),
    },
  };
}

function taskRow(runId: string, t: Task) {
  return {
    id: t.id,
    run_id: runId,
    step_no: t.stepNo,
    position_id: t.positionId,
    unit_id: t.unitId,
    status: t.status,
    attempt: t.attempt,
    opened_at: t.openedAt,
    due_at: t.dueAt,
    claimed_by: t.claimedBy,
    delegated_to: t.delegatedTo,
    completed_at: t.completedAt,
    completed_by: t.completedBy,
    output: t.output ? JSON.stringify(t.output) : null,
    decision: t.decision,
    reason: t.reason,
    paraf: t.paraf ? JSON.stringify(t.paraf) : null,
    signature: t.signature ? JSON.stringify(t.signature) : null,
  };
}

function runRow(state: RunState) {
  return {
    status: state.status,
    disposition: state.disposition ? JSON.stringify(state.disposition) : null,
    completed_at: state.completedAt,
    cancelled_at: state.cancelledAt,
    cancel_reason: state.cancelReason,
    version: state.version,
  };
}

export async function insertRun(
  db: Db,
  state: RunState,
  sopVersionId: string,
  environment: StoredRunEnvironment,
): Promise<void> {
  await db
    .insertInto('run')
    .values({
      id: state.id,
      agency_id: state.agencyId,
      sop_id: state.sopId,
      sop_version_id: sopVersionId,
      sop_version: state.sopVersion,
      purpose: state.purpose,
      period_year: state.period.year,
      period_quarter: state.period.quarter,
      started_at: state.startedAt,
      started_by: state.startedBy,
      environment: JSON.stringify(environment),
      ...runRow(state),
    })
    .execute();
  for (const t of state.tasks) await db.insertInto('run_task').values(taskRow(state.id, t)).execute();
}

/**
 * Writes a decided state over the one it was decided from. The run row is updated only if its version
 * is still the one read: returns false when another command got there first (the caller rolls back).
 */
export async function saveRunState(db: Db, before: RunState, after: RunState): Promise<boolean> {
  const updated = await db
    .updateTable('run')
    .set(runRow(after))
    .where('id', '=', after.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return false;
  const old = new Map(before.tasks.map((t) => [t.id, JSON.stringify(t)]));
  for (const t of after.tasks) {
    const previous = old.get(t.id);
    if (previous === undefined) await db.insertInto('run_task').values(taskRow(after.id, t)).execute();
    else if (previous !== JSON.stringify(t))
      await db.updateTable('run_task').set(taskRow(after.id, t)).where('id', '=', t.id).execute();
  }
  return true;
}

export interface StoredRunEvent extends ChainLink {
  runId: string;
  commandId: string;
  type: string;
  taskId: string | null;
  stepNo: number | null;
  actorPersonId: string;
  actingPositionId: string | null;
  at: string;
  ip: string | null;
  userAgent: string | null;
  payload: unknown;
}

export async function lastRunEvent(db: Db, runId: string): Promise<ChainLink | undefined> {
  const row = await db
    .selectFrom('run_event')
    .select(['seq', 'prev_hash', 'hash'])
    .where('run_id', '=', runId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { seq: Number(row.seq), prevHash: row.prev_hash, hash: row.hash };
}

export async function hasCommand(db: Db, runId: string, commandId: string): Promise<boolean> {
  const row = await db
    .selectFrom('run_event')
    .select('seq')
    .where('run_id', '=', runId)
    .where('command_id', '=', commandId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRunEvent(db: Db, e: StoredRunEvent): Promise<void> {
  await db
    .insertInto('run_event')
    .values({
      run_id: e.runId,
      seq: e.seq,
      command_id: e.commandId,
      type: e.type,
      task_id: e.taskId,
      step_no: e.stepNo,
      actor_person_id: e.actorPersonId,
      acting_position_id: e.actingPositionId,
      at: e.at,
      ip: e.ip,
      user_agent: e.userAgent,
      payload: JSON.stringify(e.payload),
      prev_hash: e.prevHash,
      hash: e.hash,
    })
    .execute();
}

export async function listRunEvents(db: Db, runId: string): Promise<StoredRunEvent[]> {
  const rows = await db
    .selectFrom('run_event')
    .selectAll()
    .where('run_id', '=', runId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    runId: r.run_id,
    seq: Number(r.seq),
    commandId: r.command_id,
    type: r.type,
    taskId: r.task_id,
    stepNo: r.step_no === null ? null : Number(r.step_no),
    actorPersonId: r.actor_person_id,
    actingPositionId: r.acting_position_id,
    at: r.at,
    ip: r.ip,
    userAgent: r.user_agent,
    payload: JSON.parse(r.payload),
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

export async function listRunIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('run').select('id').orderBy('started_at').execute()).map((r) => r.id);
}
