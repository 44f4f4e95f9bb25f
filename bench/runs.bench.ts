/**
 * W1–W3: the run engine and its persistence, each against a baseline measured in the same run.
 * W1 in-memory transitions/s of Alur's engine vs bpmn-engine running Alur's BPMN export of the same SOP.
 * W2 persisted transitions/s through the service on SQLite vs raw better-sqlite3 single-row insert transactions.
 * W3 complete-task and inbox over HTTP (autocannon, 50 connections) vs a bare Fastify route.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { Engine } from 'bpmn-engine';
import Fastify from 'fastify';
import { createWorkingCalendar, HOLIDAYS_2026 } from '../src/core/calendar';
import { decide, type RunEnvironment } from '../src/core/run/decide';
import type { Flow } from '../src/core/run/flow';
import type { RunActor, RunCommand } from '../src/core/run/run-command';
import type { RunState, TaskOutput } from '../src/core/run/run-state';
import { toFlow } from '../src/core/sop';
import { writeSopBpmn } from '../src/formats/sop-bpmn';
import { parseSopYaml } from '../src/formats/sop-yaml';
import { createApp } from '../src/server/app';
import { loadMe } from '../src/services/auth/load-me';
import { seedDemo } from '../src/services/demo/seed-demo';
import { executeRunCommand } from '../src/services/runs/execute-run-command';
import { startRun } from '../src/services/runs/start-run';
import { openRuntime } from '../src/services/runtime';
import { type BenchResult, machineDescription } from './report';

const SEEDS = ['bpkpd-jambi-lkj', 'dpmptsp-tanjabbar-lkjip', 'desdm-kaltim-sakip'];
const UNITS = [
  { id: 'u-sek', kind: 'sekretariat', headPositionId: 'p-unit-sek' },
  ...[1, 2, 3, 4].map((i) => ({ id: `u-b${i}`, kind: 'bidang', headPositionId: `p-unit-b${i}` })),
];
const today = () => new Date().toISOString().slice(0, 10);
const meta = () => ({ machine: machineDescription(), date: today() });

function loadSeed(code: string) {
  return parseSopYaml(
    fs.readFileSync(path.resolve(import.meta.dirname, `../sops/${code}.yaml`), 'utf8'),
    code,
  );
}

const meeting: TaskOutput = {
  kind: 'meeting',
  agenda: 'Rapat',
  heldAt: '2026-11-23T02:00:00Z',
  place: 'Ruang rapat',
  attendees: ['Tim'],
  minutes: 'Notulen',
};
const doc: TaskOutput = { kind: 'document', documentId: 'd', title: 'Dokumen' };

/** Drives one run to its end in memory, approving every decision; returns the number of transitions. */
function runOnce(flow: Flow, lanes: Record<string, string>, env: RunEnvironment): number {
  const everyone: RunActor = {
    personId: 'p',
    positionIds: [...Object.values(lanes), ...UNITS.map((u) => u.headPositionId)],
    isAdmin: true,
  };
  const start: RunCommand = {
    type: 'start',
    runId: 'r',
    agencyId: 'a',
    sopId: 's',
    sopVersion: 1,
    purpose: 'Bench',
    period: { year: 2026, quarter: null },
    disposition: { text: 'Segera.', addresseePositionIds: [] },
  };
  const now = new Date('2026-11-23T01:00:00Z');
  let state: RunState = decide(null, start, everyone, now, env).state;
  let transitions = 1;
  while (state.status === 'active') {
    const task = state.tasks.find((t) => t.status === 'open')!;
    const step = flow.steps.find((s) => s.no === task.stepNo)!;
    const command: RunCommand = step.exits
      ? { type: 'decide', taskId: task.id, decision: 'approve' }
      : step.signature
        ? { type: 'sign', taskId: task.id }
        : step.paraf
          ? { type: 'paraf', taskId: task.id }
          : { type: 'complete', taskId: task.id, output: step.meeting ? meeting : doc };
    state = decide(state, command, everyone, now, env).state;
    transitions++;
  }
  return transitions;
}

async function runInBpmnEngine(xml: string, variables: Record<string, unknown>): Promise<number> {
  const engine = new Engine({ name: 'bench', source: xml });
  const listener = new EventEmitter();
  let signals = 0;
  listener.on('wait', (api: { signal: () => void }) => {
    signals++;
    setImmediate(() => api.signal());
  });
  const ended = new Promise<void>((resolve, reject) => {
    engine.once('end', () => resolve());
    engine.once('error', reject);
  });
  await engine.execute({ listener, variables });
  await ended;
  return signals + 1;
}

