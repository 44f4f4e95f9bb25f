/**
 * S1 parse and validate the three seed SOPs (YAML → model → validateSop) against the `yaml` package's
 * parse of the same text alone; S2 render the SOP sheet PDF against LibreOffice converting the same
 * SOP's DOCX sheet to PDF, in the same run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { validateSop } from '../src/core/sop';
import { renderSopSheetDocx, renderSopSheetPdf } from '../src/formats/sop-sheet';
import { parseSopYaml } from '../src/formats/sop-yaml';
import { type BenchResult, machineDescription } from './report';

const SEEDS = ['bpkpd-jambi-lkj', 'dpmptsp-tanjabbar-lkjip', 'desdm-kaltim-sakip'];
const meta = () => ({ machine: machineDescription(), date: new Date().toISOString().slice(0, 10) });

async function perSecond(fn: () => unknown | Promise<unknown>, ms: number): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    await fn();
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

export async function benchSop(): Promise<BenchResult[]> {
  const texts = SEEDS.map((code) => ({
    code,
    text: fs.readFileSync(path.resolve(import.meta.dirname, `../sops/${code}.yaml`), 'utf8'),
  }));
  const alurParse = await perSecond(() => {
    for (const { code, text } of texts) validateSop(parseSopYaml(text, code));
  }, 3000);
  const rawParse = await perSecond(() => {
    for (const { text } of texts) parse(text);
  }, 3000);
  const results: BenchResult[] = [
    {
      id: 'S1',
      name: 'S1 parse and validate the three seed SOPs (YAML → model, shape check, validateSop)',
      baseline: '`yaml` parse of the same three files alone',
      result: `${Math.round(alurParse * 3)} SOPs/s`,
      baselineResult: `${Math.round(rawParse * 3)} files/s`,
      ratio: alurParse / rawParse,
      unit: 'SOPs/s',
      ...meta(),
    },
  ];
  const defs = texts.map(({ code, text }) => parseSopYaml(text, code));
  const pdfMs: number[] = [];
  for (const def of defs) {
    await renderSopSheetPdf(def);
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) await renderSopSheetPdf(def);
    pdfMs.push((performance.now() - t0) / 5);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-bench-sop-'));
  let libreMs: number[] | null = [];
  try {
    for (const [i, def] of defs.entries()) {
      const docx = path.join(dir, `${SEEDS[i]}.docx`);
      fs.writeFileSync(docx, await renderSopSheetDocx(def));
      const t0 = performance.now();
      execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
        stdio: 'ignore',
      });
      libreMs.push(performance.now() - t0);
    }
  } catch {
    libreMs = null;
  }
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  results.push({
    id: 'S2',
    name: 'S2 render the SOP sheet PDF (three seeds, A4 landscape, vector symbols, embedded DejaVu)',
    baseline: 'LibreOffice converting the same SOP sheet DOCX to PDF (one process per file)',
    result: `${avg(pdfMs).toFixed(0)} ms per SOP (${pdfMs.map((m) => m.toFixed(0)).join(' / ')})`,
    baselineResult: libreMs ? `${avg(libreMs).toFixed(0)} ms per SOP` : 'LibreOffice not installed',
    ratio: libreMs ? avg(pdfMs) / avg(libreMs) : 0,
    unit: 'ms',
    notes:
      'Durations: lower is better; the ratio is Alur’s time over LibreOffice’s (cold start included, as an office conversion runs).',
    ...meta(),
  });
  return results;
}
