import {
  AlignmentType,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block } from '../../core/document/document-model';
import { LOOK, type SignatureCell, signatureGrids } from '../document-render.look';
import { BODY_LINE, type DocxChild, type DocxContext, PX, runs, spacer, TWIP } from './docx-primitives';
import { NO_BORDERS } from './docx-table';

/**
 * Signature blocks (see `signatureGrids`): each grid a borderless table whose rows keep the parts of
 * blocks side by side level; rows do not split and every paragraph keeps with the next, so a block
 * stays on one page.
 */
export function signaturesContent(
  block: Extract<Block, { kind: 'signatures' }>,
  ctx: DocxContext,
): DocxChild[] {
  const grids = signatureGrids(block, ctx.width);
  if (grids.length === 0) return [];
  const out: DocxChild[] = [spacer(16, ctx.pageBreakBefore)];
  grids.forEach((grid, g) => {
    const widths = grid.widths.map((w) => Math.round(w * TWIP));
    out.push(
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        borders: NO_BORDERS,
        rows: grid.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: row.map(
                (cell, c) =>
                  new TableCell({
                    children: cellParagraphs(cell, ctx),
                    width: { size: widths[c]!, type: WidthType.DXA },
                    margins: { top: 0, bottom: 0, left: 3 * TWIP, right: 3 * TWIP },
                    borders: NO_BORDERS,
                  }),
              ),
            }),
        ),
      }),
    );
    out.push(spacer(g === grids.length - 1 ? 10 : 18));
  });
  return out;
}

const keep = { keepNext: true, keepLines: true } as const;

function cellParagraphs(cell: SignatureCell, ctx: DocxContext): Paragraph[] {
  switch (cell.kind) {
    case 'text': {
      const lines = cell.lines.length > 0 ? cell.lines : [''];
      return lines.map(
        (line) =>
          new Paragraph({
            children: [
              new TextRun({
                text: line,
                ...(cell.bold ? { bold: true } : {}),
                ...(cell.underline ? { underline: {} } : {}),
              }),
            ],
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 0, line: BODY_LINE, lineRule: LineRuleType.AUTO },
            ...keep,
          }),
      );
    }
    case 'mark':
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: ctx.qrPng(cell.mark.verificationUrl),
              transformation: { width: Math.round(LOOK.qrSize * PX), height: Math.round(LOOK.qrSize * PX) },
              altText: { name: 'QR', description: cell.mark.verificationUrl, title: cell.mark.caption },
            }),
          ],
          alignment: AlignmentType.CENTER,
          spacing: { before: 6 * TWIP, after: 2 * TWIP },
          ...keep,
        }),
        new Paragraph({
          children: runs([cell.mark.caption], { size: 7.5, italics: true }),
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 4 * TWIP },
          ...keep,
        }),
      ];
    case 'space':
      return [
        new Paragraph({
          children: [],
          spacing: {
            before: 0,
            after: 0,
            line: Math.round(cell.height * TWIP),
            lineRule: LineRuleType.EXACT,
          },
          ...keep,
        }),
      ];
  }
}
