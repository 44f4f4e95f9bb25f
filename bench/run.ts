/**
 * `npm run bench [ids…]`: runs the benchmarks (all, or those named, e.g. `npm run bench H1`) and writes
 * `docs/benchmarks.md`. Timing lives here, never in tests.
 */
import { benchDocumentRender } from './document-render.bench';
import { benchHttpList } from './http-list.bench';
import { benchPerformanceDashboard } from './performance-dashboard.bench';
import { benchPerformanceImport } from './performance-import.bench';
import { type BenchResult, saveResults } from './report';
import { benchEngine, benchHttpRuns, benchPersisted } from './runs.bench';
import { benchSop } from './sop.bench';

const BENCHES: Record<string, () => Promise<BenchResult[]>> = {
  H1: benchHttpList,
  S: benchSop,
  W5: benchPerformanceImport,
  W6: benchPerformanceDashboard,
  W1: benchEngine,
  W2: benchPersisted,
  W3: benchHttpRuns,
  W4: benchDocumentRender,
};

const wanted = process.argv.slice(2);
const results: BenchResult[] = [];
for (const [id, bench] of Object.entries(BENCHES)) {
  if (wanted.length > 0 && !wanted.includes(id)) continue;
  console.log(`running ${id}…`);
  const r = await bench();
  for (const row of r)
    console.log(
      `  ${row.id} ${row.name}: ${row.result} vs ${row.baselineResult} (ratio ${row.ratio.toFixed(2)})`,
    );
  results.push(...r);
}
saveResults(results);
console.log('written docs/benchmarks.md');
