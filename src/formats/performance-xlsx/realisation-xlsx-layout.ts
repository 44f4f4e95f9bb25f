/** The layout shared by `writeRealisationXlsx` and `readRealisationXlsx` (the divisions' data-collection format). */

/** The sheet the division fills in. */
export const REALISATION_SHEET_NAME = 'Realisasi';
/** A very hidden sheet with the ids that tie the file to an agency, unit, period and indicators. */
export const REALISATION_DATA_SHEET_NAME = 'alur';
/** First cell of the hidden sheet; a file without it was not written by Alur. */
export const REALISATION_FORMAT_ID = 'alur-realisasi/v1';
/** Files above this size are refused before they are opened (10,000 indicators fit in about 1 MB). */
export const MAX_REALISATION_XLSX_BYTES = 12 * 1024 * 1024;

export const HEADER_ROW = 7;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

export const QUARTER_ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;

/** What a column holds; `input` columns are the only unlocked cells. */
export type ColumnRole =
  | 'no'
  | 'code'
  | 'name'
  | 'unitLabel'
  | 'polarity'
  | 'aggregation'
  | 'target'
  | 'previous'
  | 'value'
  | 'evidence'
  | 'obstacles'
  | 'actions'
  | 'status';

export interface LayoutColumn {
  role: ColumnRole;
  header: string;
  width: number;
  /** For `previous`: which quarter's realisation. */
  quarter?: number;
  input: boolean;
}

/**
 * The columns of a quarter's sheet: identification, the quarter's target, the realisation of the
 * quarters before it (read-only), then the cells to fill and the current status.
 *
 * @example realisationColumns(2).map((c) => c.header)
 * // ['No', 'Kode', 'Indikator', 'Satuan', 'Polaritas', 'Sifat', 'Target TW II',
 * //  'Realisasi TW I', 'Realisasi TW II', 'Bukti dukung', 'Kendala', 'Tindak lanjut', 'Status']
 */
export function realisationColumns(quarter: number): LayoutColumn[] {
  const q = QUARTER_ROMAN[quarter];
  const previous: LayoutColumn[] = [];
  for (let p = 1; p < quarter; p++)
    previous.push({
      role: 'previous',
      header: `Realisasi TW ${QUARTER_ROMAN[p]}`,
      width: 14,
      quarter: p,
      input: false,
    });
  return [
    { role: 'no', header: 'No', width: 5, input: false },
    { role: 'code', header: 'Kode', width: 10, input: false },
    { role: 'name', header: 'Indikator', width: 48, input: false },
    { role: 'unitLabel', header: 'Satuan', width: 12, input: false },
    { role: 'polarity', header: 'Polaritas', width: 12, input: false },
    { role: 'aggregation', header: 'Sifat', width: 16, input: false },
    { role: 'target', header: `Target TW ${q}`, width: 14, input: false },
    ...previous,
    { role: 'value', header: `Realisasi TW ${q}`, width: 16, input: true },
    { role: 'evidence', header: 'Bukti dukung', width: 32, input: true },
    { role: 'obstacles', header: 'Kendala', width: 32, input: true },
    { role: 'actions', header: 'Tindak lanjut', width: 32, input: true },
    { role: 'status', header: 'Status', width: 14, input: false },
  ];
}

/** Column letter of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const POLARITY_NAMES: Record<string, string> = {
  positive: 'Positif',
  negative: 'Negatif',
  range: 'Rentang',
  qualitative: 'Kualitatif',
};

export const AGGREGATION_NAMES: Record<string, string> = {
  cumulative: 'Kumulatif',
  last: 'Nilai akhir',
  average: 'Rata-rata',
};

export const STATUS_NAMES: Record<string, string> = {
  draft: 'Draf',
  submitted: 'Dikirim',
  returned: 'Dikembalikan',
  verified: 'Terverifikasi',
  locked: 'Terkunci',
};
