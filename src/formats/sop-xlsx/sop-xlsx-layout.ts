/** The workbook layout shared by `writeSopXlsx` and `readSopXlsx`. */

/** The paper-layout sheet: identity rows, then the flowchart table. */
export const SOP_SHEET_NAME = 'SOP';
/** Alur's own data that has no place on paper (slugs, lane keys, readings, curation notes). */
export const DATA_SHEET_NAME = 'Data Alur';

/** Files above this size are refused before they are opened. */
export const MAX_XLSX_BYTES = 5 * 1024 * 1024;

export const TABLE_HEADERS = {
  no: 'No',
  activity: 'Kegiatan',
  inputs: 'Kelengkapan',
  time: 'Waktu',
  output: 'Output',
  note: 'Keterangan',
} as const;

/** Identity rows, as the export labels them (the reader also accepts the seeds' other spellings). */
export const IDENTITY_LABELS = {
  government: 'Pemerintah',
  agencyName: 'Nama Instansi',
  number: 'Nomor SOP',
  createdOn: 'Tanggal Pembuatan',
  revisedOn: 'Tanggal Revisi',
  effectiveOnEfektif: 'Tanggal Efektif',
  effectiveOnPengesahan: 'Tanggal Pengesahan',
  approvedBy: 'Disahkan Oleh',
  title: 'Nama SOP',
  legalBasis: 'Dasar Hukum',
  qualifications: 'Kualifikasi Pelaksana',
  relatedSops: 'Keterkaitan',
  equipment: 'Peralatan/Perlengkapan',
  warning: 'Peringatan',
  recordKeeping: 'Pencatatan dan Pendataan',
} as const;

export type IdentityField =
  | 'government'
  | 'agencyName'
  | 'number'
  | 'createdOn'
  | 'revisedOn'
  | 'effectiveOn'
  | 'approvedBy'
  | 'title'
  | 'legalBasis'
  | 'qualifications'
  | 'relatedSops'
  | 'equipment'
  | 'warning'
  | 'recordKeeping';

/**
 * Identity labels by their normalised form (lower case, letters only): "Tgl Pembuatan",
 * "Judul SOP", "Peralatan / Perlengkapan" and "PERINGATAN :" all find their field.
 */
export function identityFieldOf(
  label: string,
): { field: IdentityField; effectiveLabel?: 'efektif' | 'pengesahan' } | null {
  const key = normaliseLabel(label).replace(/^tgl/, 'tanggal');
  switch (key) {
    case 'pemerintah':
      return { field: 'government' };
    case 'namainstansi':
    case 'instansi':
      return { field: 'agencyName' };
    case 'nomorsop':
    case 'nosop':
      return { field: 'number' };
    case 'tanggalpembuatan':
      return { field: 'createdOn' };
    case 'tanggalrevisi':
      return { field: 'revisedOn' };
    case 'tanggalefektif':
      return { field: 'effectiveOn', effectiveLabel: 'efektif' };
    case 'tanggalpengesahan':
      return { field: 'effectiveOn', effectiveLabel: 'pengesahan' };
    case 'disahkanoleh':
      return { field: 'approvedBy' };
    case 'namasop':
    case 'judulsop':
      return { field: 'title' };
    case 'dasarhukum':
      return { field: 'legalBasis' };
    case 'kualifikasipelaksana':
      return { field: 'qualifications' };
    case 'keterkaitan':
      return { field: 'relatedSops' };
    case 'peralatanperlengkapan':
    case 'peralatan':
      return { field: 'equipment' };
    case 'peringatan':
      return { field: 'warning' };
    case 'pencatatandanpendataan':
    case 'pencatatan':
      return { field: 'recordKeeping' };
    default:
      return null;
  }
}

export function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/** Column letter of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
