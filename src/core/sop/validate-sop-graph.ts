import type { SopDefinition } from './sop-definition';
import { type SopFieldError, sopError } from './sop-field-error';
import { isEnd, successors } from './sop-flow';

/**
 * Reachability: every step can be reached from the start, and from every step an end can be reached
 * (a loop with no way out is an error). Needs unique step numbers, exactly one start, at least one
 * end and links to existing steps; the caller checks those first.
 */
export function validateSopGraph(def: SopDefinition): SopFieldError[] {
  const numbers = new Set(def.steps.map((step) => step.no));
  const edges = new Map<number, number[]>();
  for (const step of def.steps) {
    edges.set(
      step.no,
      successors(def, step.no).filter((no) => numbers.has(no)),
    );
  }
  const start = def.steps.find((step) => step.kinds.includes('start'))!;
  const reachable = closure([start.no], (no) => edges.get(no) ?? []);

  const predecessors = new Map<number, number[]>();
  for (const [from, tos] of edges) {
    for (const to of tos) predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
  }
  const ends = def.steps.filter(isEnd).map((step) => step.no);
  const leadsToEnd = closure(ends, (no) => predecessors.get(no) ?? []);

  const errors: SopFieldError[] = [];
  def.steps.forEach((step, index) => {
    if (!reachable.has(step.no)) {
      errors.push(
        sopError(
          def,
          ['steps', index],
          step.no,
          `tidak dapat dicapai dari langkah awal (langkah ${start.no}).`,
          `cannot be reached from the start (step ${start.no}).`,
        ),
      );
      return;
    }
    // A non-end step with nowhere to go is reported on its `next` already.
    if (leadsToEnd.has(step.no) || (edges.get(step.no) ?? []).length === 0) return;
    const inLoop = closure(edges.get(step.no) ?? [], (no) => edges.get(no) ?? []).has(step.no);
    errors.push(
      sopError(
        def,
        ['steps', index],
        step.no,
        inLoop
          ? 'terjebak dalam putaran tanpa jalan keluar: dari sini tidak ada jalan ke langkah akhir.'
          : 'dari langkah ini tidak ada jalan ke langkah akhir.',
        inLoop
          ? 'caught in a loop with no way out: no path leads from here to an end step.'
          : 'no path leads from this step to an end step.',
      ),
    );
  });
  return errors;
}

/** All nodes reachable from `from` (inclusive) following `next`. */
function closure(from: number[], next: (no: number) => number[]): Set<number> {
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length > 0) {
    for (const no of next(queue.shift()!)) {
      if (!seen.has(no)) {
        seen.add(no);
        queue.push(no);
      }
    }
  }
  return seen;
}
