import { problemTarget } from './problem-target';

export type Problem = { field: string; message: string };

/** The server's problems sorted by where the editor shows them. */
export interface ProblemIndex {
  all: Problem[];
  /** Every problem about step `no` (its row shows them). */
  step: (no: number) => Problem[];
  /** The message for one field of a step, e.g. `stepField(7, 'exits.no')`; prefix match for lists. */
  stepField: (no: number, part: string) => string | undefined;
  identity: (part: string) => string | undefined;
  /**
   * Problems about lane `key`: `whole` ones name the lane itself (`lanes[kabid]`: not mapped to a
   * position), the others one of its fields (`definition.lanes.0.label`: the label is too long).
   */
  lane: (key: string, which: 'whole' | 'fields') => Problem[];
  /** Problems about the whole SOP (no start, no end, no steps). */
  general: Problem[];
}

export function indexProblems(problems: Problem[], laneKeys: readonly string[]): ProblemIndex {
  const placed = problems.map((p) => ({ problem: p, target: problemTarget(p.field) }));
  const join = (list: Problem[]) => (list.length > 0 ? list.map((p) => p.message).join(' ') : undefined);
  return {
    all: problems,
    step: (no) =>
      placed.filter(({ target }) => target.area === 'step' && target.stepNo === no).map((x) => x.problem),
    stepField: (no, part) =>
      join(
        placed
          .filter(
            ({ target }) =>
              target.area === 'step' &&
              target.stepNo === no &&
              (target.part === part || target.part.startsWith(`${part}.`)),
          )
          .map((x) => x.problem),
      ),
    identity: (part) =>
      join(
        placed
          .filter(({ target }) => target.area === 'identity' && target.part === part)
          .map((x) => x.problem),
      ),
    lane: (key, which) =>
      placed
        .filter(
          ({ target }) =>
            target.area === 'lane' &&
            (target.key === key || (target.index !== null && laneKeys[target.index] === key)) &&
            (which === 'whole') === (target.part === ''),
        )
        .map((x) => x.problem),
    general: placed.filter(({ target }) => target.area === 'general').map((x) => x.problem),
  };
}
