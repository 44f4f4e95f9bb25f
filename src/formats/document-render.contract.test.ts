import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../core/document/document-model';
import { renderDocumentDocx } from './document-docx/render-document-docx';
import { renderDocumentPdf } from './document-pdf/render-document-pdf';
import { headingLine, romanLower } from './document-render.look';
import { sampleAllBlocksModel, sampleLetterModel, sampleLongTable } from './document-render.sample';

/**
 * One suite over both renderers: what a reader sees on the pages must not depend on the format. The
 * PDF is read with poppler's pdftotext; the DOCX is first converted by LibreOffice (as a user without
 * Word would see it), so page breaks, repeated header rows and the pre-filled Daftar Isi are checked
 * on real pages too.
 */
const dir = mkdtempSync(join(tmpdir(), 'alur-document-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whitespace collapsed, so wrapped lines compare with the model's text. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

const MODELS: Record<string, () => DocumentModel> = {
  all: sampleAllBlocksModel,
  letter: sampleLetterModel,
  long: longTableModel,
  awkward: awkwardModel,
  roundTrip: roundTripModel,
};

interface Renderer {
  name: string;
  render: (model: DocumentModel) => Promise<Buffer>;
  /** Writes the files, returns each one's pages as text. */
  pages: (files: Record<string, Buffer>) => Record<string, string[]>;
}

const RENDERERS: Renderer[] = [
  {
    name: 'PDF',
    render: (model) => renderDocumentPdf(model),
    pages: (files) =>
      Object.fromEntries(
        Object.entries(files).map(([key, bytes]) => {
          const file = join(dir, `${key}.pdf`);
          writeFileSync(file, bytes);
          return [key, pdfPages(file)];
        }),
      ),
  },
  {
    name: 'DOCX (through LibreOffice)',
    render: (model) => renderDocumentDocx(model),
    pages: (files) => {
      const out = join(dir, 'from-docx');
      const paths = Object.entries(files).map(([key, bytes]) => {
        const file = join(dir, `${key}.docx`);
        writeFileSync(file, bytes);
        return file;
      });
      execFileSync(
        'libreoffice',
        [
          `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          ...paths,
        ],
        { stdio: 'ignore', timeout: 180_000 },
      );
      return Object.fromEntries(Object.keys(files).map((key) => [key, pdfPages(join(out, `${key}.pdf`))]));
    },
  },
];

describe.each(RENDERERS)('document renderer contract: $name', (renderer) => {
  const pages: Record<string, string[]> = {};
  const bytes: Record<string, Buffer> = {};

  beforeAll(async () => {
    for (const [key, model] of Object.entries(MODELS)) bytes[key] = await renderer.render(model());
    Object.assign(pages, renderer.pages(bytes));
  }, 240_000);

  it('shows every block kind of the model', () => {
    const text = flat(pages.all!.join('\n'));
    for (const expected of [
      'PEMERINTAH PROVINSI KALIMANTAN TIMUR', // letterhead
      'Telepon (0541) 741234',
      'LAPORAN KINERJA INSTANSI PEMERINTAH', // large paragraph
      'KATA PENGANTAR', // heading 1
      '1.1 Latar Belakang', // heading 2
      'Sasaran 1: Meningkatnya akses rumah tangga', // heading 3
      'DAFTAR ISI', // toc
      'Rasio Elektrifikasi mencapai 97,82% dari target 97,60%.', // ordered list with a bold run
      'perumusan kebijakan teknis di bidang energi', // unordered list
      'Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2025 (T-1)', // table caption
      'Sangat Rendah', // a filled cell
      'Sumber: Pengukuran Kinerja Dinas ESDM', // table note
      'PROGRAM PENGELOLAAN', // a cell spanning columns
      'Gambar 3.1 Target, Realisasi dan Capaian', // figure caption
      'Ir. HENDRA WIJAYA, M.T.', // signature
      'NIP. 19700312 199503 1 004',
      'Pembina Utama Muda (IV/c)',
      'Samarinda, 27 Februari 2026',
      'Ditandatangani secara elektronik', // the SignatureMark's caption
      'Dr. H. RUDI MAHENDRA, S.E., M.M.', // second of two signatories
      'Paraf Koordinasi', // paraf trail
      'Dra. Rina Kartika, M.Si.',
      'Teks kecil di bawah tanda tangan.',
      'Lampiran 1 Rencana Aksi dan Realisasi Triwulanan', // landscape section
    ])
      expect(text).toContain(expected);
  });

  it('numbers pages per section: none on the cover, i ii … in front matter, 1 2 … in the body', () => {
    const all = pages.all!;
    const footers = all.map((page) =>
      flat(
        page
          .split('\n')
          .filter((line) => line.trim() !== '')
          .at(-1) ?? '',
      ),
    );
    const front = all.findIndex((page) => page.includes('KATA PENGANTAR'));
    const body = bodyStart(all);
    expect(front).toBeGreaterThan(0);
    expect(footers[front]).toBe('i');
    expect(footers[front + 1]).toBe('ii');
    expect(footers[body]).toBe('1');
    expect(footers[body + 1]).toBe('2');
    // The landscape appendix continues the body's numbers.
    const appendix = all.findIndex((page) => page.includes('Lampiran 1 Rencana Aksi'));
    expect(footers[appendix]).toBe(String(appendix - body + 1));
    expect(footers[0]).not.toMatch(/^([ivx]+|[0-9]{1,2})$/);
  });

  it('fills the Daftar Isi with each listed heading and the page label it is printed on', () => {
    const all = pages.all!;
    const model = sampleAllBlocksModel();
    const toc = all.find((page) => page.includes('DAFTAR ISI'))!;
    const body = bodyStart(all);
    const front = all.findIndex((page) => page.includes('KATA PENGANTAR'));
    const listed = model.sections.flatMap((section) =>
      section.blocks.filter(
        (b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.toc === true,
      ),
    );
    expect(listed.length).toBeGreaterThan(10);
    for (const heading of listed) {
      const text = headingLine(heading.level === 1 ? heading.text.toUpperCase() : heading.text);
      const printed = all.findIndex((page, i) => page !== toc && i > 0 && flat(page).includes(text));
      expect(printed, text).toBeGreaterThan(0);
      const label = printed >= body ? String(printed - body + 1) : romanLower(printed - front + 1);
      const entry = new RegExp(`${escapeRegExp(text.split(' ').slice(-2).join(' '))}[ .]*${label}\\b`);
      expect(flat(toc), `${text} on page ${label}`).toMatch(entry);
    }
  });

  it('spreads an 80-row table over pages, repeating its header rows on each', () => {
    const long = pages.long!;
    const spanned = long.filter((page) => /Indikator Kinerja/.test(page));
    expect(spanned.length).toBeGreaterThanOrEqual(2);
    for (const page of spanned) {
      expect(page).toContain('Sasaran Strategis');
      expect(page).toContain('Kategori');
    }
    // Every tenth row (a short indicator name) is printed once: no row lost or repeated at a break.
    const text = flat(long.join('\n'));
    for (let n = 1; n <= 80; n += 10)
      expect(text.match(new RegExp(`Rasio Elektrifikasi ${n}\\b`, 'g'))).toHaveLength(1);
  });

  it('keeps text as written: Indonesian numbers, symbols, quotes, hyphenated words', () => {
    const text = flat(pages.roundTrip!.join('\n'));
    for (const expected of ROUND_TRIP) expect(text).toContain(expected);
  });

  it('renders awkward input without throwing: empty tables, spans past the edge, very long words', () => {
    expect(bytes.awkward!.length).toBeGreaterThan(1000);
    const text = pages.awkward!.join('\n').replace(/\s+/g, '');
    expect(text).toContain(LONG_WORD);
    expect(text).toContain('Tabelkosong');
    expect(flat(pages.awkward!.join('\n'))).toContain('Baris pendek');
  });

  it('prints a one-page letter with the letterhead, the fields table and the signature on the right', () => {
    const letter = pages.letter!;
    expect(letter).toHaveLength(1);
    const lines = letter[0]!.split('\n');
    const nomor = lines.find((line) => /^\s*Nomor\s+:/.test(line))!;
    expect(nomor).toMatch(/Nomor\s+:\s+000\.1\.4\/0412\/DESDM-PROG\/II\/2026\s+Samarinda, 27 Februari 2026/);
    const name = lines.find((line) => line.includes('Ir. HENDRA WIJAYA, M.T.'))!;
    // The signature stands in the right half of the text.
    expect(name.indexOf('Ir.')).toBeGreaterThan(nomor.indexOf('Nomor') + 30);
    expect(flat(letter[0]!)).toContain('Plt. KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL');
  });
});

/** The first page of the body: the one with BAB I's heading and its first section (not the Daftar Isi). */
function bodyStart(pages: string[]): number {
  return pages.findIndex((page) => !page.includes('DAFTAR ISI') && /BAB I\s+PENDAHULUAN/.test(page));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function longTableModel(): DocumentModel {
  return {
    kind: 'lkjip',
    title: 'Tabel panjang',
    subject: 'Tabel 80 baris',
    author: 'Alur',
    paper: 'A4',
    sections: [
      {
        pageNumbers: 'arabic',
        blocks: [
          { kind: 'heading', level: 2, text: 'Capaian seluruh indikator', toc: true },
          sampleLongTable(80),
        ],
      },
    ],
  };
}

const ROUND_TRIP = [
  'Capaian ≥ 91% berkategori “Sangat Tinggi” – pagu Rp21.032.050.000, realisasi 1.234,56 kWh/kapita',
  'Undang-Undang Nomor 3 Tahun 2020',
  'Kata-kata (2T − R) / T × 100%',
  'Crème brûlée, São Tomé, Zürich, Ñandú',
  'bold italic underline',
];

function roundTripModel(): DocumentModel {
  return {
    kind: 'surat_pengantar',
    title: 'Teks',
    subject: 'Teks kembali utuh',
    author: 'Alur',
    paper: 'A4',
    sections: [
      {
        pageNumbers: 'none',
        blocks: [
          { kind: 'paragraph', runs: [ROUND_TRIP[0]!], align: 'justify' },
          {
            kind: 'paragraph',
            runs: [`Berdasarkan ${ROUND_TRIP[1]!} tentang perubahan kewenangan; ${ROUND_TRIP[2]!}.`],
            align: 'justify',
            indent: true,
          },
          { kind: 'list', ordered: false, items: [[ROUND_TRIP[3]!]] },
          {
            kind: 'paragraph',
            runs: [
              { text: 'bold', bold: true },
              ' ',
              { text: 'italic', italic: true },
              ' ',
              { text: 'underline', underline: true },
            ],
          },
        ],
      },
    ],
  };
}

const LONG_WORD =
  'Pertanggungjawabankinerjainstansipemerintahdaerahprovinsikalimantantimurtahunanggarandua ribu dua puluh lima'
    .replace(/ /g, '')
    .repeat(2);

function awkwardModel(): DocumentModel {
  const columns = [{ width: 1 }, { width: 0 }, { width: -3 }];
  return {
    kind: 'lkjip',
    title: '',
    subject: '',
    author: '',
    paper: 'F4',
    sections: [
      { pageNumbers: 'roman', blocks: [] },
      { pageNumbers: 'roman', blocks: [{ kind: 'page-break' }, { kind: 'page-break' }] },
      {
        pageNumbers: 'arabic',
        blocks: [
          { kind: 'letterhead' },
          { kind: 'toc', title: 'Daftar Isi' },
          { kind: 'heading', level: 1, text: '' },
          { kind: 'paragraph', runs: [] },
          { kind: 'paragraph', runs: [LONG_WORD], align: 'justify', indent: true },
          { kind: 'list', ordered: true, items: [] },
          { kind: 'list', ordered: false, items: [[]] },
          { kind: 'table', caption: 'Tabel kosong', columns: [], header: [], rows: [] },
          { kind: 'table', columns, header: [], rows: [] },
          { kind: 'table', columns, header: [['A', 'B', 'C']], rows: [] },
          {
            kind: 'table',
            columns,
            header: [[{ runs: ['Lebar'], colSpan: 9, rowSpan: 4 }]],
            rows: [
              ['Baris pendek'],
              ['1', '2', '3', '4', '5'],
              [
                { runs: [LONG_WORD], rowSpan: 40, fill: 'red' },
                { runs: [], colSpan: 0 },
              ],
              [],
            ],
            note: '',
          },
          {
            kind: 'figure',
            chart: { kind: 'bar', title: '', categories: [], series: [] },
            caption: '',
            width: 400,
            height: 10,
          },
          {
            kind: 'figure',
            chart: {
              kind: 'bar-line',
              title: 'Tanpa data',
              categories: ['A', LONG_WORD],
              series: [
                { name: 'Kosong', kind: 'bar', values: [null, null] },
                { name: 'Garis', kind: 'line', values: [null] },
              ],
              markLine: { value: -5, label: 'Batas' },
            },
            caption: 'Grafik tanpa data',
            width: 120,
            height: 60,
          },
          { kind: 'signatures', signatories: [] },
          {
            kind: 'signatures',
            date: '1 Januari 2026',
            signatories: ['a', 'b', 'c'].map((key) => ({ key, roleLines: [], name: key.toUpperCase() })),
            marks: { b: { verificationUrl: 'https://alur.example.go.id/verifikasi/x', caption: '' } },
          },
          { kind: 'paraf', title: '', entries: [] },
          { kind: 'spacer', height: -4 },
          { kind: 'page-break' },
        ],
      },
    ],
  };
}
