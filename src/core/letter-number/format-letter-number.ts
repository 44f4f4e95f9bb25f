import { DomainError, type FieldError, fieldError } from '../errors';
import type { LetterPattern, LetterPatternPart } from './letter-pattern';

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** A month (1–12) in Roman numerals, as letter numbers write it. @example romanMonth(7) // 'VII' */
export function romanMonth(month: number): string {
  const roman = ROMAN_MONTHS[month - 1];
  if (!roman) throw new RangeError(`month ${month} is not 1–12`);
  return roman;
}

export interface LetterNumberValues {
  sequence: number;
  classificationCode: string | null;
  unitCode: string | null;
  /** The letter's date in the agency's time zone, `YYYY-MM-DD` (see `localDateOf`). */
  localDate: string;
}

/**
 * Writes a letter number from its pattern. The date must already be the agency's local date: a
 * letter numbered at 00:30 WITA on 1 January belongs to the new year although it is still 31
 * December in UTC.
 *
 * @example
 * formatLetterNumber(parseLetterPattern('045/{urut}/DISDIK/{bulan_romawi}/{tahun}'),
 *   { sequence: 123, classificationCode: null, unitCode: null, localDate: '2025-07-14' })
 * // '045/123/DISDIK/VII/2025'
 */
export function formatLetterNumber(pattern: LetterPattern, values: LetterNumberValues): string {
  const missing = missingLetterNumberValues(pattern, values);
  if (missing.length > 0) throw new DomainError('VALIDATION_FAILED', missing[0]!.message, missing);
  if (!Number.isInteger(values.sequence) || values.sequence < 1)
    throw new RangeError(`sequence ${values.sequence} must be a positive integer`);
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(values.localDate);
  if (!match) throw new RangeError(`localDate ${values.localDate} is not YYYY-MM-DD`);
  const [year, month] = [match[1]!, match[2]!];
  return pattern.parts.map((part) => partText(part, values, year, month)).join('');
}

function partText(part: LetterPatternPart, values: LetterNumberValues, year: string, month: string): string {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'urut':
      return String(values.sequence).padStart(part.pad, '0');
    case 'klasifikasi':
      return values.classificationCode!;
    case 'unit':
      return values.unitCode!;
    case 'bulan_romawi':
      return romanMonth(Number(month));
    case 'bulan':
      return month;
    case 'tahun':
      return year;
  }
}

/** The codes a pattern writes but the values lack, as field errors (`classificationCode`, `unitCode`). */
export function missingLetterNumberValues(
  pattern: LetterPattern,
  values: Pick<LetterNumberValues, 'classificationCode' | 'unitCode'>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (pattern.usesClassification && !values.classificationCode)
    errors.push(
      fieldError(
        'classificationCode',
        `Kode klasifikasi wajib diisi: pola "${pattern.source}" memuat {klasifikasi}.`,
        `The classification code is required: the pattern "${pattern.source}" contains {klasifikasi}.`,
      ),
    );
  if (pattern.usesUnit && !values.unitCode)
    errors.push(
      fieldError(
        'unitCode',
        `Kode unit wajib diisi: pola "${pattern.source}" memuat {unit}.`,
        `The unit code is required: the pattern "${pattern.source}" contains {unit}.`,
      ),
    );
  return errors;
}
