import type { Block } from '../../core/document/document-model';
import { wrapText } from '../document-render.fonts';
import { inlineText } from '../document-render.grid';
import { imageInfo } from '../document-render.image';
import { estimateTableHeight, KEEP_TABLE_WHOLE, LINE_BOX, LOOK, MM } from '../document-render.look';

/** pdfmake's line height factor for body text (the document's default style). */
export const BODY_LINE_FACTOR = LOOK.lineHeight - 0.15;

function linesHeight(lines: number, size: number, factor = BODY_LINE_FACTOR): number {
  return lines * size * LINE_BOX * factor;
}

/**
 * How much room a heading, a table caption or the paraf title needs below itself so it is not left
 * alone at the foot of a page: the least of what follows that must be on the same page (two lines of
 * a paragraph, a table's header rows and first row, a whole short table or figure). The PDF renderer
 * reserves that room inside an unbreakable block with the node (and gives it back after), so pdfmake
 * moves the node to the next page itself when the room is not there: one layout, no second pass.
 */
export function keepReserve(block: Block, next: Block | undefined, width: number): number | undefined {
  switch (block.kind) {
    case 'heading':
      return next ? leastStart(next, width) : undefined;
    case 'table': {
      // A short table moves whole already; a long one keeps its caption with its header and first row.
      if (!block.caption || estimateTableHeight(block, width) <= KEEP_TABLE_WHOLE) return undefined;
      return estimateTableHeight(block, width, 1) - captionHeight(block.caption, width);
    }
    case 'paraf':
      return 2 * linesHeight(2, LOOK.note, 1.05) + 12;
    default:
      return undefined;
  }
}

function captionHeight(caption: string, width: number): number {
  return linesHeight(wrapText(caption, width, LOOK.small + 1, true).length, LOOK.small + 1) + 10;
}

export function headingHeight(block: Extract<Block, { kind: 'heading' }>, width: number): number {
  const size = LOOK.heading[block.level];
  const lines = wrapText(block.level === 1 ? block.text.toUpperCase() : block.text, width, size, true).length;
  const margins = block.level === 1 ? 14 : block.level === 2 ? 14 : 10;
  return linesHeight(lines, size, 1.15) + margins;
}

/** The least height of a block that should start on the same page as what comes before it. */
function leastStart(block: Block, width: number): number {
  switch (block.kind) {
    case 'heading':
      return headingHeight(block, width) + linesHeight(2, LOOK.body);
    case 'paragraph': {
      if (block.image) {
        const info = imageInfo(block.image.base64);
        return (Math.min(Math.max(1, block.image.width) * MM, width) * info.height) / info.width;
      }
      const size = block.size === 'small' ? LOOK.small : block.size === 'large' ? LOOK.large : LOOK.body;
      const lines = Math.min(2, wrapText(inlineText(block.runs), width, size).length);
      return linesHeight(lines, size);
    }
    case 'list':
      return linesHeight(Math.min(2, block.items.length), LOOK.body);
    case 'table':
      return tableLeast(block, width);
    case 'figure':
      return (block.height * MM * Math.min(block.width * MM, width)) / (block.width * MM || 1) + 36;
    case 'signatures':
      return 140;
    case 'paraf':
      return 50;
    case 'toc':
      return 60;
    case 'letterhead':
      return 90;
    case 'spacer':
      return block.height * MM;
    case 'page-break':
      return 0;
  }
}

/** Caption, header rows and the first body row of a table; all of a short table (kept whole). */
function tableLeast(block: Extract<Block, { kind: 'table' }>, width: number): number {
  const whole = estimateTableHeight(block, width);
  return whole <= KEEP_TABLE_WHOLE ? whole : estimateTableHeight(block, width, 1);
}
