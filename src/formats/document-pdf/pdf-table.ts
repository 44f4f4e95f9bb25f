import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { Block } from '../../core/document/document-model';
import { textWidth } from '../document-render.fonts';
import { fitColumnWidths, tableGrid } from '../document-render.grid';
import {
  estimateTableHeight,
  hexColour,
  KEEP_TABLE_WHOLE,
  LOOK,
  tableFontSize,
} from '../document-render.look';
import { inlines } from './pdf-primitives';

type TableBlock = Extract<Block, { kind: 'table' }>;

const PAD_X = LOOK.cellPadding.x;
const PAD_Y = LOOK.cellPadding.y;

const RULED: CustomTableLayout = {
  hLineWidth: () => LOOK.rule,
  vLineWidth: () => LOOK.rule,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: () => PAD_Y,
  paddingBottom: () => PAD_Y,
};

const BORDERLESS: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : PAD_X),
  paddingRight: () => PAD_X,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

/**
 * pdfmake's widths for columns of the given total widths: pdfmake adds the paddings and rules to the
 * widths it is given.
 */
function pdfmakeWidths(widths: number[], borderless: boolean): number[] {
  return widths.map((w, i) => {
    const paddings = borderless ? (i === 0 ? PAD_X : 2 * PAD_X) : 2 * PAD_X;
    const rules = borderless ? 0 : LOOK.rule * (i === widths.length - 1 ? 2 : 1);
    return Math.max(1, w - paddings - rules);
  });
}

/**
 * A model table: caption above (kept with the table), header rows repeated on every page the table
 * spans (grey unless a cell has its own fill), rows that never split, and the note below in small print.
 */
export function tableContent(block: TableBlock, width: number): Content[] {
  const out: Content[] = [];
  if (block.caption)
    out.push({
      text: block.caption,
      bold: true,
      fontSize: LOOK.small + 1,
      alignment: 'center',
      margin: [0, 6, 0, 4],
    });
  const columns = block.columns.length;
  const grid = columns > 0 ? tableGrid(columns, block.header, block.rows) : [];
  if (grid.length > 0) {
    const size = tableFontSize(block);
    const headerRows = block.header.length;
    const body: TableCell[][] = grid.map((row, r) => {
      const isHeader = r < headerRows;
      const cells: TableCell[] = [];
      for (let c = 0; c < columns; c++) {
        const cell = row.covering[c]!;
        if (cell.row !== r || cell.col !== c) {
          cells.push({});
          continue;
        }
        // Only `#rrggbb` is a colour (as in the DOCX); anything else leaves the cell unfilled.
        const own = hexColour(cell.fill) ? cell.fill : undefined;
        const fill = own ?? (isHeader && !block.borderless ? LOOK.headerFill : undefined);
        cells.push({
          text: inlines(cell.runs),
          fontSize: size,
          bold: cell.bold || (isHeader && !block.borderless),
          alignment: cell.align ?? block.columns[c]?.align ?? (isHeader ? 'center' : 'left'),
          ...(fill ? { fillColor: fill } : {}),
          ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
          ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
          // pdfmake centres a cell spanning rows against the wrong height, so those stay at the top.
          ...(isHeader && cell.rowSpan === 1 ? { verticalAlignment: 'middle' as const } : {}),
        } as TableCell);
      }
      return cells;
    });
    const widths = fitColumnWidths(
      block.columns.map((col) => col.width),
      grid,
      width,
      { size, padding: PAD_X, headerRows, measure: textWidth },
    );
    // pdfmake sizes the rows a cell spans wrongly when rows may not break (the last row of the span
    // grows by the spanning cell's height), so a table with row spans in its body lets rows break.
    const bodySpans = grid.slice(headerRows).some((row) => row.cells.some((cell) => cell.rowSpan > 1));
    out.push({
      table: {
        widths: pdfmakeWidths(widths, block.borderless ?? false),
        body,
        headerRows: headerRows > 0 && headerRows < grid.length ? headerRows : 0,
        ...(headerRows > 0 && headerRows < grid.length ? { keepWithHeaderRows: 1 } : {}),
        dontBreakRows: !bodySpans,
      },
      layout: block.borderless ? BORDERLESS : RULED,
      lineHeight: 1.05,
      margin: [0, 0, 0, block.note ? 2 : 10],
    } as Content);
  }
  if (block.note)
    out.push({
      text: block.note,
      fontSize: LOOK.note,
      italics: true,
      margin: [0, 1, 0, 10],
      lineHeight: 1.05,
    });
  // A short table is not split: it moves whole to the next page.
  if (grid.length > 1 && estimateTableHeight(block, width) <= KEEP_TABLE_WHOLE)
    return [{ stack: out, unbreakable: true }];
  return out;
}

/** The paraf trail: who initialled the version and when, as a small ruled table at the left. */
export function parafTable(block: Extract<Block, { kind: 'paraf' }>, width: number): Content[] {
  const size = LOOK.note;
  const header = ['No', 'Jabatan', 'Nama', 'Paraf'].map((text) => ({
    text,
    bold: true,
    fontSize: size,
    alignment: 'center' as const,
    fillColor: LOOK.headerFill,
  }));
  const rows = block.entries.map((entry, index) => [
    { text: String(index + 1), fontSize: size, alignment: 'center' as const },
    { text: entry.position, fontSize: size },
    { text: entry.name, fontSize: size },
    { text: entry.at, fontSize: size - 0.5 },
  ]);
  const tableWidth = Math.min(width, 330);
  const widths = [7, 35, 33, 25].map((w) => (w * tableWidth) / 100);
  return [
    { text: block.title, bold: true, fontSize: size + 0.5, margin: [0, 10, 0, 3] },
    {
      table: {
        widths: pdfmakeWidths(widths, false),
        body: [header, ...rows],
        headerRows: rows.length > 0 ? 1 : 0,
        dontBreakRows: true,
      },
      layout: RULED,
      lineHeight: 1.05,
      margin: [0, 0, 0, 8],
    } as Content,
  ];
}
