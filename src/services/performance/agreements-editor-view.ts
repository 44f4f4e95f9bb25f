import { findRenstraForYear, listIndicators } from '../../db/repositories/performance-renstra-repository';
import type { Actor, ServiceContext } from '../context';
import { listPositionsWithHolders } from '../org/positions';
import { getActionPlan } from './action-plan';
import { getAgreement, listAgencyAgreements } from './agreements';
import { actionPlanRevision, agreementIndicatorRevision, agreementRevision } from './edit-revision';
import { loadPerformanceAccess } from './performance-access';

type DescribedAgreement = Awaited<ReturnType<typeof getAgreement>>;

/**
 * What the PK and Rencana Aksi editor shows for a year: each PK with its parties and indicators, the
 * quarterly plan, the revision each edit must send back, whether the actor may edit, the positions
 * that can be parties and the Renstra indicators that can be added (with the year's Renstra target).
 */
export async function getAgreementsEditor(ctx: ServiceContext, actor: Actor, agencyId: string, year: number) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const renstra = await findRenstraForYear(ctx.db, agencyId, year);
  const [agreements, plan, positions, indicators] = await Promise.all([
    listAgencyAgreements(ctx, actor, agencyId, year),
    getActionPlan(ctx, actor, agencyId, year),
    listPositionsWithHolders(ctx, agencyId),
    renstra ? listIndicators(ctx.db, { renstraId: renstra.id }) : Promise.resolve([]),
  ]);
  const unitName = (id: string) => access.units.find((u) => u.id === id)?.name ?? null;
  return {
    year,
    canPlan: access.canPlan,
    renstraId: renstra?.id ?? null,
    positions: positions.map((p) => ({
      id: p.id,
      title: p.title,
      level: p.level,
      unitName: unitName(p.unitId),
      holder: p.holders[0]?.fullName ?? null,
    })),
    indicators: indicators.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unitLabel: i.unitLabel,
      polarity: i.polarity,
      renstraTarget: i.targets.find((t) => t.year === year)?.value ?? null,
    })),
    agreements: agreements.map(withRevisions),
    actionPlan: plan.rows.map((row) => ({
      ...row,
      polarity: indicators.find((i) => i.id === row.indicatorId)?.polarity ?? 'positive',
      revision: actionPlanRevision(row.quarters, row.reason),
    })),
  };
}

/** One PK as the editor shows it, after a change. */
export async function agreementEditorItem(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  agreementId: string,
) {
  return withRevisions(await getAgreement(ctx, actor, agencyId, agreementId));
}

function withRevisions(a: DescribedAgreement) {
  return {
    ...a,
    revision: agreementRevision(a),
    indicators: a.indicators.map((i) => ({ ...i, revision: agreementIndicatorRevision(i) })),
  };
}
