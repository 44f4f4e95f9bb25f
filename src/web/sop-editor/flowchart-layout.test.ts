import { describe, expect, it } from 'vitest';
import { HEADER_HEIGHT, LANE_WIDTH, layoutFlowchart, ROW_HEIGHT } from './flowchart-layout';
import { blankStep } from './step-list';

const lanes = [
  { key: 'kadis', label: 'Kepala Dinas' },
  { key: 'kasubbag', label: 'Kasubbag Program' },
  { key: 'staf', label: 'Staf' },
];
const step = (no: number, lane: string, extra: Partial<ReturnType<typeof blankStep>> = {}) => ({
  ...blankStep(lane),
  no,
  ...extra,
});

describe('layoutFlowchart', () => {
  // Perjanjian Kinerja: 1 order (start) → 2 draft → 3 check (decision, Tidak back to 2) → 4 sign → 5 archive (end)
  const def = {
    lanes,
    steps: [
      step(1, 'kadis', { kinds: ['start', 'process'] }),
      step(2, 'staf'),
      step(3, 'kasubbag', { kinds: ['decision'], exits: { yes: 4, no: 2 } }),
      step(4, 'kadis', { signature: true }),
      step(5, 'staf', { kinds: ['process', 'end'] }),
    ],
  };
  const layout = layoutFlowchart(def);

  it('puts each symbol in its lane column and its own row', () => {
    expect(layout.width).toBe(3 * LANE_WIDTH);
    expect(layout.nodes.map((n) => n.shape)).toEqual([
      'capsule',
      'rectangle',
      'diamond',
      'rectangle',
      'capsule',
    ]);
    expect(layout.nodes.map((n) => n.cx)).toEqual([75, 375, 225, 75, 375]);
    expect(layout.nodes[2]!.cy).toBe(HEADER_HEIGHT + 2 * ROW_HEIGHT + ROW_HEIGHT / 2);
  });

  it('joins the steps with right-angle arrows and labels the decision exits', () => {
    expect(layout.edges.map((e) => `${e.from}>${e.to}:${e.label}`)).toEqual([
      '1>2:null',
      '2>3:null',
      '3>4:yes',
      '3>2:no',
      '4>5:null',
    ]);
    for (const edge of layout.edges) {
      for (let i = 1; i < edge.points.length; i++) {
        const [a, b] = [edge.points[i - 1]!, edge.points[i]!];
        expect(a[0] === b[0] || a[1] === b[1]).toBe(true);
      }
    }
    // The return leaves the diamond's right corner and comes back into step 2 from the right.
    const back = layout.edges[3]!;
    expect(back.points[0]).toEqual([225 + 42, layout.nodes[2]!.cy]);
    expect(back.points.at(-1)).toEqual([375 + 52, layout.nodes[1]!.cy]);
  });

  it('draws nothing from an end step and nothing to a missing step', () => {
    const lone = layoutFlowchart({ lanes, steps: [step(1, 'kadis', { next: 9 })] });
    expect(lone.edges).toEqual([]);
  });
});
