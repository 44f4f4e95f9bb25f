import { decisionExits, isDecision, nextStepNo, type SopDefinition, type SopStep } from '../../core/sop';
import { textWidth } from './measure-text';
import type { SheetColumn, SheetItem, SheetPage, SheetTableRow } from './sheet-layout';
import { arrowHead, line, PADDING, polygon, rect, textBox } from './sheet-primitives';

const SIZE = 7;
const HEADER_SIZE = 7;
const MIN_STEP_HEIGHT = 40;
const SLOT_HEIGHT = 30;
const TITLE_HEIGHT = 18;
const SYMBOL_HEIGHT = 20;
const DIAMOND_HEIGHT = 26;

interface Frame {
  x: number;
  top: number;
  width: number;
  bottom: number;
}

interface PlacedStep {
  step: SopStep;
  page: number;
  /** Index among the page's step rows. */
  index: number;
  y: number;
  height: number;
  cx: number;
  cy: number;
  symbol: { left: number; right: number; top: number; bottom: number };
}

interface Edge {
  from: number;
  to: number;
  label: 'Ya' | 'Tidak' | null;
}

/**
 * The flowchart table, paginated: on every page a title line and the table header (`No | Kegiatan |
 * Pelaksana… | Mutu Baku: Kelengkapan, Waktu, Output | Keterangan`), one row per step with its symbol
 * in its lane, arrows at right angles, and, when the flowchart runs over several pages, a connector
 * row at the top and bottom of each page holding the pentagon off-page connectors (the outgoing one
 * carries the step number the flow continues at, the incoming one the step it comes from).
 */
export function layoutFlowchartPages(def: SopDefinition, frame: Frame, firstPageNumber: number): SheetPage[] {
  const columns = tableColumns(def, frame);
  const laneColumn = new Map(columns.filter((c) => c.lane).map((c, i) => [def.lanes[i]!.key, c]));
  const headerRows = headerLayout(columns, frame.top + TITLE_HEIGHT);
  const headerBottom = headerRows.bottom;
  const steps = [...def.steps];
  const measured = steps.map((step) => ({ step, ...measureStep(step, columns) }));

  // Paginate: try one page without connector rows; otherwise reserve them on every page.
  const fitsOnePage = measured.reduce((sum, m) => sum + m.height, 0) <= frame.bottom - headerBottom;
  const slot = fitsOnePage ? 0 : SLOT_HEIGHT;
  const pagesOfRows: Array<typeof measured> = [[]];
  let used = 0;
  for (const m of measured) {
    const room = frame.bottom - headerBottom - 2 * slot;
    if (used + m.height > room && pagesOfRows[pagesOfRows.length - 1]!.length > 0) {
      pagesOfRows.push([]);
      used = 0;
    }
    pagesOfRows[pagesOfRows.length - 1]!.push(m);
    used += m.height;
  }

  const placed = new Map<number, PlacedStep>();
  const pages: SheetPage[] = pagesOfRows.map((rows, pageIndex) => {
    const items: SheetItem[] = [];
    const tableRows: SheetTableRow[] = [...headerRows.rows];
    items.push(...titleItems(def, frame));
    items.push(...headerRows.items);
    let y = headerBottom + slot;
    if (slot > 0) tableRows.push({ kind: 'connector', y: headerBottom, height: slot, cells: {} });
    rows.forEach((m, index) => {
      const lane = laneColumn.get(m.step.lane);
      const cx = lane ? lane.x + lane.width / 2 : frame.x;
      const cy = y + m.height / 2;
      const symbol = symbolItems(m.step, cx, cy, lane?.width ?? 40);
      items.push(...symbol.items, ...m.place(y, m.height));
      placed.set(m.step.no, {
        step: m.step,
        page: pageIndex,
        index,
        y,
        height: m.height,
        cx,
        cy,
        symbol: symbol.bounds,
      });
      tableRows.push({ kind: 'step', y, height: m.height, cells: m.cells });
      y += m.height;
    });
    if (slot > 0) tableRows.push({ kind: 'connector', y, height: slot, cells: {} });
    const bottom = y + slot;
    items.push(...gridItems(columns, tableRows, frame.top + TITLE_HEIGHT, bottom));
    return {
      number: firstPageNumber + pageIndex,
      kind: 'flowchart',
      items,
      table: { columns, rows: tableRows, top: frame.top + TITLE_HEIGHT, bottom },
    };
  });

  routeEdges(def, placed, pagesOfRows, pages, laneColumn, columns, headerBottom, slot);
  return pages;
}

