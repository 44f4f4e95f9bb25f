/**
 * The server killed in the middle of a run and started again: the run goes on with no lost or doubled
 * event and no doubled reminder. Real processes (`node bin/alur.js serve`), a real SQLite file, SIGKILL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/alur.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-restart-'));
const dbFile = path.join(dir, 'alur.db');
let server: ChildProcess | undefined;
let base = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(): Promise<void> {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${dbFile}`,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      ALUR_LOGIN_RATE: '500',
    },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function kill(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** A browser-like session: cookies and CSRF token. */
async function session(username: string) {
  const s = await fetch(`${base}/api/auth/session`);
  const cookies = s.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const { csrfToken } = (await s.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: cookies.join('; ') },
    body: JSON.stringify({ username, password: 'alur-demo-2026' }),
  });
  cookies.push(...login.headers.getSetCookie().map((c) => c.split(';')[0]!));
  const headers = {
    'content-type': 'application/json',
    'x-csrf-token': csrfToken,
    cookie: cookies.join('; '),
  };
  return {
    get: (p: string) => fetch(`${base}${p}`, { headers }),
    post: (p: string, body: unknown) =>
      fetch(`${base}${p}`, { method: 'POST', headers, body: JSON.stringify(body) }),
  };
}

function rows<T>(query: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

afterAll(async () => {
  await kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a server killed mid-run', () => {
  it('goes on after a restart with no lost or doubled event and no doubled reminder', {
    timeout: 300_000,
  }, async () => {
    await startServer();
    const kadis = await session('desdm.kadis');
    const agencyId = ((await (await kadis.get('/api/agencies')).json()) as Array<{ id: string }>)[0]!.id;
    const sops = (await (await kadis.get(`/api/agencies/${agencyId}/sops`)).json()) as Array<{ id: string }>;
    const started = (await (
      await kadis.post('/api/runs', {
        sopId: sops[0]!.id,
        purpose: 'LKjIP 2026',
        period: { year: 2026, quarter: null },
        disposition: { text: 'Susun LKjIP 2026.', addresseePositionIds: [] },
      })
    ).json()) as { id: string; tasks: Array<{ id: string; stepNo: number; status: string }> };
    const runId = started.id;
    const step2 = started.tasks.find((t) => t.stepNo === 2)!.id;
    const kasubbag = await session('desdm.kasubbag_program');
    const command = {
      commandId: 'restart-test-complete-2',
      command: {
        type: 'complete',
        taskId: step2,
        output: { kind: 'document', documentId: 'f', title: 'Format' },
      },
    };
    // Send the command and kill the server without waiting for the answer.
    void kasubbag.post(`/api/runs/${runId}/commands`, command).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 5));
    await kill();
    const afterKill = rows<{ seq: number }>('select seq from run_event where run_id = ?', runId).length;
    expect([1, 2]).toContain(afterKill); // the command committed whole, or not at all

    await startServer();
    const again = await session('desdm.kasubbag_program');
    const retried = await again.post(`/api/runs/${runId}/commands`, command);
    expect(retried.status).toBe(200);
    const events = rows<{ seq: number; type: string }>(
      'select seq, type from run_event where run_id = ? order by seq',
      runId,
    );
    expect(events.map((e) => e.type)).toEqual(['start', 'complete']);
    expect(rows('select id from run_task where run_id = ? and step_no = 3', runId)).toHaveLength(5);

    // Make a step-3 task overdue; the sweep at start records one reminder; two more restarts add none.
    const db = new Database(dbFile);
    db.prepare(
      "update run_task set due_at = '2026-01-05T01:00:00.000Z' where run_id = ? and step_no = 3",
    ).run(runId);
    db.close();
    await kill();
    await startServer();
    await new Promise((r) => setTimeout(r, 1500));
    const first = rows<{ id: string }>(
      "select id from notification where kind = 'task_overdue' and run_id = ?",
      runId,
    ).length;
    expect(first).toBe(5);
    await kill();
    await startServer();
    await new Promise((r) => setTimeout(r, 1500));
    await kill();
    await startServer();
    await new Promise((r) => setTimeout(r, 1500));
    expect(
      rows("select id from notification where kind = 'task_overdue' and run_id = ?", runId),
    ).toHaveLength(first);

    // The run goes on: a division completes its task after all this.
    const kabid = await session('desdm.kabid_gatrik');
    const inbox = (await (await kabid.get('/api/inbox')).json()) as Array<{ id: string; runId: string }>;
    const mine = inbox.find((t) => t.runId === runId)!;
    const done = await kabid.post(`/api/runs/${runId}/commands`, {
      command: {
        type: 'complete',
        taskId: mine.id,
        output: { kind: 'document', documentId: 'd', title: 'Data' },
      },
    });
    expect(done.status).toBe(200);
    await kill();
    const verify = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'history', 'verify'], {
        env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}` },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('exit', (code) => resolve({ code, out }));
    });
    expect(verify.code).toBe(0);
    expect(verify.out).toContain('0 broken');
  });
});
