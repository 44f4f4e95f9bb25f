/**
 * The format-neutral document model. Every document Alur produces (LKjIP, Laporan Pemantauan
 * Kinerja, Perjanjian Kinerja, lembar disposisi, surat pengantar) is first built as a
 * `DocumentModel` by a pure builder in `src/core/document/`, then rendered by
 * `src/formats/document-docx` and `src/formats/document-pdf` from the same model. Renderers
 * decide looks (fonts, spacing, borders); the model decides content and structure.
 *
 * Text is already formatted the Indonesian way when it reaches the model (`1.234,56`,
 * `Rp21.032.050.000`, `22 November 2026`): renderers never format numbers.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A run of text inside a paragraph or a cell. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Inline = string | TextRun;

/** One table cell. A plain string is a left-aligned, unstyled cell. */
export interface TableCell {
  runs: Inline[];
  align?: Align;
  bold?: boolean;
  colSpan?: number;
  rowSpan?: number;
  /** Background as `#rrggbb` (the achievement category colour, a header shade). */
  fill?: string;
}

export type Cell = string | TableCell;

export interface TableColumn {
  /** Relative width; the renderer scales the columns to the text width. */
  width: number;
  align?: Align;
}

/**
 * A chart, drawn by `src/formats/document-chart` with ECharts on the server (SVG for PDF,
 * PNG through resvg for DOCX). Values are plain numbers (already rounded for display);
 * `null` is a gap.
 */
export interface ChartSpec {
  kind: 'bar' | 'line' | 'bar-line';
  title: string;
  categories: string[];
  series: { name: string; kind: 'bar' | 'line'; values: (number | null)[]; color?: string }[];
  yAxisName?: string;
  /** Horizontal reference line (e.g. 100 for "target met"). */
  markLine?: { value: number; label: string };
}

/** A person's place in a signature block (resolved from the appointments on the document date). */
export interface SignatoryModel {
  /** Key the signing step uses to find this block (`head`, `pihak_pertama`, `pihak_kedua`). */
  key: string;
  /** Line(s) above the name: "KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI KALIMANTAN TIMUR". */
  roleLines: string[];
  /** "Plt." / "Plh." prefix when the holder is acting. */
  actingPrefix?: string;
  name: string;
  /** Pangkat/golongan: "Pembina Utama Muda (IV/c)"; omitted when unknown. */
  rank?: string;
  nip?: string;
}

/**
 * The visible electronic-signature mark placed in a signature block of the final PDF: a QR code to
 * the public verification page and the words that say the document was signed electronically.
 * Present only on the version prepared for signing.
 */
export interface SignatureMark {
  verificationUrl: string;
  /** e.g. "Ditandatangani secara elektronik". */
  caption: string;
}

export interface ParafEntry {
  position: string;
  name: string;
  /** Formatted time, e.g. "20 November 2026 10.15 WITA"; empty while not yet initialled. */
  at: string;
}

export type Block =
  | {
      kind: 'heading';
      level: 1 | 2 | 3;
      text: string;
      align?: Align /** listed in the Daftar Isi */;
      toc?: boolean;
    }
  | {
      kind: 'paragraph';
      runs: Inline[];
      align?: Align /** first-line indent */;
      indent?: boolean;
      size?: 'small' | 'normal' | 'large';
      /**
       * An image in place of text (the agency logo on a report cover), placed by `align`: PNG or JPEG
       * bytes, base64, and the printed width in mm (height follows the image's proportions).
       */
      image?: { base64: string; width: number };
    }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | {
      kind: 'table';
      /** "Tabel 3.1 Capaian Indikator Kinerja Sasaran 1" above the table. */
      caption?: string;
      columns: TableColumn[];
      /** Header rows, repeated on every page the table spans. */
      header: Cell[][];
      rows: Cell[][];
      /** Small print under the table (source, footnotes). */
      note?: string;
      size?: 'small' | 'normal';
      /** Borderless layout table (letter header fields, disposition form). */
      borderless?: boolean;
    }
  | { kind: 'figure'; chart: ChartSpec; caption: string /** mm */; width: number; height: number }
  | { kind: 'toc'; title: string }
  | { kind: 'page-break' }
  | { kind: 'spacer' /** mm */; height: number }
  /** A letterhead (kop surat) from the document's `letterhead`. */
  | { kind: 'letterhead' }
  /**
   * Signature blocks side by side (PK: pihak kedua left, pihak pertama right) or one on the right
   * (letters, LKjIP). `place` and `date` print above the first block on the right.
   */
  | {
      kind: 'signatures';
      place?: string;
      date?: string;
      signatories: SignatoryModel[];
      /** Filled on the version prepared for signing, by signatory key. */
      marks?: Record<string, SignatureMark>;
    }
  | { kind: 'paraf'; title: string; entries: ParafEntry[] };

export interface Letterhead {
  /** "PEMERINTAH PROVINSI KALIMANTAN TIMUR". */
  government: string;
  /** "DINAS ENERGI DAN SUMBER DAYA MINERAL". */
  agencyName: string;
  /** Address, telephone, e-mail lines. */
  addressLines: string[];
  /** PNG or JPEG bytes of the logo, base64; absent when the agency has none. */
  logoBase64?: string;
}

export interface DocumentSection {
  /** Page numbers in the footer: roman for front matter, arabic for the body, none for a cover. */
  pageNumbers: 'none' | 'roman' | 'arabic';
  orientation?: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface DocumentModel {
  /** What the document is, for file names and metadata. */
  kind: DocumentKind;
  title: string;
  subject: string;
  author: string;
  /** F4 (215 × 330 mm) is common in regional government; A4 the default. */
  paper: 'A4' | 'F4';
  letterhead?: Letterhead;
  sections: DocumentSection[];
}

export type DocumentKind =
  | 'lkjip'
  | 'pemantauan'
  | 'perjanjian_kinerja'
  | 'disposisi'
  | 'surat_pengantar'
  | 'sop_sheet'
  | 'upload';
