import { fieldError, invalid } from '../../core/errors';
import {
  insertAgreementIndicator,
  listAgreementIndicators,
  listAgreements,
} from '../../db/repositories/performance-agreement-repository';
import { lockRow } from '../../db/repositories/performance-editing-repository';
import { listIndicators } from '../../db/repositories/performance-renstra-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import type { Actor, ServiceContext } from '../context';
import { agreementRow } from './agreements';
import { agreementEditorItem } from './agreements-editor-view';
import { FIELD_NAMES, optionalText, TEXT_LIMITS } from './edit-input';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { agreementNotFound } from './update-agreement';

export interface AgreementIndicatorAdd {
  indicatorId: string;
  /** The year's target; left out, the Renstra target of the year. */
  target?: string | number | null;
  targetHigh?: string | number | null;
  /** Required when the target differs from the Renstra target of the year. */
  reason?: string | null;
}

/** Adds a Renstra indicator to a PK, at the end, with the year's target (the Renstra's unless given). */
export async function addAgreementIndicator(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  agreementId: string,
  input: AgreementIndicatorAdd,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const [agreement] = await listAgreements(ctx.db, agencyId, { id: agreementId });
  if (!agreement) throw agreementNotFound();
  const indicators = await listIndicators(ctx.db, { renstraId: agreement.renstraId });
  const indicator = indicators.find((i) => i.id === input.indicatorId);
  const given = input.target === null || input.target === undefined || String(input.target).trim() === '';
  const renstraTarget = indicator?.targets.find((t) => t.year === agreement.year) ?? null;
  if (indicator && given && !renstraTarget)
    throw invalid([
      fieldError(
        'target',
        `${indicator.code} ${agreement.year}: Renstra tidak memuat target tahun ini; isi target PK.`,
        `${indicator.code} ${agreement.year}: the Renstra has no target for this year; enter the PK target.`,
      ),
    ]);
  const reason = optionalText(input.reason, {
    field: 'reason',
    place: `${indicator?.code ?? ''} ${agreement.year}`.trim(),
    label: FIELD_NAMES.reason,
    max: TEXT_LIMITS.reason,
  });
  const row = agreementRow(
    indicators,
    agreement,
    {
      indicatorId: input.indicatorId,
      // An indicator of another Renstra has no target here: `agreementRow` refuses it by name.
      target: given ? (renstraTarget?.value ?? '') : input.target!,
      targetHigh: given ? (renstraTarget?.valueHigh ?? null) : input.targetHigh,
      reason,
    },
    0,
    '',
  );
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockRow(trx, 'performance_agreement', agreementId))) throw agreementNotFound();
    const rows = await listAgreementIndicators(trx, [agreementId]);
    if (rows.some((r) => r.indicatorId === row.indicatorId)) throw listedTwice(indicator!.code);
    row.sortOrder = rows.reduce((max, r) => Math.max(max, r.sortOrder + 1), 0);
    try {
      await insertAgreementIndicator(trx, row);
    } catch (error) {
      if (isUniqueViolation(error)) throw listedTwice(indicator!.code);
      throw error;
    }
  });
  return agreementEditorItem(ctx, actor, agencyId, agreementId);
}

function listedTwice(code: string) {
  return invalid([
    fieldError(
      'indicatorId',
      `${code} sudah ada di Perjanjian Kinerja ini.`,
      `${code} is already in this performance agreement.`,
    ),
  ]);
}
