import { letterheadOf, signatoryOf } from './agency-identity';
import { perjanjianKinerjaBlocks, pkBudgetTable, pkIndicatorTable } from './build-perjanjian-kinerja';
import type { Block, DocumentModel, DocumentSection } from './document-model';
import { draftLkjipNarrative, LKJIP_ANALYSES } from './draft-lkjip-narrative';
import { formatDateId, formatMonthYearId } from './format-date-id';
import { budgetTotal } from './indicator-figures';
import type { LkjipData } from './lkjip-data';
import { lkjipFacts, programFacts } from './lkjip-facts';
import {
  budgetChart,
  organisationTable,
  renstraTable,
  sasaranChart,
  sasaranSummaryTable,
  staffTables,
  t1Table,
  t2Table,
  t3Table,
  t4Table,
  t5Table,
} from './lkjip-tables';
import { type Narrative, narrativeBlocks } from './narrative';

/** Numbers tables and figures per chapter: "Tabel 3.4", "Gambar 3.1". */
class Captions {
  private tables = new Map<number, number>();
  private figures = new Map<number, number>();
  table(chapter: number, text: string): string {
    const n = (this.tables.get(chapter) ?? 0) + 1;
    this.tables.set(chapter, n);
    return `Tabel ${chapter}.${n} ${text}`;
  }
  figure(chapter: number, text: string): string {
    const n = (this.figures.get(chapter) ?? 0) + 1;
    this.figures.set(chapter, n);
    return `Gambar ${chapter}.${n} ${text}`;
  }
}

/**
 * The LKjIP (PermenPAN-RB 53/2014 annex; domain.md §2): cover, Kata Pengantar signed by the head,
 * Ikhtisar Eksekutif, Daftar Isi, Bab I–IV and the Perjanjian Kinerja as annex. Every figure comes
 * from `src/core/achievement` through {@link lkjipFacts}, so T-1 shows what the realisation grid and
 * the dashboard show. `narrative` holds the reviewed text by section key
 * ({@link describeLkjipNarrative}); a key it lacks is drafted ({@link draftLkjipNarrative}).
 */
