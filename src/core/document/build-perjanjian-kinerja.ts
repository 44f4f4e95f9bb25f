import { AchievementDecimal, formatNumberId } from '../achievement';
import { actingTitle, letterheadOf, NAME_LINE, type Official, signatoryOf } from './agency-identity';
import type { Block, Cell, DocumentModel } from './document-model';
import { formatDateId } from './format-date-id';
import { formatValueWithUnit } from './indicator-figures';
import type { MissingData } from './missing-data';
import { nodeLabel } from './narrative-phrases';
import type { PerjanjianKinerjaData, PkIndicatorData } from './perjanjian-kinerja-data';
import { boldCell, centerCell, headerCell, numberCell, TOTAL_FILL, textCell } from './table-cells';

/**
 * The Perjanjian Kinerja (PermenPAN-RB 53/2014 layout): letterhead, title, the two parties, the
 * promise, place/date and the signature blocks (pihak kedua left, pihak pertama right), then the
 * annex with the indicator targets and the budget.
 */
export function buildPerjanjianKinerja(data: PerjanjianKinerjaData): DocumentModel {
  return {
    kind: 'perjanjian_kinerja',
    title: `Perjanjian Kinerja Tahun ${data.year}`,
    subject: `Perjanjian Kinerja ${actingTitle(data.firstParty)} Tahun ${data.year}`,
    author: data.agency.name,
    paper: 'A4',
    letterhead: letterheadOf(data.agency),
    sections: [{ pageNumbers: 'none', blocks: [{ kind: 'letterhead' }, ...perjanjianKinerjaBlocks(data)] }],
  };
}

/**
 * The PK's content after the letterhead, for the PK document and for the LKjIP's annex. `keyPrefix`
 * keeps the annex's signature blocks apart from the report's own (`lampiran.pihak_pertama`).
 */
export function perjanjianKinerjaBlocks(data: PerjanjianKinerjaData, keyPrefix = ''): Block[] {
  // An unknown person (a governor outside the agency's records) gets a line to write the name on.
  const party = (official: Official): Block => ({
    kind: 'table',
    borderless: true,
    columns: [{ width: 18 }, { width: 3 }, { width: 79 }],
    header: [],
    rows: [
      ['Nama', ':', official.name ?? NAME_LINE],
      ['Jabatan', ':', actingTitle(official)],
    ],
  });
  return [
    { kind: 'heading', level: 1, text: `PERJANJIAN KINERJA TAHUN ${data.year}`, align: 'center', toc: false },
    ...(data.number
      ? [{ kind: 'paragraph', runs: [`Nomor: ${data.number}`], align: 'center' } satisfies Block]
      : []),
    { kind: 'spacer', height: 4 },
    paragraph(
      'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
    ),
    party(data.firstParty),
    { kind: 'paragraph', runs: ['selanjutnya disebut ', { text: 'pihak pertama', bold: true }, '.'] },
    party(data.secondParty),
    {
      kind: 'paragraph',
      runs: ['selaku atasan pihak pertama, selanjutnya disebut ', { text: 'pihak kedua', bold: true }, '.'],
    },
    paragraph(
      'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
    ),
    paragraph(
      'Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
    ),
    { kind: 'spacer', height: 4 },
    {
      kind: 'signatures',
      place: data.agency.place,
      date: formatDateId(data.date),
      signatories: [
        signatoryOf(`${keyPrefix}pihak_kedua`, data.secondParty, [
          'Pihak Kedua,',
          data.secondParty.positionTitle.toUpperCase(),
        ]),
        signatoryOf(`${keyPrefix}pihak_pertama`, data.firstParty, [
          'Pihak Pertama,',
          data.firstParty.positionTitle.toUpperCase(),
        ]),
      ],
    },
    { kind: 'page-break' },
    {
      kind: 'heading',
      level: 2,
      text: `LAMPIRAN PERJANJIAN KINERJA TAHUN ${data.year}`,
      align: 'center',
      toc: false,
    },
    {
      kind: 'paragraph',
      runs: [{ text: data.firstParty.positionTitle.toUpperCase(), bold: true }],
      align: 'center',
    },
    { kind: 'spacer', height: 3 },
    pkIndicatorTable(data),
    { kind: 'spacer', height: 3 },
    pkBudgetTable(data),
  ];
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', runs: [text], align: 'justify' };
}

/** The target as the PK prints it, with its satuan; a range as "lo – hi". */
export function pkTargetText(row: PkIndicatorData): string {
  if (row.targetHigh === null) return formatValueWithUnit(row, row.target);
  const lo = formatValueWithUnit({ ...row, unitLabel: '' }, row.target);
  return `${lo} – ${formatValueWithUnit(row, row.targetHigh)}`;
}

