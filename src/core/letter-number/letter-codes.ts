import { type FieldError, fieldError } from '../errors';

/**
 * A classification code (kode klasifikasi arsip, Permendagri 83/2022: `000.8.3.3`; older local
 * codes such as `045` or `503`): digits and letters joined by dots or hyphens. No slash or space,
 * which would blur the parts of the number.
 */
export function checkClassificationCode(code: string, field = 'classificationCode'): FieldError | null {
  if (/^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$/.test(code) && code.length <= 30) return null;
  return fieldError(
    field,
    `Kode klasifikasi "${code}" tidak valid: gunakan angka/huruf yang dipisah titik, mis. 000.8.3.3 (paling panjang 30).`,
    `Classification code "${code}" is not valid: use digits/letters separated by dots, e.g. 000.8.3.3 (at most 30).`,
  );
}

/** A unit code written into numbers (`OR`, `DESDM`, `BPKPD-1.3`, `DPM PTSP`): no slash. */
export function checkUnitCode(code: string, field = 'unitCode'): FieldError | null {
  if (/^[0-9A-Za-z]([0-9A-Za-z .-]*[0-9A-Za-z])?$/.test(code) && code.length <= 40) return null;
  return fieldError(
    field,
    `Kode unit "${code}" tidak valid: gunakan huruf, angka, titik, tanda hubung atau spasi, tanpa garis miring (paling panjang 40).`,
    `Unit code "${code}" is not valid: use letters, digits, dots, hyphens or spaces, no slash (at most 40).`,
  );
}
