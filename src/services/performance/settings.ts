import { fieldError, forbidden, invalid } from '../../core/errors';
import { findPlanningUnitId, savePlanningUnitId } from '../../db/repositories/performance-renstra-repository';
import type { Actor, ServiceContext } from '../context';
import { loadPerformanceAccess } from './performance-access';

/** The agency's planning unit (whose leading positions verify, return and lock realisation). */
export async function getPerformanceSettings(ctx: ServiceContext, actor: Actor, agencyId: string) {
  await loadPerformanceAccess(ctx, actor, agencyId);
  return { planningUnitId: await findPlanningUnitId(ctx.db, agencyId) };
}

/** Only administrators choose the planning unit: it decides who verifies. */
export async function savePerformanceSettings(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: { planningUnitId: string | null },
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  if (!access.isAdmin) throw forbidden();
  if (input.planningUnitId && !access.units.some((u) => u.id === input.planningUnitId))
    throw invalid([
      fieldError(
        'planningUnitId',
        'Unit perencanaan tidak ada di instansi ini.',
        'No such unit in this agency.',
      ),
    ]);
  await ctx.db.transaction().execute((trx) => savePlanningUnitId(trx, agencyId, input.planningUnitId));
  return { planningUnitId: input.planningUnitId };
}
