import type { SopDefinition } from './sop-definition';
import type { SopFieldError } from './sop-field-error';
import { validateSopGraph } from './validate-sop-graph';
import { validateSopIdentity } from './validate-sop-identity';
import { validateSopSteps } from './validate-sop-steps';

const STRUCTURE = new Set<string | number>(['no', 'kinds', 'next', 'exits']);

/**
 * Checks an SOP definition; an empty list means it is sound. Messages (Indonesian and English) name
 * the step and the field, e.g. field `steps[7].exits.no`, message "Langkah 7: keputusan belum punya
 * jalan keluar Tidak.".
 *
 * Rules: codes and identity fields readable (dates, NIP); lane keys unique; step numbers unique;
 * every lane a step uses is declared; a decision has both exits (Ya defaults to the following step)
 * and they point at existing steps, as does every `next`; time standards readable; document acts known, each
 * listed once, the lembar disposisi only on the start step; exactly one start; at least one end; every step reachable from the start; an end reachable from every step
 * (these two are checked once numbers, kinds, `next` and exits are sound).
 */
export function validateSop(def: SopDefinition): SopFieldError[] {
  const stepErrors = validateSopSteps(def);
  const errors = [...validateSopIdentity(def), ...stepErrors];
  // Reachability is only meaningful on a well-formed graph; otherwise it repeats the broken link.
  const graphBroken = stepErrors.some(
    (error) => error.path.length <= 1 || error.path.some((part) => STRUCTURE.has(part)),
  );
  if (!graphBroken) errors.push(...validateSopGraph(def));
  return errors;
}
