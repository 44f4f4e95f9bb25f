import ExcelJS from 'exceljs';
import { AGGREGATION_NAMES, POLARITY_NAMES } from './realisation-xlsx-layout';
import { number, writeHeader, writeRow } from './sheet-cells';

export interface RenstraSheetModel {
  agencyName: string;
  startYear: number;
  endYear: number;
  visi: string | null;
  years: number[];
  rows: {
    /** Tujuan → sasaran → program …, each "code name". */
    path: { kind: string; code: string; name: string }[];
    code: string;
    name: string;
    unitLabel: string;
    polarity: string;
    aggregation: string;
    isIku: boolean;
    unitName: string | null;
    baselineYear: number | null;
    baselineValue: string | null;
    targets: { year: number; value: string; valueHigh: string | null }[];
    finalTarget: string | null;
  }[];
}

const KIND_NAMES: Record<string, string> = {
  tujuan: 'Tujuan',
  sasaran: 'Sasaran',
  program: 'Program',
  kegiatan: 'Kegiatan',
  sub_kegiatan: 'Sub Kegiatan',
};

/**
 * The Renstra's indicator table as XLSX: one row per indicator under its tujuan/sasaran/program path,
 * with satuan, polarity, aggregation, IKU flag, responsible unit, baseline, a target column per year
 * (a range as "low–high") and the final target. For reading and printing: numbers are cells a
 * spreadsheet can sum.
 */
export async function writeRenstraXlsx(model: RenstraSheetModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alur';
  const sheet = workbook.addWorksheet('Renstra', {
    views: [{ state: 'frozen', ySplit: 5, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.getCell('A1').value = `RENCANA STRATEGIS ${model.startYear}–${model.endYear}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = model.agencyName;
  sheet.getCell('A3').value = model.visi ? `Visi: ${model.visi}` : null;
  const depth = Math.max(1, ...model.rows.map((r) => r.path.length));
  const kinds = Array.from({ length: depth }, (_, k) => {
    const kind = model.rows.find((r) => r.path[k])?.path[k]?.kind;
    return kind ? (KIND_NAMES[kind] ?? kind) : `Tingkat ${k + 1}`;
  });
  const headers = [
    ...kinds,
    'Kode',
    'Indikator',
    'Satuan',
    'Polaritas',
    'Sifat',
    'IKU',
    'Penanggung jawab',
    'Kondisi awal',
    ...model.years.map((y) => `Target ${y}`),
    'Kondisi akhir',
  ];
  writeHeader(sheet, 5, headers);
  sheet.columns = headers.map((h, k) => ({ width: k < depth ? 30 : h === 'Indikator' ? 48 : 14 }));
  model.rows.forEach((r, k) => {
    const target = (y: number) => {
      const t = r.targets.find((x) => x.year === y);
      if (!t) return null;
      return t.valueHigh ? `${t.value}–${t.valueHigh}` : number(t.value);
    };
    const values = [
      ...Array.from({ length: depth }, (_, d) =>
        r.path[d] ? `${r.path[d]!.code} ${r.path[d]!.name}` : null,
      ),
      r.code,
      r.name,
      r.unitLabel,
      POLARITY_NAMES[r.polarity] ?? r.polarity,
      AGGREGATION_NAMES[r.aggregation] ?? r.aggregation,
      r.isIku ? 'Ya' : '',
      r.unitName,
      r.baselineValue === null ? null : number(r.baselineValue),
      ...model.years.map(target),
      r.finalTarget === null ? null : number(r.finalTarget),
    ];
    writeRow(sheet, 6 + k, values);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
