import {
  listAgreementIndicators,
  listAgreements,
  updateAgreementIndicatorTarget,
} from '../../db/repositories/performance-agreement-repository';
import { findAgencyAgreementIndicator, lockRow } from '../../db/repositories/performance-editing-repository';
import { listIndicators } from '../../db/repositories/performance-renstra-repository';
import type { Actor, ServiceContext } from '../context';
import { agreementRow } from './agreements';
import { agreementEditorItem } from './agreements-editor-view';
import { FIELD_NAMES, optionalText, TEXT_LIMITS } from './edit-input';
import { agreementIndicatorRevision, assertCurrent } from './edit-revision';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { agreementNotFound } from './update-agreement';

export interface AgreementTargetEdit {
  revision?: string | null;
  target: string | number;
  targetHigh?: string | number | null;
  /** Required when the target differs from the Renstra target of the year. */
  reason?: string | null;
}

/**
 * Changes the year's target of one PK indicator, refusing a stale revision. A target that differs
 * from the Renstra target of the year needs a reason (the rule of `agreementRow`).
 */
export async function updateAgreementTarget(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  agreementIndicatorId: string,
  edit: AgreementTargetEdit,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const found = await findAgencyAgreementIndicator(ctx.db, agencyId, agreementIndicatorId);
  if (!found) throw agreementNotFound();
  const [agreement] = await listAgreements(ctx.db, agencyId, { id: found.agreementId });
  const indicators = await listIndicators(ctx.db, { ids: [found.indicatorId] });
  const code = indicators[0]!.code;
  const reason = optionalText(edit.reason, {
    field: 'reason',
    place: `${code} ${agreement!.year}`,
    label: FIELD_NAMES.reason,
    max: TEXT_LIMITS.reason,
  });
  const row = agreementRow(
    indicators,
    agreement!,
    { indicatorId: found.indicatorId, target: edit.target, targetHigh: edit.targetHigh, reason },
    0,
    '',
  );
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockRow(trx, 'agreement_indicator', agreementIndicatorId))) throw agreementNotFound();
    const current = (await listAgreementIndicators(trx, [found.agreementId])).find(
      (r) => r.id === agreementIndicatorId,
    )!;
    assertCurrent(edit.revision, agreementIndicatorRevision(current), {
      id: `Target PK ${code} ${agreement!.year}`,
      en: `The PK target of ${code} ${agreement!.year}`,
    });
    await updateAgreementIndicatorTarget(trx, agreementIndicatorId, {
      target: row.target,
      targetHigh: row.targetHigh,
      targetReason: row.targetReason,
    });
  });
  return agreementEditorItem(ctx, actor, agencyId, found.agreementId);
}
