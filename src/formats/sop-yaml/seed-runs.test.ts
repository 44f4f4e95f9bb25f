import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultWeekSchedule } from '../../core/calendar/working-calendar';
import { decide, type RunEnvironment } from '../../core/run/decide';
import type { RunActor } from '../../core/run/run-command';
import type { RunState, TaskOutput } from '../../core/run/run-state';
import { toFlow } from '../../core/sop';
import { parseSopYaml } from './parse-sop-yaml';

/**
 * The curated seeds drive the run engine end to end: every step opens, per-unit steps fan out and
 * join, each decision returns once (Tidak) and is then approved (Ya), paraf and signature are acts.
 */
const load = (code: string) =>
  parseSopYaml(readFileSync(new URL(`../../../sops/${code}.yaml`, import.meta.url), 'utf8'), `${code}.yaml`);

const doc: TaskOutput = { kind: 'document', documentId: 'd1', title: 'Dokumen' };
const meeting: TaskOutput = {
  kind: 'meeting',
  agenda: 'Pembahasan Pemantauan Kinerja',
  heldAt: '2026-11-24T02:00:00Z',
  place: 'Ruang rapat',
  attendees: ['Tim LKJ'],
  minutes: 'Data dibahas.',
};
const actorFor = (positionId: string): RunActor => ({
  personId: `p-${positionId}`,
  positionIds: [positionId],
  isAdmin: false,
});

function run(code: string) {
  const def = load(code);
  const flow = toFlow(def);
  let ids = 0;
  const env: RunEnvironment = {
    flow,
    lanePositions: Object.fromEntries(def.lanes.map((lane) => [lane.key, `pos-${lane.key}`])),
    units: [
      { id: 'u-sekre', kind: 'sekretariat', headPositionId: 'pos-sekretaris' },
      { id: 'u-bid-1', kind: 'bidang', headPositionId: 'pos-kabid-1' },
      { id: 'u-bid-2', kind: 'bidang', headPositionId: 'pos-kabid-2' },
    ],
    calendar: {
      timeZone: 'Asia/Makassar',
      week: defaultWeekSchedule(),
      holidays: [],
      cutiBersamaIsDayOff: true,
      overrides: [],
    },
    newId: () => `t${++ids}`,
  };
  const now = new Date('2026-11-23T01:00:00Z');
  const head = actorFor(env.lanePositions[flow.steps[0]!.lane]!);
  let state: RunState = decide(
    null,
    {
      type: 'start',
      runId: 'run-1',
      agencyId: def.agency,
      sopId: def.code,
      sopVersion: 1,
      purpose: 'LKjIP 2026',
      period: { year: 2026, quarter: null },
      disposition: { text: 'Segera disusun.', addresseePositionIds: [] },
    },
    head,
    now,
    env,
  ).state;

  const visited: number[] = [];
  const returned = new Set<number>();
  for (let guard = 0; state.status === 'active' && guard < 100; guard++) {
    const task = state.tasks.find((t) => t.status === 'open')!;
    const step = flow.steps.find((s) => s.no === task.stepNo)!;
    visited.push(step.no);
    const actor = actorFor(task.positionId);
    if (step.kinds.includes('decision')) {
      const decision = returned.has(step.no) ? 'approve' : 'return';
      returned.add(step.no);
      state = decide(
        state,
        { type: 'decide', taskId: task.id, decision, reason: 'Perbaiki tabel' },
        actor,
        now,
        env,
      ).state;
    } else if (step.paraf) {
      state = decide(state, { type: 'paraf', taskId: task.id, output: doc }, actor, now, env).state;
    } else if (step.signature) {
      state = decide(state, { type: 'sign', taskId: task.id, output: doc }, actor, now, env).state;
    } else {
      const output = step.meeting ? meeting : doc;
      state = decide(state, { type: 'complete', taskId: task.id, output }, actor, now, env).state;
    }
  }
  return { state, visited };
}

describe('the seeds run through the engine', () => {
  it('004: format to every division and the secretariat, returned once at 7, signed, archived', () => {
    const { state, visited } = run('desdm-kaltim-sakip');
    expect(state.status).toBe('completed');
    expect(visited).toEqual([2, 3, 3, 3, 4, 5, 6, 7, 6, 7, 8, 9, 10, 11]);
    expect(state.tasks.filter((t) => t.stepNo === 3).map((t) => t.unitId)).toEqual([
      'u-sekre',
      'u-bid-1',
      'u-bid-2',
    ]);
  });

  it('003: divisions in parallel, revision loop 5 → 6 → 5, paraf twice, signed', () => {
    const { state, visited } = run('dpmptsp-tanjabbar-lkjip');
    expect(state.status).toBe('completed');
    expect(visited).toEqual([2, 3, 3, 4, 5, 6, 5, 7, 8, 9, 10]);
  });

  it('002: division heads twice in parallel, a meeting, returned to 5 once, signed by the Sekertaris', () => {
    const { state, visited } = run('bpkpd-jambi-lkj');
    expect(state.status).toBe('completed');
    expect(visited).toEqual([2, 2, 3, 3, 4, 5, 6, 7, 5, 6, 7, 8, 9, 10]);
    expect(state.tasks.find((t) => t.stepNo === 8)!.signature).toMatchObject({
      positionId: 'pos-sekretaris',
    });
  });
});
