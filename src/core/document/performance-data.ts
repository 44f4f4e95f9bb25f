import type { Aggregation, Polarity, Quarter } from '../achievement';

/**
 * The measured data the LKjIP and the Laporan Pemantauan Kinerja are built from, as stored: targets
 * and realisations are decimal text (free text for qualitative indicators); nothing here is computed.
 */

export type RealisationStatus = 'draft' | 'submitted' | 'returned' | 'verified' | 'locked';

/** One quarter of an indicator: the Rencana Aksi target and what the division entered. */
export interface QuarterData {
  quarter: Quarter;
  /** Cumulative from January for a cumulative indicator; the end-of-quarter value otherwise. */
  target: string | null;
  /** For a cumulative indicator the quarter's own amount; the end-of-quarter value otherwise. */
  realisation: string | null;
  status: RealisationStatus | null;
  obstacles: string | null;
  actions: string | null;
}

export interface YearValueData {
  year: number;
  value: string;
}

/** A Renstra indicator: baseline, a target per year and the final target (kondisi akhir). */
export interface RenstraIndicatorData {
  code: string;
  name: string;
  /** Satuan: "%", "desa", "rumah tangga". */
  unitLabel: string;
  isIku: boolean;
  precision: number;
  polarity: Polarity;
  baseline: YearValueData | null;
  targets: YearValueData[];
  finalTarget: string | null;
}

/** An indicator measured in the year (carried by the year's Perjanjian Kinerja). */
export interface IndicatorData extends RenstraIndicatorData {
  id: string;
  negativeFormula: 'A' | 'B' | null;
  aggregation: Aggregation;
  /** The sasaran (or tujuan) the indicator measures; groups the LKjIP's tables. */
  sasaranCode: string | null;
  /** The unit that reports it ("Bidang Ketenagalistrikan"). */
  responsibleUnit: string | null;
  /** The year's target: the PK target, else the Renstra target of the year. */
  annualTarget: string | null;
  /** TW I..IV, each present (with nulls where nothing was planned or entered). */
  quarters: QuarterData[];
  /** Published past data (indicator_history), oldest first. */
  history: {
    year: number;
    period: string | null;
    target: string | null;
    realisation: string | null;
    source: string | null;
  }[];
  /** A national standard to compare with (LKjIP T-4), when one exists for the indicator. */
  nationalStandard: { value: string; source: string } | null;
}

export interface SasaranData {
  code: string;
  name: string;
  /** The tujuan it serves, when the sasaran sits under one. */
  tujuan: { code: string; name: string } | null;
}

/** A program, kegiatan or sub kegiatan with its year's budget (figures of lower levels summed). */
export interface BudgetNodeData {
  kind: 'program' | 'kegiatan' | 'sub_kegiatan';
  /** SIPD code: "3.29.06", "3.29.06.1.01". */
  code: string;
  name: string;
  unitName: string | null;
  /** The sasaran a program serves (its parent in the Renstra cascade); null for supporting programs. */
  sasaranCode: string | null;
  /** Rupiah, decimal text. */
  pagu: string;
  /** Each quarter's own cash plan (anggaran kas) and realisation; cumulative figures are derived. */
  quarters: { quarter: Quarter; cashPlan: string; realisation: string }[];
  children: BudgetNodeData[];
}

/** The Renstra as the LKjIP summarises it: tujuan → sasaran with their indicators. */
export interface RenstraData {
  startYear: number;
  endYear: number;
  visi: string | null;
  tujuan: {
    code: string;
    name: string;
    indicators: RenstraIndicatorData[];
    sasaran: { code: string; name: string; indicators: RenstraIndicatorData[] }[];
  }[];
}
