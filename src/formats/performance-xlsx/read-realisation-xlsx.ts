import ExcelJS from 'exceljs';
import { type FieldError, invalid } from '../../core/errors';
import { CELL_PROBLEMS, cellText } from '../sop-xlsx/xlsx-cell-text';
import { xlsxError } from '../sop-xlsx/xlsx-place';
import {
  type ColumnRole,
  FIRST_DATA_ROW,
  HEADER_ROW,
  MAX_REALISATION_XLSX_BYTES,
  REALISATION_DATA_SHEET_NAME,
  REALISATION_FORMAT_ID,
  REALISATION_SHEET_NAME,
  realisationColumns,
} from './realisation-xlsx-layout';

export interface RealisationUploadRow {
  /** Row number in the sheet, for messages. */
  row: number;
  indicatorId: string;
  code: string;
  /** As the cell holds it: a number, text, or null when empty. */
  value: number | string | null;
  evidence: string | null;
  obstacles: string | null;
  actions: string | null;
}

export interface RealisationUpload {
  fileName: string;
  agencyId: string;
  unitId: string;
  year: number;
  quarter: number;
  rows: RealisationUploadRow[];
  /** An error placed on a data cell: `data.xlsx, lembar "Realisasi", baris 9, kolom K (Realisasi TW IV): …`. */
  cellError(row: number, role: ColumnRole, id: string, en: string): FieldError;
}

const INPUT_ROLES = ['value', 'evidence', 'obstacles', 'actions'] as const;

/**
 * Reads a division's data-collection workbook written by `writeRealisationXlsx` and filled in. Checks
 * the structure — the hidden id sheet, no extra or missing sheets, the header of every column, each
 * indicator still on its row with its code, nothing typed below the last row — and the cells (no
 * formulas, merges or error values), and returns the raw inputs per row. Every problem found is
 * listed at once in a `VALIDATION_FAILED` error whose fields name file, sheet, row and column, in
 * Indonesian and English. Values are not interpreted here: the service checks numbers and states.
 */