export function buildLkjip(data: LkjipData, narrative: Narrative = {}): DocumentModel {
  const facts = lkjipFacts(data);
  const drafted = draftLkjipNarrative(data);
  const text = (key: string) => narrativeBlocks(narrative[key] ?? drafted[key]);
  const captions = new Captions();
  const year = data.year;
  const head = data.head ? [signatoryOf('head', data.head)] : [];

  const cover: DocumentSection = {
    pageNumbers: 'none',
    blocks: [
      { kind: 'spacer', height: 35 },
      big('LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)'),
      big(`TAHUN ${year}`),
      { kind: 'spacer', height: 25 },
      ...(data.agency.logoBase64
        ? [
            {
              kind: 'paragraph',
              runs: [],
              align: 'center',
              image: { base64: data.agency.logoBase64, width: 45 },
            } satisfies Block,
          ]
        : [{ kind: 'spacer', height: 45 } satisfies Block]),
      { kind: 'spacer', height: 25 },
      big(data.agency.name.toUpperCase()),
      {
        kind: 'paragraph',
        runs: [{ text: data.agency.government.toUpperCase(), bold: true }],
        align: 'center',
      },
      { kind: 'spacer', height: 20 },
      { kind: 'paragraph', runs: [{ text: data.agency.place.toUpperCase(), bold: true }], align: 'center' },
      { kind: 'paragraph', runs: [formatMonthYearId(data.date)], align: 'center' },
    ],
  };

  const front: DocumentSection = {
    pageNumbers: 'roman',
    blocks: [
      chapter('KATA PENGANTAR'),
      ...text('kata_pengantar'),
      { kind: 'spacer', height: 6 },
      {
        kind: 'signatures',
        place: data.agency.place,
        date: formatDateId(data.date),
        signatories: head,
      },
      { kind: 'page-break' },
      chapter('IKHTISAR EKSEKUTIF'),
      ...text('ikhtisar'),
      sasaranSummaryTable(facts.sasaran, facts.agency, 'Ringkasan Capaian Kinerja per Sasaran'),
      { kind: 'page-break' },
      { kind: 'toc', title: 'DAFTAR ISI' },
    ],
  };

  const bab1: Block[] = [
    chapter('BAB I PENDAHULUAN'),
    section('1.1 Latar Belakang'),
    ...text('bab1.latar_belakang'),
    section('1.2 Tugas dan Fungsi'),
    ...text('bab1.tugas_fungsi'),
    section('1.3 Struktur Organisasi'),
    ...text('bab1.struktur'),
    organisationTable(data, captions.table(1, `Unit Kerja dan Pejabat ${data.agency.name}`)),
    section('1.4 Sumber Daya Manusia'),
    ...text('bab1.pegawai'),
    ...staffTables(data, [
      captions.table(1, 'Pegawai menurut Jenjang Jabatan'),
      captions.table(1, 'Pegawai menurut Golongan'),
    ]),
    section('1.5 Isu Strategis'),
    ...text('bab1.isu_strategis'),
    section('1.6 Sistematika Penyajian'),
    ...text('bab1.sistematika'),
    { kind: 'page-break' },
  ];

  const renstra = renstraTable(
    data,
    captions.table(
      2,
      `Tujuan, Sasaran, Indikator dan Target Renstra${data.renstra ? ` ${data.renstra.startYear}–${data.renstra.endYear}` : ''}`,
    ),
  );
  const bab2: Block[] = [
    chapter('BAB II PERENCANAAN KINERJA'),
    section('2.1 Rencana Strategis'),
    ...text('bab2.renstra'),
    ...(renstra ? [renstra] : []),
    section(`2.2 Perjanjian Kinerja Tahun ${year}`),
    ...text('bab2.pk'),
    ...(data.agreement
      ? [
          pkIndicatorTable(
            data.agreement,
            captions.table(2, `Indikator dan Target Perjanjian Kinerja Tahun ${year}`),
          ),
          pkBudgetTable(
            data.agreement,
            captions.table(2, `Anggaran Program Perjanjian Kinerja Tahun ${year}`),
          ),
        ]
      : []),
    { kind: 'page-break' },
  ];

  const endYear = data.renstra?.endYear ?? year;
  const bab3: Block[] = [
    chapter('BAB III AKUNTABILITAS KINERJA'),
    section('A. Capaian Kinerja'),
    ...text('bab3.pengukuran'),
    sasaranSummaryTable(
      facts.sasaran,
      facts.agency,
      captions.table(3, `Capaian Kinerja per Sasaran Tahun ${year}`),
    ),
  ];
  for (const [k, s] of facts.sasaran.entries()) {
    const code = s.sasaran.code;
    const key = (n: number) => `sasaran.${code}.analisis.${n}`;
    const title = (n: number) => analysisTitle(n, year);
    // Numbered in the order they print; a table that is left out takes no number.
    const t1 = t1Table(s, captions.table(3, `Target dan Realisasi Kinerja Sasaran ${code} Tahun ${year}`));
    const chart = captions.figure(3, `Capaian Indikator Sasaran ${code} Tahun ${year}`);
    const t2 = t2Table(s, year, '');
    if (t2)
      t2.caption = captions.table(3, `Realisasi Kinerja Sasaran ${code} Tahun ${year} dan Tahun Sebelumnya`);
    const t3 = t3Table(s, year, endYear, '');
    if (t3) t3.caption = captions.table(3, `Realisasi Kinerja Sasaran ${code} terhadap Target Akhir Renstra`);
    const t4 = t4Table(s, year, '');
    if (t4) t4.caption = captions.table(3, `Realisasi Kinerja Sasaran ${code} terhadap Standar Nasional`);
    bab3.push(
      { kind: 'heading', level: 3, text: `Sasaran ${k + 1}: ${s.sasaran.name}`, toc: true },
      t1,
      {
        kind: 'figure',
        chart: sasaranChart(s, year),
        caption: chart,
        width: 150,
        height: 70,
      },
      subtitle(title(1)),
      ...text(key(1)),
      subtitle(title(2)),
      ...(t2 ? [t2] : []),
      ...text(key(2)),
      subtitle(title(3)),
      ...(t3 ? [t3] : []),
      ...text(key(3)),
      subtitle(title(4)),
      ...(t4 ? [t4] : []),
      ...text(key(4)),
      subtitle(title(5)),
      ...text(key(5)),
      subtitle(title(6)),
      ...text(key(6)),
      subtitle(title(7)),
      ...text(key(7)),
    );
  }
  const total = data.budget.length > 0 ? programFacts(budgetTotal(data.budget), facts.agency) : null;
  bab3.push(section('B. Realisasi Anggaran'), ...text('bab3.anggaran'));
  if (facts.programs.length > 0) {
    bab3.push(
      t5Table(
        facts.programs,
        total,
        captions.table(3, `Realisasi Anggaran per Program dan Kegiatan Tahun ${year}`),
      ),
      {
        kind: 'figure',
        chart: budgetChart(facts.programs, year),
        caption: captions.figure(3, `Serapan Anggaran dan Capaian Kinerja per Program Tahun ${year}`),
        width: 150,
        height: 70,
      },
    );
  }
  bab3.push({ kind: 'page-break' });

  const bab4: Block[] = [
    chapter('BAB IV PENUTUP'),
    section('4.1 Kesimpulan'),
    ...text('bab4.kesimpulan'),
    section('4.2 Langkah Perbaikan ke Depan'),
    ...text('bab4.langkah'),
  ];

  const annex: Block[] = data.agreement
    ? [
        { kind: 'page-break' },
        chapter('LAMPIRAN'),
        { kind: 'paragraph', runs: [{ text: `Lampiran 1. Perjanjian Kinerja Tahun ${year}`, bold: true }] },
        { kind: 'letterhead' },
        ...perjanjianKinerjaBlocks(data.agreement, 'lampiran.'),
      ]
    : [];

  return {
    kind: 'lkjip',
    title: `Laporan Kinerja Instansi Pemerintah Tahun ${year}`,
    subject: `LKjIP ${data.agency.name} Tahun ${year}`,
    author: data.agency.name,
    paper: 'A4',
    letterhead: letterheadOf(data.agency),
    sections: [
      cover,
      front,
      { pageNumbers: 'arabic', blocks: [...bab1, ...bab2, ...bab3, ...bab4, ...annex] },
    ],
  };
}

function big(text: string): Block {
  return { kind: 'paragraph', runs: [{ text, bold: true }], align: 'center', size: 'large' };
}

function chapter(text: string): Block {
  return { kind: 'heading', level: 1, text, align: 'center', toc: true };
}

function section(text: string): Block {
  return { kind: 'heading', level: 2, text, toc: true };
}

function subtitle(text: string): Block {
  return { kind: 'paragraph', runs: [{ text, bold: true }] };
}

function analysisTitle(n: number, year: number): string {
  const a = LKJIP_ANALYSES.find((x) => x.n === n)!;
  return `${n}) ${a.title.replace('tahun ini', `tahun ${year}`)}`;
}
