import { type WorkingCalendar, workDurationInMinutes, workingMinutesBetween } from '../../core/calendar';
import { notFound } from '../../core/errors';
import type { Flow, FlowStep } from '../../core/run/flow';
import type { RunState, Task } from '../../core/run/run-state';
import type { SopDefinition } from '../../core/sop';
import type { Db } from '../../db/database';
import { findRun, listRunEvents } from '../../db/repositories/run-repository';
import type { Me } from '../auth/load-me';
import type { ServiceContext } from '../context';
import { loadWorkingCalendar } from '../org/calendar';
import { loadFlow } from './load-flow';
import { runActorOf } from './run-actor';

interface Names {
  positions: Map<string, string>;
  units: Map<string, string>;
  people: Map<string, string>;
}

async function namesOf(db: Db, agencyId: string): Promise<Names> {
  const [positions, units, people] = await Promise.all([
    db.selectFrom('position').select(['id', 'title']).where('agency_id', '=', agencyId).execute(),
    db.selectFrom('unit').select(['id', 'name']).where('agency_id', '=', agencyId).execute(),
    db.selectFrom('person').select(['id', 'full_name']).where('agency_id', '=', agencyId).execute(),
  ]);
  return {
    positions: new Map(positions.map((p) => [p.id, p.title])),
    units: new Map(units.map((u) => [u.id, u.name])),
    people: new Map(people.map((p) => [p.id, p.full_name])),
  };
}

function standardMinutes(step: FlowStep, calendar: WorkingCalendar): number | null {
  if (step.timeStandards.length === 0) return null;
  return step.timeStandards.reduce((sum, d) => sum + workDurationInMinutes(d, calendar), 0);
}

/** A step's time standard: as written in the SOP ("20 Mnit + 1 Jam") and in working minutes. */
export function standardOf(step: FlowStep, definition: SopDefinition, calendar: WorkingCalendar) {
  const written = definition.steps
    .find((s) => s.no === step.no)
    ?.mutuBaku.flatMap((row) => (row.time ? [row.time.written] : []));
  return {
    standardMinutes: standardMinutes(step, calendar),
    standardText: written && written.length > 0 ? written.join(' + ') : null,
  };
}

/** Actual working time of a task against its step's standard (until now for an open task). */
export function timingOf(
  task: Task,
  step: FlowStep,
  definition: SopDefinition,
  calendar: WorkingCalendar,
  now: Date,
) {
  const end = task.completedAt ? new Date(task.completedAt) : now;
  return {
    actualMinutes: Math.round(workingMinutesBetween(new Date(task.openedAt), end, calendar)),
    ...standardOf(step, definition, calendar),
    // Against the due time (same clock time N working days later), not a minute count: see docs/calendar.md.
    onTime: task.dueAt ? end.getTime() <= new Date(task.dueAt).getTime() : null,
  };
}

