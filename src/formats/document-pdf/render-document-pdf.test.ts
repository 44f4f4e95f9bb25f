import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../core/document/document-model';
import { sampleLetterModel, sampleLkjipModel, sampleLongTable } from '../document-render.sample';
import { renderDocumentPdf } from './render-document-pdf';

const dir = mkdtempSync(join(tmpdir(), 'alur-document-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: string, bytes: Buffer, name: string, args: string[] = []): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

describe('renderDocumentPdf', () => {
  let lkjip: Buffer;
  let pdf: PDFDocument;
  beforeAll(async () => {
    lkjip = await renderDocumentPdf(sampleLkjipModel(), { createdAt: new Date('2026-02-27T02:00:00Z') });
    pdf = await PDFDocument.load(lkjip);
  });

  it('opens in pdf-lib with the pages poppler counts and the metadata of the model', () => {
    expect(pdf.getPageCount()).toBe(Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', lkjip, 'lkjip'))![1]));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(10);
    expect(pdf.getTitle()).toBe('Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025');
    expect(pdf.getSubject()).toBe(
      'LKjIP Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur Tahun 2025',
    );
    expect(pdf.getAuthor()).toBe('Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur');
    expect(pdf.getCreator()).toBe('Alur');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-02-27T02:00:00.000Z');
  });

  it('sizes the pages from the paper and turns the appendix section to landscape', async () => {
    const pages = pdf.getPages();
    expect(pages[0]!.getWidth()).toBeCloseTo(595.28, 1);
    expect(pages[0]!.getHeight()).toBeCloseTo(841.89, 1);
    const last = pages.at(-1)!;
    expect(last.getWidth()).toBeCloseTo(841.89, 1);
    const letter = await PDFDocument.load(await renderDocumentPdf(sampleLetterModel()));
    expect(letter.getPageCount()).toBe(1);
    expect(letter.getPage(0).getWidth()).toBeCloseTo(609.45, 1);
    expect(letter.getPage(0).getHeight()).toBeCloseTo(935.43, 1);
  });

  it('embeds DejaVu Sans subsets and no other font', () => {
    const fonts = poppler('pdffonts', lkjip, 'lkjip-fonts')
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(new Set(fonts)).toEqual(
      new Set(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique']),
    );
  });

  it('draws charts as vectors, with their texts as text', () => {
    const text = poppler('pdftotext', lkjip, 'lkjip-text', ['-layout']);
    expect(text).toContain('Target dan Realisasi Indikator Kinerja Utama 2025');
    expect(text).toContain('Capaian 100%');
    // The only raster image is the cover's logo; charts and the QR code are drawn.
    const images = poppler('pdfimages', lkjip, 'lkjip-images', ['-list'])
      .split('\n')
      .slice(2)
      .filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line));
    expect(images).toHaveLength(1);
  });

  it('lists the headings as bookmarks', () => {
    expect(pdf.catalog.get(PDFName.of('Outlines'))).toBeDefined();
  });

  it('moves a heading and a caption to the next page rather than leave them last on a page', async () => {
    // A page holds 36 of these one-line paragraphs: after 33 there is room for the heading and the
    // caption, but not for the table's header and first row as well.
    const model: DocumentModel = {
      ...sampleLkjipModel(),
      sections: [
        {
          pageNumbers: 'arabic',
          blocks: [
            ...Array.from({ length: 33 }, (_, i) => ({
              kind: 'paragraph' as const,
              runs: [`Paragraf pengisi ${i + 1}.`],
            })),
            { kind: 'heading', level: 2, text: 'Judul yang harus ikut turun', toc: true },
            sampleLongTable(12),
          ],
        },
      ],
    };
    const pages = poppler('pdftotext', await renderDocumentPdf(model), 'keep', ['-layout'])
      .split('\f')
      .map((page) =>
        page
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      );
    expect(pages[0]!.at(-2)).toBe('Paragraf pengisi 33.');
    expect(pages[1]!.slice(0, 2)).toEqual([
      'Judul yang harus ikut turun',
      'Tabel 3.9 Capaian 12 Indikator Kinerja (T-1)',
    ]);
  });
});
