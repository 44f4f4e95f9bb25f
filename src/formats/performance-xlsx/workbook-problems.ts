import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { DomainError, type FieldError, type LocalizedText } from '../../core/errors';
import { CELL_PROBLEMS, cellText } from '../sop-xlsx/xlsx-cell-text';
import { xlsxError } from '../sop-xlsx/xlsx-place';
import { columnLetter, MAX_REALISATION_XLSX_BYTES } from './realisation-xlsx-layout';

/**
 * What the Renstra and PK workbook readers share: where a problem is (sheet, row, column letter and
 * heading), the error that lists them all, opening a file safely and reading cells as values.
 */

/** A cell or a place in a workbook; `column` is 1-based. */
export interface WorkbookPlace {
  sheet?: string;
  row?: number;
  column?: number;
  /** The column's heading as the format writes it: `Target 2026`. */
  columnName?: string;
}

/** One reason a workbook is refused, placed as precisely as known. */
export interface WorkbookProblem {
  sheet: string | null;
  row: number | null;
  /** Column letter: `K`. */
  column: string | null;
  columnName: string | null;
  /** What is wrong and how to fix it, without the place (the place is in the fields above). */
  message: LocalizedText;
}

export function problemAt(place: WorkbookPlace, id: string, en: string): WorkbookProblem {
  return {
    sheet: place.sheet ?? null,
    row: place.row ?? null,
    column: place.column === undefined ? null : columnLetter(place.column),
    columnName: place.columnName ?? null,
    message: { id, en },
  };
}

/**
 * A workbook that was not accepted: every problem found, nothing changed. A `VALIDATION_FAILED`
 * (HTTP 422) whose fields also carry each problem as text with its place, so a client that only
 * knows the generic error shape still shows `renstra.xlsx, lembar "Renstra", baris 9, kolom L
 * (Target 2026): …`.
 */
export class WorkbookRejected extends DomainError {
  readonly problems: WorkbookProblem[];
  readonly fileName: string;

  constructor(fileName: string, unordered: WorkbookProblem[]) {
    const problems = inReadingOrder(unordered);
    super(
      'VALIDATION_FAILED',
      {
        id: `Berkas ${fileName} tidak diterima; tidak ada yang diubah. ${problems.length} masalah perlu diperbaiki, lalu unggah lagi.`,
        en: `File ${fileName} was not accepted; nothing was changed. ${problems.length} problem(s) to fix before uploading again.`,
      },
      problems.map((p) => asFieldError(fileName, p)),
    );
    this.name = 'WorkbookRejected';
    this.problems = problems;
    this.fileName = fileName;
  }
}

/** File-level problems first, then sheet by sheet (in order of first mention), row by row, column by column. */
function inReadingOrder(problems: WorkbookProblem[]): WorkbookProblem[] {
  const sheets: (string | null)[] = [];
  for (const p of problems) if (!sheets.includes(p.sheet)) sheets.push(p.sheet);
  const sheetRank = (p: WorkbookProblem) => (p.sheet === null ? -1 : sheets.indexOf(p.sheet));
  const columnRank = (p: WorkbookProblem) => (p.column === null ? 0 : columnNumber(p.column));
  return problems
    .map((p, k) => ({ p, k }))
    .sort(
      (a, b) =>
        sheetRank(a.p) - sheetRank(b.p) ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        columnRank(a.p) - columnRank(b.p) ||
        a.k - b.k,
    )
    .map(({ p }) => p);
}

