/**
 * Why a figure cannot be computed, for people: a stable code plus a sentence in Indonesian and English.
 * The screen shows "tidak dapat dihitung" with `id`; reports print it beside the indicator.
 */
export interface NotComputableReason {
  code: NotComputableCode;
  id: string;
  en: string;
}

/** The result of any computation in this module that can meet missing or impossible data. */
export interface NotComputable {
  status: 'not_computable';
  reason: NotComputableReason;
}

export type NotComputableCode =
  | 'TARGET_MISSING'
  | 'TARGET_NOT_A_NUMBER'
  | 'TARGET_ZERO'
  | 'TARGET_NEGATIVE'
  | 'REALISATION_MISSING'
  | 'REALISATION_NOT_A_NUMBER'
  | 'REALISATION_ZERO'
  | 'RANGE_MISSING'
  | 'RANGE_INVALID'
  | 'QUALITATIVE_UNCLEAR'
  | 'QUARTERS_MISSING'
  | 'NOTHING_COMPUTABLE'
  | 'WEIGHTS_INVALID'
  | 'PAGU_MISSING'
  | 'PAGU_NOT_A_NUMBER'
  | 'PAGU_ZERO'
  | 'CASH_PLAN_ZERO'
  | 'AMOUNT_MISSING'
  | 'AMOUNT_NOT_A_NUMBER'
  | 'AMOUNT_NEGATIVE'
  | 'TARGET_NOT_MET'
  | 'OUTPUT_ZERO'
  | 'PREVIOUS_ZERO'
  | 'SETTINGS_INVALID';

const TEXTS: Record<NotComputableCode, { id: string; en: string }> = {
  TARGET_MISSING: { id: 'Target belum diisi.', en: 'The target is missing.' },
  TARGET_NOT_A_NUMBER: { id: 'Target bukan angka.', en: 'The target is not a number.' },
  TARGET_ZERO: {
    id: 'Target bernilai 0 sehingga persentase tidak dapat dihitung.',
    en: 'The target is 0, so no percentage can be computed.',
  },
  TARGET_NEGATIVE: {
    id: 'Target bernilai negatif; rumus persentase tidak bermakna untuk target negatif.',
    en: 'The target is negative; a percentage formula has no meaning for a negative target.',
  },
  REALISATION_MISSING: { id: 'Realisasi belum diisi.', en: 'The realisation is missing.' },
  REALISATION_NOT_A_NUMBER: { id: 'Realisasi bukan angka.', en: 'The realisation is not a number.' },
  REALISATION_ZERO: {
    id: 'Realisasi bernilai 0; rumus T/R tidak dapat dihitung.',
    en: 'The realisation is 0; the T/R formula cannot be computed.',
  },
  RANGE_MISSING: {
    id: 'Batas bawah dan batas atas rentang target belum diisi.',
    en: 'The low and high ends of the target range are missing.',
  },
  RANGE_INVALID: {
    id: 'Batas bawah rentang target lebih besar dari batas atasnya.',
    en: 'The low end of the target range is above its high end.',
  },
  QUALITATIVE_UNCLEAR: {
    id: 'Realisasi kualitatif tidak menyatakan tercapai atau tidak (isi "ya"/"tidak" atau sama dengan target).',
    en: 'The qualitative realisation does not say whether the target was met (enter "yes"/"no" or the target text).',
  },
  QUARTERS_MISSING: {
    id: 'Realisasi sebagian triwulan belum diisi, sehingga realisasi kumulatif belum dapat dijumlahkan.',
    en: 'Some quarters have no realisation yet, so the cumulative realisation cannot be summed.',
  },
  NOTHING_COMPUTABLE: {
    id: 'Tidak ada nilai yang dapat dihitung untuk dirata-ratakan.',
    en: 'There is no computable value to average.',
  },
  WEIGHTS_INVALID: {
    id: 'Bobot harus angka tidak negatif dengan jumlah lebih dari 0.',
    en: 'Weights must be non-negative numbers that add up to more than 0.',
  },
  PAGU_MISSING: { id: 'Pagu anggaran belum diisi.', en: 'The budget ceiling (pagu) is missing.' },
  PAGU_NOT_A_NUMBER: { id: 'Pagu anggaran bukan angka.', en: 'The budget ceiling (pagu) is not a number.' },
  PAGU_ZERO: {
    id: 'Pagu anggaran bernilai 0 sehingga serapan tidak dapat dihitung.',
    en: 'The budget ceiling (pagu) is 0, so absorption cannot be computed.',
  },
  CASH_PLAN_ZERO: {
    id: 'Anggaran kas (RPD) s.d. periode ini bernilai 0.',
    en: 'The cash plan (RPD) up to this period is 0.',
  },
  AMOUNT_MISSING: { id: 'Nilai belum diisi.', en: 'A value is missing.' },
  AMOUNT_NOT_A_NUMBER: { id: 'Nilai bukan angka.', en: 'A value is not a number.' },
  AMOUNT_NEGATIVE: { id: 'Nilai anggaran tidak boleh negatif.', en: 'A budget amount cannot be negative.' },
  TARGET_NOT_MET: {
    id: 'Target belum tercapai; efisiensi berupa sisa anggaran hanya dihitung bila target tercapai.',
    en: 'The target is not met; efficiency as unspent budget is computed only when the target is met.',
  },
  OUTPUT_ZERO: {
    id: 'Target atau realisasi volume keluaran bernilai 0.',
    en: 'The target or realised output volume is 0.',
  },
  SETTINGS_INVALID: {
    id: 'Pengaturan indikator tidak valid (polaritas harus positif, negatif, rentang atau kualitatif).',
    en: 'The indicator settings are invalid (polarity must be positive, negative, range or qualitative).',
  },
  PREVIOUS_ZERO: {
    id: 'Nilai tahun pembanding bernilai 0 sehingga persentase perubahan tidak dapat dihitung.',
    en: 'The comparison year is 0, so no percentage change can be computed.',
  },
};

/**
 * Builds the not-computable result for a code; `detail` (already in both languages) is appended, e.g.
 * which quarter or which budget line.
 *
 * @example notComputable('TARGET_ZERO').reason.id // 'Target bernilai 0 sehingga persentase tidak dapat dihitung.'
 */
export function notComputable(code: NotComputableCode, detail?: { id: string; en: string }): NotComputable {
  const text = TEXTS[code];
  return {
    status: 'not_computable',
    reason: {
      code,
      id: detail ? `${text.id} ${detail.id}` : text.id,
      en: detail ? `${text.en} ${detail.en}` : text.en,
    },
  };
}
