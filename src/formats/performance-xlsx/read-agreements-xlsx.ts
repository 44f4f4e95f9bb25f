import type ExcelJS from 'exceljs';
import { AGGREGATION_NAMES, QUARTER_ROMAN } from './realisation-xlsx-layout';
import {
  type CellValue,
  canonicalDecimal,
  cellProblem,
  cellString,
  checkHeadings,
  formulaProblems,
  isEmptyRow,
  openImportWorkbook,
  problemAt,
  readCell,
  type WorkbookPlace,
  type WorkbookProblem,
  WorkbookRejected,
} from './workbook-problems';

/**
 * The layout `writeAgreementXlsx` writes, read back: one sheet per PK named "PK <n> <title>" (title
 * "PERJANJIAN KINERJA TAHUN <year>" in A1, labels Tingkat/Nomor/Tanggal/Pihak pertama/Pihak kedua
 * in A4:A8 with their values in column C, headings in row 10, one indicator per row from row 11),
 * and a "Rencana Aksi" sheet (title "RENCANA AKSI TAHUN <year>", headings in row 4, one indicator
 * per row from row 5).
 */
export const AGREEMENT_SHEET_PREFIX = 'PK ';
export const ACTION_PLAN_SHEET_NAME = 'Rencana Aksi';
const INFO_LABELS = ['Tingkat', 'Nomor', 'Tanggal', 'Pihak pertama', 'Pihak kedua'] as const;
const INFO_FIRST_ROW = 4;
const INFO_VALUE_COLUMN = 3;
const PK_HEADER_ROW = 10;
const PK_HEADINGS = ['No', 'Kode', 'Indikator', 'Satuan', 'Target', 'Alasan target berbeda dari Renstra'];
const PLAN_HEADER_ROW = 4;
const PLAN_HEADINGS = [
  'No',
  'Kode',
  'Indikator',
  'Satuan',
  'Sifat',
  'Target tahunan',
  ...[1, 2, 3, 4].map((q) => `TW ${QUARTER_ROMAN[q]}`),
  'Alasan TW IV berbeda',
];

export type AgreementLevel = 'jpt_pratama' | 'administrator' | 'pengawas';
export type Aggregation = 'cumulative' | 'last' | 'average';

const LEVELS: Record<string, AgreementLevel> = {
  'jpt pratama': 'jpt_pratama',
  jpt_pratama: 'jpt_pratama',
  administrator: 'administrator',
  pengawas: 'pengawas',
};

/** A cell as the file holds it: a number (canonical decimal text), text, or nothing. */
export type RawValue = { kind: 'number'; text: string } | { kind: 'text'; text: string } | null;

/** A party as written: "Name — Title — NIP …", or only a title. */
export interface PartyText {
  text: string;
  /** The parts between " — ", without the NIP part: each may be the position's title. */
  parts: string[];
  /** The title as the export writes it: the part before the NIP, or the only/last part. */
  title: string;
  place: WorkbookPlace;
}

/**
 * One PK sheet. Every sheet is returned, also one with problems in its header cells (then `level`
 * or a party is null and the problem is listed), so its indicator rows are still checked.
 */
export interface AgreementSheet {
  sheet: string;
  level: AgreementLevel | null;
  number: string | null;
  signedOn: string | null;
  firstParty: PartyText | null;
  secondParty: PartyText | null;
  indicators: {
    row: number;
    code: string;
    target: NonNullable<RawValue>;
    reason: string | null;
    at: { code: WorkbookPlace; target: WorkbookPlace; reason: WorkbookPlace };
  }[];
}

export interface ActionPlanRow {
  row: number;
  code: string;
  aggregation: Aggregation;
  /** Undefined where the cell itself is a problem (a formula, a merged cell), already reported. */
  quarters: [RawValue | undefined, RawValue | undefined, RawValue | undefined, RawValue | undefined];
  reason: string | null;
  at: {
    code: WorkbookPlace;
    aggregation: WorkbookPlace;
    quarters: [WorkbookPlace, WorkbookPlace, WorkbookPlace, WorkbookPlace];
    reason: WorkbookPlace;
  };
}

export interface AgreementsWorkbook {
  fileName: string;
  year: number;
  agreements: AgreementSheet[];
  actionPlan: ActionPlanRow[];
  /** Every indicator code written on a PK sheet, also on sheets or rows with problems. */
  agreementCodes: Set<string>;
  titlePlace: WorkbookPlace;
}

