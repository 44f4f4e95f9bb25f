import type { Align, Block, Cell, TableCell, TableColumn } from './document-model';

/** The shade of header rows and total rows in every Alur table. */
export const HEADER_FILL = '#d9e2f3';
export const TOTAL_FILL = '#f2f2f2';

/** A header cell: bold, centred, shaded. */
export function headerCell(text: string, span: { colSpan?: number; rowSpan?: number } = {}): TableCell {
  return { runs: [text], bold: true, align: 'center', fill: HEADER_FILL, ...span };
}

/** A figure: right-aligned (already formatted the Indonesian way). */
export function numberCell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { runs: [text], align: 'right', ...extra };
}

export function centerCell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { runs: [text], align: 'center', ...extra };
}

export function textCell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { runs: [text], ...extra };
}

export function boldCell(text: string, align: Align = 'left', extra: Partial<TableCell> = {}): TableCell {
  return { runs: [text], bold: true, align, ...extra };
}

/** The text of a cell, whatever its shape (tests and look checks read tables through this). */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  return cell.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
}

/**
 * A table block with one header row from `columns` (`[title, width, align]`); `rows` as given.
 * Figures are right-aligned by their cells, not by the column, so a total row can be bold.
 */
export function simpleTable(input: {
  caption?: string;
  columns: Array<[string, number, Align?]>;
  rows: Cell[][];
  note?: string;
  size?: 'small' | 'normal';
}): Extract<Block, { kind: 'table' }> {
  const columns: TableColumn[] = input.columns.map(([, width, align]) => ({
    width,
    ...(align ? { align } : {}),
  }));
  return {
    kind: 'table',
    ...(input.caption ? { caption: input.caption } : {}),
    columns,
    header: [input.columns.map(([title]) => headerCell(title))],
    rows: input.rows,
    ...(input.note ? { note: input.note } : {}),
    ...(input.size ? { size: input.size } : {}),
  };
}
