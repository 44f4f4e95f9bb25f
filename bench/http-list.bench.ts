/**
 * H1: an authenticated list endpoint (GET /api/agencies/:id/positions: session lookup, access check,
 * positions with their holders) against a bare Fastify route returning a constant, both through
 * autocannon with 50 connections on loopback, one after the other in the same process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { createApp } from '../src/server/app';
import { seedDemo } from '../src/services/demo/seed-demo';
import { openRuntime } from '../src/services/runtime';
import { type BenchResult, machineDescription } from './report';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);

async function load(url: string, headers: Record<string, string> = {}) {
  // Warm up (JIT, caches) before measuring.
  await autocannon({ url, connections: 10, duration: 2, headers });
  const result = await autocannon({ url, connections: 50, duration: DURATION_S, headers });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

export async function benchHttpList(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-bench-'));
  const runtime = await openRuntime(`sqlite:${path.join(dir, 'bench.db')}`);
  await seedDemo(runtime.ctx);
  const app = await createApp({ ctx: runtime.ctx });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });

  const session = await fetch(`${address}/api/auth/session`);
  const csrfCookie = session.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ username: 'desdm.kadis', password: 'alur-demo-2026' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { user } = (await login.json()) as { user: { agencyId: string } };

  const bare = Fastify();
  bare.get('/positions', async () => ({ ok: true }));
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });

  const baseline = await load(`${bareAddress}/positions`);
  const alur = await load(`${address}/api/agencies/${user.agencyId}/positions`, { cookie });
  await bare.close();
  await app.close();
  await runtime.close();
  return [
    {
      id: 'H1',
      name: 'Authenticated list: GET /api/agencies/:id/positions (SQLite, 15 positions with holders)',
      baseline: 'bare Fastify route',
      result: `${Math.round(alur.rps)} req/s, p99 ${alur.p99} ms`,
      baselineResult: `${Math.round(baseline.rps)} req/s, p99 ${baseline.p99} ms`,
      ratio: alur.rps / baseline.rps,
      unit: 'req/s',
      notes: `autocannon, 50 connections, ${DURATION_S} s each, loopback, same process for server and load.`,
      machine: machineDescription(),
      date: new Date().toISOString().slice(0, 10),
    },
  ];
}
