import { DomainError, fieldError, invalid } from '../../core/errors';
import {
  listActionPlanTargets,
  replaceActionPlan,
} from '../../db/repositories/performance-agreement-repository';
import { lockRow } from '../../db/repositories/performance-editing-repository';
import type { Actor, ServiceContext } from '../context';
import { planWarnings } from './action-plan';
import { sameTarget } from './agreements';
import { cellPlace, LABELS, readOptionalDecimal } from './decimal-input';
import { FIELD_NAMES, optionalText, TEXT_LIMITS } from './edit-input';
import { actionPlanRevision, assertCurrent } from './edit-revision';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { listYearIndicators } from './year-indicators';

export interface ActionPlanRowEdit {
  year: number;
  revision?: string | null;
  /** TW I..IV; cumulative from January for cumulative indicators; empty where nothing is planned. */
  quarters: [unknown, unknown, unknown, unknown];
  /** Required when TW IV differs from the PK target. */
  reason?: string | null;
}

/**
 * Saves one indicator's Rencana Aksi row from the inline editor, as `saveActionPlan` does, but
 * refusing a stale revision: a quarter below the previous one of a cumulative indicator is a warning
 * in the answer; a TW IV that differs from the PK target needs a reason.
 */
export async function updateActionPlanRow(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  indicatorId: string,
  edit: ActionPlanRowEdit,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const indicator = (await listYearIndicators(ctx.db, agencyId, edit.year)).find((i) => i.id === indicatorId);
  if (!indicator)
    throw new DomainError('NOT_FOUND', {
      id: `Indikator tidak ada dalam Perjanjian Kinerja ${edit.year} instansi ini.`,
      en: `The indicator is not in this agency's ${edit.year} performance agreement.`,
    });
  if (!Array.isArray(edit.quarters) || edit.quarters.length !== 4)
    throw invalid([
      fieldError(
        'quarters',
        `${indicator.code}: isi empat triwulan.`,
        `${indicator.code}: give four quarters.`,
      ),
    ]);
  const quarters = edit.quarters.map((raw, k) => {
    const place = cellPlace(indicator.code, edit.year, k + 1);
    if (indicator.polarity === 'qualitative')
      return optionalText(raw === null || raw === undefined ? null : String(raw), {
        field: `quarters.${k}`,
        place,
        label: LABELS.target,
        max: 200,
      });
    return readOptionalDecimal(raw, { field: `quarters.${k}`, place, label: LABELS.target });
  });
  const q4Place = cellPlace(indicator.code, edit.year, 4);
  const reason = optionalText(edit.reason, {
    field: 'reason',
    place: q4Place,
    label: FIELD_NAMES.reason,
    max: TEXT_LIMITS.reason,
  });
  const q4 = quarters[3] ?? null;
  const pkTarget = indicator.annualTarget;
  if (pkTarget !== null && !sameTarget(q4, pkTarget) && !reason)
    throw invalid([
      fieldError(
        'reason',
        `${q4Place}: target TW IV (${q4 ?? 'kosong'}) berbeda dari target PK (${pkTarget}); alasan wajib diisi.`,
        `${q4Place}: the TW IV target (${q4 ?? 'none'}) differs from the PK target (${pkTarget}); a reason is required.`,
      ),
    ]);
  // A reason only means something while TW IV differs; an aligned row drops the old one.
  const keptReason = pkTarget !== null && sameTarget(q4, pkTarget) ? null : reason;
  await ctx.db.transaction().execute(async (trx) => {
    await lockRow(trx, 'indicator', indicator.id);
    const stored = await listActionPlanTargets(trx, [indicator.id], edit.year);
    const current = [1, 2, 3, 4].map((q) => stored.find((t) => t.quarter === q)?.target ?? null);
    const currentReason = stored.find((t) => t.quarter === 4)?.reason ?? null;
    assertCurrent(edit.revision, actionPlanRevision(current, currentReason), {
      id: `Rencana Aksi ${indicator.code} ${edit.year}`,
      en: `The action plan of ${indicator.code} ${edit.year}`,
    });
    await replaceActionPlan(
      trx,
      indicator.id,
      edit.year,
      quarters.map((target, k) => ({ quarter: k + 1, target, reason: k === 3 ? keptReason : null })),
    );
  });
  return {
    indicatorId: indicator.id,
    year: edit.year,
    quarters,
    reason: keptReason,
    revision: actionPlanRevision(quarters, keptReason),
    warnings: planWarnings(indicator, quarters),
  };
}
