import type { BpmnGraph, BpmnNode } from './sop-bpmn-graph';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface DiagramLayout {
  participant: Bounds;
  lanes: Map<string, Bounds>;
  shapes: Map<string, Bounds>;
  edges: Map<string, Point[]>;
  /** Label bounds of named flows (Ya/Tidak). */
  labels: Map<string, Bounds>;
}

const POOL_HEADER = 30;
const LANE_HEIGHT = 150;
const COLUMN = 150;
const LEFT = 60;
const SIZES: Record<BpmnNode['type'], { width: number; height: number }> = {
  'bpmn:UserTask': { width: 110, height: 80 },
  'bpmn:StartEvent': { width: 36, height: 36 },
  'bpmn:EndEvent': { width: 36, height: 36 },
  'bpmn:ExclusiveGateway': { width: 50, height: 50 },
};

/**
 * Places the diagram: horizontal lanes (one per role, in the SOP's order), one column per node left
 * to right, edges at right angles. A forward edge bends between two columns; a backward edge (a
 * return to an earlier step) runs below both shapes, so no edge crosses a shape: every column holds
 * one shape and the horizontal runs pass between columns or below the shapes of a lane.
 */
export function layoutBpmnDiagram(graph: BpmnGraph, laneIds: string[]): DiagramLayout {
  const columns = graph.nodes.length;
  const width = POOL_HEADER + LEFT + columns * COLUMN;
  const participant = { x: 0, y: 0, width, height: laneIds.length * LANE_HEIGHT };
  const lanes = new Map<string, Bounds>();
  laneIds.forEach((id, index) => {
    lanes.set(id, {
      x: POOL_HEADER,
      y: index * LANE_HEIGHT,
      width: width - POOL_HEADER,
      height: LANE_HEIGHT,
    });
  });
  const shapes = new Map<string, Bounds>();
  for (const node of graph.nodes) {
    const lane = lanes.get(node.laneId)!;
    const size = SIZES[node.type];
    const centerX = POOL_HEADER + LEFT + node.column * COLUMN + COLUMN / 2 - 40;
    const centerY = lane.y + LANE_HEIGHT / 2;
    shapes.set(node.id, {
      x: centerX - size.width / 2,
      y: centerY - size.height / 2,
      width: size.width,
      height: size.height,
    });
  }
  const edges = new Map<string, Point[]>();
  const labels = new Map<string, Bounds>();
  let backEdges = 0;
  for (const flow of graph.flows) {
    const s = shapes.get(flow.source)!;
    const t = shapes.get(flow.target)!;
    const sMid = s.y + s.height / 2;
    const tMid = t.y + t.height / 2;
    let points: Point[];
    if (t.x > s.x) {
      const from = { x: s.x + s.width, y: sMid };
      const to = { x: t.x, y: tMid };
      if (sMid === tMid) points = [from, to];
      else {
        const bendX = Math.round((from.x + to.x) / 2);
        points = [from, { x: bendX, y: sMid }, { x: bendX, y: tMid }, to];
      }
    } else {
      backEdges += 1;
      const below = Math.max(s.y + s.height, t.y + t.height) + 12 + (backEdges % 3) * 6;
      const sx = s.x + s.width / 2;
      const tx = t.x + t.width / 2;
      points = [
        { x: sx, y: s.y + s.height },
        { x: sx, y: below },
        { x: tx, y: below },
        { x: tx, y: t.y + t.height },
      ];
    }
    edges.set(flow.id, points);
    if (flow.name) {
      const first = points[0]!;
      const second = points[1]!;
      const down = second.y > first.y;
      labels.set(flow.id, {
        x: first.x + (down ? 6 : 4),
        y: down ? first.y + 4 : first.y - 18,
        width: 34,
        height: 14,
      });
    }
  }
  return { participant, lanes, shapes, edges, labels };
}
