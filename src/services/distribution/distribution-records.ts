import type { Db } from '../../db/database';

/**
 * `draft` (added, not sent yet) → `pending` (queued for e-mail) → `sending` (claimed by a sweeper) →
 * `sent` | `failed` (retried while attempts < 3); `recorded`: no e-mail address, delivered by hand.
 */
export type DistributionStatus = 'draft' | 'pending' | 'sending' | 'sent' | 'failed' | 'recorded';

export interface DistributionRecord {
  id: string;
  documentId: string;
  versionId: string;
  versionNumber: number;
  recipientKind: 'internal' | 'external';
  recipientName: string;
  recipientEmail: string | null;
  positionId: string | null;
  status: DistributionStatus;
  messageId: string | null;
  error: string | null;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

export async function listDistributionRows(db: Db, documentId: string): Promise<DistributionRecord[]> {
  const rows = await db
    .selectFrom('distribution as d')
    .innerJoin('document_version as v', 'v.id', 'd.version_id')
    .select([
      'd.id as id',
      'd.document_id as documentId',
      'd.version_id as versionId',
      'v.number as versionNumber',
      'd.recipient_kind as recipientKind',
      'd.recipient_name as recipientName',
      'd.recipient_email as recipientEmail',
      'd.position_id as positionId',
      'd.status as status',
      'd.message_id as messageId',
      'd.error as error',
      'd.attempts as attempts',
      'd.created_at as createdAt',
      'd.sent_at as sentAt',
    ])
    .where('d.document_id', '=', documentId)
    .orderBy('d.created_at')
    .orderBy('d.recipient_name')
    .execute();
  return rows.map((r) => ({
    ...r,
    versionNumber: Number(r.versionNumber),
    attempts: Number(r.attempts),
    recipientKind: r.recipientKind as DistributionRecord['recipientKind'],
    status: r.status as DistributionStatus,
  }));
}
