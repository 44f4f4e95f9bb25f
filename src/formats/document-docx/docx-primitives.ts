import {
  AlignmentType,
  type Paragraph as DocxParagraph,
  LineRuleType,
  Paragraph,
  type Table,
  type TableOfContents,
  TextRun,
} from 'docx';
import type { Align, Inline, Letterhead } from '../../core/document/document-model';
import { LOOK } from '../document-render.look';

export type DocxChild = DocxParagraph | Table | TableOfContents;

/** Twentieths of a point, Word's unit for lengths. */
export const TWIP = 20;
/** Pixels (1/96 inch) per point: docx sizes pictures in pixels. */
export const PX = 96 / 72;

export interface DocxContext {
  /** Width of the text area of the current section, in points. */
  width: number;
  letterhead?: Letterhead;
  /** PNG of the QR code of a verification URL. */
  qrPng: (url: string) => Buffer;
  /** A new numbering instance, so each ordered list starts at 1. */
  nextListInstance: () => number;
  /** The first paragraph of this block starts a new page (the model's page break before it). */
  pageBreakBefore: boolean;
}

export const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Text runs; a line break inside a text ("\n") becomes a Word line break. */
export function runs(
  inlines: Inline[],
  base: { size?: number; bold?: boolean; italics?: boolean } = {},
): TextRun[] {
  const out: TextRun[] = [];
  for (const inline of inlines) {
    const run = typeof inline === 'string' ? { text: inline } : inline;
    run.text.split(/\r?\n/).forEach((part, i) => {
      out.push(
        new TextRun({
          text: part,
          ...(i > 0 ? { break: 1 } : {}),
          ...(base.size ? { size: Math.round(base.size * 2) } : {}),
          ...(run.bold || base.bold ? { bold: true } : {}),
          ...(('italic' in run && run.italic) || base.italics ? { italics: true } : {}),
          ...('underline' in run && run.underline ? { underline: {} } : {}),
        }),
      );
    });
  }
  return out;
}

export const SIZES = { small: LOOK.small, normal: LOOK.body, large: LOOK.large } as const;

/** Word's "multiple" line spacing (240 = single) matching the PDF's line pitch. */
export const BODY_LINE = Math.round(240 * (LOOK.lineHeight - 0.15));

/** An empty paragraph `height` points tall. */
export function spacer(height: number, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    children: [],
    spacing: {
      before: 0,
      after: 0,
      line: Math.max(20, Math.round(height * TWIP)),
      lineRule: LineRuleType.EXACT,
    },
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}
