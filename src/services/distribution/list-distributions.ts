import type { Actor, ServiceContext } from '../context';
import { type DistributionRecord, listDistributionRows } from './distribution-records';
import { loadDistributionTarget } from './distribution-target';

export interface DistributionList {
  documentId: string;
  agencyId: string;
  /** May the reader add recipients and send (the panel shows those controls)? */
  canSend: boolean;
  recipients: DistributionRecord[];
}

/** The document's recipients and deliveries (status, message id, error, attempts). Anyone of the agency. */
export async function listDistributions(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
): Promise<DistributionList> {
  const target = await loadDistributionTarget(ctx, actor, documentId);
  return {
    documentId,
    agencyId: target.document.agency_id,
    canSend: target.canSend,
    recipients: await listDistributionRows(ctx.db, documentId),
  };
}
