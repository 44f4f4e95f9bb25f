import { addWorkingTime } from '../calendar/add-working-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { type Flow, type FlowStep, firstStep, isDecision, nextStepNo, stepOf } from './flow';
import type { RunActor, RunCommand } from './run-command';
import { runErrors } from './run-errors';
import type { RunState, Signoff, Task, TaskOutput } from './run-state';

/** What a run needs around it: its flow, who plays each lane, the units for per-unit steps, time. */
export interface RunEnvironment {
  flow: Flow;
  /** Lane key → the agency position mapped to it. */
  lanePositions: Record<string, string>;
  /** Units of the agency with the position that acts for each in a per-unit step (its head). */
  units: Array<{ id: string; kind: string; headPositionId: string }>;
  calendar: WorkingCalendar;
  newId: () => string;
}

export type RunEffect =
  | { type: 'task_opened'; taskId: string; stepNo: number; positionId: string; dueAt: string | null }
  | { type: 'task_returned'; taskId: string; stepNo: number; positionId: string; reason: string }
  | { type: 'run_completed' }
  | { type: 'run_cancelled'; reason: string };

export interface RunEventBody {
  type: RunCommand['type'];
  taskId: string | null;
  stepNo: number | null;
  payload: Record<string, unknown>;
}

export interface Decision {
  state: RunState;
  event: RunEventBody;
  effects: RunEffect[];
}

/**
 * The run engine: applies one command to a run's state at `now`, pure. Throws a DomainError when the
 * command breaks a rule (not yours, already done, output missing, reason missing, run not active …).
 *
 * @example decide(null, { type: 'start', … }, actor, now, env) // opens the first step's task
 */
export function decide(
  state: RunState | null,
  command: RunCommand,
  actor: RunActor,
  now: Date,
  env: RunEnvironment,
): Decision {
  if (command.type === 'start') return start(command, actor, now, env);
  if (!state) throw runErrors.taskNotFound();
  if (state.status !== 'active') throw runErrors.notActive(state.status);
  const next: RunState = { ...state, version: state.version + 1, tasks: state.tasks.map((t) => ({ ...t })) };
  const effects: RunEffect[] = [];
  const at = now.toISOString();

  if (command.type === 'cancel') {
    if (!actor.isAdmin && actor.personId !== state.startedBy) throw runErrors.cancelNotAllowed();
    const reason = command.reason?.trim();
    if (!reason) throw runErrors.reasonRequired();
    next.status = 'cancelled';
    next.cancelledAt = at;
    next.cancelReason = reason;
    for (const t of next.tasks) if (t.status === 'open' || t.status === 'claimed') t.status = 'cancelled';
    effects.push({ type: 'run_cancelled', reason });
    return {
      state: next,
      event: { type: 'cancel', taskId: null, stepNo: null, payload: { reason } },
      effects,
    };
  }

  const task = next.tasks.find((t) => t.id === command.taskId);
  if (!task) throw runErrors.taskNotFound();
  if (task.status === 'completed' || task.status === 'returned') throw runErrors.alreadyDone();
  if (task.status === 'cancelled') throw runErrors.notActive('cancelled');
  assertMayAct(task, actor);
  const step = stepOf(env.flow, task.stepNo);
  const event = (payload: Record<string, unknown>): RunEventBody => ({
    type: command.type,
    taskId: task.id,
    stepNo: task.stepNo,
    payload,
  });

  switch (command.type) {
    case 'claim': {
      task.status = 'claimed';
      task.claimedBy = actor.personId;
      return { state: next, event: event({}), effects };
    }
    case 'delegate': {
      if (!actor.positionIds.includes(task.positionId)) throw runErrors.notYours();
      task.delegatedTo = command.toPersonId;
      return { state: next, event: event({ toPersonId: command.toPersonId }), effects };
    }
    case 'complete': {
      if (isDecision(step)) throw runErrors.decisionRequired();
      if (step.signature) throw runErrors.signatureRequired();
      if (step.paraf) throw runErrors.parafRequired();
      checkOutput(step, command.output);
      finish(task, actor, at, command.output);
      advanceAfter(next, step, task, now, env, effects);
      return { state: next, event: event({ output: command.output }), effects };
    }
    case 'paraf':
    case 'sign': {
      if (command.type === 'paraf' && !step.paraf) throw runErrors.parafNotExpected();
      if (command.type === 'sign' && !step.signature) throw runErrors.signatureNotExpected();
      const signoff: Signoff = { personId: actor.personId, positionId: task.positionId, at };
      if (command.type === 'paraf') task.paraf = signoff;
      else task.signature = signoff;
      finish(task, actor, at, command.output ?? null);
      advanceAfter(next, step, task, now, env, effects);
      return { state: next, event: event({ output: command.output ?? null }), effects };
    }
    case 'decide': {
      if (!isDecision(step) || !step.exits) throw runErrors.notADecision();
      if (command.decision === 'approve') {
        finish(task, actor, at, command.output ?? null);
        task.decision = 'approved';
        openStep(next, step.exits.yes, now, env, effects);
        return {
          state: next,
          event: event({ decision: 'approve', output: command.output ?? null }),
          effects,
        };
      }
      const reason = command.reason?.trim();
      if (!reason) throw runErrors.reasonRequired();
      finish(task, actor, at, command.output ?? null);
      task.status = 'returned';
      task.decision = 'returned';
      task.reason = reason;
      const opened = openStep(next, step.exits.no, now, env, []);
      for (const t of opened)
        effects.push({
          type: 'task_returned',
          taskId: t.id,
          stepNo: t.stepNo,
          positionId: t.positionId,
          reason,
        });
      return {
        state: next,
        event: event({
          decision: 'return',
          reason,
          returnedTo: step.exits.no,
          output: command.output ?? null,
        }),
        effects,
      };
    }
  }
}

