import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Block } from '../../core/document/document-model';
import { LOOK, type SignatureCell, signatureGrids } from '../document-render.look';
import type { PdfContext } from './pdf-primitives';

const PAD = 3;

/**
 * Signature blocks (see `signatureGrids`): each grid a borderless table whose rows keep the parts of
 * blocks side by side level, kept together on one page.
 */
export function signaturesContent(block: Extract<Block, { kind: 'signatures' }>, ctx: PdfContext): Content {
  const grids = signatureGrids(block, ctx.width);
  return {
    stack: grids.map((grid, g) => ({
      table: {
        widths: grid.widths.map((w) => Math.max(1, w - 2 * PAD)),
        body: grid.rows.map((row) => row.map((cell) => cellContent(cell, ctx))),
        dontBreakRows: true,
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: () => PAD,
        paddingRight: () => PAD,
        paddingTop: () => 0,
        paddingBottom: () => 0,
      },
      margin: [0, g === 0 ? 0 : 18, 0, 0],
    })) as Content[],
    unbreakable: true,
    margin: [0, 16, 0, 10],
  } as Content;
}

function cellContent(cell: SignatureCell, ctx: PdfContext): TableCell {
  switch (cell.kind) {
    case 'text':
      return {
        text: cell.lines.join('\n'),
        alignment: 'center',
        lineHeight: 1.1,
        ...(cell.bold ? { bold: true } : {}),
        ...(cell.underline ? { decoration: 'underline' as const } : {}),
      };
    case 'mark':
      return {
        stack: [
          {
            svg: ctx.qrSvg(cell.mark.verificationUrl),
            width: LOOK.qrSize,
            height: LOOK.qrSize,
            alignment: 'center',
          },
          {
            text: cell.mark.caption,
            fontSize: 7.5,
            italics: true,
            alignment: 'center',
            margin: [0, 2, 0, 0],
          },
        ],
        margin: [0, 6, 0, 4],
      } as TableCell;
    case 'space':
      return { text: '', margin: [0, cell.height, 0, 0] };
  }
}
