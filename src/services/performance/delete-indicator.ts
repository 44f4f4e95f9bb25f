import { DomainError } from '../../core/errors';
import {
  deleteIndicatorRows,
  findAgencyIndicatorRenstra,
  indicatorUsage,
  lockRow,
} from '../../db/repositories/performance-editing-repository';
import { listIndicators } from '../../db/repositories/performance-renstra-repository';
import type { Actor, ServiceContext } from '../context';
import { assertCurrent, indicatorRevision } from './edit-revision';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { indicatorNotFound } from './update-indicator';

/**
 * Deletes an indicator with its targets, history and Rencana Aksi. Refused (409 `INDICATOR_IN_USE`)
 * once a Perjanjian Kinerja carries it or a realisation was entered: those are commitments and
 * reports that must not lose their indicator.
 */
export async function deleteIndicator(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  indicatorId: string,
  input: { revision?: string | null } = {},
): Promise<void> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  if (!(await findAgencyIndicatorRenstra(ctx.db, agencyId, indicatorId))) throw indicatorNotFound();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockRow(trx, 'indicator', indicatorId))) throw indicatorNotFound();
    const [indicator] = await listIndicators(trx, { ids: [indicatorId] });
    const code = indicator!.code;
    assertCurrent(input.revision, indicatorRevision(indicator!), {
      id: `Indikator ${code}`,
      en: `Indicator ${code}`,
    });
    const usage = (await indicatorUsage(trx, [indicatorId])).get(indicatorId)!;
    const id: string[] = [];
    const en: string[] = [];
    if (usage.agreementYears.length > 0) {
      id.push(`sudah tercantum dalam Perjanjian Kinerja ${usage.agreementYears.join(', ')}`);
      en.push(`it is in the performance agreement(s) of ${usage.agreementYears.join(', ')}`);
    }
    if (usage.realisations > 0) {
      id.push(`sudah memiliki ${usage.realisations} isian realisasi`);
      en.push(`it has ${usage.realisations} realisation entr${usage.realisations === 1 ? 'y' : 'ies'}`);
    }
    if (id.length > 0)
      throw new DomainError('INDICATOR_IN_USE', {
        id: `Indikator ${code} tidak dapat dihapus karena ${id.join(' dan ')}. Keluarkan dulu dari PK; indikator yang sudah berealisasi tetap disimpan sebagai riwayat.`,
        en: `Indicator ${code} cannot be deleted: ${en.join(' and ')}. Remove it from the PK first; an indicator with realisation stays as history.`,
      });
    await deleteIndicatorRows(trx, indicatorId);
  });
}