function tableColumns(def: SopDefinition, frame: Frame): SheetColumn[] {
  const laneWidth = Math.max(44, Math.min(70, (frame.width * 0.4) / Math.max(def.lanes.length, 1)));
  const fixed = 22 + 40 + laneWidth * def.lanes.length;
  const rest = frame.width - fixed;
  const widths: Array<[string, string, number, boolean]> = [
    ['no', 'No', 22, false],
    ['activity', 'Kegiatan', rest * 0.34, false],
    ...def.lanes.map((lane): [string, string, number, boolean] => [
      `lane:${lane.key}`,
      lane.label,
      laneWidth,
      true,
    ]),
    ['inputs', 'Kelengkapan', rest * 0.22, false],
    ['time', 'Waktu', 40, false],
    ['output', 'Output', rest * 0.22, false],
    ['note', 'Keterangan', rest * 0.22, false],
  ];
  let x = frame.x;
  return widths.map(([key, label, width, lane]) => {
    const column = { key, label, x, width, lane };
    x += width;
    return column;
  });
}

function titleItems(def: SopDefinition, frame: Frame): SheetItem[] {
  const half = frame.width / 2;
  return [
    textBox(`SOP ${def.identity.title}`, frame.x, frame.top + 2, half + 120, 8.5, { bold: true }),
    textBox(`Nomor SOP: ${def.identity.number}`, frame.x + half + 120, frame.top + 2, half - 120, 8, {
      align: 'right',
    }),
  ].map((box) => ({ ...box, lines: box.lines.slice(0, 1) }));
}

/** The two header rows; No, Kegiatan and Keterangan span both. */
function headerLayout(columns: SheetColumn[], top: number) {
  const groupHeight = 14;
  const labelBoxes = columns
    .filter((c) => c.lane || ['inputs', 'time', 'output'].includes(c.key))
    .map((c) =>
      textBox(c.label, c.x + 2, top + groupHeight + PADDING, c.width - 4, HEADER_SIZE, {
        bold: true,
        align: 'center',
      }),
    );
  const labelHeight = Math.max(...labelBoxes.map((b) => b.height)) + 2 * PADDING;
  const bottom = top + groupHeight + labelHeight;
  const items: SheetItem[] = [
    rect(columns[0]!.x, top, columns.at(-1)!.x + columns.at(-1)!.width - columns[0]!.x, bottom - top, {
      fill: '#eef2f6',
      stroke: 0,
    }),
  ];
  for (const box of labelBoxes) items.push(box);
  const span = (keys: (c: SheetColumn) => boolean, label: string) => {
    const cols = columns.filter(keys);
    const x = cols[0]!.x;
    const width = cols.at(-1)!.x + cols.at(-1)!.width - x;
    items.push(textBox(label, x + 2, top + 3, width - 4, HEADER_SIZE, { bold: true, align: 'center' }));
    items.push(
      line([
        [x, top + groupHeight],
        [x + width, top + groupHeight],
      ]),
    );
  };
  span((c) => c.lane, 'Pelaksana');
  span((c) => ['inputs', 'time', 'output'].includes(c.key), 'Mutu Baku');
  for (const key of ['no', 'activity', 'note']) {
    const c = columns.find((col) => col.key === key)!;
    const box = textBox(c.label, c.x + 2, top, c.width - 4, HEADER_SIZE, { bold: true, align: 'center' });
    box.y = top + (bottom - top - box.height) / 2;
    items.push(box);
  }
  const cells: Record<string, string[]> = Object.fromEntries(columns.map((c) => [c.key, [c.label]]));
  const rows: SheetTableRow[] = [{ kind: 'header', y: top, height: bottom - top, cells }];
  return { items, rows, bottom };
}

