import { wrapText } from './measure-text';
import type { SheetLine, SheetPolygon, SheetRect, SheetText } from './sheet-layout';

export const LINE_HEIGHT = 1.2;
export const PADDING = 3.5;

/** A wrapped text box; `height` is the lines' height without padding. */
export function textBox(
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  options: { bold?: boolean; align?: SheetText['align'] } = {},
): SheetText & { height: number } {
  const bold = options.bold ?? false;
  const lines = text === '' ? [] : wrapText(text, width, size, bold);
  const lineHeight = size * LINE_HEIGHT;
  return {
    kind: 'text',
    x,
    y,
    width,
    lines,
    size,
    bold,
    align: options.align ?? 'left',
    lineHeight,
    height: lines.length * lineHeight,
  };
}

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  extra: Partial<SheetRect> = {},
): SheetRect {
  return { kind: 'rect', x, y, width, height, radius: 0, stroke: 0.6, fill: null, ...extra };
}

export function line(points: Array<[number, number]>, extra: Partial<SheetLine> = {}): SheetLine {
  return { kind: 'line', points, stroke: 0.6, arrow: false, ...extra };
}

export function polygon(points: Array<[number, number]>, extra: Partial<SheetPolygon> = {}): SheetPolygon {
  return { kind: 'polygon', points, stroke: 0.8, fill: null, ...extra };
}

/** The arrowhead of a line ending at `points[last]`, as a filled triangle. */
export function arrowHead(points: Array<[number, number]>, size = 4.5): SheetPolygon {
  const [x2, y2] = points[points.length - 1]!;
  const [x1, y1] = points[points.length - 2]!;
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const bx = x2 - ux * size;
  const by = y2 - uy * size;
  const half = size * 0.45;
  return polygon(
    [
      [x2, y2],
      [bx - uy * half, by + ux * half],
      [bx + uy * half, by - ux * half],
    ],
    { fill: '#000000', stroke: 0.4 },
  );
}
