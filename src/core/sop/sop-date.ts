/** A date on an SOP sheet; some sheets give only month and year ("Januari 2023"). */
export interface SopDate {
  year: number;
  month: number;
  /** null when the sheet gives only month and year. */
  day: number | null;
}

const MONTHS: Array<[RegExp, number]> = [
  [/^jan(uari)?$/, 1],
  [/^feb(ruari)?$/, 2],
  [/^mar(et)?$/, 3],
  [/^apr(il)?$/, 4],
  [/^mei$/, 5],
  [/^jun(i)?$/, 6],
  [/^jul(i)?$/, 7],
  [/^(ag(u|s|t)(stus)?|agustus)$/, 8],
  [/^sep(t(ember)?)?$/, 9],
  [/^okt(ober)?$/, 10],
  [/^(nov(ember)?|nop(ember)?)$/, 11],
  [/^des(ember)?$/, 12],
];

/**
 * Reads a date as Indonesian SOP sheets write it: "6 Januari 2023", "Januari 2023", "21 Jan 2019",
 * or ISO "2023-01-06". Returns null for anything else (including impossible days).
 *
 * @example parseSopDate('14 Januari 2019') // { year: 2019, month: 1, day: 14 }
 * @example parseSopDate('Januari 2023') // { year: 2023, month: 1, day: null }
 */
export function parseSopDate(written: string): SopDate | null {
  const text = written.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const words = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?\s+(\d{4})$/.exec(text);
  if (!words) return null;
  const month = MONTHS.find(([pattern]) => pattern.test(words[2]!.toLowerCase()))?.[1];
  if (month === undefined) return null;
  return checked(Number(words[3]), month, words[1] === undefined ? null : Number(words[1]));
}

function checked(year: number, month: number, day: number | null): SopDate | null {
  if (month < 1 || month > 12) return null;
  if (day !== null) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  }
  return { year, month, day };
}
