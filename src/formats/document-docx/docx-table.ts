import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
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
import { ALIGN, type DocxChild, runs, TWIP } from './docx-primitives';

type TableBlock = Extract<Block, { kind: 'table' }>;

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const thin = { style: BorderStyle.SINGLE, size: Math.round(LOOK.rule * 8), color: '000000' };

export const NO_BORDERS = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

const RULED = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};

const CELL_MARGINS = {
  top: LOOK.cellPadding.y * TWIP,
  bottom: LOOK.cellPadding.y * TWIP,
  left: LOOK.cellPadding.x * TWIP,
  right: LOOK.cellPadding.x * TWIP,
};

/** Cell text: single line spacing a little open (as the PDF's 1.05), no space after. */
function cellParagraphs(
  block: { runs: Parameters<typeof runs>[0] },
  size: number,
  bold: boolean,
  align: keyof typeof ALIGN,
  keepNext = false,
) {
  return [
    new Paragraph({
      children: runs(block.runs, { size, bold }),
      alignment: ALIGN[align],
      spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO },
      ...(keepNext ? { keepNext: true } : {}),
    }),
  ];
}

/**
 * A model table as a Word table: caption above (kept with the table), header rows marked as repeating
 * on every page (grey unless a cell has its own fill), rows that do not split across pages, fixed
 * column widths (the model's relative widths, widened where a word would not fit), spans as Word's
 * merged cells, and the note below in small print. A borderless table has no rules and no grey.
 */
export function tableContent(block: TableBlock, width: number, pageBreakBefore: boolean): DocxChild[] {
  const out: DocxChild[] = [];
  const columns = block.columns.length;
  const grid = columns > 0 ? tableGrid(columns, block.header, block.rows) : [];
  let breakPending = pageBreakBefore;
  if (block.caption) {
    out.push(
      new Paragraph({
        children: runs([block.caption], { size: LOOK.small + 1, bold: true }),
        alignment: AlignmentType.CENTER,
        keepNext: true,
        keepLines: true,
        spacing: { before: 6 * TWIP, after: 4 * TWIP },
        ...(breakPending ? { pageBreakBefore: true } : {}),
      }),
    );
    breakPending = false;
  }
  if (grid.length > 0) {
    if (breakPending) {
      out.push(
        new Paragraph({
          children: [],
          pageBreakBefore: true,
          spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
        }),
      );
      breakPending = false;
    }
    const size = tableFontSize(block);
    const headerRows = block.header.length;
    const borderless = block.borderless ?? false;
    const widths = fitColumnWidths(
      block.columns.map((col) => col.width),
      grid,
      width,
      { size, padding: LOOK.cellPadding.x, headerRows, measure: textWidth },
    ).map((w) => Math.round(w * TWIP));
    // Word keeps rows together when their paragraphs keep with the next: header rows always (never
    // alone at a page's foot), every row of a short table (moved whole, with its note, not split).
    const whole = grid.length > 1 && estimateTableHeight(block, width) <= KEEP_TABLE_WHOLE;
    const rows = grid.map((row, r) => {
      const isHeader = r < headerRows;
      const keepNext = (isHeader || whole) && (r < grid.length - 1 || block.note !== undefined);
      return new TableRow({
        tableHeader: isHeader,
        cantSplit: true,
        children: row.cells.map((cell) => {
          const fill =
            hexColour(cell.fill) ?? (isHeader && !borderless ? hexColour(LOOK.headerFill) : undefined);
          const span = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
          return new TableCell({
            children: cellParagraphs(
              cell,
              size,
              cell.bold || (isHeader && !borderless),
              cell.align ?? block.columns[cell.col]?.align ?? (isHeader ? 'center' : 'left'),
              keepNext,
            ),
            width: { size: span, type: WidthType.DXA },
            ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
            ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
            ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
            ...(isHeader ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
            margins: borderless
              ? { ...CELL_MARGINS, top: TWIP, bottom: TWIP, left: cell.col === 0 ? 0 : CELL_MARGINS.left }
              : CELL_MARGINS,
          });
        }),
      });
    });
    out.push(
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        borders: borderless ? NO_BORDERS : RULED,
        rows,
      }),
    );
  }
  out.push(
    new Paragraph({
      children: block.note ? runs([block.note], { size: LOOK.note, italics: true }) : [],
      spacing: {
        before: block.note ? 2 * TWIP : 0,
        after: 10 * TWIP,
        line: block.note ? 240 : 20,
        lineRule: block.note ? LineRuleType.AUTO : LineRuleType.EXACT,
      },
      ...(breakPending ? { pageBreakBefore: true } : {}),
    }),
  );
  return out;
}

/** The paraf trail: who initialled the version and when, as a small ruled table at the left. */
export function parafTable(
  block: Extract<Block, { kind: 'paraf' }>,
  width: number,
  pageBreakBefore: boolean,
): DocxChild[] {
  const size = LOOK.note;
  const tableWidth = Math.min(width, 330);
  const widths = [7, 35, 33, 25].map((w) => Math.round((w * tableWidth * TWIP) / 100));
  const cell = (text: string, c: number, header: boolean, align: 'left' | 'center' = 'left') =>
    new TableCell({
      children: cellParagraphs(
        { runs: [text] },
        header ? size : c === 3 ? size - 0.5 : size,
        header,
        header ? 'center' : align,
      ),
      width: { size: widths[c]!, type: WidthType.DXA },
      margins: CELL_MARGINS,
      ...(header
        ? { shading: { fill: hexColour(LOOK.headerFill)!, type: ShadingType.CLEAR, color: 'auto' } }
        : {}),
    });
  return [
    new Paragraph({
      children: runs([block.title], { size: size + 0.5, bold: true }),
      keepNext: true,
      spacing: { before: 10 * TWIP, after: 3 * TWIP },
      ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      borders: RULED,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: ['No', 'Jabatan', 'Nama', 'Paraf'].map((text, c) => cell(text, c, true)),
        }),
        ...block.entries.map(
          (entry, i) =>
            new TableRow({
              cantSplit: true,
              children: [
                cell(String(i + 1), 0, false, 'center'),
                cell(entry.position, 1, false),
                cell(entry.name, 2, false),
                cell(entry.at, 3, false),
              ],
            }),
        ),
      ],
    }),
    new Paragraph({ children: [], spacing: { before: 0, after: 8 * TWIP } }),
  ];
}