export async function benchEngine(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const calendar = createWorkingCalendar({ timeZone: 'Asia/Makassar', holidays: [...HOLIDAYS_2026] });
  for (const code of SEEDS) {
    const def = loadSeed(code);
    const flow = toFlow(def);
    const lanes = Object.fromEntries(def.lanes.map((l) => [l.key, `p-${l.key}`]));
    let ids = 0;
    const env: RunEnvironment = {
      flow,
      lanePositions: lanes,
      units: UNITS,
      calendar,
      newId: () => `t${ids++}`,
    };
    const xml = await writeSopBpmn(def);
    const unitCounts = Object.fromEntries(
      flow.steps
        .filter((s) => s.perUnit)
        .map((s) => [`unitCount_${s.no}`, UNITS.filter((u) => s.perUnit!.unitKinds.includes(u.kind)).length]),
    );
    // Warm up both, then measure for a fixed time each.
    for (let i = 0; i < 200; i++) runOnce(flow, lanes, env);
    for (let i = 0; i < 20; i++) await runInBpmnEngine(xml, unitCounts);
    let alurTransitions = 0;
    let t0 = performance.now();
    while (performance.now() - t0 < 3000) alurTransitions += runOnce(flow, lanes, env);
    const alurRate = alurTransitions / ((performance.now() - t0) / 1000);
    let engineTransitions = 0;
    t0 = performance.now();
    while (performance.now() - t0 < 3000) engineTransitions += await runInBpmnEngine(xml, unitCounts);
    const engineRate = engineTransitions / ((performance.now() - t0) / 1000);
    results.push({
      id: `W1-${code}`,
      name: `W1 in-memory run transitions, SOP ${code} (${flow.steps.length} steps, 5 units)`,
      baseline: 'bpmn-engine on Alur’s BPMN export, tasks signalled in the same order',
      result: `${Math.round(alurRate).toLocaleString('en')} transitions/s`,
      baselineResult: `${Math.round(engineRate).toLocaleString('en')} transitions/s`,
      ratio: alurRate / engineRate,
      unit: 'transitions/s',
      notes:
        'Alur: decide() with working-time due dates on the 2026 calendar; bpmn-engine: user tasks signalled on setImmediate, as its API expects. 3 s each after warm-up.',
      ...meta(),
    });
  }
  return results;
}

async function demoRuntime() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-bench-runs-'));
  const runtime = await openRuntime(`sqlite:${path.join(dir, 'bench.db')}`);
  await seedDemo(runtime.ctx);
  const meOf = async (username: string) => {
    const account = await runtime.ctx.db
      .selectFrom('user_account')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return (await loadMe(runtime.ctx.db, account.id))!;
  };
  const sopId = (
    await runtime.ctx.db
      .selectFrom('sop')
      .select('id')
      .where('code', '=', 'desdm-kaltim-sakip')
      .executeTakeFirstOrThrow()
  ).id;
  return { dir, runtime, meOf, sopId };
}

