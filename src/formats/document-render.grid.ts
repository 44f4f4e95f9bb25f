import type { Align, Cell, Inline, TableCell } from '../core/document/document-model';

/**
 * A model table's rows list only the cells that start there, as HTML does: a cell spanning two columns
 * is one entry, and a row under a cell spanning two rows has one entry fewer. Both renderers need the
 * grid those rows make; this works it out once, forgivingly: spans are cut at the table's edges (a
 * header cell's row span at the header's last row), short rows are filled with empty cells and cells
 * past the last column are dropped, so a malformed table still renders.
 */
export interface GridCell {
  runs: Inline[];
  align?: Align;
  bold: boolean;
  fill?: string;
  row: number;
  col: number;
  colSpan: number;
  rowSpan: number;
}

export interface GridRow {
  /** The cells starting in this row, left to right. */
  cells: GridCell[];
  /** For each column, the cell covering it (starting here or above), or undefined. */
  covering: (GridCell | undefined)[];
}

export function normaliseCell(cell: Cell): TableCell {
  return typeof cell === 'string' ? { runs: [cell] } : cell;
}

/**
 * Lays `header` and `rows` out on a grid of `columns` columns. Header rows come first; row spans
 * stay inside the part (header or body) they start in.
 */
export function tableGrid(columns: number, header: Cell[][], rows: Cell[][]): GridRow[] {
  const out: GridRow[] = [];
  const parts: Array<[Cell[][], number]> = [
    [header, header.length],
    [rows, header.length + rows.length],
  ];
  const all = [...header, ...rows];
  const covered: (GridCell | undefined)[][] = all.map(() => new Array(columns).fill(undefined));
  let start = 0;
  for (const [part, end] of parts) {
    part.forEach((cells, offset) => {
      const row = start + offset;
      const starting: GridCell[] = [];
      let col = 0;
      for (const raw of cells) {
        while (col < columns && covered[row]![col]) col++;
        if (col >= columns) break;
        const cell = normaliseCell(raw);
        let colSpan = Math.max(1, Math.floor(cell.colSpan ?? 1));
        // A span stops at the table's edge or at a cell a row span above already covers.
        let free = 0;
        while (free < colSpan && col + free < columns && !covered[row]![col + free]) free++;
        colSpan = Math.max(1, free);
        const rowSpan = Math.max(1, Math.min(Math.floor(cell.rowSpan ?? 1), end - row));
        const grid: GridCell = {
          runs: cell.runs ?? [],
          ...(cell.align ? { align: cell.align } : {}),
          bold: cell.bold ?? false,
          ...(cell.fill ? { fill: cell.fill } : {}),
          row,
          col,
          colSpan,
          rowSpan,
        };
        for (let r = row; r < row + rowSpan; r++)
          for (let c = col; c < col + colSpan; c++) if (!covered[r]![c]) covered[r]![c] = grid;
        starting.push(grid);
        col += colSpan;
      }
      // Columns nothing covers get an empty cell, so every grid position is covered.
      for (let c = 0; c < columns; c++) {
        if (covered[row]![c]) continue;
        const empty: GridCell = { runs: [], bold: false, row, col: c, colSpan: 1, rowSpan: 1 };
        covered[row]![c] = empty;
        starting.push(empty);
      }
      starting.sort((a, b) => a.col - b.col);
      out.push({ cells: starting, covering: covered[row]! });
    });
    start = end;
  }
  return out;
}

/** The plain text of inline runs (for measuring and searching). */
export function inlineText(runs: Inline[]): string {
  return runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
}

/**
 * Column widths (points, cell padding included) from the model's relative widths, widened where a
 * column's longest word would not fit (a header "Realisasi", an amount "Rp21.032.050.000", a code
 * "3.29.01.1.01") at the expense of columns with room to spare. A word wider than a third of the table
 * is left to break.
 */
export function fitColumnWidths(
  relative: number[],
  grid: GridRow[],
  width: number,
  options: {
    size: number;
    padding: number;
    headerRows: number;
    measure: (text: string, size: number, bold: boolean) => number;
  },
): number[] {
  const n = relative.length;
  if (n === 0) return [];
  const weights = relative.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const share = total > 0 ? weights.map((w) => w / total) : weights.map(() => 1 / n);
  const least = new Array<number>(n).fill(2 * options.padding + 4);
  grid.forEach((row, r) => {
    for (const cell of row.cells) {
      if (cell.colSpan !== 1) continue;
      const bold = cell.bold || r < options.headerRows;
      for (const run of cell.runs) {
        const text = typeof run === 'string' ? run : run.text;
        const runBold = bold || (typeof run !== 'string' && run.bold === true);
        for (const word of text.split(/\s+/)) {
          if (word === '') continue;
          const need = options.measure(word, options.size, runBold) + 2 * options.padding + 1;
          least[cell.col] = Math.max(least[cell.col]!, Math.min(need, width / 3));
        }
      }
    }
  });
  const leastTotal = least.reduce((a, b) => a + b, 0);
  if (leastTotal >= width) return least.map((l) => (l * width) / leastTotal);
  const fixed = new Array<boolean>(n).fill(false);
  let widths = share.map((s) => s * width);
  for (let round = 0; round < n; round++) {
    const short = widths.findIndex((w, i) => !fixed[i] && w < least[i]! - 0.01);
    if (short < 0) break;
    widths.forEach((w, i) => {
      if (!fixed[i] && w < least[i]! - 0.01) fixed[i] = true;
    });
    const fixedWidth = least.reduce((sum, l, i) => sum + (fixed[i] ? l : 0), 0);
    const freeShare = share.reduce((sum, s, i) => sum + (fixed[i] ? 0 : s), 0);
    widths = share.map((s, i) =>
      fixed[i]
        ? least[i]!
        : freeShare > 0
          ? ((width - fixedWidth) * s) / freeShare
          : (width - fixedWidth) / n,
    );
  }
  return widths;
}