function measureStep(step: SopStep, columns: SheetColumn[]) {
  const col = (key: string) => columns.find((c) => c.key === key)!;
  const box = (key: string, text: string, align: 'left' | 'center' = 'left') =>
    textBox(text, col(key).x + PADDING, 0, col(key).width - 2 * PADDING, SIZE, { align });
  const activity = box('activity', step.activity);
  const note = box('note', step.note ?? '');
  const mutu = step.mutuBaku.map((row) => {
    const boxes = [
      box('inputs', row.inputs),
      box('time', row.time?.written ?? '', 'center'),
      box('output', row.output),
    ];
    return { boxes, height: Math.max(...boxes.map((b) => b.height)) + 2 * PADDING };
  });
  const mutuHeight = mutu.reduce((sum, m) => sum + m.height, 0);
  const height = Math.ceil(
    Math.max(MIN_STEP_HEIGHT, activity.height + 2 * PADDING, note.height + 2 * PADDING, mutuHeight),
  );
  const no = box('no', `${step.no}.`, 'center');
  const place = (y: number, rowHeight: number): SheetItem[] => {
    const items: SheetItem[] = [];
    for (const b of [no, activity, note]) items.push({ ...b, y: y + PADDING });
    let subY = y;
    mutu.forEach((m, index) => {
      const subHeight = index === mutu.length - 1 ? y + rowHeight - subY : m.height;
      for (const b of m.boxes) items.push({ ...b, y: subY + PADDING });
      if (index > 0)
        items.push(
          line(
            [
              [col('inputs').x, subY],
              [col('output').x + col('output').width, subY],
            ],
            { stroke: 0.4 },
          ),
        );
      subY += subHeight;
    });
    return items;
  };
  const cells: Record<string, string[]> = {
    no: [`${step.no}.`],
    activity: [step.activity],
    inputs: step.mutuBaku.map((r) => r.inputs),
    time: step.mutuBaku.map((r) => r.time?.written ?? ''),
    output: step.mutuBaku.map((r) => r.output),
    note: step.note ? [step.note] : [],
  };
  return { height, place, cells };
}

function symbolItems(step: SopStep, cx: number, cy: number, laneWidth: number) {
  const items: SheetItem[] = [];
  if (isDecision(step)) {
    const w = Math.min(laneWidth - 14, 44);
    const h = DIAMOND_HEIGHT;
    items.push(
      polygon(
        [
          [cx, cy - h / 2],
          [cx + w / 2, cy],
          [cx, cy + h / 2],
          [cx - w / 2, cy],
        ],
        { fill: '#ffffff' },
      ),
    );
    return { items, bounds: { left: cx - w / 2, right: cx + w / 2, top: cy - h / 2, bottom: cy + h / 2 } };
  }
  const w = Math.min(laneWidth - 16, 48);
  const h = SYMBOL_HEIGHT;
  const capsule = step.kinds.includes('start') || step.kinds.includes('end');
  items.push(
    rect(cx - w / 2, cy - h / 2, w, h, { radius: capsule ? h / 2 : 0, stroke: 0.8, fill: '#ffffff' }),
  );
  if (capsule) {
    const label = step.kinds.includes('start') ? 'Mulai' : 'Selesai';
    const text = textBox(label, cx - w / 2, cy - 3.6, w, 6, { align: 'center' });
    items.push(text);
  }
  return { items, bounds: { left: cx - w / 2, right: cx + w / 2, top: cy - h / 2, bottom: cy + h / 2 } };
}

