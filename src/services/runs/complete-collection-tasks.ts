import { DomainError } from '../../core/errors';
import { findRun } from '../../db/repositories/run-repository';
import type { Me } from '../auth/load-me';
import type { ServiceContext } from '../context';
import { realisationSubmittedFor } from '../performance/run-link';
import { executeRunCommand } from './execute-run-command';
import { loadFlow } from './load-flow';

/**
 * The link between performance data and runs: the per-division "collect data" step of an SOP run — the
 * flow's first per-unit step (004 step 3, 003 step 3, 002 step 2) — completes for a division as soon as
 * that division's realisation for the run's period is submitted. Called after every submission; completes
 * what it can and returns how many tasks it completed. The event is recorded under the submitter.
 */
export async function completeCollectionTasks(
  ctx: ServiceContext,
  me: Me,
  agencyId: string,
): Promise<number> {
  const runs = await ctx.db
    .selectFrom('run')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'active')
    .execute();
  let completed = 0;
  for (const { id } of runs) {
    const stored = await findRun(ctx.db, id);
    if (!stored) continue;
    const { flow } = await loadFlow(ctx.db, stored.sopVersionId);
    const collect = flow.steps.find((s) => s.perUnit);
    if (!collect) continue;
    const open = stored.state.tasks.filter(
      (t) => t.stepNo === collect.no && t.unitId && (t.status === 'open' || t.status === 'claimed'),
    );
    for (const task of open) {
      if (!(await realisationSubmittedFor(ctx, agencyId, task.unitId!, stored.state.period))) continue;
      const period = stored.state.period.quarter ? `TW ${stored.state.period.quarter} ` : '';
      try {
        await executeRunCommand(
          ctx,
          me,
          id,
          {
            type: 'complete',
            taskId: task.id,
            output: {
              kind: 'data',
              reference: `realisasi:${task.unitId}:${stored.state.period.year}:${stored.state.period.quarter ?? 'tahun'}`,
              summary: `Realisasi kinerja ${period}${stored.state.period.year} unit ini telah diajukan.`,
            },
          },
          { actingFor: [task.positionId], commandId: `collect:${task.id}` },
        );
        completed++;
      } catch (error) {
        // Someone completed it by hand meanwhile: nothing to do.
        if (!(error instanceof DomainError)) throw error;
      }
    }
  }
  return completed;
}
