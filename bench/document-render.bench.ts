/**
 * W4: an LKjIP of 40 indicators and 8 charts, built by `buildLkjip` from synthetic `LkjipData` (7
 * sasaran of 5–6 indicators, one chart each, and the budget chart), rendered to DOCX and to PDF by
 * Alur's renderers; baseline: LibreOffice converting the same DOCX to PDF (one process per file, cold
 * start included, as an office conversion runs), in the same run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Quarter } from '../src/core/achievement';
import { buildLkjip, type DocumentModel, draftLkjipNarrative, type LkjipData } from '../src/core/document';
import type { BudgetNodeData, IndicatorData } from '../src/core/document/performance-data';
import { aBudgetNode, aLkjipData, anIndicator, quarters } from '../src/core/document/test-data';
import { renderDocumentDocx } from '../src/formats/document-docx/render-document-docx';
import { renderDocumentPdf } from '../src/formats/document-pdf/render-document-pdf';
import { type BenchResult, machineDescription } from './report';

const meta = () => ({ machine: machineDescription(), date: new Date().toISOString().slice(0, 10) });

const SASARAN = [
  'Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
  'Meningkatnya pemanfaatan energi baru terbarukan dan konservasi energi',
  'Meningkatnya ketaatan pelaku usaha pertambangan mineral bukan logam dan batuan',
  'Meningkatnya pengelolaan air tanah yang tertib dan berkelanjutan',
  'Meningkatnya keselamatan ketenagalistrikan dan mutu instalasi',
  'Meningkatnya kualitas data dan informasi energi dan sumber daya mineral',
  'Meningkatnya akuntabilitas kinerja dan kualitas pelayanan perangkat daerah',
];
const NAMES = [
  'Persentase rumah tangga berlistrik di desa terpencil',
  'Jumlah desa yang dilistriki melalui PLTS terpusat',
  'Persentase pemegang izin yang menyampaikan laporan kegiatan tepat waktu',
  'Jumlah titik indikasi pertambangan tanpa izin yang ditindaklanjuti',
  'Indeks kepuasan masyarakat atas layanan rekomendasi teknis',
  'Persentase instalasi tenaga listrik yang laik operasi',
];

/** 40 indicators over 7 sasaran, with quarterly targets and realisations that give every category. */
function syntheticLkjip(): LkjipData {
  const base = aLkjipData();
  const indicators: IndicatorData[] = [];
  const sizes = [6, 6, 6, 6, 6, 5, 5];
  sizes.forEach((size, s) => {
    for (let k = 0; k < size; k++) {
      const n = indicators.length + 1;
      const target = 50 + ((n * 7) % 50);
      const reached = target * (0.45 + ((n * 13) % 70) / 100);
      const q = (share: number, value: number) => (value * share).toFixed(2);
      indicators.push(
        anIndicator({
          id: `ind-${n}`,
          code: `${n % 5 === 0 ? 'IKU' : 'IK'}-${String(n).padStart(2, '0')}`,
          name: `${NAMES[n % NAMES.length]} (${n})`,
          isIku: n % 5 === 0,
          sasaranCode: `S${s + 1}`,
          annualTarget: target.toFixed(2),
          quarters: quarters(
            [q(0.25, target), q(0.5, target), q(0.75, target), target.toFixed(2)],
            [q(0.22, reached), q(0.48, reached), q(0.7, reached), reached.toFixed(2)],
          ),
          targets: [{ year: 2026, value: target.toFixed(2) }],
          finalTarget: (target * 1.2).toFixed(2),
        }),
      );
    }
  });
  const sasaran = SASARAN.map((name, s) => ({
    code: `S${s + 1}`,
    name,
    tujuan: { code: `T${Math.floor(s / 3) + 1}`, name: `Tujuan ${Math.floor(s / 3) + 1}` },
  }));
  const budget: BudgetNodeData[] = sasaran.map((item, s) =>
    aBudgetNode({
      code: `3.29.0${s + 1}`,
      name: `PROGRAM ${item.name.toUpperCase()}`,
      sasaranCode: item.code,
      pagu: String(800_000_000 + s * 150_000_000),
      quarters: ([1, 2, 3, 4] as Quarter[]).map((quarter) => ({
        quarter,
        cashPlan: String(200_000_000 + s * 37_500_000),
        realisation: String(180_000_000 + s * 30_000_000),
      })),
      children: [1, 2].map((k) =>
        aBudgetNode({
          kind: 'kegiatan',
          code: `3.29.0${s + 1}.1.0${k}`,
          name: `Kegiatan ${k} untuk ${item.name.toLowerCase()}`,
          sasaranCode: item.code,
          children: [],
        }),
      ),
    }),
  );
  return {
    ...base,
    sasaran,
    indicators,
    budget,
    renstra: base.renstra && {
      ...base.renstra,
      tujuan: [1, 2, 3].map((t) => ({
        code: `T${t}`,
        name: `Tujuan ${t}`,
        indicators: [],
        sasaran: sasaran
          .filter((item) => item.tujuan.code === `T${t}`)
          .map((item) => ({
            code: item.code,
            name: item.name,
            indicators: indicators.filter((i) => i.sasaranCode === item.code),
          })),
      })),
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

function countKind(model: DocumentModel, kind: string): number {
  return model.sections.reduce(
    (sum, section) => sum + section.blocks.filter((block) => block.kind === kind).length,
    0,
  );
}

export async function benchDocumentRender(): Promise<BenchResult[]> {
  const data = syntheticLkjip();
  const t0 = performance.now();
  const model = buildLkjip(data, draftLkjipNarrative(data));
  const buildMs = performance.now() - t0;
  const charts = countKind(model, 'figure');
  const docxMs = await timed(() => renderDocumentDocx(model), 5);
  const pdfMs = await timed(() => renderDocumentPdf(model), 5);
  const docx = await renderDocumentDocx(model);
  const pdf = await renderDocumentPdf(model);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-bench-w4-'));
  const file = path.join(dir, 'lkjip.docx');
  fs.writeFileSync(file, docx);
  let libreMs: number | null = null;
  let librePages = 0;
  try {
    const convert = () =>
      execFileSync(
        'libreoffice',
        [
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        { stdio: 'ignore', timeout: 300_000 },
      );
    convert(); // creates the profile, as a machine's first conversion would once
    const ms: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      convert();
      ms.push(performance.now() - start);
    }
    libreMs = median(ms);
    librePages = Number(
      /Pages:\s+(\d+)/.exec(
        execFileSync('pdfinfo', [path.join(dir, 'lkjip.pdf')], { encoding: 'utf8' }),
      )?.[1] ?? 0,
    );
  } catch {
    libreMs = null;
  }
  const pdfPath = path.join(dir, 'alur.pdf');
  fs.writeFileSync(pdfPath, pdf);
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? 0,
  );
  fs.rmSync(dir, { recursive: true, force: true });

  const baseline =
    'LibreOffice converting the same DOCX to PDF (one process per file, profile already created)';
  const baselineResult =
    libreMs === null
      ? 'LibreOffice not installed'
      : `${libreMs.toFixed(0)} ms (median of 3, ${librePages} pages)`;
  const kb = (bytes: Buffer) => `${Math.round(bytes.length / 1024)} KB`;
  const notes =
    `Model built by buildLkjip from synthetic LkjipData: ${data.indicators.length} indicators in ${data.sasaran.length} sasaran, ` +
    `${charts} charts, ${countKind(model, 'table')} tables, built in ${buildMs.toFixed(0)} ms (not in the figures). ` +
    `Median of 5 renders after one warm-up. PDF ${pages} pages, ${kb(pdf)} (laid out twice for the Daftar Isi page labels); ` +
    `DOCX ${kb(docx)} with DejaVu Sans embedded (trimmed to Latin) and the TOC filled by docx's page-number estimate. ` +
    'Durations: lower is better; the ratio is Alur’s time over LibreOffice’s.';
  return [
    {
      id: 'W4-DOCX',
      name: `W4 render an LKjIP of ${data.indicators.length} indicators and ${charts} charts to DOCX (charts as PNG, TOC filled)`,
      baseline,
      result: `${docxMs.toFixed(0)} ms (median of 5)`,
      baselineResult,
      ratio: libreMs ? docxMs / libreMs : 0,
      unit: 'ms',
      notes,
      ...meta(),
    },
    {
      id: 'W4-PDF',
      name: `W4 render the same LKjIP to PDF (charts as vectors, Daftar Isi with page labels)`,
      baseline,
      result: `${pdfMs.toFixed(0)} ms (median of 5)`,
      baselineResult,
      ratio: libreMs ? pdfMs / libreMs : 0,
      unit: 'ms',
      notes,
      ...meta(),
    },
  ];
}
