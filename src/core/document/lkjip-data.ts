import type { PositionLevel } from '../org/kinds';
import type { AgencyIdentity, Official } from './agency-identity';
import type { BudgetNodeData, IndicatorData, RenstraData, SasaranData } from './performance-data';
import type { PerjanjianKinerjaData } from './perjanjian-kinerja-data';

/** A unit of the organisation with its positions and who holds them on the report's date. */
export interface OrganisationUnitData {
  code: string;
  name: string;
  kind: string;
  /** 0 for the top unit, 1 for the units under it, … (the table indents by it). */
  depth: number;
  positions: {
    title: string;
    level: PositionLevel;
    /** Name of the holder on the date, null when vacant. */
    holder: string | null;
    acting: 'plt' | 'plh' | null;
  }[];
}

/** People holding a position on the report's date, counted. */
export interface StaffData {
  total: number;
  byLevel: { level: PositionLevel; count: number }[];
  /** Golongan read from the rank ("Pembina (IV/a)" → IV); `-` when the rank says none. */
  byGrade: { grade: string; count: number }[];
}

/**
 * Everything an LKjIP (PermenPAN-RB 53/2014) is built from, loaded by
 * `services/documents/data/load-lkjip-data.ts`. Plain data: the builder computes every percentage
 * from it with `src/core/achievement`.
 */
export interface LkjipData {
  agency: AgencyIdentity;
  year: number;
  /** The date the report is signed and people are read on (`YYYY-MM-DD`). */
  date: string;
  /** The head of the agency on the date; null when the agency has no head position at all. */
  head: Official | null;
  organisation: OrganisationUnitData[];
  staff: StaffData;
  /** The Renstra covering the year; null when there is none. */
  renstra: RenstraData | null;
  /** The sasaran measured in the year, in Renstra order. */
  sasaran: SasaranData[];
  /** The indicators of the year's Perjanjian Kinerja (all levels), in Renstra order. */
  indicators: IndicatorData[];
  /** The head's Perjanjian Kinerja for the year (annexed); null when there is none. */
  agreement: PerjanjianKinerjaData | null;
  /** The year's programs with their kegiatan (and sub kegiatan); empty when no budget was entered. */
  budget: BudgetNodeData[];
}
