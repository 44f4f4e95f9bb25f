import { seedSynthetic } from '../services/performance/seed-synthetic';
import type { Runtime } from '../services/runtime';

/**
 * `alur seed synthetic --agencies N [--indicators 40]`: adds N synthetic agencies with a Renstra, PK,
 * Rencana Aksi, four quarters of realisation and a budget (region "Wilayah Sintetis"), for load tests.
 */
export async function seedSyntheticCommand(
  runtime: Runtime,
  options: { agencies?: string; indicators?: string },
): Promise<void> {
  const agencies = Number(options.agencies ?? 50);
  const indicators = Number(options.indicators ?? 40);
  if (!Number.isInteger(agencies) || agencies < 1) throw new Error('--agencies: a whole number, at least 1');
  if (!Number.isInteger(indicators) || indicators < 1 || indicators > 10000)
    throw new Error('--indicators: a whole number from 1 to 10000');
  const started = Date.now();
  const result = await seedSynthetic(runtime.ctx, {
    agencies,
    indicators,
    onProgress: (done, total) => {
      if (done % 500 === 0 || done === total) console.log(`  ${done}/${total} agencies`);
    },
  });
  console.log(
    `added ${result.agencyIds.length} synthetic agencies (${result.rows} rows) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
