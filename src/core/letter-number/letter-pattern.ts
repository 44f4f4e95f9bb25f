import { DomainError, type FieldError, fieldError } from '../errors';

/**
 * A letter-number pattern (pola nomor naskah dinas): literal text with tokens in braces.
 *
 * | Token            | Writes                                               |
 * |------------------|------------------------------------------------------|
 * | `{klasifikasi}`  | the classification code (`000.8.3.3`, `045`)         |
 * | `{urut}`         | the sequence number; `{urut:3}` pads it to 3 digits  |
 * | `{unit}`         | the unit code (`OR`, `DESDM`, `BPKPD-1.3`)           |
 * | `{bulan_romawi}` | the month in Roman numerals (`VII`)                  |
 * | `{bulan}`        | the month, two digits (`07`)                         |
 * | `{tahun}`        | the year (`2026`)                                    |
 *
 * Every pattern has exactly one `{urut}`: without it two letters would get the same number.
 */
export type LetterPatternPart =
  | { kind: 'text'; text: string }
  | { kind: 'urut'; pad: number }
  | { kind: 'klasifikasi' | 'unit' | 'bulan_romawi' | 'bulan' | 'tahun' };

export interface LetterPattern {
  source: string;
  parts: LetterPatternPart[];
  usesClassification: boolean;
  usesUnit: boolean;
}

export const LETTER_PATTERN_TOKENS = [
  'klasifikasi',
  'urut',
  'unit',
  'bulan_romawi',
  'bulan',
  'tahun',
] as const;

const MAX_PATTERN_LENGTH = 200;
const MAX_PAD = 8;

/**
 * Parses a pattern; a bad one throws `VALIDATION_FAILED` naming `field` (default `pattern`) with
 * what is wrong and where.
 *
 * @example parseLetterPattern('{klasifikasi}/{urut:3}/{unit}').parts.length // 5
 */
export function parseLetterPattern(text: string, field = 'pattern'): LetterPattern {
  const result = readLetterPattern(text, field);
  if ('error' in result) throw invalidPattern(result.error);
  return result.pattern;
}

/** Like {@link parseLetterPattern}, returning the field error instead of throwing. */
export function readLetterPattern(
  text: string,
  field = 'pattern',
): { pattern: LetterPattern } | { error: FieldError } {
  const source = text.trim();
  const fail = (id: string, en: string) => ({ error: fieldError(field, id, en) });
  if (source === '') return fail('Pola nomor wajib diisi.', 'The number pattern is required.');
  if (source.length > MAX_PATTERN_LENGTH)
    return fail(
      `Pola nomor paling panjang ${MAX_PATTERN_LENGTH} karakter.`,
      `The number pattern may be at most ${MAX_PATTERN_LENGTH} characters.`,
    );
  const parts: LetterPatternPart[] = [];
  let literal = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '}')
      return fail(
        `Pola nomor: kurung kurawal "}" pada posisi ${i + 1} tidak punya pasangan "{".`,
        `Number pattern: the "}" at position ${i + 1} has no matching "{".`,
      );
    if (ch !== '{') {
      literal += ch;
      i++;
      continue;
    }
    const close = source.indexOf('}', i + 1);
    const nextOpen = source.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close))
      return fail(
        `Pola nomor: kurung kurawal "{" pada posisi ${i + 1} tidak ditutup dengan "}".`,
        `Number pattern: the "{" at position ${i + 1} is not closed by "}".`,
      );
    const token = source.slice(i + 1, close).trim();
    const part = tokenPart(token);
    if (!part)
      return fail(
        `Pola nomor: {${token}} tidak dikenal. Gunakan ${tokenList('atau')}.`,
        `Number pattern: {${token}} is not a known token. Use ${tokenList('or')}.`,
      );
    if (literal) parts.push({ kind: 'text', text: literal });
    literal = '';
    parts.push(part);
    i = close + 1;
  }
  if (literal) parts.push({ kind: 'text', text: literal });
  const sequences = parts.filter((p) => p.kind === 'urut').length;
  if (sequences === 0)
    return fail(
      'Pola nomor harus memuat {urut} (nomor urut); tanpa itu dua surat akan bernomor sama.',
      'The number pattern must contain {urut} (the sequence); without it two letters would share a number.',
    );
  if (sequences > 1)
    return fail(
      'Pola nomor hanya boleh memuat satu {urut}.',
      'The number pattern may contain {urut} only once.',
    );
  return {
    pattern: {
      source,
      parts,
      usesClassification: parts.some((p) => p.kind === 'klasifikasi'),
      usesUnit: parts.some((p) => p.kind === 'unit'),
    },
  };
}

function tokenPart(token: string): LetterPatternPart | null {
  const padded = /^urut:(\d{1,2})$/.exec(token);
  if (padded) {
    const pad = Number(padded[1]);
    return pad >= 1 && pad <= MAX_PAD ? { kind: 'urut', pad } : null;
  }
  if (token === 'urut') return { kind: 'urut', pad: 0 };
  if (
    token === 'klasifikasi' ||
    token === 'unit' ||
    token === 'bulan_romawi' ||
    token === 'bulan' ||
    token === 'tahun'
  )
    return { kind: token };
  return null;
}

function tokenList(or: string): string {
  return `{klasifikasi}, {urut} (${or} {urut:3}), {unit}, {bulan_romawi}, {bulan}, {tahun}`;
}

function invalidPattern(error: FieldError): DomainError {
  return new DomainError('VALIDATION_FAILED', error.message, [error]);
}
