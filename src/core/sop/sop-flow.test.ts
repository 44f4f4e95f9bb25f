import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { decisionExits, nextStepNo, startStep, successors } from './sop-flow';
import { aSop, aStep } from './sop-test-builders';
import { sumTimeStandards } from './sum-time-standards';
import { timeStandard } from './time-standard';
import { toFlow } from './to-flow';

describe('flow helpers', () => {
  it('goes to the following number when a process step has no next', () => {
    const def = aSop();
    expect(successors(def, 1)).toEqual([2]);
    expect(nextStepNo(def, def.steps[1]!)).toBe(3);
  });

  it('follows an explicit next, and gaps in the numbering', () => {
    const def = aSop([
      aStep(1, { kinds: ['start', 'process'], lane: 'kadis' }),
      aStep(3, { next: 7 }),
      aStep(5),
      aStep(7, { kinds: ['process', 'end'] }),
    ]);
    expect(successors(def, 1)).toEqual([3]);
    expect(successors(def, 3)).toEqual([7]);
    expect(successors(def, 5)).toEqual([7]);
    expect(successors(def, 7)).toEqual([]);
  });

  it('gives a decision Ya (defaulting to the following step) then Tidak', () => {
    const def = aSop();
    expect(decisionExits(def, def.steps[2]!)).toEqual({ yes: 4, no: 2 });
    expect(successors(def, 3)).toEqual([4, 2]);
    def.steps[2]!.exits = { yes: 5, no: 2 };
    expect(successors(def, 3)).toEqual([5, 2]);
  });

  it('finds the start, or says there is none', () => {
    expect(startStep(aSop()).no).toBe(1);
    const def = aSop();
    def.steps[0]!.kinds = ['process'];
    expect(() => startStep(def)).toThrow(DomainError);
  });

  it('sums time standards per unit without mixing units', () => {
    const def = aSop();
    def.steps[0]!.mutuBaku = [{ inputs: 'A', time: timeStandard('15 menit'), output: 'B' }];
    def.steps[1]!.mutuBaku = [{ inputs: 'A', time: timeStandard('1 Hari'), output: 'B' }];
    def.steps[2]!.mutuBaku = [];
    def.steps[4]!.mutuBaku.push({ inputs: 'C', time: timeStandard('20 Mnit'), output: 'D' });
    expect(sumTimeStandards(def)).toEqual({ day: 1, hour: 2, minute: 35 });
  });
});

describe('toFlow', () => {
  it('resolves every default for the run engine', () => {
    const def = aSop();
    def.steps[1]!.perUnit = { unitKinds: ['bidang', 'sekretariat'] };
    def.steps[2]!.mutuBaku = [];
    const flow = toFlow(def);
    expect(flow.steps.map((s) => [s.no, s.next, s.exits])).toEqual([
      [1, 2, undefined],
      [2, 3, undefined],
      [3, undefined, { yes: 4, no: 2 }],
      [4, 5, undefined],
      [5, null, undefined],
    ]);
    expect(flow.steps[1]!.perUnit).toEqual({ unitKinds: ['bidang', 'sekretariat'] });
    expect(flow.steps[2]!.timeStandards).toEqual([]);
    expect(flow.steps[2]!.outputs).toEqual([]);
    expect(flow.steps[3]!.signature).toBe(true);
    expect(flow.steps[0]!.timeStandards).toEqual([{ amount: 1, unit: 'hour' }]);
  });

  it('carries document acts onto the steps that have them, and leaves them off the others', () => {
    const def = aSop();
    def.steps[0]!.documentActs = ['disposition_sheet'];
    def.steps[4]!.documentActs = ['cover_letter', 'letter_number', 'send'];
    const flow = toFlow(def);
    expect(flow.steps.map((s) => s.documentActs)).toEqual([
      ['disposition_sheet'],
      undefined,
      undefined,
      undefined,
      ['cover_letter', 'letter_number', 'send'],
    ]);
    expect(flow.steps[4]!.documentActs).not.toBe(def.steps[4]!.documentActs);
    // A definition stored before the field existed projects to a flow without acts.
    for (const step of def.steps) delete (step as Partial<typeof step>).documentActs;
    expect(toFlow(def).steps.every((s) => s.documentActs === undefined)).toBe(true);
  });

  it('refuses an unsound definition', () => {
    const def = aSop();
    def.steps[2]!.exits = null;
    expect(() => toFlow(def)).toThrow(/VALIDATION_FAILED/);
  });
});
