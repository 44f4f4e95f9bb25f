import type { WorkDurationUnit } from '../calendar/work-duration';
import type { SopDefinition } from './sop-definition';

/**
 * The SOP's time standards added up per unit, units kept apart: a working day is not 24 hours (nor,
 * during Ramadan, 7.5), so "5 hari 3 jam 50 menit" stays three numbers. Unreadable texts count nothing.
 *
 * @example sumTimeStandards(seed002) // { day: 5, hour: 3, minute: 50 }
 */
export function sumTimeStandards(def: SopDefinition): Record<WorkDurationUnit, number> {
  const sum: Record<WorkDurationUnit, number> = { day: 0, hour: 0, minute: 0 };
  for (const step of def.steps) {
    for (const row of step.mutuBaku) {
      if (row.time?.duration) sum[row.time.duration.unit] += row.time.duration.amount;
    }
  }
  return sum;
}
