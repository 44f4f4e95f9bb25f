import type ExcelJS from 'exceljs';
import { AGGREGATION_NAMES, POLARITY_NAMES } from './realisation-xlsx-layout';
import {
  type CellValue,
  canonicalDecimal,
  cellProblem,
  cellString,
  checkHeadings,
  formulaProblems,
  isEmptyRow,
  NUMBER_HINT,
  openImportWorkbook,
  problemAt,
  readCell,
  splitRange,
  type WorkbookPlace,
  type WorkbookProblem,
  WorkbookRejected,
} from './workbook-problems';

/**
 * The layout `writeRenstraXlsx` writes, read back: sheet "Renstra", title in A1
 * ("RENCANA STRATEGIS 2025–2029"), agency in A2, "Visi: …" in A3, headings in row 5 — one column per
 * level of the cascade (Tujuan, Sasaran, …), then the fixed columns, a "Target <year>" column per
 * year of the period and "Kondisi akhir" —, one indicator per row from row 6.
 *
 * An optional sheet "Pendanaan" carries the indicative funding (pagu indikatif) of programs,
 * kegiatan and sub kegiatan per year: title in A1, headings in row 5 ("Kode", "Program/Kegiatan",
 * "Pagu indikatif <year>" per year), one node per row from row 6.
 */
export const RENSTRA_SHEET_NAME = 'Renstra';
export const RENSTRA_FUNDING_SHEET_NAME = 'Pendanaan';
export const RENSTRA_HEADER_ROW = 5;
const FIRST_DATA_ROW = RENSTRA_HEADER_ROW + 1;

export type PlanNodeKind = 'tujuan' | 'sasaran' | 'program' | 'kegiatan' | 'sub_kegiatan';
export type Polarity = 'positive' | 'negative' | 'range' | 'qualitative';
export type Aggregation = 'cumulative' | 'last' | 'average';

const KIND_HEADINGS: Record<string, PlanNodeKind> = {
  tujuan: 'tujuan',
  sasaran: 'sasaran',
  program: 'program',
  kegiatan: 'kegiatan',
  'sub kegiatan': 'sub_kegiatan',
};
/** The cascade below a root: a Renstra starts at a tujuan, or (supporting programs) at a program. */
const CHAIN: Record<'tujuan' | 'program', PlanNodeKind[]> = {
  tujuan: ['tujuan', 'sasaran', 'program', 'kegiatan', 'sub_kegiatan'],
  program: ['program', 'kegiatan', 'sub_kegiatan'],
};
/** SIPD program codes (urusan.bidang.program): `3.29.01`, `X.XX.01`. */
const PROGRAM_CODE = /^[\dX]{1,2}\.[\dX]{2}\.\d{2}$/i;

const FIXED = [
  'Kode',
  'Indikator',
  'Satuan',
  'Polaritas',
  'Sifat',
  'IKU',
  'Penanggung jawab',
  'Kondisi awal',
] as const;

export interface RenstraWorkbookNode {
  kind: PlanNodeKind;
  code: string;
  name: string;
  parentCode: string | null;
  /** Where the node first appears, for messages. */
  place: WorkbookPlace;
}

export interface RenstraWorkbookRow {
  row: number;
  /** Tujuan → sasaran → …, as in the table the export writes. */
  path: { kind: PlanNodeKind; code: string; name: string }[];
  code: string;
  name: string;
  unitLabel: string;
  polarity: Polarity;
  aggregation: Aggregation;
  isIku: boolean;
  /** The responsible unit's name as written; the service finds the unit. */
  unitName: string | null;
  /** Canonical decimal text, or free text for a qualitative indicator. */
  baselineValue: string | null;
  targets: { year: number; value: string; valueHigh: string | null }[];
  finalTarget: string | null;
}

export interface RenstraWorkbookFunding {
  code: string;
  name: string;
  place: WorkbookPlace;
  amounts: { year: number; amount: string }[];
}

export interface RenstraWorkbook {
  fileName: string;
  startYear: number;
  endYear: number;
  years: number[];
  visi: string | null;
  /** Every node named in the path columns, in order of first appearance. */
  nodes: RenstraWorkbookNode[];
  /** The indicator rows that read without a problem. */
  rows: RenstraWorkbookRow[];
  /** Every indicator code written in the sheet, also on rows with problems (so none is taken as removed). */
  codes: string[];
  /** Null when the workbook has no "Pendanaan" sheet (funding is then left as it is). */
  funding: RenstraWorkbookFunding[] | null;
  /** Where a column of an indicator row is, for the service's own messages. */
  placeOf(row: number, column: RenstraColumn, year?: number): WorkbookPlace;
  titlePlace: WorkbookPlace;
}

