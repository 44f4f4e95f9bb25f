import type {
  Block,
  DocumentModel,
  DocumentSection,
  SignatoryModel,
  SignatureMark,
} from '../core/document/document-model';
import { textWidth, wrapText } from './document-render.fonts';
import { inlineText, tableGrid } from './document-render.grid';

/**
 * The looks both renderers share, so the DOCX and the PDF of one model match: an Indonesian
 * government report (11 pt body, bold uppercase chapter headings centred, thin black table rules with
 * a grey header row). Lengths in points unless the name says otherwise.
 */
export const LOOK = {
  body: 11,
  small: 9,
  large: 14,
  table: 9,
  tableSmall: 8,
  note: 8,
  footer: 9,
  heading: { 1: 12, 2: 11, 3: 11 } as const,
  /** Line height as a multiple of the font size (the "1,15" of Word's line spacing menu, a bit more). */
  lineHeight: 1.25,
  /** Space after a paragraph. */
  paragraphAfter: 6,
  firstLineIndent: 36,
  listIndent: 18,
  headerFill: '#d9d9d9',
  rule: 0.5,
  cellPadding: { x: 3, y: 2 },
  /** The signature space when nothing is drawn in it. */
  signatureSpace: 60,
  /** Side of the signature QR code. */
  qrSize: 62,
  letterheadLogo: 62,
} as const;

export const MM = 72 / 25.4;

/** Paper in points, portrait. */
export function paperSize(paper: DocumentModel['paper']): { width: number; height: number } {
  return paper === 'F4' ? { width: 215 * MM, height: 330 * MM } : { width: 210 * MM, height: 297 * MM };
}

/** Page margins in points: a wider left margin for binding; the footer sits in the bottom margin. */
export function pageMargins(orientation: DocumentSection['orientation']): {
  top: number;
  right: number;
  bottom: number;
  left: number;
} {
  return orientation === 'landscape'
    ? { top: 25 * MM, right: 20 * MM, bottom: 20 * MM, left: 20 * MM }
    : { top: 20 * MM, right: 20 * MM, bottom: 22 * MM, left: 30 * MM };
}

/** Where the footer's page number stands, from the bottom edge. */
export const FOOTER_FROM_BOTTOM = 10 * MM;

/**
 * Where page numbering restarts: at a section whose format differs from the previous section's
 * (cover none → front matter i, ii … → body 1, 2 …). Sections of the same format continue the count,
 * so a landscape appendix inside the body keeps the body's numbers.
 */
export function restartsNumbering(sections: DocumentSection[], index: number): boolean {
  return index === 0 || sections[index - 1]!.pageNumbers !== sections[index]!.pageNumbers;
}