export async function readRealisationXlsx(buffer: Buffer, fileName: string): Promise<RealisationUpload> {
  const fileProblem = (id: string, en: string) =>
    invalid([xlsxError({ file: fileName }, id, en)], {
      id: `Berkas ${fileName} tidak dapat dibaca sebagai format pengumpulan data realisasi; tidak ada yang diubah.`,
      en: `File ${fileName} cannot be read as a realisation data-collection workbook; nothing was changed.`,
    });
  if (buffer.length > MAX_REALISATION_XLSX_BYTES) {
    const mb = (buffer.length / 1024 / 1024).toFixed(1);
    throw fileProblem(
      `berkas ${mb} MB melebihi batas 12 MB.`,
      `the file is ${mb} MB, above the 12 MB limit.`,
    );
  }
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50)
    throw fileProblem(
      'bukan berkas XLSX (isi berkas bukan arsip zip Excel).',
      'not an XLSX file (the content is not an Excel zip archive).',
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw fileProblem(`berkas XLSX rusak (${detail}).`, `the XLSX file is damaged (${detail}).`);
  }
  const data = workbook.getWorksheet(REALISATION_DATA_SHEET_NAME);
  if (!data || String(data.getCell('B1').value ?? '') !== REALISATION_FORMAT_ID)
    throw fileProblem(
      'lembar data tersembunyi dari Alur tidak ada; unduh format pengumpulan data dari Alur lalu isi berkas itu.',
      "Alur's hidden data sheet is missing; download the data-collection workbook from Alur and fill in that file.",
    );
  const meta = {
    agencyId: String(data.getCell('B2').value ?? ''),
    unitId: String(data.getCell('B3').value ?? ''),
    year: Number(data.getCell('B4').value),
    quarter: Number(data.getCell('B5').value),
    count: Number(data.getCell('B6').value),
  };
  if (
    !meta.agencyId ||
    !meta.unitId ||
    !Number.isInteger(meta.year) ||
    !Number.isInteger(meta.quarter) ||
    meta.quarter < 1 ||
    meta.quarter > 4 ||
    !Number.isInteger(meta.count)
  )
    throw fileProblem(
      'lembar data tersembunyi dari Alur telah diubah.',
      "Alur's hidden data sheet was changed.",
    );
  const expected: { indicatorId: string; code: string; row: number }[] = [];
  for (let k = 0; k < meta.count; k++) {
    const r = data.getRow(8 + k);
    expected.push({
      indicatorId: String(r.getCell(1).value ?? ''),
      code: String(r.getCell(2).value ?? ''),
      row: Number(r.getCell(3).value),
    });
  }

  const errors: FieldError[] = [];
  for (const ws of workbook.worksheets)
    if (ws.name !== REALISATION_SHEET_NAME && ws.name !== REALISATION_DATA_SHEET_NAME)
      errors.push(
        xlsxError(
          { file: fileName, sheet: ws.name },
          'lembar tambahan tidak dikenal; hapus lembar ini (format hanya berisi lembar "Realisasi").',
          'unknown extra sheet; remove it (the workbook holds only the "Realisasi" sheet).',
        ),
      );
  const sheet = workbook.getWorksheet(REALISATION_SHEET_NAME);
  if (!sheet) {
    errors.push(
      xlsxError(
        { file: fileName },
        'lembar "Realisasi" tidak ada (namanya diubah atau dihapus).',
        'the "Realisasi" sheet is missing (renamed or deleted).',
      ),
    );
    throw invalid(errors, summary(fileName));
  }

  const columns = realisationColumns(meta.quarter);
  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((c, k) => {
    const read = cellText(header.getCell(k + 1));
    const got = 'text' in read ? read.text : '';
    if (got !== c.header)
      errors.push(
        xlsxError(
          { file: fileName, sheet: sheet.name, row: HEADER_ROW, column: k + 1, columnName: c.header },
          got
            ? `judul kolom seharusnya "${c.header}", tertulis "${got}"; kolom dipindah, dihapus atau diganti.`
            : `kolom "${c.header}" tidak ada; kolom dihapus atau dipindah.`,
          got
            ? `the column heading should be "${c.header}", found "${got}"; a column was moved, removed or replaced.`
            : `column "${c.header}" is missing; a column was removed or moved.`,
        ),
      );
  });
  for (let k = columns.length + 1; k <= Math.max(sheet.columnCount, columns.length); k++) {
    const read = cellText(header.getCell(k));
    if ('problem' in read || read.text !== '')
      errors.push(
        xlsxError(
          { file: fileName, sheet: sheet.name, row: HEADER_ROW, column: k },
          'kolom tambahan tidak dikenal; hapus kolom ini.',
          'unknown extra column; remove it.',
        ),
      );
  }
  if (errors.length > 0) throw invalid(errors, summary(fileName));

  const roleColumn = new Map<ColumnRole, number>();
  columns.forEach((c, k) => {
    if (!roleColumn.has(c.role)) roleColumn.set(c.role, k + 1);
  });
  const cellError = (row: number, role: ColumnRole, id: string, en: string) => {
    const column = roleColumn.get(role) ?? 1;
    return xlsxError(
      { file: fileName, sheet: REALISATION_SHEET_NAME, row, column, columnName: columns[column - 1]?.header },
      id,
      en,
    );
  };

  const rows: RealisationUploadRow[] = [];
  expected.forEach((e, k) => {
    const rowNumber = FIRST_DATA_ROW + k;
    const row = sheet.getRow(rowNumber);
    const codeRead = cellText(row.getCell(roleColumn.get('code')!));
    const code = 'text' in codeRead ? codeRead.text : '';
    if (e.row !== rowNumber || code !== e.code) {
      errors.push(
        cellError(
          rowNumber,
          'code',
          `baris ini seharusnya indikator ${e.code}, tertulis "${code}"; baris disisipkan, dihapus atau dipindah.`,
          `this row should hold indicator ${e.code}, found "${code}"; a row was inserted, removed or moved.`,
        ),
      );
      return;
    }
    const read: Partial<Record<(typeof INPUT_ROLES)[number], number | string | null>> = {};
    for (const role of INPUT_ROLES) {
      const cell = row.getCell(roleColumn.get(role)!);
      if (role === 'value' && typeof cell.value === 'number') {
        read.value = cell.value;
        continue;
      }
      const text = cellText(cell);
      if ('problem' in text) {
        errors.push(
          cellError(rowNumber, role, CELL_PROBLEMS[text.problem].id, CELL_PROBLEMS[text.problem].en),
        );
        continue;
      }
      read[role] = text.text === '' ? null : text.text;
    }
    rows.push({
      row: rowNumber,
      indicatorId: e.indicatorId,
      code: e.code,
      value: read.value ?? null,
      evidence: (read.evidence as string | null | undefined) ?? null,
      obstacles: (read.obstacles as string | null | undefined) ?? null,
      actions: (read.actions as string | null | undefined) ?? null,
    });
  });
  const last = FIRST_DATA_ROW + expected.length - 1;
  for (let r = last + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    let filled = false;
    row.eachCell((cell) => {
      if (cell.value !== null && cell.value !== undefined && String(cell.value).trim() !== '') filled = true;
    });
    if (filled)
      errors.push(
        cellError(
          r,
          'no',
          'baris tambahan di bawah daftar indikator; indikator baru ditambahkan di Alur, bukan di berkas.',
          'extra row below the indicator list; new indicators are added in Alur, not in the file.',
        ),
      );
  }
  if (errors.length > 0) throw invalid(errors, summary(fileName));
  return {
    fileName,
    agencyId: meta.agencyId,
    unitId: meta.unitId,
    year: meta.year,
    quarter: meta.quarter,
    rows,
    cellError,
  };
}

function summary(fileName: string) {
  return {
    id: `Berkas ${fileName} tidak diterima; tidak ada yang diubah. Perbaiki isian yang disebutkan lalu unggah lagi.`,
    en: `File ${fileName} was not accepted; nothing was changed. Fix the places listed and upload again.`,
  };
}