export interface AgreementsWorkbookRead {
  workbook: AgreementsWorkbook;
  problems: WorkbookProblem[];
}

const AGGREGATION_BY_NAME = new Map<string, Aggregation>(
  Object.entries(AGGREGATION_NAMES).flatMap(([value, name]) => [
    [name.toLowerCase(), value as Aggregation],
    [value, value as Aggregation],
  ]),
);

/**
 * Reads a Perjanjian Kinerja workbook in the layout of `writeAgreementXlsx`. A file that cannot be
 * opened, or whose structure changed (unknown sheets, titles, labels, headings), throws
 * `WorkbookRejected`; problems in cells are collected and returned with what did read. Targets are
 * returned as the cells hold them: whether a cell must be a number depends on the indicator's
 * polarity, which the service knows.
 */
export async function readAgreementsXlsx(buffer: Buffer, fileName: string): Promise<AgreementsWorkbookRead> {
  const workbook = await openImportWorkbook(buffer, fileName, {
    id: 'Unggah Perjanjian Kinerja dalam format XLSX yang diunduh dari Alur.',
    en: 'Upload the performance agreements as the XLSX downloaded from Alur.',
  });
  const structure: WorkbookProblem[] = [];
  const pkSheets: ExcelJS.Worksheet[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.name.startsWith(AGREEMENT_SHEET_PREFIX)) pkSheets.push(ws);
    else if (ws.name !== ACTION_PLAN_SHEET_NAME)
      structure.push(
        problemAt(
          { sheet: ws.name },
          `Lembar tambahan tidak dikenal; hapus lembar ini. Lembar Perjanjian Kinerja bernama "PK <nomor> <jabatan>", ditambah satu lembar "${ACTION_PLAN_SHEET_NAME}".`,
          `Unknown extra sheet; remove it. Performance agreement sheets are named "PK <number> <title>", plus one "${ACTION_PLAN_SHEET_NAME}" sheet.`,
        ),
      );
  }
  if (pkSheets.length === 0)
    structure.push(
      problemAt(
        {},
        'Tidak ada lembar Perjanjian Kinerja (lembar bernama "PK 1 …").',
        'There is no performance agreement sheet (a sheet named "PK 1 …").',
      ),
    );
  const plan = workbook.getWorksheet(ACTION_PLAN_SHEET_NAME);
  if (!plan)
    structure.push(
      problemAt(
        {},
        `Lembar "${ACTION_PLAN_SHEET_NAME}" tidak ada (namanya diubah atau dihapus).`,
        `The "${ACTION_PLAN_SHEET_NAME}" sheet is missing (renamed or deleted).`,
      ),
    );

  // One year for the whole file, from each sheet's title.
  const years = new Set<number>();
  const titleYear = (ws: ExcelJS.Worksheet, prefix: string) => {
    const title = cellString(ws.getCell('A1'));
    const match = new RegExp(`^${prefix}\\s+(\\d{4})$`, 'i').exec(title);
    if (!match) {
      structure.push(
        problemAt(
          { sheet: ws.name, row: 1, column: 1, columnName: 'Judul' },
          `Judul seharusnya "${prefix} <tahun>", tertulis "${title}".`,
          `The title should read "${prefix} <year>", found "${title}".`,
        ),
      );
      return;
    }
    years.add(Number(match[1]));
  };
  for (const ws of pkSheets) {
    titleYear(ws, 'PERJANJIAN KINERJA TAHUN');
    INFO_LABELS.forEach((label, k) => {
      const got = cellString(ws.getCell(INFO_FIRST_ROW + k, 1));
      if (got.toLowerCase() !== label.toLowerCase())
        structure.push(
          problemAt(
            { sheet: ws.name, row: INFO_FIRST_ROW + k, column: 1, columnName: label },
            `Baris ${INFO_FIRST_ROW + k} seharusnya berlabel "${label}", tertulis "${got}"; baris disisipkan, dihapus atau diubah.`,
            `Row ${INFO_FIRST_ROW + k} should be labelled "${label}", found "${got}"; a row was inserted, removed or changed.`,
          ),
        );
    });
    structure.push(...checkHeadings(ws, PK_HEADER_ROW, PK_HEADINGS));
  }
  if (plan) {
    titleYear(plan, 'RENCANA AKSI TAHUN');
    structure.push(...checkHeadings(plan, PLAN_HEADER_ROW, PLAN_HEADINGS));
  }
  if (years.size > 1) {
    const list = [...years].sort().join(', ');
    structure.push(
      problemAt(
        {},
        `Semua lembar harus untuk tahun yang sama; berkas ini berisi tahun ${list}.`,
        `Every sheet must be for the same year; this file holds ${list}.`,
      ),
    );
  }
  if (structure.length > 0 || !plan) throw new WorkbookRejected(fileName, structure);
  const year = [...years][0]!;

  const problems: WorkbookProblem[] = [];
  const at = (ws: ExcelJS.Worksheet, row: number, column: number, headings: string[]): WorkbookPlace => ({
    sheet: ws.name,
    row,
    column,
    columnName: headings[column - 1],
  });
  const raw = (place: WorkbookPlace, cell: ExcelJS.Cell): RawValue | undefined => {
    const read: CellValue = readCell(cell);
    if (read.kind === 'problem') {
      if (read.problem !== 'formula') problems.push(cellProblem(place, read.problem));
      return undefined;
    }
    if (read.kind === 'empty') return null;
    if (read.kind === 'number')
      return { kind: 'number', text: canonicalDecimal(read.value) ?? String(read.value) };
    return { kind: 'text', text: read.text };
  };
  const text = (place: WorkbookPlace, cell: ExcelJS.Cell): string | null | undefined => {
    const v = raw(place, cell);
    return v === undefined ? undefined : v === null ? null : v.text;
  };

  const agreements: AgreementSheet[] = [];
  const agreementCodes = new Set<string>();
  for (const ws of pkSheets) {
    const before = problems.length;
    problems.push(...formulaProblems(ws, INFO_FIRST_ROW, []));
    const info = (k: number) => {
      const place = {
        sheet: ws.name,
        row: INFO_FIRST_ROW + k,
        column: INFO_VALUE_COLUMN,
        columnName: INFO_LABELS[k],
      };
      return { place, value: text(place, ws.getCell(INFO_FIRST_ROW + k, INFO_VALUE_COLUMN)) };
    };
    const levelCell = info(0);
    const level = levelCell.value ? LEVELS[levelCell.value.toLowerCase()] : undefined;
    if (levelCell.value !== undefined && !level)
      problems.push(
        problemAt(
          levelCell.place,
          `Tingkat "${levelCell.value ?? ''}" tidak dikenal; pilih JPT Pratama, Administrator atau Pengawas.`,
          `Unknown level "${levelCell.value ?? ''}"; use JPT Pratama, Administrator or Pengawas.`,
        ),
      );
    const numberCell = info(1);
    const dateCell = info(2);
    const dateRead = readCell(ws.getCell(INFO_FIRST_ROW + 2, INFO_VALUE_COLUMN));
    const signedOn =
      dateRead.kind === 'empty' ? null : isoDate(ws.getCell(INFO_FIRST_ROW + 2, INFO_VALUE_COLUMN));
    if (dateRead.kind !== 'empty' && dateRead.kind !== 'problem' && signedOn === null)
      problems.push(
        problemAt(
          dateCell.place,
          `Tanggal "${dateCell.value ?? ''}" tidak dapat dibaca; tulis TTTT-BB-HH (mis. 2026-01-31) atau HH/BB/TTTT.`,
          `Date "${dateCell.value ?? ''}" cannot be read; write YYYY-MM-DD (e.g. 2026-01-31) or DD/MM/YYYY.`,
        ),
      );
    const party = (k: number): PartyText | null => {
      const cell = info(k);
      if (cell.value === undefined) return null;
      if (!cell.value) {
        problems.push(
          problemAt(
            cell.place,
            `${INFO_LABELS[k]} wajib diisi dengan jabatannya.`,
            `${k === 3 ? 'The first party' : 'The second party'} is required: write the position title.`,
          ),
        );
        return null;
      }
      return partyText(cell.value, cell.place);
    };
    const firstParty = party(3);
    const secondParty = party(4);

    const indicators: AgreementSheet['indicators'] = [];
    const seen = new Map<string, number>();
    for (let r = PK_HEADER_ROW + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (isEmptyRow(row)) continue;
      const place = (c: number) => at(ws, r, c, PK_HEADINGS);
      const code = text(place(2), row.getCell(2));
      if (code) agreementCodes.add(code);
      const target = raw(place(5), row.getCell(5));
      const reason = text(place(6), row.getCell(6));
      if (code === undefined || target === undefined || reason === undefined) continue;
      if (!code) {
        problems.push(problemAt(place(2), 'Kode indikator wajib diisi.', 'The indicator code is required.'));
        continue;
      }
      if (seen.has(code)) {
        problems.push(
          problemAt(
            place(2),
            `Indikator ${code} sudah ada di baris ${seen.get(code)} PK ini; satu indikator sekali per PK.`,
            `Indicator ${code} is already on row ${seen.get(code)} of this PK; an indicator appears once per PK.`,
          ),
        );
        continue;
      }
      seen.set(code, r);
      if (target === null) {
        problems.push(
          problemAt(place(5), `Target ${code} wajib diisi.`, `The target of ${code} is required.`),
        );
        continue;
      }
      indicators.push({
        row: r,
        code,
        target,
        reason: reason || null,
        at: { code: place(2), target: place(5), reason: place(6) },
      });
    }
    if (indicators.length === 0 && problems.length === before)
      problems.push(
        problemAt(
          { sheet: ws.name, row: PK_HEADER_ROW + 1 },
          'PK ini tidak berisi indikator; isi satu indikator per baris mulai baris 11.',
          'This PK holds no indicator; write one indicator per row from row 11.',
        ),
      );
    agreements.push({
      sheet: ws.name,
      level: level ?? null,
      number: numberCell.value || null,
      signedOn,
      firstParty,
      secondParty,
      indicators,
    });
  }

  problems.push(...formulaProblems(plan, PLAN_HEADER_ROW + 1, PLAN_HEADINGS));
  const actionPlan: ActionPlanRow[] = [];
  const seen = new Map<string, number>();
  for (let r = PLAN_HEADER_ROW + 1; r <= plan.rowCount; r++) {
    const row = plan.getRow(r);
    if (isEmptyRow(row)) continue;
    const place = (c: number) => at(plan, r, c, PLAN_HEADINGS);
    const before = problems.length;
    const code = text(place(2), row.getCell(2));
    const aggregationText = text(place(5), row.getCell(5));
    const quarters = [7, 8, 9, 10].map((c) => raw(place(c), row.getCell(c)));
    const reason = text(place(11), row.getCell(11));
    if (code === '')
      problems.push(problemAt(place(2), 'Kode indikator wajib diisi.', 'The indicator code is required.'));
    else if (code && seen.has(code))
      problems.push(
        problemAt(
          place(2),
          `Indikator ${code} sudah ada di baris ${seen.get(code)}; satu baris per indikator.`,
          `Indicator ${code} is already on row ${seen.get(code)}; one row per indicator.`,
        ),
      );
    else if (code) seen.set(code, r);
    const aggregation = aggregationText ? AGGREGATION_BY_NAME.get(aggregationText.toLowerCase()) : undefined;
    if (aggregationText !== undefined && !aggregation)
      problems.push(
        problemAt(
          place(5),
          `Sifat "${aggregationText ?? ''}" tidak dikenal; pilih Kumulatif, Nilai akhir atau Rata-rata.`,
          `Unknown aggregation "${aggregationText ?? ''}"; use Kumulatif, Nilai akhir or Rata-rata.`,
        ),
      );
    if (problems.length > before || !code || !aggregation || reason === undefined) continue;
    actionPlan.push({
      row: r,
      code,
      aggregation,
      quarters: quarters as ActionPlanRow['quarters'],
      reason: reason || null,
      at: {
        code: place(2),
        aggregation: place(5),
        quarters: [place(7), place(8), place(9), place(10)],
        reason: place(11),
      },
    });
  }

  return {
    workbook: {
      fileName,
      year,
      agreements,
      actionPlan,
      agreementCodes,
      titlePlace: { sheet: pkSheets[0]!.name, row: 1, column: 1, columnName: 'Judul' },
    },
    problems,
  };
}

/** "Name — Title — NIP 1979…" (as exported), "Title" alone, or with " - " typed instead of the dash. */
function partyText(text: string, place: WorkbookPlace): PartyText {
  const all = text
    .split(/\s+[—–-]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const parts = all.filter((p) => !/^NIP\b/i.test(p));
  const nipAt = all.findIndex((p) => /^NIP\b/i.test(p));
  const title = (nipAt > 0 ? all[nipAt - 1] : parts[parts.length - 1]) ?? text.trim();
  return { text, parts: parts.length > 0 ? parts : [text.trim()], title, place };
}

/** A date cell, or text as YYYY-MM-DD or DD/MM/YYYY (DD-MM-YYYY), as `YYYY-MM-DD`; null when unreadable. */
function isoDate(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  const text = typeof v === 'string' ? v.trim() : cellString(cell);
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
