import { type FieldError, fieldError } from '../../core/errors';
import { columnLetter } from './sop-xlsx-layout';

/** Where in a workbook a problem is: file, sheet, and as much of row, column and step as known. */
export interface XlsxPlace {
  file: string;
  sheet?: string;
  row?: number;
  column?: number;
  /** Header text of the column: `Waktu`, `Kabid`. */
  columnName?: string;
  step?: number;
}

/**
 * An error naming its place for people and for programs, e.g. field `sop.xlsx › SOP!N21` and
 * message `sop.xlsx, lembar "SOP", baris 21, kolom N (Waktu), langkah 7: ...`.
 */
export function xlsxError(place: XlsxPlace, id: string, en: string): FieldError {
  const cell =
    place.row !== undefined && place.column !== undefined ? `!${columnLetter(place.column)}${place.row}` : '';
  const field = place.sheet ? `${place.file} › ${place.sheet}${cell}` : place.file;
  const partsId = [place.file];
  const partsEn = [place.file];
  if (place.sheet) {
    partsId.push(`lembar "${place.sheet}"`);
    partsEn.push(`sheet "${place.sheet}"`);
  }
  if (place.row !== undefined) {
    partsId.push(`baris ${place.row}`);
    partsEn.push(`row ${place.row}`);
  }
  if (place.column !== undefined) {
    const name = place.columnName ? ` (${place.columnName})` : '';
    partsId.push(`kolom ${columnLetter(place.column)}${name}`);
    partsEn.push(`column ${columnLetter(place.column)}${name}`);
  }
  if (place.step !== undefined) {
    partsId.push(`langkah ${place.step}`);
    partsEn.push(`step ${place.step}`);
  }
  return fieldError(field, `${partsId.join(', ')}: ${id}`, `${partsEn.join(', ')}: ${en}`);
}
