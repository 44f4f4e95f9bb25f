import ExcelJS from 'exceljs';
import { formatNip } from '../../core/org/nip';
import type { SopDefinition, SopIdentity } from '../../core/sop';
import { decisionExits } from '../../core/sop';
import { writeKeterangan } from './keterangan-markers';
import { DATA_SHEET_NAME, IDENTITY_LABELS, SOP_SHEET_NAME, TABLE_HEADERS } from './sop-xlsx-layout';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP = { wrapText: true, vertical: 'top' as const };

/**
 * Writes an SOP as a workbook in the paper layout: sheet "SOP" with identity rows (label in column A,
 * value in B, lists one entry per line), then the flowchart table `No | Kegiatan | one column per
 * Pelaksana | Kelengkapan | Waktu | Output | Keterangan`, one row per step with an "X" in its lane,
 * further Mutu Baku rows of a step on rows with an empty No, and the flow and flags as Keterangan
 * markers (see `readKeterangan`). Sheet "Data Alur" keeps the SOP and agency codes, lane keys, lane
 * readings, related-SOP codes and curation notes, so `readSopXlsx` returns the same definition.
 */
export async function writeSopXlsx(def: SopDefinition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alur';
  const sheet = workbook.addWorksheet(SOP_SHEET_NAME, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const laneCount = def.lanes.length;
  const inputsColumn = 3 + laneCount;
  sheet.columns = [
    { width: 6 },
    { width: 48 },
    ...def.lanes.map(() => ({ width: 14 })),
    { width: 26 },
    { width: 12 },
    { width: 26 },
    { width: 30 },
  ];

  for (const [label, value] of identityRows(def.identity)) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = WRAP;
    row.getCell(2).alignment = WRAP;
  }
  sheet.addRow([]);

  const groupRow = sheet.addRow([]);
  groupRow.getCell(3).value = 'Pelaksana';
  groupRow.getCell(inputsColumn).value = 'Mutu Baku';
  if (laneCount > 1) sheet.mergeCells(groupRow.number, 3, groupRow.number, 2 + laneCount);
  sheet.mergeCells(groupRow.number, inputsColumn, groupRow.number, inputsColumn + 2);
  const header = sheet.addRow([
    TABLE_HEADERS.no,
    TABLE_HEADERS.activity,
    ...def.lanes.map((lane) => lane.label),
    TABLE_HEADERS.inputs,
    TABLE_HEADERS.time,
    TABLE_HEADERS.output,
    TABLE_HEADERS.note,
  ]);
  for (const row of [groupRow, header]) {
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (column > inputsColumn + 3) return;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    });
  }

  const steps = def.steps;
  const starts = steps.filter((s) => s.kinds.includes('start'));
  const ends = steps.filter((s) => s.kinds.includes('end'));
  const startsByDefault = starts.length === 1 && starts[0] === steps[0];
  const endsByDefault = ends.length === 1 && ends[0] === steps[steps.length - 1];
  for (const step of steps) {
    const rows = step.mutuBaku.length > 0 ? step.mutuBaku : [null];
    rows.forEach((mutu, index) => {
      const values: Array<string | number | null> = new Array(inputsColumn + 3).fill(null);
      if (index === 0) {
        values[0] = step.no;
        values[1] = step.activity;
        values[2 + def.lanes.findIndex((lane) => lane.key === step.lane)] = 'X';
        values[inputsColumn + 2] = writeKeterangan(step, {
          start: !startsByDefault && step.kinds.includes('start'),
          end: !endsByDefault && step.kinds.includes('end'),
          yes: step.exits ? decisionExits(def, step).yes : null,
        });
      }
      if (mutu) {
        values[inputsColumn - 1] = mutu.inputs;
        values[inputsColumn] = mutu.time?.written ?? null;
        values[inputsColumn + 1] = mutu.output;
      }
      const row = sheet.addRow(values.map((v) => (v === '' ? null : v)));
      styleStepRow(row, inputsColumn + 3, 3, 2 + laneCount);
    });
  }

  writeDataSheet(workbook, def);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleStepRow(row: ExcelJS.Row, lastColumn: number, firstLane: number, lastLane: number): void {
  for (let column = 1; column <= lastColumn; column++) {
    const cell = row.getCell(column);
    cell.border = BORDER;
    cell.alignment =
      column === 1 || (column >= firstLane && column <= lastLane)
        ? { vertical: 'top', horizontal: 'center' }
        : WRAP;
  }
}

function identityRows(identity: SopIdentity): Array<[string, string]> {
  const lines = (list: string[]) => list.join('\n');
  const approver = identity.approvedBy;
  return [
    [IDENTITY_LABELS.government, identity.government ?? ''],
    [IDENTITY_LABELS.agencyName, identity.agencyName],
    [IDENTITY_LABELS.number, identity.number],
    [IDENTITY_LABELS.createdOn, identity.createdOn ?? ''],
    [IDENTITY_LABELS.revisedOn, identity.revisedOn ?? ''],
    [
      identity.effectiveLabel === 'efektif'
        ? IDENTITY_LABELS.effectiveOnEfektif
        : IDENTITY_LABELS.effectiveOnPengesahan,
      identity.effectiveOn ?? '',
    ],
    [
      IDENTITY_LABELS.approvedBy,
      approver
        ? [
            approver.position,
            approver.name,
            approver.rank,
            approver.nip ? `NIP. ${formatNip(approver.nip)}` : null,
          ]
            .filter((line): line is string => line !== null)
            .join('\n')
        : '',
    ],
    [IDENTITY_LABELS.title, identity.title],
    [IDENTITY_LABELS.legalBasis, lines(identity.legalBasis)],
    [IDENTITY_LABELS.qualifications, lines(identity.qualifications)],
    [IDENTITY_LABELS.relatedSops, lines(identity.relatedSops.map((related) => related.text))],
    [IDENTITY_LABELS.equipment, lines(identity.equipment)],
    [IDENTITY_LABELS.warning, identity.warning ?? ''],
    [IDENTITY_LABELS.recordKeeping, identity.recordKeeping ?? ''],
  ];
}

/** Rows of "Data Alur": column A names the record, B and C hold its values. */
function writeDataSheet(workbook: ExcelJS.Workbook, def: SopDefinition): void {
  const sheet = workbook.addWorksheet(DATA_SHEET_NAME);
  sheet.columns = [{ width: 18 }, { width: 40 }, { width: 80 }];
  sheet.addRow(['Data', 'Nilai', 'Nilai lain']).font = { bold: true };
  sheet.addRow(['Kode SOP', def.code]);
  sheet.addRow(['Kode Instansi', def.agency]);
  for (const lane of def.lanes) sheet.addRow(['Pelaksana', lane.label, lane.key]);
  for (const step of def.steps) {
    if (step.laneReading !== null) sheet.addRow(['Dasar pelaksana', step.no, step.laneReading]);
  }
  for (const related of def.identity.relatedSops) {
    if (related.code !== null) sheet.addRow(['Keterkaitan', related.text, related.code]);
  }
  for (const note of def.curationNotes) sheet.addRow(['Catatan kurasi', note]);
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}
