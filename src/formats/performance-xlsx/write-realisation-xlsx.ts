import ExcelJS from 'exceljs';
import {
  AGGREGATION_NAMES,
  FIRST_DATA_ROW,
  HEADER_ROW,
  POLARITY_NAMES,
  QUARTER_ROMAN,
  REALISATION_DATA_SHEET_NAME,
  REALISATION_FORMAT_ID,
  REALISATION_SHEET_NAME,
  realisationColumns,
  STATUS_NAMES,
} from './realisation-xlsx-layout';

export interface RealisationSheetRow {
  indicatorId: string;
  code: string;
  name: string;
  unitLabel: string;
  polarity: string;
  aggregation: string;
  /** The quarter's Rencana Aksi target (decimal text) or null. */
  target: string | null;
  /** Realisation of TW I … the quarter before, as stored (decimal text or qualitative text). */
  previous: (string | null)[];
  value: string | null;
  evidence: string | null;
  obstacles: string | null;
  actions: string | null;
  status: string | null;
  /** False when the quarter's realisation is submitted, verified or locked: its cells stay locked. */
  editable: boolean;
}

export interface RealisationSheetModel {
  agency: { id: string; name: string };
  unit: { id: string; name: string };
  year: number;
  quarter: number;
  rows: RealisationSheetRow[];
}

/**
 * The divisions' data-collection workbook ("format pengumpulan data") for one unit and quarter: a
 * protected sheet where only the realisation, evidence, obstacle and action cells of editable rows are
 * unlocked, numeric cells validated as decimals, and a very hidden sheet carrying the agency, unit,
 * year, quarter and indicator ids so `readRealisationXlsx` can match the upload.
 */
export async function writeRealisationXlsx(model: RealisationSheetModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alur';
  const sheet = workbook.addWorksheet(REALISATION_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 3 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  const columns = realisationColumns(model.quarter);
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const period = `TW ${QUARTER_ROMAN[model.quarter]} ${model.year}`;
  sheet.getCell('A1').value = 'FORMAT PENGUMPULAN DATA REALISASI KINERJA';
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const info: [string, string][] = [
    ['Instansi', model.agency.name],
    ['Unit', model.unit.name],
    ['Periode', period],
  ];
  info.forEach(([label, value], k) => {
    sheet.getCell(2 + k, 1).value = label;
    sheet.getCell(2 + k, 1).font = { bold: true };
    sheet.getCell(2 + k, 3).value = value;
  });
  sheet.getCell('A5').value =
    'Isi hanya sel berwarna kuning. Indikator kumulatif: isi jumlah triwulan ini saja (bukan akumulasi). ' +
    'Angka desimal dengan koma atau titik, tanpa pemisah ribuan. Jangan menambah, menghapus atau memindah baris, kolom dan lembar.';
  sheet.getCell('A5').font = { italic: true, size: 9 };

  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((c, k) => {
    const cell = header.getCell(k + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = BORDER;
  });

  model.rows.forEach((r, k) => {
    const row = sheet.getRow(FIRST_DATA_ROW + k);
    const qualitative = r.polarity === 'qualitative';
    columns.forEach((c, index) => {
      const cell = row.getCell(index + 1);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: c.role === 'name' || c.input };
      switch (c.role) {
        case 'no':
          cell.value = k + 1;
          break;
        case 'code':
          cell.value = r.code;
          break;
        case 'name':
          cell.value = r.name;
          break;
        case 'unitLabel':
          cell.value = r.unitLabel;
          break;
        case 'polarity':
          cell.value = POLARITY_NAMES[r.polarity] ?? r.polarity;
          break;
        case 'aggregation':
          cell.value = AGGREGATION_NAMES[r.aggregation] ?? r.aggregation;
          break;
        case 'target':
          cell.value = figure(r.target, qualitative);
          break;
        case 'previous':
          cell.value = figure(r.previous[(c.quarter ?? 1) - 1] ?? null, qualitative);
          break;
        case 'value':
          cell.value = figure(r.value, qualitative);
          break;
        case 'evidence':
          cell.value = r.evidence;
          break;
        case 'obstacles':
          cell.value = r.obstacles;
          break;
        case 'actions':
          cell.value = r.actions;
          break;
        case 'status':
          cell.value = r.status ? (STATUS_NAMES[r.status] ?? r.status) : 'Belum diisi';
          break;
      }
      if (c.input && r.editable) {
        cell.protection = { locked: false };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
        if (c.role === 'value' && !qualitative)
          cell.dataValidation = {
            type: 'decimal',
            operator: 'between',
            allowBlank: true,
            formulae: [-1e15, 1e15],
            showErrorMessage: true,
            errorTitle: 'Bukan angka',
            error: 'Realisasi harus berupa angka (desimal dengan koma atau titik).',
          };
      }
    });
  });

  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const data = workbook.addWorksheet(REALISATION_DATA_SHEET_NAME, { state: 'veryHidden' });
  data.addRows([
    ['format', REALISATION_FORMAT_ID],
    ['agency', model.agency.id],
    ['unit', model.unit.id],
    ['year', model.year],
    ['quarter', model.quarter],
    ['rows', model.rows.length],
    ['indicator_id', 'code', 'row'],
    ...model.rows.map((r, k) => [r.indicatorId, r.code, FIRST_DATA_ROW + k]),
  ]);
  await data.protect('', {});
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Numbers as numbers so spreadsheets can sum them; qualitative values as text. */
function figure(value: string | null, qualitative: boolean): string | number | null {
  if (value === null) return null;
  if (qualitative) return value;
  const n = Number(value);
  return Number.isFinite(n) && String(n) === value ? n : value;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF9CA3AF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
