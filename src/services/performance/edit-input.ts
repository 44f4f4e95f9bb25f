import { fieldError, invalid, type LocalizedText } from '../../core/errors';

/**
 * Text fields of the Renstra and PK editors, checked where every caller passes (HTTP, CLI, importers)
 * so the message names the row and the field: `IKU-01: Satuan paling banyak 60 karakter (tertulis 75).`
 */
export const TEXT_LIMITS = {
  nodeCode: 60,
  nodeName: 500,
  indicatorCode: 40,
  indicatorName: 500,
  unitLabel: 60,
  definition: 2000,
  formulaText: 1000,
  dataSource: 500,
  agreementNumber: 100,
  partyTitle: 200,
  reason: 1000,
} as const;

export const FIELD_NAMES = {
  code: { id: 'Kode', en: 'Code' },
  nodeName: { id: 'Uraian', en: 'Description' },
  indicatorName: { id: 'Nama indikator', en: 'Indicator name' },
  unitLabel: { id: 'Satuan', en: 'Unit of measure' },
  definition: { id: 'Definisi operasional', en: 'Operational definition' },
  formulaText: { id: 'Rumus', en: 'Formula' },
  dataSource: { id: 'Sumber data', en: 'Data source' },
  precision: { id: 'Jumlah desimal', en: 'Decimal places' },
  baselineYear: { id: 'Tahun kondisi awal', en: 'Baseline year' },
  number: { id: 'Nomor PK', en: 'Agreement number' },
  secondPartyTitle: { id: 'Jabatan pihak kedua', en: 'Second party title' },
  reason: { id: 'Alasan', en: 'Reason' },
} satisfies Record<string, LocalizedText>;

/** Required text: trimmed, not empty, at most `max` characters. */
export function requiredText(
  raw: unknown,
  at: { field: string; place: string; label: LocalizedText; max: number },
): string {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (value === '')
    throw invalid([
      fieldError(
        at.field,
        `${at.place}: ${at.label.id} wajib diisi.`,
        `${at.place}: ${at.label.en} is required.`,
      ),
    ]);
  return checkLength(value, at);
}

/** Optional text: trimmed, empty gives null, at most `max` characters. */
export function optionalText(
  raw: unknown,
  at: { field: string; place: string; label: LocalizedText; max: number },
): string | null {
  const value = typeof raw === 'string' ? raw.trim() : '';
  return value === '' ? null : checkLength(value, at);
}

function checkLength(value: string, at: { field: string; place: string; label: LocalizedText; max: number }) {
  if (value.length > at.max)
    throw invalid([
      fieldError(
        at.field,
        `${at.place}: ${at.label.id} paling banyak ${at.max} karakter (tertulis ${value.length}).`,
        `${at.place}: ${at.label.en} takes at most ${at.max} characters (got ${value.length}).`,
      ),
    ]);
  return value;
}

/** Codes are one word of letters, digits and `. _ / -` (`IKU-01`, `3.29.06.1.06`, `X.XX.01`). */
export function codeText(raw: unknown, at: { field: string; place: string; max: number }): string {
  const value = requiredText(raw, { ...at, label: FIELD_NAMES.code });
  if (!/^[A-Za-z0-9._/-]+$/.test(value))
    throw invalid([
      fieldError(
        at.field,
        `${at.place}: Kode hanya boleh berisi huruf, angka, titik, garis bawah, garis miring dan tanda hubung (tertulis "${value}").`,
        `${at.place}: a code may hold only letters, digits, dots, underscores, slashes and hyphens (got "${value}").`,
      ),
    ]);
  return value;
}