function asFieldError(fileName: string, p: WorkbookProblem): FieldError {
  const column = p.column === null ? undefined : columnNumber(p.column);
  return xlsxError(
    {
      file: fileName,
      ...(p.sheet === null ? {} : { sheet: p.sheet }),
      ...(p.row === null ? {} : { row: p.row }),
      ...(column === undefined ? {} : { column }),
      ...(p.columnName === null ? {} : { columnName: p.columnName }),
    },
    p.message.id,
    p.message.en,
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The largest workbook accepted: the same limit as the divisions' realisation workbook. */
export const MAX_IMPORT_XLSX_BYTES = MAX_REALISATION_XLSX_BYTES;

/**
 * Opens an uploaded workbook, refusing before parsing a file above the size limit, one that is not
 * an XLSX (zip) archive, or a damaged one.
 */
export async function openImportWorkbook(
  buffer: Buffer,
  fileName: string,
  expected: LocalizedText,
): Promise<ExcelJS.Workbook> {
  const refuse = (id: string, en: string) =>
    new WorkbookRejected(fileName, [problemAt({}, `${id} ${expected.id}`, `${en} ${expected.en}`)]);
  if (buffer.length > MAX_IMPORT_XLSX_BYTES) {
    const mb = (buffer.length / 1024 / 1024).toFixed(1);
    const limit = MAX_IMPORT_XLSX_BYTES / 1024 / 1024;
    throw refuse(
      `Berkas ${mb} MB melebihi batas ${limit} MB.`,
      `The file is ${mb} MB, above the ${limit} MB limit.`,
    );
  }
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50)
    throw refuse(
      'Bukan berkas XLSX (isinya bukan arsip Excel; berkas .xls lama atau CSV harus disimpan ulang sebagai .xlsx).',
      'Not an XLSX file (the content is not an Excel archive; save an old .xls or a CSV as .xlsx first).',
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw refuse(`Berkas XLSX rusak (${detail}).`, `The XLSX file is damaged (${detail}).`);
  }
  return workbook;
}

/** A cell read as a value: empty, a number, text, or a problem (formula, merged cell, error value). */
export type CellValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'problem'; problem: keyof typeof CELL_PROBLEMS };

export function readCell(cell: ExcelJS.Cell): CellValue {
  if (!cell.isMerged && typeof cell.value === 'number')
    return Number.isFinite(cell.value)
      ? { kind: 'number', value: cell.value }
      : { kind: 'problem', problem: 'error' };
  const read = cellText(cell);
  if ('problem' in read) return { kind: 'problem', problem: read.problem };
  return read.text === '' ? { kind: 'empty' } : { kind: 'text', text: read.text };
}

export function cellProblem(place: WorkbookPlace, problem: keyof typeof CELL_PROBLEMS): WorkbookProblem {
  return problemAt(place, capitalise(CELL_PROBLEMS[problem].id), capitalise(CELL_PROBLEMS[problem].en));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text of a cell for comparing headings and labels; problems read as ''. */
export function cellString(cell: ExcelJS.Cell): string {
  const read = readCell(cell);
  if (read.kind === 'text') return read.text;
  if (read.kind === 'number') return String(read.value);
  return '';
}

// As the forms accept: digits with one '.' or ',' decimal mark, no thousands separators.
const DECIMAL_TEXT = /^-?\d+([.,]\d+)?$/;

/** A decimal in the canonical text the database stores (`97,70` → `97.7`), or null when not a number. */
export function canonicalDecimal(value: number | string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(value).toFixed() : null;
  const text = value.replace(/\s/g, '');
  return DECIMAL_TEXT.test(text) ? new Decimal(text.replace(',', '.')).toFixed() : null;
}

/** `"80–90"` (as the export writes a range), `"80 - 90"`, `"80—90"` → low and high, canonical. */
export function splitRange(text: string): { low: string; high: string } | null {
  const match = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:–|—|-|s\.?d\.?)\s*(-?\d+(?:[.,]\d+)?)\s*$/i.exec(text);
  if (!match) return null;
  const low = canonicalDecimal(match[1]!);
  const high = canonicalDecimal(match[2]!);
  return low === null || high === null ? null : { low, high };
}

export const NUMBER_HINT = {
  id: 'isi dengan angka (desimal dengan koma atau titik, tanpa pemisah ribuan)',
  en: 'write a number (decimal comma or point, no thousands separators)',
};

/**
 * Checks a heading row against the expected headings and names each difference once: a column
 * missing, renamed, moved, or an unknown one added. The rows are aligned on their longest common
 * run of headings, so one deleted column is one problem, not one per column after it.
 */
