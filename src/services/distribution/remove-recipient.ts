import { conflict, DomainError } from '../../core/errors';
import type { Actor, ServiceContext } from '../context';
import { type DistributionRecord, listDistributionRows } from './distribution-records';
import { assertCanSend, loadDistributionTarget } from './distribution-target';

/** Takes a recipient off the list before sending; once sent, a delivery is history and stays. */
export async function removeRecipient(
  ctx: ServiceContext,
  actor: Actor,
  input: { documentId: string; distributionId: string },
): Promise<DistributionRecord[]> {
  const target = await loadDistributionTarget(ctx, actor, input.documentId);
  assertCanSend(target);
  const row = (await listDistributionRows(ctx.db, input.documentId)).find(
    (d) => d.id === input.distributionId,
  );
  if (!row)
    throw new DomainError('NOT_FOUND', { id: 'Penerima tidak ditemukan.', en: 'Recipient not found.' });
  const deleted = await ctx.db
    .deleteFrom('distribution')
    .where('id', '=', input.distributionId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1)
    throw conflict(
      'DISTRIBUTION_NOT_DRAFT',
      'distributionId',
      `Dokumen sudah dikirim kepada ${row.recipientName}; catatan pengiriman tidak dapat dihapus.`,
      `The document was already sent to ${row.recipientName}; a delivery record cannot be removed.`,
    );
  return listDistributionRows(ctx.db, input.documentId);
}
