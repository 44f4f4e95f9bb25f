import { fieldError, invalid } from '../errors';
import type { SopDefinition, SopStep } from './sop-definition';

/**
 * How control moves through an SOP's steps, with the sheets' default sequencing:
 * - a non-decision step without an explicit `next` goes to the step with the following number;
 * - a decision's Ya exit, when not written, is the step with the following number;
 * - an end step goes nowhere.
 * These helpers read the definition as it is; `validateSop` says whether it is sound.
 */

export function stepByNo(def: SopDefinition, no: number): SopStep | undefined {
  return def.steps.find((step) => step.no === no);
}

/** The smallest step number above `no`, or null when `no` is the last. */
export function followingStepNo(def: SopDefinition, no: number): number | null {
  let following: number | null = null;
  for (const step of def.steps) {
    if (step.no > no && (following === null || step.no < following)) following = step.no;
  }
  return following;
}

export function isDecision(step: SopStep): boolean {
  return step.kinds.includes('decision');
}

export function isEnd(step: SopStep): boolean {
  return step.kinds.includes('end');
}

/**
 * The step after a non-decision step: its `next`, else the following number; null for an end step,
 * for a decision (see `decisionExits`) and for a last step that has nowhere to go.
 */
export function nextStepNo(def: SopDefinition, step: SopStep): number | null {
  if (isDecision(step) || isEnd(step)) return null;
  return step.next ?? followingStepNo(def, step.no);
}

/** A decision's exits with the Ya default applied; an exit stays null when nothing fills it. */
export function decisionExits(def: SopDefinition, step: SopStep): { yes: number | null; no: number | null } {
  return {
    yes: step.exits?.yes ?? followingStepNo(def, step.no),
    no: step.exits?.no ?? null,
  };
}

/**
 * The steps control may go to after step `stepNo` (Ya first, then Tidak, for a decision).
 *
 * @example successors(seed002, 7) // [8, 5]
 * @example successors(seed002, 10) // []
 */
export function successors(def: SopDefinition, stepNo: number): number[] {
  const step = stepByNo(def, stepNo);
  if (!step || isEnd(step)) return [];
  if (isDecision(step)) {
    const { yes, no } = decisionExits(def, step);
    const exits = [yes, no].filter((n): n is number => n !== null);
    return [...new Set(exits)];
  }
  const next = nextStepNo(def, step);
  return next === null ? [] : [next];
}

/** The start step; throws a validation error when the SOP does not have exactly one. */
export function startStep(def: SopDefinition): SopStep {
  const starts = def.steps.filter((step) => step.kinds.includes('start'));
  if (starts.length !== 1) {
    throw invalid([
      fieldError(
        'steps',
        `SOP harus punya tepat satu langkah awal (Mulai); ada ${starts.length}.`,
        `An SOP must have exactly one start step (Mulai); it has ${starts.length}.`,
      ),
    ]);
  }
  return starts[0]!;
}
