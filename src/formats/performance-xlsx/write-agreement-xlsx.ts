import ExcelJS from 'exceljs';
import { AGGREGATION_NAMES, QUARTER_ROMAN } from './realisation-xlsx-layout';
import { number, writeHeader, writeRow } from './sheet-cells';

export interface AgreementSheetModel {
  agencyName: string;
  year: number;
  agreements: {
    level: string;
    number: string | null;
    signedOn: string | null;
    firstParty: { title: string; personName: string | null; nip: string | null };
    secondParty: { title: string; personName: string | null; nip: string | null };
    indicators: {
      code: string;
      name: string;
      unitLabel: string;
      target: string;
      targetHigh: string | null;
      reason: string | null;
    }[];
  }[];
  actionPlan: {
    code: string;
    name: string;
    unitLabel: string;
    aggregation: string;
    annualTarget: string | null;
    quarters: (string | null)[];
    reason: string | null;
  }[];
}

const LEVEL_NAMES: Record<string, string> = {
  jpt_pratama: 'JPT Pratama',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
};

/**
 * The year's Perjanjian Kinerja as XLSX: one sheet per PK (parties with the people in office on its
 * date, indicators and targets, the reason where a target differs from the Renstra) and a "Rencana
 * Aksi" sheet with the quarterly targets.
 */
export async function writeAgreementXlsx(model: AgreementSheetModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alur';
  const used = new Set<string>();
  model.agreements.forEach((a, k) => {
    let name = `PK ${k + 1} ${a.firstParty.title}`
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, 31)
      .trim();
    while (used.has(name)) name = `${name.slice(0, 28)} ${k + 1}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name);
    sheet.columns = [{ width: 5 }, { width: 12 }, { width: 56 }, { width: 12 }, { width: 14 }, { width: 40 }];
    sheet.getCell('A1').value = `PERJANJIAN KINERJA TAHUN ${model.year}`;
    sheet.getCell('A1').font = { bold: true, size: 13 };
    sheet.getCell('A2').value = model.agencyName;
    const info: [string, string | null][] = [
      ['Tingkat', LEVEL_NAMES[a.level] ?? a.level],
      ['Nomor', a.number],
      ['Tanggal', a.signedOn],
      ['Pihak pertama', party(a.firstParty)],
      ['Pihak kedua', party(a.secondParty)],
    ];
    info.forEach(([label, value], i) => {
      sheet.getCell(4 + i, 1).value = label;
      sheet.getCell(4 + i, 1).font = { bold: true };
      sheet.getCell(4 + i, 3).value = value;
    });
    writeHeader(sheet, 10, [
      'No',
      'Kode',
      'Indikator',
      'Satuan',
      'Target',
      'Alasan target berbeda dari Renstra',
    ]);
    a.indicators.forEach((i, r) => {
      writeRow(sheet, 11 + r, [
        r + 1,
        i.code,
        i.name,
        i.unitLabel,
        i.targetHigh ? `${i.target}–${i.targetHigh}` : number(i.target),
        i.reason,
      ]);
    });
  });
  const plan = workbook.addWorksheet('Rencana Aksi');
  plan.columns = [
    { width: 5 },
    { width: 12 },
    { width: 56 },
    { width: 12 },
    { width: 14 },
    { width: 14 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 40 },
  ];
  plan.getCell('A1').value = `RENCANA AKSI TAHUN ${model.year}`;
  plan.getCell('A1').font = { bold: true, size: 13 };
  plan.getCell('A2').value = model.agencyName;
  writeHeader(plan, 4, [
    'No',
    'Kode',
    'Indikator',
    'Satuan',
    'Sifat',
    'Target tahunan',
    ...[1, 2, 3, 4].map((q) => `TW ${QUARTER_ROMAN[q]}`),
    'Alasan TW IV berbeda',
  ]);
  model.actionPlan.forEach((r, k) => {
    writeRow(plan, 5 + k, [
      k + 1,
      r.code,
      r.name,
      r.unitLabel,
      AGGREGATION_NAMES[r.aggregation] ?? r.aggregation,
      r.annualTarget === null ? null : number(r.annualTarget),
      ...r.quarters.map((q) => (q === null ? null : number(q))),
      r.reason,
    ]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function party(p: { title: string; personName: string | null; nip: string | null }): string {
  return [p.personName, p.title, p.nip ? `NIP ${p.nip}` : null].filter(Boolean).join(' — ');
}
