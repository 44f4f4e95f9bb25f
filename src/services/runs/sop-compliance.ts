import { findRun } from '../../db/repositories/run-repository';
import type { Me } from '../auth/load-me';
import type { ServiceContext } from '../context';
import { loadWorkingCalendar } from '../org/calendar';
import { loadFlow } from './load-flow';
import { standardOf, timingOf } from './run-views';

export interface ComplianceRow {
  sopId: string;
  sopTitle: string;
  stepNo: number;
  activity: string;
  standardText: string | null;
  standardMinutes: number | null;
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  onTimeShare: number | null;
}

/** Nearest-rank percentile of sorted values (p in 0..100). */
function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * SOP compliance: per SOP and step, across every run of the agency, how many times the step was done,
 * the median and 90th percentile of its actual working time, and the share done by the due time.
 * The evidence an agency needs when it evaluates its SOPs.
 */
export async function sopCompliance(ctx: ServiceContext, me: Me, sopId?: string): Promise<ComplianceRow[]> {
  let q = ctx.db.selectFrom('run').select(['id', 'sop_id']).where('agency_id', '=', me.agencyId);
  if (sopId) q = q.where('sop_id', '=', sopId);
  const runs = await q.orderBy('started_at').execute();
  const calendar = await loadWorkingCalendar(ctx.db, me.agencyId);
  const rows = new Map<string, ComplianceRow & { samples: number[]; onTime: boolean[] }>();
  for (const run of runs) {
    const stored = (await findRun(ctx.db, run.id))!;
    const { flow, definition } = await loadFlow(ctx.db, stored.sopVersionId);
    for (const step of flow.steps) {
      const key = `${run.sop_id}:${step.no}`;
      if (!rows.has(key)) {
        const t = standardOf(step, definition, calendar);
        rows.set(key, {
          sopId: run.sop_id,
          sopTitle: definition.identity.title,
          stepNo: step.no,
          activity: step.activity,
          standardText: t.standardText,
          standardMinutes: t.standardMinutes,
          count: 0,
          medianMinutes: null,
          p90Minutes: null,
          onTimeShare: null,
          samples: [],
          onTime: [],
        });
      }
      const row = rows.get(key)!;
      for (const task of stored.state.tasks.filter((t) => t.stepNo === step.no && t.completedAt)) {
        const timing = timingOf(task, step, definition, calendar, ctx.now());
        row.samples.push(timing.actualMinutes);
        if (timing.onTime !== null) row.onTime.push(timing.onTime);
      }
    }
  }
  return [...rows.values()]
    .sort((a, b) => a.sopTitle.localeCompare(b.sopTitle) || a.stepNo - b.stepNo)
    .map(({ samples, onTime, ...row }) => {
      const sorted = [...samples].sort((a, b) => a - b);
      return {
        ...row,
        count: sorted.length,
        medianMinutes: median(sorted),
        p90Minutes: percentile(sorted, 90),
        onTimeShare: onTime.length > 0 ? onTime.filter(Boolean).length / onTime.length : null,
      };
    });
}