/** Column lines, row lines outside the lane area (arrows run along row boundaries there), frame. */
function gridItems(columns: SheetColumn[], rows: SheetTableRow[], top: number, bottom: number): SheetItem[] {
  const items: SheetItem[] = [];
  const left = columns[0]!.x;
  const right = columns.at(-1)!.x + columns.at(-1)!.width;
  const header = rows[0]!;
  items.push(rect(left, top, right - left, bottom - top, { stroke: 0.9 }));
  for (const c of columns.slice(1)) {
    const inMutuGroup = c.key === 'time' || c.key === 'output';
    const laneInner = c.lane && columns[columns.indexOf(c) - 1]!.lane;
    const from = inMutuGroup || laneInner ? top + 14 : top;
    items.push(
      line([
        [c.x, from],
        [c.x, bottom],
      ]),
    );
  }
  items.push(
    line(
      [
        [left, header.y + header.height],
        [right, header.y + header.height],
      ],
      { stroke: 0.9 },
    ),
  );
  const lanes = columns.filter((c) => c.lane);
  const laneLeft = lanes[0]!.x;
  const laneRight = lanes.at(-1)!.x + lanes.at(-1)!.width;
  for (const row of rows.slice(1)) {
    const y = row.y + row.height;
    if (y >= bottom - 0.01) continue;
    if (row.kind === 'connector' && row.y > header.y + header.height + 0.01) continue;
    items.push(
      line([
        [left, y],
        [laneLeft, y],
      ]),
      line([
        [laneRight, y],
        [right, y],
      ]),
    );
  }
  return items;
}

function stepEdges(def: SopDefinition): Edge[] {
  const edges: Edge[] = [];
  for (const step of def.steps) {
    if (isDecision(step)) {
      const exits = decisionExits(def, step);
      if (exits.yes !== null) edges.push({ from: step.no, to: exits.yes, label: 'Ya' });
      if (exits.no !== null) edges.push({ from: step.no, to: exits.no, label: 'Tidak' });
    } else {
      const next = nextStepNo(def, step);
      if (next !== null) edges.push({ from: step.no, to: next, label: null });
    }
  }
  return edges;
}

/**
 * Routes every arrow at right angles: to the next row straight down (bending along the row
 * boundary); otherwise out of the symbol's side into a channel along the lane's edge, along the
 * target row's top boundary and down into the target. Across pages through pentagon connectors.
 */
