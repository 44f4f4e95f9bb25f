import type { SopDefinition } from './sop-definition';
import { type SopFieldError, sopError } from './sop-field-error';
import { validateSop } from './validate-sop';

/** Lane key → position id of the agency (null or missing: not mapped yet). */
export type LaneMapping = Readonly<Record<string, string | null | undefined>>;

/**
 * `validateSop` plus what publishing for an agency needs: every lane that a step uses is mapped to a
 * position. Lanes used only by per-unit steps are exempt: their tasks go to each unit (its head), not
 * to one position (seed 002's Kabid, seed 003's Bidang-Bidang Lain). Unused lanes need no position.
 */
export function validateForPublish(def: SopDefinition, laneMapping: LaneMapping): SopFieldError[] {
  const errors = validateSop(def);
  const needed = new Set(def.steps.filter((step) => step.perUnit === null).map((step) => step.lane));
  def.lanes.forEach((lane, index) => {
    if (!needed.has(lane.key)) return;
    const position = laneMapping[lane.key];
    if (position === null || position === undefined || position === '') {
      errors.push(
        sopError(
          def,
          ['lanes', index],
          null,
          `Pelaksana "${lane.label}" belum dipetakan ke jabatan.`,
          `Lane "${lane.label}" is not mapped to a position.`,
        ),
      );
    }
  });
  return errors;
}
