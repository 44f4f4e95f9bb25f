import type { AgencyIdentity, Official } from './agency-identity';

/** One row of the PK's first annex table: an indicator and its target for the year. */
export interface PkIndicatorData {
  /** The sasaran the indicator measures ("Meningkatnya akses rumah tangga …"). */
  sasaran: string | null;
  code: string;
  name: string;
  unitLabel: string;
  precision: number;
  target: string;
  /** High end of a range target. */
  targetHigh: string | null;
}

/** One row of the PK's second annex table: a program, kegiatan or sub kegiatan and its budget. */
export interface PkBudgetRow {
  kind: 'program' | 'kegiatan' | 'sub_kegiatan';
  code: string;
  name: string;
  /** Rupiah, decimal text. */
  pagu: string;
  note: string | null;
}

/** What a Perjanjian Kinerja document is built from (domain.md §1). */
export interface PerjanjianKinerjaData {
  agency: AgencyIdentity;
  year: number;
  level: 'jpt_pratama' | 'administrator' | 'pengawas';
  number: string | null;
  /** The date it is signed on: the place/date line; the parties are read on it. */
  date: string;
  /** The official who promises the targets. */
  firstParty: Official;
  /** The direct superior. */
  secondParty: Official;
  /** The superior is outside the agency (the governor, the regent): the name may be unknown here. */
  secondPartyExternal: boolean;
  indicators: PkIndicatorData[];
  budget: PkBudgetRow[];
}