/** Annex table 1: No | Sasaran | Indikator Kinerja | Target, a sasaran's cell spanning its indicators. */
export function pkIndicatorTable(data: PerjanjianKinerjaData, caption?: string): Block {
  const rows: Cell[][] = [];
  let n = 0;
  for (let k = 0; k < data.indicators.length; ) {
    const sasaran = data.indicators[k]!.sasaran;
    let span = 1;
    while (k + span < data.indicators.length && data.indicators[k + span]!.sasaran === sasaran) span++;
    n++;
    for (let j = 0; j < span; j++) {
      const row = data.indicators[k + j]!;
      rows.push([
        ...(j === 0
          ? [centerCell(String(n), { rowSpan: span }), textCell(sasaran ?? '-', { rowSpan: span })]
          : []),
        textCell(row.name),
        centerCell(pkTargetText(row)),
      ]);
    }
    k += span;
  }
  if (rows.length === 0)
    rows.push([centerCell('-'), textCell('Belum ada indikator kinerja.', { colSpan: 3 })]);
  return {
    kind: 'table',
    ...(caption ? { caption } : {}),
    columns: [{ width: 6 }, { width: 36 }, { width: 40 }, { width: 18 }],
    header: [
      [headerCell('No'), headerCell('Sasaran'), headerCell('Indikator Kinerja'), headerCell('Target')],
    ],
    rows,
  };
}

/** Annex table 2: No | Program/Kegiatan/Sub Kegiatan | Anggaran (Rp) | Ket., with the total. */
export function pkBudgetTable(data: PerjanjianKinerjaData, caption?: string): Block {
  const rows: Cell[][] = data.budget.map((b, k) => [
    centerCell(String(k + 1)),
    textCell(nodeLabel(b)),
    numberCell(formatNumberId(b.pagu, 0)),
    textCell(b.note ?? ''),
  ]);
  if (rows.length === 0) rows.push([centerCell('-'), textCell('Belum ada anggaran.', { colSpan: 3 })]);
  else {
    const total = data.budget.reduce((sum, b) => sum.plus(b.pagu), new AchievementDecimal(0));
    rows.push([
      boldCell('Jumlah', 'center', { colSpan: 2, fill: TOTAL_FILL }),
      numberCell(formatNumberId(total, 0), { bold: true, fill: TOTAL_FILL }),
      textCell('', { fill: TOTAL_FILL }),
    ]);
  }
  return {
    kind: 'table',
    ...(caption ? { caption } : {}),
    columns: [{ width: 6 }, { width: 58 }, { width: 22 }, { width: 14 }],
    header: [
      [
        headerCell('No'),
        headerCell('Program/Kegiatan/Sub Kegiatan'),
        headerCell('Anggaran (Rp)'),
        headerCell('Ket.'),
      ],
    ],
    rows,
  };
}

/**
 * What the PK lacks: no indicators, no budget, nobody holding the first party's position (or the
 * second party's, when it is a position of the agency) on the PK date.
 */
export function findMissingPerjanjianKinerjaData(data: PerjanjianKinerjaData): MissingData[] {
  const missing: MissingData[] = [];
  const where = `Perjanjian Kinerja ${data.year} ${data.firstParty.positionTitle}`;
  if (data.indicators.length === 0)
    missing.push({
      what: {
        id: 'Perjanjian Kinerja belum memuat indikator kinerja beserta targetnya.',
        en: 'The performance agreement lists no indicators with targets.',
      },
      where,
    });
  if (data.budget.length === 0)
    missing.push({
      what: {
        id: `Anggaran program/kegiatan tahun ${data.year} untuk jabatan ini belum diisi.`,
        en: `No ${data.year} program/activity budget for this position.`,
      },
      where,
    });
  const vacant = (official: Official, role: { id: string; en: string }) =>
    missing.push({
      what: {
        id: `Tidak ada pejabat (definitif, Plt. atau Plh.) yang memangku jabatan ${official.positionTitle} pada ${formatDateId(data.date)} (${role.id}).`,
        en: `Nobody (definitive or acting) holds ${official.positionTitle} on ${data.date} (${role.en}).`,
      },
      where: official.positionTitle,
    });
  if (data.firstParty.name === null) vacant(data.firstParty, { id: 'pihak pertama', en: 'first party' });
  if (data.secondParty.name === null && !data.secondPartyExternal)
    vacant(data.secondParty, { id: 'pihak kedua', en: 'second party' });
  return missing;
}
