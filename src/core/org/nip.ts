import { type FieldError, fieldError } from '../errors';

/**
 * NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, printed grouped as `19671129 199803 1 003`:
 * birth date (YYYYMMDD), month of appointment as CPNS (YYYYMM), sex (1 or 2), sequence (3 digits).
 *
 * Returns the NIP without spaces, or the error naming the field.
 * @example normalizeNip('19671129 199803 1 003') // { nip: '196711291998031003' }
 */
export function normalizeNip(input: string, field = 'nip'): { nip: string } | { error: FieldError } {
  const digits = input.replace(/[\s.]/g, '');
  if (!/^\d{18}$/.test(digits)) {
    return {
      error: fieldError(
        field,
        `NIP harus 18 digit angka (tertulis ${digits.length} karakter).`,
        `NIP must be 18 digits (got ${digits.length} characters).`,
      ),
    };
  }
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) {
    return {
      error: fieldError(
        field,
        'NIP tidak valid: 8 digit pertama harus tanggal lahir (TTTTBBHH).',
        'Invalid NIP: the first 8 digits must be a birth date (YYYYMMDD).',
      ),
    };
  }
  const appointedYear = Number(digits.slice(8, 12));
  const appointedMonth = Number(digits.slice(12, 14));
  if (appointedYear < year || appointedMonth < 1 || appointedMonth > 12) {
    return {
      error: fieldError(
        field,
        'NIP tidak valid: digit 9–14 harus tahun dan bulan pengangkatan (TTTTBB).',
        'Invalid NIP: digits 9–14 must be the year and month of appointment (YYYYMM).',
      ),
    };
  }
  if (digits[14] !== '1' && digits[14] !== '2') {
    return {
      error: fieldError(
        field,
        'NIP tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2.',
        'Invalid NIP: digit 15 (sex) must be 1 or 2.',
      ),
    };
  }
  return { nip: digits };
}

/** Prints a NIP the way documents do: `19671129 199803 1 003`. */
export function formatNip(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