export function checkHeadings(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  expected: string[],
  firstColumn = 1,
): WorkbookProblem[] {
  const row = sheet.getRow(rowNumber);
  const found: string[] = [];
  for (let c = firstColumn; c <= Math.max(sheet.columnCount, firstColumn + expected.length - 1); c++)
    found.push(cellString(row.getCell(c)));
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const want = expected.map(norm);
  const got = found.map(norm);
  // Longest common subsequence of the two heading rows.
  const n = want.length;
  const m = got.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let k = n - 1; k >= 0; k--)
    for (let j = m - 1; j >= 0; j--)
      lcs[k]![j] = want[k] === got[j] ? lcs[k + 1]![j + 1]! + 1 : Math.max(lcs[k + 1]![j]!, lcs[k]![j + 1]!);
  const matchOf = new Array<number>(n).fill(-1);
  const used = new Array<boolean>(m).fill(false);
  for (let k = 0, j = 0; k < n && j < m; ) {
    if (want[k] === got[j]) {
      matchOf[k] = j;
      used[j] = true;
      k++;
      j++;
    } else if (lcs[k + 1]![j]! >= lcs[k]![j + 1]!) k++;
    else j++;
  }
  const problems: WorkbookProblem[] = [];
  const place = (j: number, columnName: string) => ({
    sheet: sheet.name,
    row: rowNumber,
    column: firstColumn + j,
    columnName,
  });
  for (let k = 0; k < n; k++) {
    if (matchOf[k]! >= 0) continue;
    const heading = expected[k]!;
    const before = Math.max(-1, ...matchOf.slice(0, k));
    const afterAll = matchOf.slice(k + 1).filter((j) => j >= 0);
    const after = afterAll.length > 0 ? Math.min(...afterAll) : m;
    const moved = got.findIndex((g, j) => !used[j] && g === want[k]);
    if (moved >= 0) {
      used[moved] = true;
      problems.push(
        problemAt(
          place(moved, heading),
          `Kolom "${heading}" seharusnya di kolom ${columnLetter(firstColumn + k)}, ditemukan di kolom ${columnLetter(firstColumn + moved)}; kembalikan urutan kolom seperti format.`,
          `Column "${heading}" belongs in column ${columnLetter(firstColumn + k)}, found in column ${columnLetter(firstColumn + moved)}; put the columns back in the format's order.`,
        ),
      );
      continue;
    }
    let renamed = -1;
    for (let j = before + 1; j < after && renamed < 0; j++)
      if (!used[j] && got[j] !== '' && !want.includes(got[j]!)) renamed = j;
    if (renamed >= 0) {
      used[renamed] = true;
      problems.push(
        problemAt(
          place(renamed, heading),
          `Judul kolom seharusnya "${heading}", tertulis "${found[renamed]}"; judul kolom diubah atau kolom diganti.`,
          `The column heading should be "${heading}", found "${found[renamed]}"; the heading was changed or the column replaced.`,
        ),
      );
      continue;
    }
    problems.push(
      problemAt(
        place(before + 1, heading),
        `Kolom "${heading}" tidak ada (seharusnya di kolom ${columnLetter(firstColumn + k)}); kolom atau judulnya dihapus.`,
        `Column "${heading}" is missing (it belongs in column ${columnLetter(firstColumn + k)}); the column or its heading was removed.`,
      ),
    );
  }
  for (let j = 0; j < m; j++)
    if (!used[j] && got[j] !== '')
      problems.push(
        problemAt(
          place(j, found[j]!),
          'Kolom tambahan tidak dikenal; hapus kolom ini.',
          'Unknown extra column; remove it.',
        ),
      );
  return problems;
}

/** Every formula in rows `from`..end of a sheet (formulas are never evaluated by the readers). */
export function formulaProblems(
  sheet: ExcelJS.Worksheet,
  from: number,
  headings: string[],
): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  for (let r = from; r <= sheet.rowCount; r++)
    sheet.getRow(r).eachCell((cell, c) => {
      const v = cell.value;
      if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v))
        problems.push(
          cellProblem(
            {
              sheet: sheet.name,
              row: r,
              column: c,
              ...(headings[c - 1] ? { columnName: headings[c - 1] } : {}),
            },
            'formula',
          ),
        );
    });
  return problems;
}

/** True when no cell of the row holds anything. */
export function isEmptyRow(row: ExcelJS.Row): boolean {
  let empty = true;
  row.eachCell((cell) => {
    const v = cell.value;
    if (v !== null && v !== undefined && String(typeof v === 'object' ? 'x' : v).trim() !== '') empty = false;
  });
  return empty;
}