function routeEdges(
  def: SopDefinition,
  placed: Map<number, PlacedStep>,
  pagesOfRows: Array<Array<{ step: SopStep }>>,
  pages: SheetPage[],
  laneColumn: Map<string, SheetColumn>,
  columns: SheetColumn[],
  headerBottom: number,
  slot: number,
): void {
  const edges = stepEdges(def);
  const channels = new Map<string, number>();
  const connectorsUsed = new Map<string, number>();
  const lanes = columns.filter((c) => c.lane);
  const laneIndex = (key: string) => lanes.indexOf(laneColumn.get(key)!);

  const channelX = (page: number, lanesOf: number[], side: 'left' | 'right') => {
    const lane = lanes[side === 'right' ? Math.max(...lanesOf) : Math.min(...lanesOf)]!;
    const key = `${page}:${lane.key}:${side}`;
    const k = channels.get(key) ?? 0;
    channels.set(key, k + 1);
    return side === 'right' ? lane.x + lane.width - 3 - 3.5 * k : lane.x + 3 + 3.5 * k;
  };
  const connectorX = (page: number, where: 'top' | 'bottom', lane: SheetColumn) => {
    const key = `${page}:${where}:${lane.key}`;
    const k = connectorsUsed.get(key) ?? 0;
    connectorsUsed.set(key, k + 1);
    const offsets = [0, -18, 18, -36, 36];
    return lane.x + lane.width / 2 + (offsets[k] ?? 0);
  };
  const draw = (page: number, points: Array<[number, number]>) => {
    const clean = points.filter(
      (p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1],
    );
    pages[page]!.items.push(line(clean, { stroke: 0.7 }), arrowHead(clean));
  };
  const label = (page: number, text: string, x: number, y: number) => {
    pages[page]!.items.push(textBox(text, x, y, 30, 6, { bold: true }));
  };
  /** A Ya/Tidak label beside a downward exit, on the side the line does not turn to. */
  const downLabel = (page: number, text: string, from: PlacedStep, turnsToX: number) => {
    const width = textWidth(text, 6, true);
    const x = turnsToX > from.cx ? from.cx - 2 - width : from.cx + 2;
    label(page, text, x, from.symbol.bottom + 1);
  };
  const pentagon = (page: number, x: number, y: number, text: string) => {
    const w = 16;
    pages[page]!.items.push(
      polygon(
        [
          [x - w / 2, y],
          [x + w / 2, y],
          [x + w / 2, y + 11],
          [x, y + 18],
          [x - w / 2, y + 11],
        ],
        {
          fill: '#ffffff',
        },
      ),
      textBox(text, x - w / 2, y + 2.5, w, 6.5, { bold: true, align: 'center' }),
    );
  };

  // Which side of a step the non-adjacent exits leave from.
  for (const edge of edges) {
    const from = placed.get(edge.from);
    const to = placed.get(edge.to);
    if (!from || !to) continue;
    const siblings = edges.filter((e) => e.from === edge.from);
    const adjacent = (e: Edge) => {
      const t = placed.get(e.to)!;
      return t.page === from.page && t.index === from.index + 1;
    };
    const side: 'left' | 'right' =
      siblings.length === 2 && !siblings.some(adjacent) && edge.label === 'Ya' ? 'left' : 'right';
    const startSide = (): [number, number] => [
      side === 'right' ? from.symbol.right : from.symbol.left,
      from.cy,
    ];
    const fromLane = laneIndex(from.step.lane);
    const toLane = laneIndex(to.step.lane);

    if (from.page === to.page) {
      if (adjacent(edge)) {
        const boundary = to.y;
        draw(from.page, [
          [from.cx, from.symbol.bottom],
          [from.cx, boundary],
          [to.cx, boundary],
          [to.cx, to.symbol.top],
        ]);
        if (edge.label) downLabel(from.page, edge.label, from, to.cx);
      } else {
        const [sx, sy] = startSide();
        const cx = channelX(from.page, [fromLane, toLane], side);
        const entry = to.y + 2;
        draw(from.page, [
          [sx, sy],
          [cx, sy],
          [cx, entry],
          [to.cx, entry],
          [to.cx, to.symbol.top],
        ]);
        if (edge.label) label(from.page, edge.label, side === 'right' ? sx + 1 : sx - 18, sy - 8);
      }
      continue;
    }
    // Across pages: out through a connector at the bottom of the source page, in at the top of the target's.
    const fromRows = pagesOfRows[from.page]!;
    const outLane = laneColumn.get(from.step.lane)!;
    const outX = connectorX(from.page, 'bottom', outLane);
    const slotTop = fromRows.reduce(
      (y, r) => Math.max(y, placed.get(r.step.no)!.y + placed.get(r.step.no)!.height),
      0,
    );
    const outY = slotTop + (slot - 18) / 2;
    if (from.index === fromRows.length - 1) {
      draw(from.page, [
        [from.cx, from.symbol.bottom],
        [from.cx, slotTop],
        [outX, slotTop],
        [outX, outY],
      ]);
      if (edge.label) downLabel(from.page, edge.label, from, outX);
    } else {
      const [sx, sy] = startSide();
      const cx = channelX(from.page, [fromLane], side);
      draw(from.page, [
        [sx, sy],
        [cx, sy],
        [cx, slotTop + 2],
        [outX, slotTop + 2],
        [outX, outY],
      ]);
      if (edge.label) label(from.page, edge.label, side === 'right' ? sx + 1 : sx - 18, sy - 8);
    }
    pentagon(from.page, outX, outY, String(edge.to));

    const inLane = laneColumn.get(to.step.lane)!;
    const inX = connectorX(to.page, 'top', inLane);
    const inY = headerBottom + (slot - 18) / 2;
    pentagon(to.page, inX, inY, String(edge.from));
    const slotBottom = headerBottom + slot;
    if (to.index === 0) {
      draw(to.page, [
        [inX, inY + 18],
        [inX, slotBottom],
        [to.cx, slotBottom],
        [to.cx, to.symbol.top],
      ]);
    } else {
      const cx = channelX(to.page, [toLane], 'right');
      const entry = to.y + 2;
      draw(to.page, [
        [inX, inY + 18],
        [inX, slotBottom - 2],
        [cx, slotBottom - 2],
        [cx, entry],
        [to.cx, entry],
        [to.cx, to.symbol.top],
      ]);
    }
  }
}
