import { DomainError } from '../errors';

/**
 * The three time zones of Indonesia, as IANA names. An agency works in its own zone.
 *
 * Indonesia has no daylight saving time, so each zone is a fixed offset from UTC; the calendar
 * computes with these offsets directly and never asks the runtime's time-zone database.
 */
export type TimeZoneCode = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

export interface TimeZoneInfo {
  code: TimeZoneCode;
  /** The abbreviation Indonesians write after a time: "09:30 WITA". */
  abbreviation: 'WIB' | 'WITA' | 'WIT';
  /** Offset from UTC in minutes (local = UTC + offset). */
  utcOffsetMinutes: number;
  /** Indonesian name of the zone, for pickers and documents. */
  label: string;
}

/** The zones from west to east. */
export const TIME_ZONES: readonly TimeZoneInfo[] = Object.freeze([
  { code: 'Asia/Jakarta', abbreviation: 'WIB', utcOffsetMinutes: 7 * 60, label: 'Waktu Indonesia Barat' },
  { code: 'Asia/Makassar', abbreviation: 'WITA', utcOffsetMinutes: 8 * 60, label: 'Waktu Indonesia Tengah' },
  { code: 'Asia/Jayapura', abbreviation: 'WIT', utcOffsetMinutes: 9 * 60, label: 'Waktu Indonesia Timur' },
]);

export function isTimeZoneCode(value: unknown): value is TimeZoneCode {
  return TIME_ZONES.some((zone) => zone.code === value);
}

/**
 * The zone's facts; throws `TIME_ZONE_UNKNOWN` for anything but the three Indonesian zones
 * (a stored calendar with another zone is a data error the person must fix).
 *
 * @example timeZoneInfo('Asia/Makassar').abbreviation // 'WITA'
 */
export function timeZoneInfo(code: string): TimeZoneInfo {
  const zone = TIME_ZONES.find((candidate) => candidate.code === code);
  if (!zone) {
    throw new DomainError(
      'TIME_ZONE_UNKNOWN',
      {
        id: `Zona waktu "${code}" tidak dikenal. Pilih Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).`,
        en: `Unknown time zone "${code}". Choose Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).`,
      },
      [{ field: 'timeZone', message: { id: 'Zona waktu tidak dikenal', en: 'Unknown time zone' } }],
    );
  }
  return zone;
}