function taskView(
  state: RunState,
  task: Task,
  flow: Flow,
  definition: SopDefinition,
  calendar: WorkingCalendar,
  names: Names,
  now: Date,
  actorPositions: string[],
  personId: string,
) {
  const step = flow.steps.find((s) => s.no === task.stepNo)!;
  const defStep = definition.steps.find((s) => s.no === task.stepNo);
  const overdue =
    (task.status === 'open' || task.status === 'claimed') && !!task.dueAt && new Date(task.dueAt) < now;
  const earlier = state.tasks
    .filter(
      (t) =>
        t.status === 'completed' &&
        t.output &&
        t.completedAt &&
        t.completedAt <= (task.completedAt ?? now.toISOString()) &&
        t.id !== task.id,
    )
    .map((t) => ({ stepNo: t.stepNo, output: t.output! }));
  const signoff = (s: Task['paraf']) =>
    s ? { personName: names.people.get(s.personId) ?? '', at: s.at } : null;
  return {
    id: task.id,
    runId: state.id,
    runPurpose: state.purpose,
    stepNo: task.stepNo,
    activity: step.activity,
    kinds: step.kinds,
    positionId: task.positionId,
    positionTitle: names.positions.get(task.positionId) ?? '',
    unitId: task.unitId,
    unitName: task.unitId ? (names.units.get(task.unitId) ?? null) : null,
    status: task.status,
    attempt: task.attempt,
    openedAt: task.openedAt,
    dueAt: task.dueAt,
    overdue,
    completedAt: task.completedAt,
    completedByName: task.completedBy ? (names.people.get(task.completedBy) ?? null) : null,
    claimedByName: task.claimedBy ? (names.people.get(task.claimedBy) ?? null) : null,
    output: task.output,
    decision: task.decision,
    reason: task.reason,
    paraf: signoff(task.paraf),
    signature: signoff(task.signature),
    expects: {
      inputs: defStep?.mutuBaku.map((r) => r.inputs).filter(Boolean) ?? [],
      outputs: step.outputs,
      timeStandards: defStep?.mutuBaku.flatMap((r) => (r.time ? [r.time.written] : [])) ?? [],
      meeting: !!step.meeting,
      paraf: !!step.paraf,
      signature: !!step.signature,
      documentActs: step.documentActs ?? [],
      decision: step.exits ?? null,
    },
    earlierOutputs: earlier,
    warning: overdue ? definition.identity.warning : null,
    timing: timingOf(task, step, definition, calendar, now),
    mine:
      state.status === 'active' &&
      (task.status === 'open' || task.status === 'claimed') &&
      (actorPositions.includes(task.positionId) || task.delegatedTo === personId) &&
      (task.status !== 'claimed' || task.claimedBy === personId),
  };
}

/** A run as its page shows it: flow with where it stands, tasks with actual time vs standard, history. */
export async function getRunDetail(ctx: ServiceContext, me: Me, runId: string) {
  const stored = await findRun(ctx.db, runId);
  if (!stored || stored.state.agencyId !== me.agencyId) throw notFound('run');
  const { state } = stored;
  const [{ flow, definition }, calendar, names, actor, events] = await Promise.all([
    loadFlow(ctx.db, stored.sopVersionId),
    loadWorkingCalendar(ctx.db, state.agencyId),
    namesOf(ctx.db, state.agencyId),
    runActorOf(ctx, me),
    listRunEvents(ctx.db, runId),
  ]);
  const now = ctx.now();
  const tasks = state.tasks.map((t) =>
    taskView(state, t, flow, definition, calendar, names, now, actor.positionIds, me.personId),
  );
  const laneLabel = new Map(definition.lanes.map((l) => [l.key, l.label]));
  return {
    ...summaryOf(state, definition, names, tasks),
    version: state.version,
    disposition: state.disposition,
    cancelReason: state.cancelReason,
    timeZone: calendar.timeZone,
    steps: flow.steps.map((s) => {
      const stepTasks = state.tasks.filter((t) => t.stepNo === s.no);
      const latest = Math.max(0, ...stepTasks.map((t) => t.attempt));
      const current = stepTasks.filter((t) => t.attempt === latest);
      const stateOf = (): 'waiting' | 'open' | 'done' | 'returned' => {
        if (current.length === 0) return 'waiting';
        if (current.some((t) => t.status === 'open' || t.status === 'claimed')) return 'open';
        if (current.some((t) => t.status === 'returned')) return 'returned';
        return 'done';
      };
      return {
        no: s.no,
        activity: s.activity,
        laneLabel: s.perUnit
          ? `${laneLabel.get(s.lane) ?? s.lane} (per unit)`
          : (laneLabel.get(s.lane) ?? s.lane),
        kinds: s.kinds,
        timeStandards:
          definition.steps
            .find((d) => d.no === s.no)
            ?.mutuBaku.flatMap((r) => (r.time ? [r.time.written] : [])) ?? [],
        state: stateOf(),
      };
    }),
    tasks,
    history: events.map((e) => ({
      seq: e.seq,
      type: e.type,
      stepNo: e.stepNo,
      actorName: names.people.get(e.actorPersonId) ?? e.actorPersonId,
      actingPositionTitle: e.actingPositionId ? (names.positions.get(e.actingPositionId) ?? null) : null,
      at: e.at,
      payload: withNames(e.payload, names),
      hash: e.hash,
    })),
  };
}

