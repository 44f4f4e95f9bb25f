import type { Quarter } from '../achievement';
import type { AgencyIdentity, Official } from './agency-identity';
import type { BudgetNodeData, IndicatorData, SasaranData } from './performance-data';

/**
 * What the quarterly Laporan Pemantauan Kinerja (seed 002) is built from, loaded by
 * `services/documents/data/load-pemantauan-data.ts`: the year's indicators with their Rencana Aksi
 * targets and realisation (obstacles and actions included), the budget with its cash plan, and who
 * signs.
 */
export interface PemantauanData {
  agency: AgencyIdentity;
  year: number;
  quarter: Quarter;
  /** The date the report is signed and people are read on. */
  date: string;
  /**
   * Who signs: in seed 002 the Sekretaris approves and signs (step 8); `key` names the signature
   * block for the signing step. Null when the agency has no such position at all.
   */
  signer: { key: string; official: Official } | null;
  /** The Renstra period covering the year; null when there is none. */
  renstra: { startYear: number; endYear: number } | null;
  /** How many Perjanjian Kinerja the agency has for the year (all levels). */
  agreementCount: number;
  sasaran: SasaranData[];
  indicators: IndicatorData[];
  budget: BudgetNodeData[];
}
