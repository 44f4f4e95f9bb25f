/**
 * Benchmark results are kept in `docs/benchmarks.json` (one entry per benchmark, replaced when it runs
 * again) and rendered into `docs/benchmarks.md`. Every entry names its baseline, measured in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BenchResult {
  id: string;
  name: string;
  baseline: string;
  /** Human-readable result and baseline figures, e.g. "4,210 req/s, p99 31 ms". */
  result: string;
  baselineResult: string;
  /** result / baseline on the main figure (throughput: higher is better). */
  ratio: number;
  unit: string;
  notes?: string;
  machine: string;
  date: string;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const JSON_FILE = path.join(ROOT, 'docs/benchmarks.json');
const MD_FILE = path.join(ROOT, 'docs/benchmarks.md');

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

export function saveResults(results: BenchResult[]): void {
  const existing: BenchResult[] = fs.existsSync(JSON_FILE)
    ? JSON.parse(fs.readFileSync(JSON_FILE, 'utf8'))
    : [];
  const byId = new Map(existing.map((r) => [r.id, r]));
  for (const r of results) byId.set(r.id, r);
  const all = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  fs.mkdirSync(path.dirname(JSON_FILE), { recursive: true });
  fs.writeFileSync(JSON_FILE, `${JSON.stringify(all, null, 2)}\n`);
  fs.writeFileSync(MD_FILE, render(all));
}

function render(results: BenchResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.id} | ${r.name} | ${r.baseline}: ${r.baselineResult} | ${r.result} | ${r.ratio.toFixed(2)} | ${r.machine} | ${r.date} |`,
  );
  const notes = results.filter((r) => r.notes).map((r) => `- **${r.id}**: ${r.notes}`);
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (do not edit by hand). Each benchmark runs beside its baseline in the same',
    'run on the same machine; the ratio is Alur over the baseline on the main figure (for throughput, higher',
    'is better; for durations, lower is better and the ratio says how many times the baseline Alur takes).',
    '',
    '| Id | Benchmark | Baseline (same run) | Alur | Ratio | Machine | Date |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...(notes.length > 0 ? ['## Notes', '', ...notes, ''] : []),
  ].join('\n');
}
