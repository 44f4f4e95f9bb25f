import type ExcelJS from 'exceljs';

/** A decimal text as a number cell when it survives the round trip, else as text. */
export function number(value: string): number | string {
  const n = Number(value);
  return Number.isFinite(n) && String(n) === value ? n : value;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF9CA3AF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function writeHeader(sheet: ExcelJS.Worksheet, rowNumber: number, headers: string[]) {
  const row = sheet.getRow(rowNumber);
  headers.forEach((h, k) => {
    const cell = row.getCell(k + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = BORDER;
  });
}

export function writeRow(sheet: ExcelJS.Worksheet, rowNumber: number, values: (string | number | null)[]) {
  const row = sheet.getRow(rowNumber);
  values.forEach((v, k) => {
    const cell = row.getCell(k + 1);
    cell.value = v;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' && v.length > 20 };
  });
}
