import type { SopDefinitionDto } from '../../contract';

export type StepDto = SopDefinitionDto['steps'][number];

/** A new process step in `lane`, numbered later by {@link renumber}. */
export function blankStep(lane: string): StepDto {
  return {
    no: 0,
    activity: '',
    lane,
    laneReading: null,
    kinds: ['process'],
    mutuBaku: [{ inputs: '', time: null, output: '' }],
    note: null,
    next: null,
    exits: null,
    perUnit: null,
    meeting: false,
    paraf: false,
    signature: false,
    documentActs: [],
  };
}

/**
 * Numbers the steps 1..n in list order and rewrites every reference (`next`, decision exits) from
 * the old numbers to the new ones, so moving or removing a row keeps the flow pointing at the same
 * steps. A reference to a step that is gone becomes null (the server then names the gap).
 *
 * @example renumber([{ no: 2, … }, { no: 1, exits: { yes: 2, no: 1 }, … }]) // the exits become { yes: 1, no: 2 }
 */
export function renumber(steps: readonly StepDto[]): StepDto[] {
  const map = new Map<number, number>();
  steps.forEach((step, index) => {
    if (!map.has(step.no)) map.set(step.no, index + 1);
  });
  const ref = (no: number | null) => (no === null ? null : (map.get(no) ?? null));
  return steps.map((step, index) => ({
    ...step,
    no: index + 1,
    next: ref(step.next),
    exits: step.exits ? { yes: ref(step.exits.yes), no: ref(step.exits.no) } : null,
  }));
}

/** The list with the step at `index` moved by `delta` rows (renumbered). */
export function moveStep(steps: readonly StepDto[], index: number, delta: -1 | 1): StepDto[] {
  const target = index + delta;
  if (target < 0 || target >= steps.length) return [...steps];
  const copy = [...steps];
  const [moved] = copy.splice(index, 1);
  copy.splice(target, 0, moved!);
  return renumber(copy);
}

/** The list without the step at `index` (renumbered; references to it become null). */
export function removeStep(steps: readonly StepDto[], index: number): StepDto[] {
  const removedNo = steps[index]?.no;
  return renumber(
    steps
      .filter((_, i) => i !== index)
      .map((step) => ({
        ...step,
        next: step.next === removedNo ? null : step.next,
        exits: step.exits
          ? {
              yes: step.exits.yes === removedNo ? null : step.exits.yes,
              no: step.exits.no === removedNo ? null : step.exits.no,
            }
          : null,
      })),
  );
}

/** A new step inserted after `index` (or at the end), references kept. */
export function insertStep(steps: readonly StepDto[], afterIndex: number, step: StepDto): StepDto[] {
  const copy = [...steps];
  // A fresh number no other step uses, so renumber does not confuse it with an existing one.
  const fresh = Math.max(0, ...steps.map((s) => s.no)) + 1;
  copy.splice(afterIndex + 1, 0, { ...step, no: fresh });
  return renumber(copy);
}

/** The kinds a row offers, as the paper form's symbols combine them. */
export const KIND_CHOICES = {
  start: ['start'],
  startProcess: ['start', 'process'],
  process: ['process'],
  decision: ['decision'],
  processEnd: ['process', 'end'],
  end: ['end'],
} as const satisfies Record<string, StepDto['kinds']>;
export type KindChoice = keyof typeof KIND_CHOICES;

/** Which choice a step's kinds are; an unusual combination reads as its closest choice. */
export function kindChoice(kinds: StepDto['kinds']): KindChoice {
  const has = (k: StepDto['kinds'][number]) => kinds.includes(k);
  if (has('decision')) return 'decision';
  if (has('start')) return has('process') ? 'startProcess' : 'start';
  if (has('end')) return has('process') ? 'processEnd' : 'end';
  return 'process';
}

/** A step with another kind: a decision gets (empty) exits, any other kind loses them. */
export function withKind(step: StepDto, choice: KindChoice): StepDto {
  const decision = choice === 'decision';
  return {
    ...step,
    kinds: [...KIND_CHOICES[choice]],
    exits: decision ? (step.exits ?? { yes: null, no: null }) : null,
    next: decision ? null : step.next,
    perUnit: decision ? null : step.perUnit,
  };
}
