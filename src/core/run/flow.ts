import type { WorkDuration } from '../calendar/work-duration';
import type { StepKind } from '../sop/sop-definition';

/**
 * What the run engine needs from an SOP: its steps as a flow. The SOP document model (identity,
 * Mutu Baku texts, notes) stays in `core/sop`; `toFlow` there projects a published version onto this.
 */
export type { StepKind } from '../sop/sop-definition';

export interface FlowStep {
  no: number;
  /** Lane key; the run's lane mapping turns it into a position of the agency. */
  lane: string;
  /** The first step may be start and process at once; the last may be process and end. */
  kinds: StepKind[];
  activity: string;
  /** The next step of a process step; undefined → the following step number; null → none (end). */
  next?: number | null;
  /** A decision's exits: Ya → approve, Tidak → return. */
  exits?: { yes: number; no: number };
  /** Done once per unit of these kinds, in parallel, joined when all are done. */
  perUnit?: { unitKinds: string[] };
  /** Time standards of the step's Mutu Baku rows, done one after the other (empty: no due time). */
  timeStandards: WorkDuration[];
  /** The Mutu Baku outputs the step must produce (empty: completing needs no output). */
  outputs: string[];
  paraf?: boolean;
  signature?: boolean;
  meeting?: boolean;
  /** What the step does with the run's documents (`DocumentAct` of core/sop: report, letter_number, send, …). */
  documentActs?: string[];
}

export interface Flow {
  steps: FlowStep[];
}

export function stepOf(flow: Flow, no: number): FlowStep {
  const step = flow.steps.find((s) => s.no === no);
  if (!step) throw new Error(`flow has no step ${no}`);
  return step;
}

export function isDecision(step: FlowStep): boolean {
  return step.kinds.includes('decision');
}

export function isEnd(step: FlowStep): boolean {
  return step.kinds.includes('end');
}

/** The step after a completed process step, or null when the flow ends there. */
export function nextStepNo(flow: Flow, step: FlowStep): number | null {
  if (step.next !== undefined) return step.next;
  if (isEnd(step)) return null;
  const sorted = [...flow.steps].sort((a, b) => a.no - b.no);
  const index = sorted.findIndex((s) => s.no === step.no);
  return sorted[index + 1]?.no ?? null;
}

export function firstStep(flow: Flow): FlowStep {
  const start = flow.steps.find((s) => s.kinds.includes('start'));
  return start ?? [...flow.steps].sort((a, b) => a.no - b.no)[0]!;
}
