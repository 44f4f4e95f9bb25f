import { DomainError } from '../../core/errors';
import {
  listAgreementIndicators,
  listAgreements,
} from '../../db/repositories/performance-agreement-repository';
import {
  countRealisations,
  deleteAgreementIndicatorRow,
  findAgencyAgreementIndicator,
  lockRow,
} from '../../db/repositories/performance-editing-repository';
import { listIndicators } from '../../db/repositories/performance-renstra-repository';
import type { Actor, ServiceContext } from '../context';
import { agreementEditorItem } from './agreements-editor-view';
import { agreementIndicatorRevision, assertCurrent } from './edit-revision';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { agreementNotFound } from './update-agreement';

/**
 * Takes an indicator out of a PK. Refused (409 `AGREEMENT_INDICATOR_IN_USE`) when realisation of the
 * year was entered and no other PK of the year carries the indicator: the realisation would lose the
 * target it is measured against. The Rencana Aksi stays (it is per indicator and year).
 */
export async function removeAgreementIndicator(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  agreementIndicatorId: string,
  input: { revision?: string | null } = {},
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const found = await findAgencyAgreementIndicator(ctx.db, agencyId, agreementIndicatorId);
  if (!found) throw agreementNotFound();
  const [agreement] = await listAgreements(ctx.db, agencyId, { id: found.agreementId });
  const [indicator] = await listIndicators(ctx.db, { ids: [found.indicatorId] });
  const place = `${indicator!.code} ${agreement!.year}`;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockRow(trx, 'agreement_indicator', agreementIndicatorId))) throw agreementNotFound();
    const sameYear = await listAgreements(trx, agencyId, { year: agreement!.year });
    const rows = await listAgreementIndicators(
      trx,
      sameYear.map((a) => a.id),
    );
    const current = rows.find((r) => r.id === agreementIndicatorId)!;
    assertCurrent(input.revision, agreementIndicatorRevision(current), {
      id: `Target PK ${place}`,
      en: `The PK target of ${place}`,
    });
    const elsewhere = rows.some((r) => r.id !== current.id && r.indicatorId === current.indicatorId);
    const realised = await countRealisations(trx, current.indicatorId, agreement!.year);
    if (!elsewhere && realised > 0)
      throw new DomainError('AGREEMENT_INDICATOR_IN_USE', {
        id: `${indicator!.code} tidak dapat dikeluarkan dari PK ${agreement!.year}: sudah ada ${realised} isian realisasi tahun ini yang diukur terhadap target PK ini.`,
        en: `${indicator!.code} cannot be removed from the ${agreement!.year} PK: ${realised} realisation entr${realised === 1 ? 'y is' : 'ies are'} measured against this target.`,
      });
    await deleteAgreementIndicatorRow(trx, agreementIndicatorId);
  });
  return agreementEditorItem(ctx, actor, agencyId, found.agreementId);
}
