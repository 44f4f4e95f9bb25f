/**
 * W5: importing a division's data-collection workbook of 10,000 realisation rows (read and check the
 * structure, check every row against the database, save all in one transaction through
 * `saveRealisation`) against exceljs reading the same file and nothing else. SQLite, one synthetic
 * agency whose first division reports 10,000 indicators; each import changes every row.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Actor } from '../src/services/context';
import { exportRealisationXlsx, importRealisationXlsx } from '../src/services/performance/realisation-xlsx';
import { seedSynthetic } from '../src/services/performance/seed-synthetic';
import { openRuntime } from '../src/services/runtime';
import { type BenchResult, machineDescription } from './report';

const ROWS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchPerformanceImport(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-bench-w5-'));
  const runtime = await openRuntime(`sqlite:${path.join(dir, 'bench.db')}`);
  const made = await seedSynthetic(runtime.ctx, {
    agencies: 1,
    indicators: ROWS,
    realisationQuarters: 0,
    oneUnit: true,
  });
  const agency = await runtime.ctx.db
    .selectFrom('agency')
    .select(['id', 'region_id'])
    .where('id', '=', made.agencyIds[0]!)
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    userId: 'bench',
    personId: made.heads[0]!,
    role: 'agency_admin',
    agencyId: agency.id,
    regionId: agency.region_id,
  };
  const blank = await exportRealisationXlsx(runtime.ctx, actor, agency.id, {
    year: 2026,
    quarter: 1,
    unitId: made.firstDivisions[0]!,
  });
  const files: Buffer[] = [];
  for (let run = 0; run < RUNS; run++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(blank.buffer as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Realisasi')!;
    // Column H is TW I's realisation; a different figure per run so every import changes every row.
    for (let r = 0; r < ROWS; r++) sheet.getRow(8 + r).getCell(8).value = ((r * 7 + run * 13) % 997) + 0.5;
    files.push(Buffer.from(await wb.xlsx.writeBuffer()));
  }

  const baseline: number[] = [];
  const alur: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files[run] as unknown as ArrayBuffer);
    baseline.push(performance.now() - start);
    start = performance.now();
    const result = await importRealisationXlsx(runtime.ctx, actor, agency.id, {
      fileName: 'realisasi.xlsx',
      content: files[run]!,
    });
    alur.push(performance.now() - start);
    if (result.saved !== ROWS) throw new Error(`expected ${ROWS} rows saved, got ${result.saved}`);
  }
  await runtime.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const a = median(alur);
  const b = median(baseline);
  return [
    {
      id: 'W5',
      name: `Realisation workbook import: ${ROWS.toLocaleString('en')} rows checked and saved in one transaction (SQLite)`,
      baseline: 'exceljs reading the same file only',
      result: `${(a / 1000).toFixed(2)} s (median of ${RUNS})`,
      baselineResult: `${(b / 1000).toFixed(2)} s`,
      ratio: a / b,
      unit: 's',
      notes: `File ${(files[0]!.length / 1024).toFixed(0)} KB. Alur's time includes exceljs reading the file, the structure check, one decimal check per row, the row-by-row comparison with what is stored, ${ROWS.toLocaleString('en')} updates plus ${ROWS.toLocaleString('en')} event rows, and the grid recomputed by saveRealisation.`,
      machine: machineDescription(),
      date: new Date().toISOString().slice(0, 10),
    },
  ];
}