export async function benchPersisted(): Promise<BenchResult[]> {
  const { dir, runtime, meOf, sopId } = await demoRuntime();
  const kadis = await meOf('desdm.kadis');
  const kasubbag = await meOf('desdm.kasubbag_program');
  const startOne = () =>
    startRun(runtime.ctx, kadis, {
      sopId,
      purpose: 'Bench',
      period: { year: 2026, quarter: null },
      disposition: { text: 'Segera.', addresseePositionIds: [] },
    });
  for (let i = 0; i < 50; i++) {
    const run = await startOne();
    await executeRunCommand(runtime.ctx, kasubbag, run.id, {
      type: 'complete',
      taskId: run.tasks.find((t) => t.status === 'open')!.id,
      output: doc,
    });
  }
  let transitions = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 5000) {
    const run = await startOne();
    await executeRunCommand(runtime.ctx, kasubbag, run.id, {
      type: 'complete',
      taskId: run.tasks.find((t) => t.status === 'open')!.id,
      output: doc,
    });
    transitions += 2;
  }
  const alurRate = transitions / ((performance.now() - t0) / 1000);
  await runtime.close();

  const raw = new SQLite(path.join(dir, 'raw.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec('create table t (id text primary key, run_id text, payload text, at text)');
  const insert = raw.prepare('insert into t values (?, ?, ?, ?)');
  const tx = raw.transaction((id: string) =>
    insert.run(id, 'r', '{"type":"complete"}', new Date().toISOString()),
  );
  let rows = 0;
  const t1 = performance.now();
  while (performance.now() - t1 < 3000) {
    tx(randomUUID());
    rows++;
  }
  const rawRate = rows / ((performance.now() - t1) / 1000);
  raw.close();
  return [
    {
      id: 'W2',
      name: 'W2 persisted run transitions through the service on SQLite (start + complete, SOP 004)',
      baseline: 'raw better-sqlite3 single-row insert transactions',
      result: `${Math.round(alurRate).toLocaleString('en')} transitions/s`,
      baselineResult: `${Math.round(rawRate).toLocaleString('en')} rows/s`,
      ratio: alurRate / rawRate,
      unit: 'transitions/s',
      notes:
        'Each Alur transition is one transaction: load run and tasks, decide, version-checked update, new tasks, hash-chained event, notifications for the position holders.',
      ...meta(),
    },
  ];
}

export async function benchHttpRuns(): Promise<BenchResult[]> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const { runtime, meOf, sopId } = await demoRuntime();
  const kadis = await meOf('desdm.kadis');
  const app = await createApp({ ctx: runtime.ctx });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const signIn = async (username: string) => {
    const session = await fetch(`${address}/api/auth/session`);
    const csrfCookie = session.headers.getSetCookie().map((c) => c.split(';')[0]);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const login = await fetch(`${address}/api/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': csrfToken,
        cookie: csrfCookie.join('; '),
      },
      body: JSON.stringify({ username, password: 'alur-demo-2026' }),
    });
    const cookies = [...csrfCookie, ...login.headers.getSetCookie().map((c) => c.split(';')[0])];
    return { cookie: cookies.join('; '), csrfToken };
  };
  const kasubbag = await signIn('desdm.kasubbag_program');
  const startOne = () =>
    startRun(runtime.ctx, kadis, {
      sopId,
      purpose: 'Bench',
      period: { year: 2026, quarter: null },
      disposition: { text: 'Segera.', addresseePositionIds: [] },
    });
  // Inbox with 20 open tasks for the planning head.
  for (let i = 0; i < 20; i++) await startOne();
  const bare = Fastify();
  bare.get('/inbox', async () => [{ ok: true }]);
  bare.post('/commands', async () => ({ ok: true }));
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });
  const load = async (opts: autocannon.Options) => {
    const r = await autocannon({ connections: 50, ...opts });
    return {
      rps: r.requests.average,
      p99: r.latency.p99,
      non2xx: r.non2xx,
      total: r.requests.total,
      duration: r.duration,
    };
  };
  await load({ url: `${bareAddress}/inbox`, duration: 2 });
  await load({ url: `${address}/api/inbox`, duration: 2, headers: { cookie: kasubbag.cookie } });
  const bareInbox = await load({ url: `${bareAddress}/inbox`, duration: seconds });
  const inbox = await load({
    url: `${address}/api/inbox`,
    duration: seconds,
    headers: { cookie: kasubbag.cookie },
  });

  // Complete-task: one open step-2 task per request, each in its own run.
  const amount = 1500;
  const taskIds: Array<{ runId: string; taskId: string }> = [];
  for (let i = 0; i < amount; i++) {
    const run = await startOne();
    taskIds.push({ runId: run.id, taskId: run.tasks.find((t) => t.status === 'open')!.id });
  }
  let next = 0;
  const complete = await load({
    url: address,
    amount,
    headers: {
      cookie: kasubbag.cookie,
      'x-csrf-token': kasubbag.csrfToken,
      'content-type': 'application/json',
    },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const t = taskIds[next++ % taskIds.length]!;
          return {
            ...request,
            path: `/api/runs/${t.runId}/commands`,
            body: JSON.stringify({ command: { type: 'complete', taskId: t.taskId, output: doc } }),
          };
        },
      },
    ],
  });
  const bareCommand = await load({
    url: `${bareAddress}/commands`,
    amount,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ command: { type: 'complete' } }),
  });
  await bare.close();
  await app.close();
  await runtime.close();
  if (complete.non2xx > 0 || inbox.non2xx > 0)
    throw new Error(`W3: ${complete.non2xx + inbox.non2xx} failed requests`);
  return [
    {
      id: 'W3-complete',
      name: `W3 complete a task over HTTP (${amount} tasks in ${amount} runs, SQLite)`,
      baseline: 'bare Fastify POST route',
      result: `${Math.round(complete.rps)} req/s, p99 ${complete.p99} ms`,
      baselineResult: `${Math.round(bareCommand.rps)} req/s, p99 ${bareCommand.p99} ms`,
      ratio: complete.rps / bareCommand.rps,
      unit: 'req/s',
      notes:
        'autocannon, 50 connections, a fixed number of requests; each completes a different open task (one transaction each).',
      ...meta(),
    },
    {
      id: 'W3-inbox',
      name: 'W3 inbox of the planning head (20 open tasks, SQLite)',
      baseline: 'bare Fastify GET route',
      result: `${Math.round(inbox.rps)} req/s, p99 ${inbox.p99} ms`,
      baselineResult: `${Math.round(bareInbox.rps)} req/s, p99 ${bareInbox.p99} ms`,
      ratio: inbox.rps / bareInbox.rps,
      unit: 'req/s',
      notes: `autocannon, 50 connections, ${seconds} s after a 2 s warm-up.`,
      ...meta(),
    },
  ];
}