/** Lower-case roman numerals, for front matter. */
export function romanLower(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** A heading's text on one line (a "BAB I\nPENDAHULUAN" heading prints on two, lists on one). */
export function headingLine(text: string): string {
  return text.split(/\r?\n/).join(' ');
}

/** `#rrggbb` → `RRGGBB`, or undefined when not a colour. */
export function hexColour(fill: string | undefined): string | undefined {
  return fill && /^#[0-9a-fA-F]{6}$/.test(fill) ? fill.slice(1).toUpperCase() : undefined;
}

/** A signatory's role lines, the acting prefix ("Plt.") before the first. */
export function roleLines(signatory: SignatoryModel): string[] {
  const lines = signatory.roleLines.map((line, i) =>
    i === 0 && signatory.actingPrefix ? `${signatory.actingPrefix} ${line}` : line,
  );
  if (lines.length === 0 && signatory.actingPrefix) lines.push(signatory.actingPrefix);
  return lines;
}

/**
 * The width of a lone signature block (on the right): as wide as its longest line needs, so a role
 * line such as "KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL" stays on one line, between 45% and 70%
 * of the text width.
 */
export function signatureBlockWidth(
  signatory: SignatoryModel | undefined,
  block: Extract<Block, { kind: 'signatures' }>,
  dateLine: string,
  width: number,
): number {
  const lines = signatory
    ? [dateLine, ...roleLines(signatory), signatory.rank ?? '', signatory.nip ? `NIP. ${signatory.nip}` : '']
    : [dateLine];
  const widest = Math.max(
    ...lines.map((line) => textWidth(line, LOOK.body)),
    signatory ? textWidth(signatory.name, LOOK.body, true) : 0,
    signatory && block.marks?.[signatory.key] ? LOOK.qrSize : 0,
  );
  return Math.min(width * 0.7, Math.max(width * 0.45, widest + 20));
}

/** The largest size from `max` down to `min` (half points) at which `text` fits `width` on one line. */
export function fittingSize(text: string, width: number, max: number, min: number, bold: boolean): number {
  for (let size = max; size > min; size -= 0.5) if (textWidth(text, size, bold) <= width) return size;
  return min;
}

/**
 * The letterhead's columns (points): the logo with a little gap, the centred lines, and an empty
 * column on the right about as wide as the logo so the lines sit near the page centre. The lines'
 * sizes shrink (to 10 and 11 pt at least) so the government and agency names each stay on one line.
 */
export function letterheadLayout(
  letterhead: { government: string; agencyName: string },
  width: number,
  hasLogo: boolean,
): { logo: number; text: number; right: number; governmentSize: number; agencySize: number } {
  const logo = hasLogo ? LOOK.letterheadLogo + 6 : 0;
  const right = hasLogo ? LOOK.letterheadLogo * 0.6 + 6 : 0;
  const text = width - logo - right;
  return {
    logo,
    text,
    right,
    governmentSize: fittingSize(letterhead.government, text - 4, 13, 10, true),
    agencySize: fittingSize(letterhead.agencyName, text - 4, 15, 11, true),
  };
}

/** One cell of a signature grid: lines of text, the electronic-signature mark, or blank space. */
export type SignatureCell =
  | { kind: 'text'; lines: string[]; bold?: boolean; underline?: boolean }
  | { kind: 'mark'; mark: SignatureMark }
  | { kind: 'space'; height: number };

/** Signature blocks laid out as a grid: column widths (points) and rows of cells, one per column. */
export interface SignatureGrid {
  widths: number[];
  rows: SignatureCell[][];
}

/**
 * Signature blocks as grids, one per row of up to two signatories (PK: pihak kedua left, pihak pertama
 * right; one signatory stands on the right). Each part (date, role lines, the space or the QR mark,
 * name, rank, NIP) is a row of its own, so the names of blocks side by side stand level however many
 * role lines each has. The place and date print above the rightmost block of the first row.
 */
export function signatureGrids(
  block: Extract<Block, { kind: 'signatures' }>,
  width: number,
): SignatureGrid[] {
  const dateLine = [block.place, block.date].filter((part) => part && part.trim() !== '').join(', ');
  const groups: SignatoryModel[][] = [];
  for (let i = 0; i < block.signatories.length; i += 2) groups.push(block.signatories.slice(i, i + 2));
  if (groups.length === 0 && dateLine !== '') groups.push([]);
  return groups.map((group, g) => {
    const single = group.length <= 1;
    const blockWidth = single ? signatureBlockWidth(group[0], block, dateLine, width) : width / 2;
    const widths = single ? [width - blockWidth, blockWidth] : [width / 2, width / 2];
    // A lone block sits in the right column; the left one stays empty.
    const slots: (SignatoryModel | undefined)[] = single ? [undefined, group[0]] : group;
    const text = (
      pick: (s: SignatoryModel) => string[],
      style: { bold?: boolean; underline?: boolean } = {},
    ) => slots.map((s): SignatureCell => ({ kind: 'text', lines: s ? pick(s) : [], ...style }));
    const rows: SignatureCell[][] = [];
    if (g === 0 && dateLine !== '')
      rows.push(
        slots.map(
          (_, i): SignatureCell => ({ kind: 'text', lines: i === slots.length - 1 ? [dateLine] : [] }),
        ),
      );
    if (slots.some((s) => s && roleLines(s).length > 0)) rows.push(text(roleLines));
    rows.push(
      slots.map((s): SignatureCell => {
        const mark = s ? block.marks?.[s.key] : undefined;
        return mark ? { kind: 'mark', mark } : { kind: 'space', height: LOOK.signatureSpace };
      }),
    );
    if (slots.some((s) => s)) rows.push(text((s) => [s.name], { bold: true, underline: true }));
    if (slots.some((s) => s?.rank)) rows.push(text((s) => (s.rank ? [s.rank] : [])));
    if (slots.some((s) => s?.nip)) rows.push(text((s) => (s.nip ? [`NIP. ${s.nip}`] : [])));
    return { widths, rows };
  });
}

/**
 * A table's font size: ruled tables in table print (9 pt, small 8 pt); borderless layout tables (a
 * letter's Nomor/Sifat/Lampiran/Perihal, the parties of a PK) in body text (11 pt, small 9 pt).
 */
export function tableFontSize(block: { size?: 'small' | 'normal'; borderless?: boolean }): number {
  if (block.borderless) return block.size === 'small' ? LOOK.small : LOOK.body;
  return block.size === 'small' ? LOOK.tableSmall : LOOK.table;
}

/** DejaVu Sans's line box (ascender + descender) per point of font size, as both renderers space lines. */
export const LINE_BOX = 1.164;

/**
 * A table's height (points) with its caption, estimated from the DejaVu metrics and the model's
 * relative column widths: all rows, or the header and the first `bodyRows`.
 */
export function estimateTableHeight(
  block: Extract<Block, { kind: 'table' }>,
  width: number,
  bodyRows = Number.POSITIVE_INFINITY,
): number {
  const lines = (count: number, size: number, factor: number) => count * size * LINE_BOX * factor;
  const caption = block.caption
    ? lines(
        wrapText(block.caption, width, LOOK.small + 1, true).length,
        LOOK.small + 1,
        LOOK.lineHeight - 0.15,
      ) + 10
    : 0;
  const columns = block.columns.length;
  if (columns === 0) return caption;
  const size = tableFontSize(block);
  const total = block.columns.reduce((sum, c) => sum + Math.max(0, c.width), 0) || columns;
  const colWidth = (c: number, span: number) => {
    let w = 0;
    for (let i = c; i < c + span; i++) w += (width * Math.max(0, block.columns[i]?.width ?? 0)) / total;
    return Math.max(8, w - 2 * LOOK.cellPadding.x);
  };
  const grid = tableGrid(columns, block.header, block.rows.slice(0, bodyRows));
  let height = caption;
  for (const row of grid) {
    let count = 1;
    for (const cell of row.cells) {
      if (cell.rowSpan > 1) continue;
      count = Math.max(
        count,
        wrapText(inlineText(cell.runs), colWidth(cell.col, cell.colSpan), size, cell.bold).length,
      );
    }
    height += lines(count, size, 1.05) + 2 * LOOK.cellPadding.y + LOOK.rule;
  }
  return height;
}

/** Tables up to this height (points, caption included) are kept whole on one page rather than split. */
export const KEEP_TABLE_WHOLE = 240;
