import type { ContentText } from 'pdfmake/interfaces';
import type { Block, Inline, Letterhead } from '../../core/document/document-model';

/** A Daftar Isi line: the heading it lists and the page label it prints ("iii", "12", ""). */
export interface TocLine {
  id: string;
  text: string;
  level: 1 | 2 | 3;
  page: string;
}

/** What the block converters need besides the block. */
export interface PdfContext {
  /** Width of the text area of the current section, in points. */
  width: number;
  letterhead?: Letterhead;
  /** The id each listed heading carries, to find its page. */
  headingIds: Map<Block, string>;
  toc: TocLine[];
  /** A chart's SVG, or undefined to lay out an empty box of its size (the measuring pass). */
  chartSvg: (block: Extract<Block, { kind: 'figure' }>) => string | undefined;
  /** The QR code SVG of a verification URL. */
  qrSvg: (url: string) => string;
}

export function inlines(runs: Inline[]): ContentText['text'] {
  return runs.map((run) =>
    typeof run === 'string'
      ? run
      : {
          text: run.text,
          ...(run.bold ? { bold: true } : {}),
          ...(run.italic ? { italics: true } : {}),
          ...(run.underline ? { decoration: 'underline' as const } : {}),
        },
  );
}

/** PNG or JPEG, by the first bytes of the base64 text. */
export function imageMime(base64: string): string {
  return base64.startsWith('/9j/') ? 'image/jpeg' : 'image/png';
}
