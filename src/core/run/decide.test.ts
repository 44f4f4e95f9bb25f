import { describe, expect, it } from 'vitest';
import { defaultWeekSchedule, type WorkingCalendar } from '../calendar/working-calendar';
import { DomainError } from '../errors';
import { decide, type RunEnvironment } from './decide';
import type { Flow, FlowStep } from './flow';
import type { RunActor, RunCommand } from './run-command';
import type { RunState } from './run-state';

const calendar: WorkingCalendar = {
  timeZone: 'Asia/Makassar',
  week: defaultWeekSchedule(),
  holidays: [],
  cutiBersamaIsDayOff: true,
  overrides: [],
};

const hours = (amount: number) => ({ amount, unit: 'hour' as const });

/** A builder for flows: steps 1..n in order, each a process unless told otherwise. */
function aStep(no: number, lane: string, overrides: Partial<FlowStep> = {}): FlowStep {
  return {
    no,
    lane,
    kinds: ['process'],
    activity: `Langkah ${no}`,
    timeStandards: [hours(1)],
    outputs: ['Keluaran'],
    ...overrides,
  };
}

/** Seed 004's shape: order, format, per-division data, compile, analyse, draft, correct, sign, number, send. */
const flow: Flow = {
  steps: [
    aStep(1, 'kadis', { kinds: ['start', 'process'], timeStandards: [{ amount: 15, unit: 'minute' }] }),
    aStep(2, 'kasubbag', { timeStandards: [hours(2)] }),
    aStep(3, 'kabid', { perUnit: { unitKinds: ['bidang', 'sekretariat'] } }),
    aStep(4, 'staf', { meeting: true }),
    aStep(5, 'kasubbag', { timeStandards: [hours(32)] }),
    aStep(6, 'sekretaris', { kinds: ['decision'], exits: { yes: 7, no: 5 }, timeStandards: [], outputs: [] }),
    aStep(7, 'sekretaris', { paraf: true }),
    aStep(8, 'kadis', { signature: true }),
    aStep(9, 'staf', {
      kinds: ['process', 'end'],
      timeStandards: [{ amount: 20, unit: 'minute' }, hours(1)],
    }),
  ],
};

let ids = 0;
const env: RunEnvironment = {
  flow,
  lanePositions: {
    kadis: 'pos-kadis',
    kasubbag: 'pos-kasubbag',
    staf: 'pos-staf',
    sekretaris: 'pos-sekretaris',
  },
  units: [
    { id: 'u-sekre', kind: 'sekretariat', headPositionId: 'pos-sekretaris' },
    { id: 'u-gatrik', kind: 'bidang', headPositionId: 'pos-kabid-gatrik' },
    { id: 'u-ebtke', kind: 'bidang', headPositionId: 'pos-kabid-ebtke' },
    { id: 'u-keu', kind: 'subbagian', headPositionId: 'pos-kasubbag-keu' },
  ],
  calendar,
  newId: () => `t${++ids}`,
};

const person = (personId: string, ...positionIds: string[]): RunActor => ({
  personId,
  positionIds,
  isAdmin: false,
});
const kadis = person('p-kadis', 'pos-kadis');
const kasubbag = person('p-kasubbag', 'pos-kasubbag');
const staf = person('p-staf', 'pos-staf');
const sekretaris = person('p-sekretaris', 'pos-sekretaris');

// Monday 23 November 2026, 09:00 WITA.
const monday9 = new Date('2026-11-23T01:00:00Z');
const doc = { kind: 'document' as const, documentId: 'd1', title: 'Dokumen' };
const meeting = {
  kind: 'meeting' as const,
  agenda: 'Pembahasan data kinerja',
  heldAt: '2026-11-24T02:00:00Z',
  place: 'Ruang rapat',
  attendees: ['Kasubbag Program', 'Staf'],
  minutes: 'Data lengkap.',
};

function startRun(): RunState {
  const command: RunCommand = {
    type: 'start',
    runId: 'run-1',
    agencyId: 'a',
    sopId: 'sop',
    sopVersion: 1,
    purpose: 'LKjIP 2026',
    period: { year: 2026, quarter: null },
    disposition: { text: 'Segera susun LKjIP 2026.', addresseePositionIds: ['pos-sekretaris'] },
  };
  return decide(null, command, kadis, monday9, env).state;
}

const open = (state: RunState, stepNo: number) =>
  state.tasks.filter((t) => t.stepNo === stepNo && t.status === 'open');

function act(state: RunState, command: RunCommand, actor: RunActor, now = monday9) {
  return decide(state, command, actor, now, env);
}

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'no error';
}

/** Drives the run from the start to the decision step (step 6). */
function toDecision(): RunState {
  let s = startRun();
  s = act(s, { type: 'complete', taskId: open(s, 2)[0]!.id, output: doc }, kasubbag).state;
  for (const t of open(s, 3))
    s = act(s, { type: 'complete', taskId: t.id, output: doc }, person('x', t.positionId)).state;
  s = act(s, { type: 'complete', taskId: open(s, 4)[0]!.id, output: meeting }, staf).state;
  s = act(s, { type: 'complete', taskId: open(s, 5)[0]!.id, output: doc }, kasubbag).state;
  return s;
}