export type RenstraColumn =
  | 'path'
  | 'code'
  | 'unitName'
  | 'polarity'
  | 'aggregation'
  | 'baseline'
  | 'target'
  | 'final';

export interface RenstraWorkbookRead {
  workbook: RenstraWorkbook;
  /** Problems in cells; the workbook's structure itself was readable. */
  problems: WorkbookProblem[];
}

const POLARITY_BY_NAME = lookup<Polarity>(POLARITY_NAMES);
const AGGREGATION_BY_NAME = lookup<Aggregation>(AGGREGATION_NAMES);

type PlainValue = Exclude<CellValue, { kind: 'problem' }>;

function lookup<T extends string>(names: Record<string, string>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, name] of Object.entries(names)) {
    map.set(name.toLowerCase(), value as T);
    map.set(value.toLowerCase(), value as T);
  }
  return map;
}

/**
 * Reads a Renstra workbook in the layout of `writeRenstraXlsx`. A file that cannot be opened, or
 * whose structure changed (sheets, title, headings), throws `WorkbookRejected` at once; problems in
 * cells (text in a number cell, an unknown polarity, a duplicate code, a formula, …) are all
 * collected and returned with the rows that did read, so the service can add its own and list
 * everything together. Values come back canonical; nothing is looked up in a database here.
 */