function start(
  command: Extract<RunCommand, { type: 'start' }>,
  actor: RunActor,
  now: Date,
  env: RunEnvironment,
): Decision {
  const at = now.toISOString();
  const state: RunState = {
    id: command.runId,
    agencyId: command.agencyId,
    sopId: command.sopId,
    sopVersion: command.sopVersion,
    purpose: command.purpose.trim(),
    period: command.period,
    status: 'active',
    startedAt: at,
    startedBy: actor.personId,
    disposition: command.disposition,
    completedAt: null,
    cancelledAt: null,
    cancelReason: null,
    version: 1,
    tasks: [],
  };
  const effects: RunEffect[] = [];
  const first = firstStep(env.flow);
  const [task] = openStep(state, first.no, now, env, effects);
  // The head who starts the run with a disposition has done the first step ("memerintahkan").
  if (
    task &&
    command.disposition &&
    actor.positionIds.includes(task.positionId) &&
    !isDecision(first) &&
    !first.paraf &&
    !first.signature
  ) {
    effects.splice(0, effects.length);
    finish(task, actor, at, { kind: 'disposition', disposition: command.disposition });
    advanceAfter(state, first, task, now, env, effects);
    // A disposition addressed to no one goes to whoever the SOP gives the next step (its "Kepada").
    if (command.disposition.addresseePositionIds.length === 0) {
      const next = [...new Set(state.tasks.filter((t) => t.status === 'open').map((t) => t.positionId))];
      state.disposition = { ...command.disposition, addresseePositionIds: next };
      task.output = { kind: 'disposition', disposition: state.disposition };
    }
  }
  return {
    state,
    event: {
      type: 'start',
      taskId: null,
      stepNo: null,
      payload: { purpose: state.purpose, period: state.period, disposition: state.disposition },
    },
    effects,
  };
}

/** May the actor act on the task now: holds its position (or it was delegated to them), and nobody else claimed it. */
export function assertMayAct(task: Task, actor: RunActor): void {
  const holds = actor.positionIds.includes(task.positionId) || task.delegatedTo === actor.personId;
  if (!holds) throw runErrors.notYours();
  if (task.status === 'claimed' && task.claimedBy !== actor.personId) throw runErrors.claimedByOther();
}

function checkOutput(step: FlowStep, output: TaskOutput | null): void {
  if (step.meeting) {
    if (output?.kind !== 'meeting') throw runErrors.meetingRecordRequired();
    const complete =
      output.agenda.trim() &&
      output.heldAt &&
      output.place.trim() &&
      output.attendees.length > 0 &&
      output.minutes.trim();
    if (!complete) throw runErrors.meetingRecordRequired();
    return;
  }
  if (step.outputs.length > 0 && !output) throw runErrors.outputRequired(step.outputs);
}

function finish(task: Task, actor: RunActor, at: string, output: TaskOutput | null): void {
  task.status = 'completed';
  task.completedAt = at;
  task.completedBy = actor.personId;
  task.output = output;
}

/** After a task completes: join per-unit siblings, then open the next step or complete the run. */
function advanceAfter(
  state: RunState,
  step: FlowStep,
  task: Task,
  now: Date,
  env: RunEnvironment,
  effects: RunEffect[],
): void {
  const siblings = state.tasks.filter((t) => t.stepNo === task.stepNo && t.attempt === task.attempt);
  if (siblings.some((t) => t.status !== 'completed')) return;
  const following = nextStepNo(env.flow, step);
  if (following === null) {
    state.status = 'completed';
    state.completedAt = now.toISOString();
    effects.push({ type: 'run_completed' });
    return;
  }
  openStep(state, following, now, env, effects);
}

/** Opens a step: one task for its lane's position, or one per unit for a per-unit step. */
function openStep(
  state: RunState,
  stepNo: number,
  now: Date,
  env: RunEnvironment,
  effects: RunEffect[],
): Task[] {
  const step = stepOf(env.flow, stepNo);
  const attempt = Math.max(0, ...state.tasks.filter((t) => t.stepNo === stepNo).map((t) => t.attempt)) + 1;
  const dueAt = dueTime(step, now, env.calendar);
  const targets: Array<{ positionId: string; unitId: string | null }> = [];
  if (step.perUnit) {
    const units = env.units.filter((u) => step.perUnit!.unitKinds.includes(u.kind));
    if (units.length === 0) throw runErrors.noUnits(step.perUnit.unitKinds);
    for (const u of units) targets.push({ positionId: u.headPositionId, unitId: u.id });
  } else {
    const positionId = env.lanePositions[step.lane];
    if (!positionId) throw runErrors.laneNotMapped(step.lane);
    targets.push({ positionId, unitId: null });
  }
  const opened = targets.map(
    (target): Task => ({
      id: env.newId(),
      stepNo,
      positionId: target.positionId,
      unitId: target.unitId,
      status: 'open',
      attempt,
      openedAt: now.toISOString(),
      dueAt,
      claimedBy: null,
      delegatedTo: null,
      completedAt: null,
      completedBy: null,
      output: null,
      decision: null,
      reason: null,
      paraf: null,
      signature: null,
    }),
  );
  state.tasks.push(...opened);
  for (const t of opened)
    effects.push({ type: 'task_opened', taskId: t.id, stepNo, positionId: t.positionId, dueAt });
  return opened;
}

/** The due time: the step's time standards added one after the other in working time; none without one. */
export function dueTime(step: FlowStep, openedAt: Date, calendar: WorkingCalendar): string | null {
  if (step.timeStandards.length === 0) return null;
  let due = openedAt;
  for (const duration of step.timeStandards) due = addWorkingTime(due, duration, calendar);
  return due.toISOString();
}
