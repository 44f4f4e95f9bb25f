import type { SopDefinitionDto } from '../../contract';

export type Shape = 'capsule' | 'rectangle' | 'diamond';
export type Point = readonly [number, number];

export interface FlowNode {
  no: number;
  shape: Shape;
  /** Centre of the symbol. */
  cx: number;
  cy: number;
  w: number;
  h: number;
  activity: string;
}

export interface FlowEdge {
  from: number;
  to: number;
  /** Right-angle polyline from the source symbol's edge to the target's, arrow at the end. */
  points: Point[];
  label: 'yes' | 'no' | null;
  labelAt: Point | null;
}

export interface FlowLayout {
  width: number;
  height: number;
  header: number;
  lanes: Array<{ key: string; label: string; x: number; width: number }>;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export const LANE_WIDTH = 150;
export const HEADER_HEIGHT = 44;
export const ROW_HEIGHT = 78;
const BOX = { w: 104, h: 38 };
const DIAMOND = { w: 84, h: 54 };

/**
 * Lays an SOP out as the paper sheet draws it: a column per lane, a row per step, the step's symbol
 * in its lane's column (capsule for start/end, rectangle for a process, diamond for a decision) and
 * right-angle arrows. Control follows the server's defaults: a step without `next` goes to the
 * following number, a decision's missing Ya exit too. Arrows down to a later step leave the bottom
 * of the symbol; a Tidak exit and any arrow back up run along the right edge of the columns (a Ya
 * back up along the left), so a return loop reads at a glance.
 *
 * @example layoutFlowchart(def).nodes[0] // { no: 1, shape: 'capsule', cx: 75, cy: 83, … }
 */
export function layoutFlowchart(def: Pick<SopDefinitionDto, 'lanes' | 'steps'>): FlowLayout {
  const laneIndex = new Map(def.lanes.map((lane, i) => [lane.key, i]));
  const columns = Math.max(1, def.lanes.length);
  const lanes = def.lanes.map((lane, i) => ({
    key: lane.key,
    label: lane.label,
    x: i * LANE_WIDTH,
    width: LANE_WIDTH,
  }));
  const nodes: FlowNode[] = def.steps.map((step, row) => {
    const shape: Shape = step.kinds.includes('decision')
      ? 'diamond'
      : step.kinds.includes('start') || step.kinds.includes('end')
        ? 'capsule'
        : 'rectangle';
    const size = shape === 'diamond' ? DIAMOND : BOX;
    const column = laneIndex.get(step.lane) ?? 0;
    return {
      no: step.no,
      shape,
      cx: column * LANE_WIDTH + LANE_WIDTH / 2,
      cy: HEADER_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2,
      w: size.w,
      h: size.h,
      activity: step.activity,
    };
  });
  const byNo = new Map(nodes.map((node) => [node.no, node]));
  const rowOf = new Map(def.steps.map((step, row) => [step.no, row]));
  const following = (no: number) => {
    let best: number | null = null;
    for (const step of def.steps) if (step.no > no && (best === null || step.no < best)) best = step.no;
    return best;
  };

  const edges: FlowEdge[] = [];
  let sideRoutes = 0;
  for (const step of def.steps) {
    if (step.kinds.includes('end')) continue;
    const targets: Array<{ to: number | null; label: FlowEdge['label'] }> = step.kinds.includes('decision')
      ? [
          { to: step.exits?.yes ?? following(step.no), label: 'yes' },
          { to: step.exits?.no ?? null, label: 'no' },
        ]
      : [{ to: step.next ?? following(step.no), label: null }];
    for (const { to, label } of targets) {
      const from = byNo.get(step.no)!;
      const target = to === null ? undefined : byNo.get(to);
      if (!target || to === null) continue;
      const down = (rowOf.get(to) ?? 0) > (rowOf.get(step.no) ?? 0);
      if (down && label !== 'no') {
        edges.push(straightDown(from, target, label));
      } else {
        edges.push(alongSide(from, target, label, label === 'yes' ? 'left' : 'right', sideRoutes++));
      }
    }
  }
  return {
    width: columns * LANE_WIDTH,
    height: HEADER_HEIGHT + Math.max(1, def.steps.length) * ROW_HEIGHT + 8,
    header: HEADER_HEIGHT,
    lanes,
    nodes,
    edges,
  };
}

function straightDown(from: FlowNode, to: FlowNode, label: FlowEdge['label']): FlowEdge {
  const start: Point = [from.cx, from.cy + from.h / 2];
  const end: Point = [to.cx, to.cy - to.h / 2];
  const labelAt: Point | null = label ? [from.cx + 6, start[1] + 12] : null;
  if (from.cx === to.cx) return { from: from.no, to: to.no, points: [start, end], label, labelAt };
  const turn = from.cy + ROW_HEIGHT / 2;
  return {
    from: from.no,
    to: to.no,
    points: [start, [from.cx, turn], [to.cx, turn], end],
    label,
    labelAt,
  };
}

function alongSide(
  from: FlowNode,
  to: FlowNode,
  label: FlowEdge['label'],
  side: 'left' | 'right',
  index: number,
): FlowEdge {
  const sign = side === 'right' ? 1 : -1;
  // Each side route gets its own track, so two loops do not draw over each other.
  const offset = LANE_WIDTH / 2 - 8 - (index % 4) * 5;
  const track = side === 'right' ? Math.max(from.cx, to.cx) + offset : Math.min(from.cx, to.cx) - offset;
  const start: Point = [from.cx + (sign * from.w) / 2, from.cy];
  const end: Point = [to.cx + (sign * to.w) / 2, to.cy];
  return {
    from: from.no,
    to: to.no,
    points: [start, [track, from.cy], [track, to.cy], end],
    label,
    labelAt: label ? [start[0] + sign * 4, from.cy - 5] : null,
  };
}
