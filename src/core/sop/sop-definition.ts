import type { WorkDuration } from '../calendar/work-duration';

/**
 * An SOP definition (Standar Operasional Prosedur, PermenPAN-RB 35/2012, Permendagri 52/2011):
 * the identity part and the flowchart part of the paper form, as plain JSON-serialisable data.
 *
 * Absent values are `null`, never `undefined`, so a definition survives `JSON.stringify` /
 * `JSON.parse` (database column, HTTP body) unchanged. A definition is checked with `validateSop`;
 * a published one additionally with `validateForPublish`.
 */
export interface SopDefinition {
  /** Stable slug of the SOP, unique in the library: `desdm-kaltim-sakip`. */
  code: string;
  /** Slug of the agency that owns it: `desdm-kaltim`. */
  agency: string;
  identity: SopIdentity;
  /** The Pelaksana columns of the flowchart, left to right. */
  lanes: SopLane[];
  /** The flowchart rows, in the order printed. */
  steps: SopStep[];
  /** Why a curated definition departs from (or reads into) its source; shown to administrators. */
  curationNotes: string[];
}

/** The identity part of the sheet. Texts are kept as the agency wrote them. */
export interface SopIdentity {
  /** The line above the agency name: `PEMERINTAH PROVINSI JAMBI`. */
  government: string | null;
  agencyName: string;
  /** Nomor SOP as written: `K. 075 / 11 / DESDM/2023`. */
  number: string;
  /** Nama/Judul SOP. */
  title: string;
  /** Tanggal Pembuatan as written ("6 Januari 2023", "Januari 2023"); read with `parseSopDate`. */
  createdOn: string | null;
  /** Tanggal Revisi; null when the sheet shows none ("-" or blank). */
  revisedOn: string | null;
  /** Tanggal Efektif or Tanggal Pengesahan (the sheet has one of the two). */
  effectiveOn: string | null;
  /** Which label the sheet prints for `effectiveOn`. */
  effectiveLabel: 'efektif' | 'pengesahan';
  /** Disahkan oleh. */
  approvedBy: SopApprover | null;
  /** Dasar Hukum, one regulation per entry. */
  legalBasis: string[];
  /** Kualifikasi Pelaksana. */
  qualifications: string[];
  /** Keterkaitan: related SOPs or units; an entry may name another SOP of the library by code. */
  relatedSops: RelatedSop[];
  /** Peralatan/Perlengkapan. */
  equipment: string[];
  /** Peringatan. */
  warning: string | null;
  /** Pencatatan dan Pendataan. */
  recordKeeping: string | null;
}

export interface SopApprover {
  /** Position as printed: `Kepala Dinas`. */
  position: string;
  /** Name with titles: `Munawwar, S.T., M.Si`. */
  name: string;
  /** 18 digits without spaces; printed grouped with `formatNip`. */
  nip: string | null;
  /** Pangkat when printed: `PEMBINA UTAMA MUDA`. */
  rank: string | null;
}

export interface RelatedSop {
  text: string;
  /** Code of the linked SOP definition, when it is in the library. */
  code: string | null;
}

/** A role column. Steps name lanes by `key`; a run maps each key to a position of the agency. */
export interface SopLane {
  /** Stable slug: `kasubbag-program`. */
  key: string;
  /** The column header as the sheet writes it: `Kasubbag Program`, `Sekertaris`. */
  label: string;
}

/**
 * The flowchart symbol(s) of a step. A step may carry two: the first step of every seed is start and
 * process at once (the "Mulai" capsule merged with the first activity), the last is process and end.
 */
export type StepKind = 'start' | 'process' | 'decision' | 'end';

export interface SopStep {
  /** The number printed in the No column; unique within the SOP. */
  no: number;
  /** Kegiatan/Aktivitas exactly as written, typos included. */
  activity: string;
  /** Key of the lane whose column holds the step's symbol. */
  lane: string;
  /** How the lane was read (e.g. from the activity's words when the extraction lost the marks). */
  laneReading: string | null;
  kinds: StepKind[];
  /** Zero or more Mutu Baku rows; with several, their times add up (done one after the other). */
  mutuBaku: MutuBakuRow[];
  /** Keterangan. */
  note: string | null;
  /**
   * The explicit next step of a non-decision step. `null`: the step with the following number
   * (none for an end step). See `nextStepNo`.
   */
  next: number | null;
  /** Exits of a decision step; `null` on other steps. */
  exits: DecisionExits | null;
  /** Done by every unit of these kinds in parallel, joined when all are done. */
  perUnit: PerUnit | null;
  /** The step is a meeting (agenda, minutes, attendance). */
  meeting: boolean;
  /** The step's act is initialling (paraf) the document. */
  paraf: boolean;
  /** The step's act is signing the document. */
  signature: boolean;
  /** What the step does with the run's documents, in the order listed; empty for most steps. */
  documentActs: DocumentAct[];
}

/** What a step does with the run's documents, besides its activity text. */
export type DocumentAct =
  | 'disposition_sheet' // the step's disposition is printed as the lembar disposisi (start step)
  | 'collection_format' // generates the divisions' data-collection workbook (format pengumpulan data)
  | 'report' // generates or revises the run's report: the LKjIP for a yearly run, the Laporan Pemantauan Kinerja for a quarterly one
  | 'cover_letter' // generates the surat pengantar for the report
  | 'letter_number' // issues the letter number (of the cover letter, or of the report when there is no cover letter)
  | 'send' // distributes the signed documents to their recipients
  | 'archive'; // archives the signed documents

/** Every document act, in the order a run meets them; file adapters check names against it. */
export const DOCUMENT_ACTS: readonly DocumentAct[] = Object.keys({
  disposition_sheet: true,
  collection_format: true,
  report: true,
  cover_letter: true,
  letter_number: true,
  send: true,
  archive: true,
} satisfies Record<DocumentAct, true>) as DocumentAct[];

/** Ya → `yes`, Tidak → `no`. A null `yes` means the step with the following number. */
export interface DecisionExits {
  yes: number | null;
  no: number | null;
}

export interface PerUnit {
  /** Unit kinds (`bidang`, `sekretariat`, …; see `UnitKind`) whose units each get a task. */
  unitKinds: string[];
}

/** One Mutu Baku row: Kelengkapan (inputs), Waktu (time standard), Output. */
export interface MutuBakuRow {
  inputs: string;
  time: TimeStandard | null;
  output: string;
}

/**
 * A time standard kept as written ("20 Mnit") and as read. `duration` is null when the text cannot be
 * read; `validateSop` reports that as an error naming the step.
 */
export interface TimeStandard {
  written: string;
  duration: WorkDuration | null;
}
