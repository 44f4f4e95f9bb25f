import { listRealisations } from '../../db/repositories/performance-realisation-repository';
import type { Actor, ServiceContext } from '../context';
import { analyseGrid, type PerformanceAnalysis, type RunPeriod } from './analysis';
import { getRealisationGrid } from './realisation';
import { listYearIndicators } from './year-indicators';

const SUBMITTED_OR_BEYOND = new Set(['submitted', 'verified', 'locked']);

/**
 * Whether a division has handed in its realisation for a run's period: every indicator of the year's
 * PK that the unit reports has a realisation for the quarter (for a yearly run, TW IV) that is
 * submitted, verified or locked. A unit reports for its sub-units too (the Sekretariat for its
 * Subbagian). A unit without indicators in that year has nothing to hand in and
 * counts as done, so a run's per-division "collect data" step never waits on it. No access check:
 * the run engine calls this on behalf of the run.
 *
 * @example await realisationSubmittedFor(ctx, agencyId, bidangId, { year: 2026, quarter: 3 }) // true
 */
export async function realisationSubmittedFor(
  ctx: ServiceContext,
  agencyId: string,
  unitId: string,
  period: RunPeriod,
): Promise<boolean> {
  const quarter = period.quarter ?? 4;
  const units = await ctx.db
    .selectFrom('unit')
    .select(['id', 'parent_id'])
    .where('agency_id', '=', agencyId)
    .execute();
  const covered = new Set([unitId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of units)
      if (u.parent_id && covered.has(u.parent_id) && !covered.has(u.id)) {
        covered.add(u.id);
        grew = true;
      }
  }
  const ids = (await listYearIndicators(ctx.db, agencyId, period.year))
    .filter((i) => i.unitId !== null && covered.has(i.unitId))
    .map((i) => i.id);
  if (ids.length === 0) return true;
  const rows = await listRealisations(ctx.db, { indicatorIds: ids, year: period.year, quarter });
  const done = new Set(rows.filter((r) => SUBMITTED_OR_BEYOND.has(r.status)).map((r) => r.indicatorId));
  return ids.every((id) => done.has(id));
}

/**
 * The computed achievement of every indicator of the period, grouped per sasaran with the sasaran's
 * and the agency's roll-ups: what the planning head analyses in a run's analysis step. Drafts count
 * as entered: the analysis shows the figures as they stand. Access as for reading the agency.
 *
 * @example (await analysisFor(ctx, actor, agencyId, { year: 2026, quarter: null })).agency.display // '…'
 */
export async function analysisFor(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  period: RunPeriod,
): Promise<PerformanceAnalysis> {
  const grid = await getRealisationGrid(ctx, actor, agencyId, { year: period.year });
  return analyseGrid(grid, period);
}