export async function readRenstraXlsx(buffer: Buffer, fileName: string): Promise<RenstraWorkbookRead> {
  const workbook = await openImportWorkbook(buffer, fileName, {
    id: 'Unggah tabel Renstra dalam format XLSX yang diunduh dari Alur.',
    en: 'Upload the Renstra table as the XLSX downloaded from Alur.',
  });
  const structure: WorkbookProblem[] = [];
  for (const ws of workbook.worksheets)
    if (ws.name !== RENSTRA_SHEET_NAME && ws.name !== RENSTRA_FUNDING_SHEET_NAME)
      structure.push(
        problemAt(
          { sheet: ws.name },
          `Lembar tambahan tidak dikenal; hapus lembar ini (format berisi lembar "${RENSTRA_SHEET_NAME}" dan, bila ada, "${RENSTRA_FUNDING_SHEET_NAME}").`,
          `Unknown extra sheet; remove it (the format holds the "${RENSTRA_SHEET_NAME}" sheet and optionally "${RENSTRA_FUNDING_SHEET_NAME}").`,
        ),
      );
  const sheet = workbook.getWorksheet(RENSTRA_SHEET_NAME);
  if (!sheet) {
    structure.push(
      problemAt(
        {},
        `Lembar "${RENSTRA_SHEET_NAME}" tidak ada (namanya diubah atau dihapus).`,
        `The "${RENSTRA_SHEET_NAME}" sheet is missing (renamed or deleted).`,
      ),
    );
    throw new WorkbookRejected(fileName, structure);
  }

  // Headings: the path columns up to "Kode", the fixed ones, a target per year, "Kondisi akhir".
  const header = sheet.getRow(RENSTRA_HEADER_ROW);
  const headings: string[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) headings.push(cellString(header.getCell(c)));
  const codeIndex = headings.findIndex((h) => h.toLowerCase() === 'kode');
  if (codeIndex < 1) {
    structure.push(
      problemAt(
        { sheet: sheet.name, row: RENSTRA_HEADER_ROW },
        'Baris 5 harus berisi judul kolom format Renstra (Tujuan, Sasaran, …, Kode, Indikator, …); judul kolom "Kode" atau kolom jenjang (Tujuan/Sasaran/Program) tidak ditemukan.',
        'Row 5 must hold the Renstra format headings (Tujuan, Sasaran, …, Kode, Indikator, …); the "Kode" heading or the level columns (Tujuan/Sasaran/Program) were not found.',
      ),
    );
    throw new WorkbookRejected(fileName, structure);
  }
  const depth = codeIndex;
  for (let c = 0; c < depth; c++) {
    const h = headings[c]!.toLowerCase();
    if (!KIND_HEADINGS[h] && !/^tingkat \d+$/.test(h))
      structure.push(
        problemAt(
          { sheet: sheet.name, row: RENSTRA_HEADER_ROW, column: c + 1, columnName: headings[c] || undefined },
          `Kolom jenjang seharusnya berjudul Tujuan, Sasaran, Program, Kegiatan atau Sub Kegiatan, tertulis "${headings[c]}".`,
          `A level column should be headed Tujuan, Sasaran, Program, Kegiatan or Sub Kegiatan, found "${headings[c]}".`,
        ),
      );
  }
  const yearHeadings = headings.slice(depth + 1).filter((h) => /^target \d{4}$/i.test(h));
  const years = yearHeadings.map((h) => Number(h.slice(-4)));
  const startYear = years[0] ?? 0;
  const expectedYears = years.map((_, k) => startYear + k);
  const yearsOk = years.length >= 1 && years.length <= 10 && years.every((y, k) => y === expectedYears[k]);
  if (!yearsOk)
    structure.push(
      problemAt(
        {
          sheet: sheet.name,
          row: RENSTRA_HEADER_ROW,
          column: depth + FIXED.length + 1,
          columnName: 'Target',
        },
        'Kolom target harus berurutan satu per tahun periode Renstra ("Target 2025", "Target 2026", …), 1 sampai 10 tahun.',
        'The target columns must follow one per year of the Renstra period ("Target 2025", "Target 2026", …), 1 to 10 years.',
      ),
    );
  const expected = [
    ...headings.slice(0, depth),
    ...FIXED,
    ...(yearsOk ? years.map((y) => `Target ${y}`) : yearHeadings),
    'Kondisi akhir',
  ];
  structure.push(...checkHeadings(sheet, RENSTRA_HEADER_ROW, expected));
  const endYear = years[years.length - 1] ?? 0;
  const title = cellString(sheet.getCell('A1'));
  const titlePlace: WorkbookPlace = { sheet: sheet.name, row: 1, column: 1, columnName: 'Judul' };
  const period = /^RENCANA STRATEGIS\s+(\d{4})\s*[–—-]\s*(\d{4})$/i.exec(title);
  if (yearsOk && (!period || Number(period[1]) !== startYear || Number(period[2]) !== endYear))
    structure.push(
      problemAt(
        titlePlace,
        `Judul seharusnya "RENCANA STRATEGIS ${startYear}–${endYear}" sesuai kolom target, tertulis "${title}".`,
        `The title should read "RENCANA STRATEGIS ${startYear}–${endYear}" as the target columns say, found "${title}".`,
      ),
    );
  if (structure.length > 0) throw new WorkbookRejected(fileName, structure);

  const problems: WorkbookProblem[] = formulaProblems(sheet, FIRST_DATA_ROW, expected);
  const visiText = cellString(sheet.getCell('A3'));
  const visi = visiText.replace(/^visi\s*:\s*/i, '').trim() || null;
  const col = {
    code: depth + 1,
    name: depth + 2,
    unitLabel: depth + 3,
    polarity: depth + 4,
    aggregation: depth + 5,
    iku: depth + 6,
    unitName: depth + 7,
    baseline: depth + 8,
    target: (year: number) => depth + 9 + (year - startYear),
    final: depth + 9 + years.length,
  };
  const at = (row: number, column: number): WorkbookPlace => ({
    sheet: sheet.name,
    row,
    column,
    columnName: expected[column - 1],
  });
  /** A cell's value; merged cells and error values are problems (formulas were listed above). */
  const value = (row: ExcelJS.Row, column: number): PlainValue | null => {
    const read = readCell(row.getCell(column));
    if (read.kind !== 'problem') return read;
    if (read.problem !== 'formula') problems.push(cellProblem(at(row.number, column), read.problem));
    return null;
  };
  const text = (row: ExcelJS.Row, column: number): string | null => {
    const read = value(row, column);
    if (!read) return null;
    if (read.kind === 'number') return String(read.value);
    return read.kind === 'text' ? read.text : '';
  };

  const nodes = new Map<string, RenstraWorkbookNode>();
  const rows: RenstraWorkbookRow[] = [];
  const codes: string[] = [];
  const firstRowOf = new Map<string, number>();
  for (let r = FIRST_DATA_ROW; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (isEmptyRow(row)) continue;
    const before = problems.length;
    const code = text(row, col.code);
    if (code === '') {
      problems.push(
        problemAt(
          at(r, col.code),
          'Kode indikator wajib diisi (setiap baris adalah satu indikator).',
          'The indicator code is required (every row is one indicator).',
        ),
      );
    } else if (code !== null) {
      codes.push(code);
      const first = firstRowOf.get(code);
      if (first !== undefined)
        problems.push(
          problemAt(
            at(r, col.code),
            `Kode indikator ${code} sudah dipakai di baris ${first}; kode indikator harus unik.`,
            `Indicator code ${code} is already used on row ${first}; indicator codes must be unique.`,
          ),
        );
      else firstRowOf.set(code, r);
    }

    // The path: "code name" per level, without gaps, kinds following the cascade.
    const path: { kind: PlanNodeKind; code: string; name: string }[] = [];
    let chain: PlanNodeKind[] | null = null;
    let gap = false;
    for (let d = 0; d < depth; d++) {
      const cellText = text(row, d + 1);
      if (cellText === null) {
        gap = true;
        continue;
      }
      if (cellText === '') {
        gap = true;
        continue;
      }
      const place = at(r, d + 1);
      if (gap) {
        problems.push(
          problemAt(
            place,
            'Jenjang di kiri sel ini kosong; isi jenjang dari kiri tanpa sel kosong di antaranya.',
            'A level to the left of this cell is empty; fill the levels from the left without gaps.',
          ),
        );
        break;
      }
      const match = /^(\S+)\s+(.+)$/.exec(cellText);
      if (!match) {
        problems.push(
          problemAt(
            place,
            `Tulis kode lalu nama, dipisah spasi (mis. "S1 Meningkatnya …"); tertulis "${cellText}".`,
            `Write the code then the name, separated by a space (e.g. "S1 Meningkatnya …"); found "${cellText}".`,
          ),
        );
        break;
      }
      const nodeCode = match[1]!;
      const nodeName = match[2]!.trim();
      if (!chain) {
        const heading = KIND_HEADINGS[expected[0]!.toLowerCase()];
        chain = CHAIN[heading === 'program' || PROGRAM_CODE.test(nodeCode) ? 'program' : 'tujuan'];
      }
      const kind = chain[d];
      if (!kind) {
        problems.push(
          problemAt(
            place,
            'Jenjang terlalu dalam: di bawah Program hanya ada Kegiatan lalu Sub Kegiatan.',
            'Too many levels: below a Program come only Kegiatan, then Sub Kegiatan.',
          ),
        );
        break;
      }
      const parentCode = path[path.length - 1]?.code ?? null;
      const known = nodes.get(nodeCode);
      if (!known) nodes.set(nodeCode, { kind, code: nodeCode, name: nodeName, parentCode, place });
      else if (known.name !== nodeName || known.parentCode !== parentCode || known.kind !== kind) {
        const where = `baris ${known.place.row}`;
        problems.push(
          problemAt(
            place,
            known.name !== nodeName
              ? `Kode ${nodeCode} sudah dipakai untuk "${known.name}" di ${where}; satu kode satu nama.`
              : `${nodeCode} di ${where} berada di bawah ${known.parentCode ?? 'Renstra langsung'}, di sini di bawah ${parentCode ?? 'Renstra langsung'}; satu simpul hanya punya satu induk.`,
            known.name !== nodeName
              ? `Code ${nodeCode} is already used for "${known.name}" on row ${known.place.row}; one code, one name.`
              : `${nodeCode} sits under ${known.parentCode ?? 'the Renstra itself'} on row ${known.place.row} but under ${parentCode ?? 'the Renstra itself'} here; a node has one parent.`,
          ),
        );
        break;
      }
      path.push({ kind, code: nodeCode, name: nodeName });
    }
    if (path.length === 0 && problems.length === before)
      problems.push(
        problemAt(
          at(r, 1),
          'Indikator tanpa jenjang: isi setidaknya kolom pertama (mis. "T1 Meningkatnya …").',
          'An indicator without a level: fill at least the first column (e.g. "T1 Meningkatnya …").',
        ),
      );

    const name = text(row, col.name);
    if (name === '')
      problems.push(
        problemAt(at(r, col.name), 'Nama indikator wajib diisi.', 'The indicator name is required.'),
      );
    const unitLabel = text(row, col.unitLabel);
    if (unitLabel === '')
      problems.push(
        problemAt(
          at(r, col.unitLabel),
          'Satuan wajib diisi (mis. %, unit, dokumen).',
          'The unit (satuan) is required.',
        ),
      );
    const polarityText = text(row, col.polarity);
    const polarity = polarityText ? POLARITY_BY_NAME.get(polarityText.toLowerCase()) : undefined;
    if (polarityText !== null && !polarity)
      problems.push(
        problemAt(
          at(r, col.polarity),
          polarityText
            ? `Polaritas "${polarityText}" tidak dikenal; pilih Positif, Negatif, Rentang atau Kualitatif.`
            : 'Polaritas wajib diisi: Positif, Negatif, Rentang atau Kualitatif.',
          polarityText
            ? `Unknown polarity "${polarityText}"; use Positif, Negatif, Rentang or Kualitatif.`
            : 'The polarity is required: Positif, Negatif, Rentang or Kualitatif.',
        ),
      );
    const aggregationText = text(row, col.aggregation);
    const aggregation = aggregationText ? AGGREGATION_BY_NAME.get(aggregationText.toLowerCase()) : undefined;
    if (aggregationText !== null && !aggregation)
      problems.push(
        problemAt(
          at(r, col.aggregation),
          aggregationText
            ? `Sifat "${aggregationText}" tidak dikenal; pilih Kumulatif, Nilai akhir atau Rata-rata.`
            : 'Sifat wajib diisi: Kumulatif, Nilai akhir atau Rata-rata.',
          aggregationText
            ? `Unknown aggregation "${aggregationText}"; use Kumulatif, Nilai akhir or Rata-rata.`
            : 'The aggregation is required: Kumulatif, Nilai akhir or Rata-rata.',
        ),
      );
    const ikuText = (text(row, col.iku) ?? '').toLowerCase();
    if (!['', 'ya', 'tidak', 'y', 't'].includes(ikuText))
      problems.push(
        problemAt(
          at(r, col.iku),
          `Kolom IKU diisi "Ya" atau dikosongkan; tertulis "${ikuText}".`,
          `The IKU column holds "Ya" or nothing; found "${ikuText}".`,
        ),
      );
    const unitName = text(row, col.unitName) || null;

    const qualitative = polarity === 'qualitative';
    /** A numeric cell (or free text for a qualitative indicator); empty → null. */
    const amount = (column: number, label: { id: string; en: string }): string | null => {
      const read = value(row, column);
      if (!read || read.kind === 'empty') return null;
      const shown = read.kind === 'number' ? String(read.value) : read.text;
      if (qualitative) return shown;
      const canonical = read.kind === 'number' ? canonicalDecimal(read.value) : canonicalDecimal(read.text);
      if (canonical === null) {
        problems.push(
          problemAt(
            at(r, column),
            `${label.id} berisi teks "${shown}"; ${NUMBER_HINT.id}.`,
            `${label.en} holds text "${shown}"; ${NUMBER_HINT.en}.`,
          ),
        );
      }
      return canonical;
    };
    const baselineValue = polarity ? amount(col.baseline, { id: 'Kondisi awal', en: 'The baseline' }) : null;
    const targets: RenstraWorkbookRow['targets'] = [];
    if (polarity)
      for (const year of years) {
        const column = col.target(year);
        if (polarity !== 'range') {
          const v = amount(column, { id: `Target ${year}`, en: `Target ${year}` });
          if (v !== null) targets.push({ year, value: v, valueHigh: null });
          continue;
        }
        const read = value(row, column);
        if (!read || read.kind === 'empty') continue;
        const range = read.kind === 'text' ? splitRange(read.text) : null;
        if (!range || Number(range.high) < Number(range.low)) {
          const shown = read.kind === 'text' ? read.text : read.kind === 'number' ? String(read.value) : '';
          problems.push(
            problemAt(
              at(r, column),
              `Target rentang ditulis "batas bawah–batas atas" dengan batas atas tidak kurang dari batas bawah (mis. "80–90"); tertulis "${shown}".`,
              `A range target is written "low–high" with high not below low (e.g. "80–90"); found "${shown}".`,
            ),
          );
          continue;
        }
        targets.push({ year, value: range.low, valueHigh: range.high });
      }
    const finalTarget = polarity ? amount(col.final, { id: 'Kondisi akhir', en: 'The final target' }) : null;

    if (problems.length > before || !code || !name || !unitLabel || !polarity || !aggregation) continue;
    rows.push({
      row: r,
      path,
      code,
      name,
      unitLabel,
      polarity,
      aggregation,
      isIku: ikuText === 'ya' || ikuText === 'y',
      unitName,
      baselineValue,
      targets,
      finalTarget,
    });
  }
  if (codes.length === 0 && problems.length === 0)
    problems.push(
      problemAt(
        { sheet: sheet.name, row: FIRST_DATA_ROW },
        'Tabel Renstra tidak berisi indikator; isi satu indikator per baris mulai baris 6.',
        'The Renstra table holds no indicator; write one indicator per row from row 6.',
      ),
    );

  const funding = readFunding(workbook, years, problems);
  return {
    workbook: {
      fileName,
      startYear,
      endYear,
      years,
      visi,
      nodes: [...nodes.values()],
      rows,
      codes,
      funding,
      placeOf: (row, column, year) =>
        at(
          row,
          column === 'target'
            ? col.target(year ?? startYear)
            : {
                path: 1,
                code: col.code,
                unitName: col.unitName,
                polarity: col.polarity,
                aggregation: col.aggregation,
                baseline: col.baseline,
                final: col.final,
              }[column],
        ),
      titlePlace,
    },
    problems,
  };
}