describe('run engine', () => {
  it('starts with the head disposition: step 1 done, step 2 open with its working-time due', () => {
    const s = startRun();
    expect(s.tasks[0]).toMatchObject({ stepNo: 1, status: 'completed', output: { kind: 'disposition' } });
    expect(open(s, 2)).toHaveLength(1);
    // 09:00 + 2 working hours = 11:00 WITA = 03:00Z
    expect(open(s, 2)[0]!.dueAt).toBe('2026-11-23T03:00:00.000Z');
  });

  it('opens one task per division and the secretariat, and joins when all are done', () => {
    let s = startRun();
    s = act(s, { type: 'complete', taskId: open(s, 2)[0]!.id, output: doc }, kasubbag).state;
    const perUnit = open(s, 3);
    expect(perUnit.map((t) => t.unitId).sort()).toEqual(['u-ebtke', 'u-gatrik', 'u-sekre']);
    s = act(
      s,
      { type: 'complete', taskId: perUnit[0]!.id, output: doc },
      person('a', perUnit[0]!.positionId),
    ).state;
    s = act(
      s,
      { type: 'complete', taskId: perUnit[1]!.id, output: doc },
      person('b', perUnit[1]!.positionId),
    ).state;
    expect(open(s, 4)).toHaveLength(0);
    const last = act(
      s,
      { type: 'complete', taskId: perUnit[2]!.id, output: doc },
      person('c', perUnit[2]!.positionId),
    );
    expect(open(last.state, 4)).toHaveLength(1);
    expect(last.effects).toEqual([
      expect.objectContaining({ type: 'task_opened', stepNo: 4, positionId: 'pos-staf' }),
    ]);
  });

  it('returns to the step the Tidak exit names, with the reason, as a new attempt', () => {
    const s = toDecision();
    const decision = open(s, 6)[0]!;
    expect(
      errorCode(() =>
        act(s, { type: 'decide', taskId: decision.id, decision: 'return', reason: '  ' }, sekretaris),
      ),
    ).toBe('REASON_REQUIRED');
    const returned = act(
      s,
      { type: 'decide', taskId: decision.id, decision: 'return', reason: 'Tabel T-1 belum lengkap' },
      sekretaris,
    );
    const redo = open(returned.state, 5);
    expect(redo).toHaveLength(1);
    expect(redo[0]!.attempt).toBe(2);
    expect(returned.state.tasks.find((t) => t.id === decision.id)).toMatchObject({
      status: 'returned',
      reason: 'Tabel T-1 belum lengkap',
    });
    expect(returned.effects).toEqual([
      expect.objectContaining({ type: 'task_returned', stepNo: 5, reason: 'Tabel T-1 belum lengkap' }),
    ]);
    // Revised, then approved: the Ya exit opens the paraf step.
    let s2 = act(returned.state, { type: 'complete', taskId: redo[0]!.id, output: doc }, kasubbag).state;
    const second = open(s2, 6)[0]!;
    expect(second.attempt).toBe(2);
    s2 = act(s2, { type: 'decide', taskId: second.id, decision: 'approve' }, sekretaris).state;
    expect(open(s2, 7)).toHaveLength(1);
  });

  it('addresses a disposition written to no one to the positions of the next step', () => {
    const started = decide(
      null,
      {
        type: 'start',
        runId: 'run-x',
        agencyId: 'agency-1',
        sopId: 'sop-1',
        sopVersion: 1,
        purpose: 'LKjIP 2026',
        period: { year: 2026, quarter: null },
        disposition: { text: 'Susun LKjIP 2026.', addresseePositionIds: [] },
      },
      kadis,
      monday9,
      env,
    );
    expect(started.state.disposition?.addresseePositionIds).toEqual(['pos-kasubbag']);
    expect(started.event.payload).toMatchObject({ disposition: { addresseePositionIds: ['pos-kasubbag'] } });
  });

  it('keeps the document version a return is about, so the redo can find it and its comments', () => {
    const s = toDecision();
    const decision = open(s, 6)[0]!;
    const reviewed = {
      kind: 'document' as const,
      documentId: 'doc-1',
      versionId: 'ver-2',
      title: 'LKjIP 2026',
    };
    const returned = act(
      s,
      {
        type: 'decide',
        taskId: decision.id,
        decision: 'return',
        reason: 'Lihat komentar BAB III',
        output: reviewed,
      },
      sekretaris,
    );
    expect(returned.state.tasks.find((t) => t.id === decision.id)?.output).toEqual(reviewed);
    expect(returned.event.payload).toMatchObject({ decision: 'return', output: reviewed });
  });

  it('requires paraf and signature as acts of their own, then completes the run at the end step', () => {
    let s = toDecision();
    s = act(s, { type: 'decide', taskId: open(s, 6)[0]!.id, decision: 'approve' }, sekretaris).state;
    const parafTask = open(s, 7)[0]!;
    expect(errorCode(() => act(s, { type: 'complete', taskId: parafTask.id, output: doc }, sekretaris))).toBe(
      'PARAF_REQUIRED',
    );
    s = act(s, { type: 'paraf', taskId: parafTask.id }, sekretaris).state;
    expect(s.tasks.find((t) => t.id === parafTask.id)!.paraf).toMatchObject({ personId: 'p-sekretaris' });
    const signTask = open(s, 8)[0]!;
    expect(errorCode(() => act(s, { type: 'paraf', taskId: signTask.id }, kadis))).toBe('PARAF_NOT_EXPECTED');
    s = act(s, { type: 'sign', taskId: signTask.id }, kadis).state;
    const last = open(s, 9)[0]!;
    // 20 minutes then 1 hour after 09:00 → 10:20 WITA.
    expect(last.dueAt).toBe('2026-11-23T02:20:00.000Z');
    const done = act(s, { type: 'complete', taskId: last.id, output: doc }, staf);
    expect(done.state.status).toBe('completed');
    expect(done.effects).toEqual([{ type: 'run_completed' }]);
  });

  it('refuses what is not yours, what is done, a missing output, a missing meeting record', () => {
    const s = startRun();
    const task = open(s, 2)[0]!;
    expect(errorCode(() => act(s, { type: 'complete', taskId: task.id, output: doc }, staf))).toBe(
      'TASK_NOT_YOURS',
    );
    expect(errorCode(() => act(s, { type: 'complete', taskId: task.id, output: null }, kasubbag))).toBe(
      'OUTPUT_REQUIRED',
    );
    const after = act(s, { type: 'complete', taskId: task.id, output: doc }, kasubbag).state;
    expect(errorCode(() => act(after, { type: 'complete', taskId: task.id, output: doc }, kasubbag))).toBe(
      'TASK_ALREADY_COMPLETED',
    );
    const s4 = toDecision();
    const meetingTask = s4.tasks.find((t) => t.stepNo === 4)!;
    expect(meetingTask.output).toMatchObject({ kind: 'meeting', place: 'Ruang rapat' });
  });

  it('asks a meeting step for agenda, time, place, attendance and minutes', () => {
    let s = startRun();
    s = act(s, { type: 'complete', taskId: open(s, 2)[0]!.id, output: doc }, kasubbag).state;
    for (const t of open(s, 3))
      s = act(s, { type: 'complete', taskId: t.id, output: doc }, person('x', t.positionId)).state;
    const task = open(s, 4)[0]!;
    expect(errorCode(() => act(s, { type: 'complete', taskId: task.id, output: doc }, staf))).toBe(
      'MEETING_RECORD_REQUIRED',
    );
    expect(
      errorCode(() =>
        act(s, { type: 'complete', taskId: task.id, output: { ...meeting, attendees: [] } }, staf),
      ),
    ).toBe('MEETING_RECORD_REQUIRED');
  });

  it('lets a claimed task be done only by whoever claimed it, and a delegate act', () => {
    const s = startRun();
    const task = open(s, 2)[0]!;
    const deputy = person('p-deputy', 'pos-kasubbag');
    const claimed = act(s, { type: 'claim', taskId: task.id }, kasubbag).state;
    expect(errorCode(() => act(claimed, { type: 'complete', taskId: task.id, output: doc }, deputy))).toBe(
      'TASK_CLAIMED_BY_OTHER',
    );
    const delegated = act(s, { type: 'delegate', taskId: task.id, toPersonId: 'p-plh' }, kasubbag).state;
    const done = act(delegated, { type: 'complete', taskId: task.id, output: doc }, person('p-plh'));
    expect(done.state.tasks.find((t) => t.id === task.id)!.completedBy).toBe('p-plh');
  });

  it('cancels only by the starter or an administrator, with a reason; nothing moves after', () => {
    const s = startRun();
    expect(errorCode(() => act(s, { type: 'cancel', reason: 'salah periode' }, staf))).toBe(
      'CANCEL_NOT_ALLOWED',
    );
    expect(errorCode(() => act(s, { type: 'cancel', reason: '' }, kadis))).toBe('REASON_REQUIRED');
    const cancelled = act(s, { type: 'cancel', reason: 'salah periode' }, kadis).state;
    expect(cancelled.status).toBe('cancelled');
    expect(open(cancelled, 2)).toHaveLength(0);
    const task = cancelled.tasks.find((t) => t.stepNo === 2)!;
    expect(
      errorCode(() => act(cancelled, { type: 'complete', taskId: task.id, output: doc }, kasubbag)),
    ).toBe('RUN_NOT_ACTIVE');
  });

  it('counts the version up with every command (optimistic concurrency)', () => {
    const s = startRun();
    expect(s.version).toBe(1);
    expect(act(s, { type: 'claim', taskId: open(s, 2)[0]!.id }, kasubbag).state.version).toBe(2);
  });
});
