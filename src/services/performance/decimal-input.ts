import Decimal from 'decimal.js';
import { fieldError, invalid, type LocalizedText } from '../../core/errors';
import { decimalText } from '../../db/repositories/performance-decimal';

const DECIMAL = /^-?\d+([.,]\d+)?$/;

/**
 * Reads a decimal a person typed or a file held: a number, or a string with `.` or `,` as the decimal
 * mark and no thousands separators. Returns canonical text (`'97,70'` → `'97.7'`). A bad value throws a
 * validation error on `field` whose message names the place and the field:
 * `IK-03 TW II 2026: Realisasi harus berupa angka (tertulis "tiga ratus").`
 */
export function readDecimal(
  raw: unknown,
  at: { field: string; place: string; label: LocalizedText; min?: number },
): string {
  const text = typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : '') : String(raw ?? '').trim();
  if (typeof raw !== 'number' && typeof raw !== 'string')
    throw invalid([
      fieldError(
        at.field,
        `${at.place}: ${at.label.id} wajib diisi dengan angka.`,
        `${at.place}: ${at.label.en} must be a number.`,
      ),
    ]);
  const normal = text.replace(/\s/g, '');
  if (!DECIMAL.test(normal))
    throw invalid([
      fieldError(
        at.field,
        `${at.place}: ${at.label.id} harus berupa angka (tertulis "${clip(text)}").`,
        `${at.place}: ${at.label.en} must be a number (got "${clip(text)}").`,
      ),
    ]);
  const value = new Decimal(normal.replace(',', '.'));
  if (at.min !== undefined && value.lessThan(at.min))
    throw invalid([
      fieldError(
        at.field,
        `${at.place}: ${at.label.id} tidak boleh kurang dari ${at.min} (tertulis ${decimalText(value)}).`,
        `${at.place}: ${at.label.en} must not be below ${at.min} (got ${decimalText(value)}).`,
      ),
    ]);
  return decimalText(value);
}

/** As `readDecimal`, but null/undefined/empty text give null. */
export function readOptionalDecimal(
  raw: unknown,
  at: { field: string; place: string; label: LocalizedText; min?: number },
): string | null {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null;
  return readDecimal(raw, at);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export const QUARTER_NAMES = ['', 'TW I', 'TW II', 'TW III', 'TW IV'] as const;

/** "IK-03 TW II 2026": how messages name a realisation or target cell. */
export function cellPlace(code: string, year: number, quarter?: number): string {
  return quarter ? `${code} ${QUARTER_NAMES[quarter]} ${year}` : `${code} ${year}`;
}

export const LABELS = {
  value: { id: 'Realisasi', en: 'Realisation' },
  target: { id: 'Target', en: 'Target' },
  baseline: { id: 'Kondisi awal', en: 'Baseline' },
  pagu: { id: 'Pagu', en: 'Budget ceiling (pagu)' },
  cashPlan: { id: 'Anggaran kas', en: 'Cash plan' },
  budgetRealisation: { id: 'Realisasi anggaran', en: 'Budget realisation' },
  finalTarget: { id: 'Target akhir (kondisi akhir)', en: 'Final target' },
} satisfies Record<string, LocalizedText>;