/** The optional "Pendanaan" sheet: pagu indikatif per node and year, never negative. */
function readFunding(
  workbook: ExcelJS.Workbook,
  years: number[],
  problems: WorkbookProblem[],
): RenstraWorkbookFunding[] | null {
  const sheet = workbook.getWorksheet(RENSTRA_FUNDING_SHEET_NAME);
  if (!sheet) return null;
  const expected = ['Kode', 'Program/Kegiatan', ...years.map((y) => `Pagu indikatif ${y}`)];
  const headingProblems = checkHeadings(sheet, RENSTRA_HEADER_ROW, expected);
  if (headingProblems.length > 0) {
    problems.push(...headingProblems);
    return [];
  }
  problems.push(...formulaProblems(sheet, FIRST_DATA_ROW, expected));
  const at = (row: number, column: number) => ({
    sheet: sheet.name,
    row,
    column,
    columnName: expected[column - 1],
  });
  const out: RenstraWorkbookFunding[] = [];
  const seen = new Map<string, number>();
  for (let r = FIRST_DATA_ROW; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (isEmptyRow(row)) continue;
    const code = cellString(row.getCell(1));
    if (!code) {
      problems.push(
        problemAt(at(r, 1), 'Kode program/kegiatan wajib diisi.', 'The program/kegiatan code is required.'),
      );
      continue;
    }
    if (seen.has(code)) {
      problems.push(
        problemAt(
          at(r, 1),
          `Kode ${code} sudah ada di baris ${seen.get(code)}; satu baris per program/kegiatan.`,
          `Code ${code} is already on row ${seen.get(code)}; one row per program/kegiatan.`,
        ),
      );
      continue;
    }
    seen.set(code, r);
    const amounts: RenstraWorkbookFunding['amounts'] = [];
    let bad = false;
    years.forEach((year, k) => {
      const column = 3 + k;
      const read = readCell(row.getCell(column));
      if (read.kind === 'empty') return;
      if (read.kind === 'problem') {
        if (read.problem !== 'formula') problems.push(cellProblem(at(r, column), read.problem));
        bad = true;
        return;
      }
      const canonical = read.kind === 'number' ? canonicalDecimal(read.value) : canonicalDecimal(read.text);
      if (canonical === null) {
        const shown = read.kind === 'text' ? read.text : String(read.value);
        problems.push(
          problemAt(
            at(r, column),
            `Pagu indikatif ${year} berisi teks "${shown}"; tulis rupiah sebagai angka tanpa titik ribuan.`,
            `The ${year} indicative budget holds text "${shown}"; write rupiah as a number without thousands separators.`,
          ),
        );
        bad = true;
        return;
      }
      if (canonical.startsWith('-')) {
        problems.push(
          problemAt(
            at(r, column),
            `Pagu indikatif ${year} tidak boleh negatif (tertulis ${canonical}).`,
            `The ${year} indicative budget must not be negative (found ${canonical}).`,
          ),
        );
        bad = true;
        return;
      }
      amounts.push({ year, amount: canonical });
    });
    if (!bad) out.push({ code, name: cellString(row.getCell(2)), place: at(r, 1), amounts });
  }
  return out;
}
