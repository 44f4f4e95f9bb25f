import { describe, expect, it } from 'vitest';
import { blankStep, insertStep, kindChoice, moveStep, removeStep, renumber, withKind } from './step-list';

const step = (no: number, extra: Partial<ReturnType<typeof blankStep>> = {}) => ({
  ...blankStep('staf'),
  no,
  activity: `Langkah ${no}`,
  ...extra,
});

describe('step list', () => {
  const flow = [
    step(1, { kinds: ['start', 'process'] }),
    step(2),
    step(3, { kinds: ['decision'], exits: { yes: 4, no: 2 } }),
    step(4, { kinds: ['process', 'end'] }),
  ];

  it('a new row acts on no document; moving rows keeps each step its acts', () => {
    expect(blankStep('staf').documentActs).toEqual([]);
    const acted = [
      step(1, { kinds: ['start', 'process'], documentActs: ['disposition_sheet'] }),
      step(2, { documentActs: ['report'] }),
    ];
    expect(moveStep(acted, 1, -1).map((s) => [s.no, s.documentActs])).toEqual([
      [1, ['report']],
      [2, ['disposition_sheet']],
    ]);
  });

  it('moving a row renumbers and keeps exits on the same steps', () => {
    const moved = moveStep(flow, 1, -1);
    expect(moved.map((s) => s.activity)).toEqual(['Langkah 2', 'Langkah 1', 'Langkah 3', 'Langkah 4']);
    expect(moved.map((s) => s.no)).toEqual([1, 2, 3, 4]);
    expect(moved[2]!.exits).toEqual({ yes: 4, no: 1 });
  });

  it('removing a row renumbers and empties a reference to it', () => {
    const removed = removeStep(flow, 1);
    expect(removed.map((s) => s.no)).toEqual([1, 2, 3]);
    expect(removed[1]!.exits).toEqual({ yes: 3, no: null });
  });

  it('inserting a row shifts the later numbers and their references', () => {
    const inserted = insertStep(flow, 0, step(0, { activity: 'Baru' }));
    expect(inserted.map((s) => s.activity)).toEqual([
      'Langkah 1',
      'Baru',
      'Langkah 2',
      'Langkah 3',
      'Langkah 4',
    ]);
    expect(inserted[3]!.exits).toEqual({ yes: 5, no: 3 });
  });

  it('a reference to a missing number becomes null', () => {
    expect(renumber([step(1, { next: 9 })])[0]!.next).toBeNull();
  });

  it('kind choices give decisions exits and take them away again', () => {
    const decision = withKind(step(2, { perUnit: { unitKinds: ['bidang'] } }), 'decision');
    expect(decision.kinds).toEqual(['decision']);
    expect(decision.exits).toEqual({ yes: null, no: null });
    expect(decision.perUnit).toBeNull();
    expect(withKind(decision, 'processEnd')).toMatchObject({ kinds: ['process', 'end'], exits: null });
    expect(kindChoice(['start', 'process'])).toBe('startProcess');
    expect(kindChoice(['end'])).toBe('end');
  });
});
