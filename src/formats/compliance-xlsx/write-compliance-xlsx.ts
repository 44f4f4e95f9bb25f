import ExcelJS from 'exceljs';

export interface ComplianceSheetRow {
  sopTitle: string;
  stepNo: number;
  activity: string;
  standardText: string | null;
  standardMinutes: number | null;
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  onTimeShare: number | null;
}

/** The SOP compliance table as a workbook: one row per SOP step, times in working minutes. */
export async function writeComplianceXlsx(rows: ComplianceSheetRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alur';
  const sheet = workbook.addWorksheet('Kepatuhan SOP');
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow(['Waktu dalam menit kerja (jam kerja instansi, tanpa libur dan istirahat).']);
  sheet.addRow([]);
  const header = sheet.addRow([
    'SOP',
    'Langkah',
    'Kegiatan',
    'Mutu baku (waktu)',
    'Mutu baku (menit kerja)',
    'Jumlah pelaksanaan',
    'Median (menit kerja)',
    'Persentil 90 (menit kerja)',
    'Tepat waktu (%)',
  ]);
  header.font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      r.sopTitle,
      r.stepNo,
      r.activity,
      r.standardText ?? '-',
      r.standardMinutes,
      r.count,
      r.medianMinutes,
      r.p90Minutes,
      r.onTimeShare === null ? null : Math.round(r.onTimeShare * 1000) / 10,
    ]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = [40, 9, 60, 18, 14, 12, 14, 16, 12][i];
  });
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
