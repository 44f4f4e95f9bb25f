import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  layoutSopSheet,
  renderSopSheetDocx,
  renderSopSheetPdf,
  renderSopSheetSvg,
} from '../../src/formats/sop-sheet';
import { seedSop } from './seed-sops';

const dir = mkdtempSync(join(tmpdir(), 'alur-sop-sheet-'));

/** Collapses whitespace so that wrapped lines compare with the activity text. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('SOP sheet of seed 004 (DESDM Kaltim)', () => {
  const def = seedSop('desdm-kaltim-sakip');

  it('lays out an identity page and a flowchart page with every step, symbol and the decision labels', () => {
    const layout = layoutSopSheet(def);
    expect(layout.pages.map((page) => page.kind)).toEqual(['identity', 'flowchart']);
    const flowchart = layout.pages[1]!;
    const stepRows = flowchart.table!.rows.filter((row) => row.kind === 'step');
    expect(stepRows.map((row) => row.cells.no![0])).toEqual(def.steps.map((step) => `${step.no}.`));
    const texts = flowchart.items.flatMap((item) => (item.kind === 'text' ? item.lines : []));
    expect(texts).toEqual(
      expect.arrayContaining(['Mulai', 'Selesai', 'Ya', 'Tidak', 'Kasubbag', 'Mutu Baku']),
    );
    const diamonds = flowchart.items.filter((item) => item.kind === 'polygon' && item.points.length === 4);
    expect(diamonds).toHaveLength(1);
  });

  it('renders SVG with the lane labels and the Mutu Baku texts', () => {
    const svg = renderSopSheetSvg(def, { paper: 'F4' });
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of [
      'Kepala Dinas',
      'Kasubbag',
      'Staf',
      '32 Jam',
      '20 Mnit',
      'Nomor SOP: K. 075 / 11 / DESDM/2023',
    ]) {
      expect(svg).toContain(text);
    }
  });

  it('renders a PDF whose text holds the identity and every step', async () => {
    const file = join(dir, 'desdm.pdf');
    writeFileSync(file, await renderSopSheetPdf(def));
    const text = flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+2/);
    expect(text).toContain('Munawwar, S.T., M.Si');
    expect(text).toContain('NIP. 19671129 199803 1 003');
    expect(text).toContain('Halaman 2 dari 2');
    for (const step of def.steps) expect(text).toContain(step.activity.split(' ').slice(0, 2).join(' '));
  });

  it('renders a DOCX whose document.xml holds every activity and the Mutu Baku texts', async () => {
    const file = join(dir, 'desdm.docx');
    writeFileSync(file, await renderSopSheetDocx(def, { paper: 'F4' }));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    for (const step of def.steps) expect(xml).toContain(step.activity.replace(/&/g, '&amp;'));
    expect(xml).toContain('Konsep Surat Pengantar');
    expect(xml).toContain('w:orient="landscape"');
    expect(execFileSync('unzip', ['-l', file], { encoding: 'utf8' })).toMatch(/word\/media\/.+\.png/);
  });
});

describe('SOP sheet paginates a long SOP with off-page connectors', () => {
  it('puts pentagons carrying step numbers at page breaks and repeats the header', () => {
    const def = seedSop('bpkpd-jambi-lkj');
    const long = {
      ...def,
      steps: def.steps.map((step) => ({
        ...step,
        activity: `${step.activity} ${step.activity} ${step.activity}`,
      })),
    };
    const layout = layoutSopSheet(long);
    const flowchart = layout.pages.filter((page) => page.kind === 'flowchart');
    expect(flowchart.length).toBeGreaterThan(1);
    for (const page of flowchart) expect(page.table!.rows[0]!.kind).toBe('header');
    const pentagons = flowchart.flatMap((page) =>
      page.items.filter((item) => item.kind === 'polygon' && item.points.length === 5),
    );
    expect(pentagons.length).toBeGreaterThanOrEqual(2);
    const firstPageLast = flowchart[0]!.table!.rows.filter((row) => row.kind === 'step').at(-1)!.cells
      .no![0]!;
    const next = String(Number.parseInt(firstPageLast, 10) + 1);
    const connectorTexts = flowchart[0]!.items.flatMap((item) =>
      item.kind === 'text' && item.size === 6.5 ? item.lines : [],
    );
    expect(connectorTexts).toContain(next);
  });
});