/** A delegation's payload names the person it went to, for the history. */
function withNames(payload: unknown, names: Names): unknown {
  const p = payload as { toPersonId?: unknown } | null;
  if (p && typeof p.toPersonId === 'string')
    return { ...p, toPersonName: names.people.get(p.toPersonId) ?? null };
  return payload;
}

function summaryOf(
  state: RunState,
  definition: SopDefinition,
  names: Names,
  tasks: Array<{ status: string; overdue: boolean; stepNo: number }>,
) {
  return {
    id: state.id,
    purpose: state.purpose,
    sopId: state.sopId,
    sopTitle: definition.identity.title,
    sopVersion: state.sopVersion,
    period: state.period,
    status: state.status,
    startedAt: state.startedAt,
    startedByName: names.people.get(state.startedBy) ?? '',
    completedAt: state.completedAt,
    currentSteps: [
      ...new Set(tasks.filter((t) => t.status === 'open' || t.status === 'claimed').map((t) => t.stepNo)),
    ],
    overdueTasks: tasks.filter((t) => t.overdue).length,
  };
}

/** The runs of the person's agency, newest first. */
export async function listRuns(ctx: ServiceContext, me: Me) {
  const rows = await ctx.db
    .selectFrom('run')
    .select('id')
    .where('agency_id', '=', me.agencyId)
    .orderBy('started_at', 'desc')
    .limit(200)
    .execute();
  const names = await namesOf(ctx.db, me.agencyId);
  const now = ctx.now();
  const out = [];
  for (const row of rows) {
    const stored = (await findRun(ctx.db, row.id))!;
    const { definition } = await loadFlow(ctx.db, stored.sopVersionId);
    const tasks = stored.state.tasks.map((t) => ({
      status: t.status,
      stepNo: t.stepNo,
      overdue: (t.status === 'open' || t.status === 'claimed') && !!t.dueAt && new Date(t.dueAt) < now,
    }));
    out.push(summaryOf(stored.state, definition, names, tasks));
  }
  return out;
}

/** The tasks waiting for the person: those of the positions they hold or act for today, and delegated ones. */
export async function getInbox(ctx: ServiceContext, me: Me) {
  const actor = await runActorOf(ctx, me);
  const taskRows = await ctx.db
    .selectFrom('run_task')
    .innerJoin('run', 'run.id', 'run_task.run_id')
    .select(['run_task.run_id as runId'])
    .where('run.agency_id', '=', me.agencyId)
    .where('run.status', '=', 'active')
    .where('run_task.status', 'in', ['open', 'claimed'])
    .where((eb) =>
      eb.or([
        eb('run_task.position_id', 'in', actor.positionIds.length > 0 ? actor.positionIds : ['-']),
        eb('run_task.delegated_to', '=', me.personId),
      ]),
    )
    .execute();
  const runIds = [...new Set(taskRows.map((r) => r.runId))];
  if (runIds.length === 0) return [];
  // Shared across the runs: names, calendar and the actor's positions are loaded once.
  const [calendar, names] = await Promise.all([
    loadWorkingCalendar(ctx.db, me.agencyId),
    namesOf(ctx.db, me.agencyId),
  ]);
  const now = ctx.now();
  const tasks = [];
  for (const runId of runIds) {
    const stored = await findRun(ctx.db, runId);
    if (!stored) continue;
    const { flow, definition } = await loadFlow(ctx.db, stored.sopVersionId);
    for (const task of stored.state.tasks) {
      const view = taskView(
        stored.state,
        task,
        flow,
        definition,
        calendar,
        names,
        now,
        actor.positionIds,
        me.personId,
      );
      if (view.mine) tasks.push(view);
    }
  }
  return tasks.sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));
}

export async function listNotifications(ctx: ServiceContext, me: Me) {
  const rows = await ctx.db
    .selectFrom('notification')
    .selectAll()
    .where('person_id', '=', me.personId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    runId: n.run_id,
    taskId: n.task_id,
    createdAt: n.created_at,
    readAt: n.read_at,
  }));
}

export async function markNotificationRead(ctx: ServiceContext, me: Me, id: string) {
  const result = await ctx.db
    .updateTable('notification')
    .set({ read_at: ctx.now().toISOString() })
    .where('id', '=', id)
    .where('person_id', '=', me.personId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw notFound('notification');
}
