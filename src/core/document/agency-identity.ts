import type { TimeZoneCode } from '../calendar';
import { formatNip } from '../org/nip';
import type { Letterhead, SignatoryModel } from './document-model';

/** Who issues a document: what its letterhead, cover and place/date line say. */
export interface AgencyIdentity {
  /** "Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur". */
  name: string;
  shortName: string | null;
  /** "Pemerintah Provinsi Kalimantan Timur". */
  government: string;
  /** "Provinsi Kalimantan Timur". */
  regionName: string;
  address: string | null;
  /** The town written before a date: "Samarinda, 22 November 2026". */
  place: string;
  /** PNG or JPEG bytes, base64 (no `data:` prefix); null when the agency has none. */
  logoBase64: string | null;
  timeZone: TimeZoneCode;
}

/** A position and the person holding it on the document's date (definitive or acting). */
export interface Official {
  /** "Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur". */
  positionTitle: string;
  /** Null when nobody holds the position on the date (a missing-data item, not a blank signature). */
  name: string | null;
  /** "Pembina Utama Muda (IV/c)". */
  rank: string | null;
  /** 18 digits, unformatted. */
  nip: string | null;
  acting: 'plt' | 'plh' | null;
}

/** The line a name is written on by hand when the system does not know the person. */
export const NAME_LINE = '(.......................................)';

/**
 * The agency's name without its region: the letterhead's second line under the government
 * ("DINAS ENERGI DAN SUMBER DAYA MINERAL" under "PEMERINTAH PROVINSI KALIMANTAN TIMUR").
 */
export function agencyNameWithoutRegion(agency: Pick<AgencyIdentity, 'name' | 'regionName'>): string {
  const suffix = ` ${agency.regionName}`;
  return agency.name.toLowerCase().endsWith(suffix.toLowerCase())
    ? agency.name.slice(0, agency.name.length - suffix.length)
    : agency.name;
}

/** The kop surat: government and agency in capitals, the address, the logo when there is one. */
export function letterheadOf(agency: AgencyIdentity): Letterhead {
  return {
    government: agency.government.toUpperCase(),
    agencyName: agencyNameWithoutRegion(agency).toUpperCase(),
    addressLines: agency.address ? [agency.address] : [],
    ...(agency.logoBase64 ? { logoBase64: agency.logoBase64 } : {}),
  };
}

/**
 * A signature block for an official: the position in capitals above, name, rank and NIP below; the
 * Plt./Plh. prefix when acting. `roleLines` replaces the position line (a PK's "PIHAK PERTAMA").
 */
export function signatoryOf(key: string, official: Official, roleLines?: string[]): SignatoryModel {
  return {
    key,
    roleLines: roleLines ?? [official.positionTitle.toUpperCase()],
    ...(official.acting ? { actingPrefix: official.acting === 'plt' ? 'Plt.' : 'Plh.' } : {}),
    name: official.name ?? NAME_LINE,
    ...(official.rank ? { rank: official.rank } : {}),
    ...(official.nip ? { nip: formatNipText(official.nip) } : {}),
  };
}

/** A NIP as documents print it (`19691215 199003 1 005`); anything not of 18 digits as given. */
export function formatNipText(nip: string): string {
  return /^\d{18}$/.test(nip) ? formatNip(nip) : nip;
}

/** "Plt. Kepala Dinas …" — a position title with the acting prefix, for running text. */
export function actingTitle(official: Official): string {
  const prefix = official.acting === 'plt' ? 'Plt. ' : official.acting === 'plh' ? 'Plh. ' : '';
  return `${prefix}${official.positionTitle}`;
}
