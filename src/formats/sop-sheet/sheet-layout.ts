/**
 * The SOP sheet as drawn: pages of positioned primitives, computed once by `layoutSopSheet` and
 * painted by the SVG, PDF and DOCX renderers, so the three agree. Units are PDF points (1/72 inch),
 * origin at the top left of the page, y downwards.
 */
export type Paper = 'A4' | 'F4';

export interface SheetOptions {
  /** A4 (297 × 210 mm) or F4 (330 × 215 mm), landscape. Default A4. */
  paper?: Paper;
}

export interface SheetText {
  kind: 'text';
  /** Left edge of the box the lines are aligned in. */
  x: number;
  /** Top of the first line. */
  y: number;
  width: number;
  lines: string[];
  size: number;
  bold: boolean;
  align: 'left' | 'center' | 'right';
  /** Distance between line tops. */
  lineHeight: number;
}

export interface SheetRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius: half the height draws a capsule. */
  radius: number;
  stroke: number;
  fill: string | null;
}

export interface SheetLine {
  kind: 'line';
  points: Array<[number, number]>;
  stroke: number;
  /** Draw an arrowhead at the last point. */
  arrow: boolean;
}

export interface SheetPolygon {
  kind: 'polygon';
  points: Array<[number, number]>;
  stroke: number;
  fill: string | null;
}

export type SheetItem = SheetText | SheetRect | SheetLine | SheetPolygon;

/** A table row of a flowchart page, as the DOCX renderer rebuilds it. */
export interface SheetTableRow {
  kind: 'header' | 'step' | 'connector';
  y: number;
  height: number;
  /** Cell texts by column key (`no`, `activity`, `inputs`, ...); Mutu Baku cells list one entry per sub-row. */
  cells: Record<string, string[]>;
}

export interface SheetColumn {
  key: string;
  label: string;
  x: number;
  width: number;
  /** True for a lane (Pelaksana) column. */
  lane: boolean;
}

export interface SheetPage {
  number: number;
  kind: 'identity' | 'flowchart';
  items: SheetItem[];
  /** Flowchart pages: the table's columns and rows and the area of the lane columns. */
  table: { columns: SheetColumn[]; rows: SheetTableRow[]; top: number; bottom: number } | null;
}

export interface SheetLayout {
  paper: Paper;
  width: number;
  height: number;
  margin: number;
  pages: SheetPage[];
}

export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  // Landscape, in points: A4 297 × 210 mm, F4 330 × 215 mm.
  A4: { width: 841.89, height: 595.28 },
  F4: { width: 935.43, height: 609.45 },
};
