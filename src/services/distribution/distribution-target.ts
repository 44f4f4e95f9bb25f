import { DomainError, fieldError } from '../../core/errors';
import type { Db } from '../../db/database';
import { findAgency } from '../../db/repositories/org-repository';
import { type Actor, canRead, type ServiceContext } from '../context';
import { documentNotFound } from '../documents/document-errors';
import { holdsOpenRunTask, type LetterAccess, loadLetterAccess } from '../letters/letter-access';

export interface TargetDocument {
  id: string;
  agency_id: string;
  kind: string;
  title: string;
  subject: string;
  status: string;
  run_id: string | null;
  letter_number_id: string | null;
}

export interface DistributionTarget {
  document: TargetDocument;
  access: LetterAccess;
  /**
   * Send and archive: the secretariat, the planning unit and administrators (see `loadLetterAccess`),
   * and whoever holds an open task of the document's run today (the run's send/archive step).
   */
  canSend: boolean;
}

/** A document the actor may read, with their rights; another agency's document is "not found". */
export async function loadDistributionTarget(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
): Promise<DistributionTarget> {
  const document = await ctx.db
    .selectFrom('document')
    .select(['id', 'agency_id', 'kind', 'title', 'subject', 'status', 'run_id', 'letter_number_id'])
    .where('id', '=', documentId)
    .executeTakeFirst();
  const agency = document ? await findAgency(ctx.db, document.agency_id) : undefined;
  if (!document || !agency || !canRead(actor, agency)) throw documentNotFound();
  const access = await loadLetterAccess(ctx, actor, document.agency_id);
  const canSend = access.canIssue || (await holdsOpenRunTask(ctx.db, actor, document.run_id, access.today));
  return { document, access, canSend };
}

export function assertCanSend(target: DistributionTarget): void {
  if (!target.canSend)
    throw new DomainError('FORBIDDEN', {
      id: 'Hanya Sekretariat, unit perencanaan, administrator, atau pemegang tugas proses dokumen ini yang boleh mengirim dan mengarsipkan.',
      en: "Only the secretariat, the planning unit, an administrator, or the holder of this document's run task may send and archive.",
    });
}

export interface TargetVersion {
  id: string;
  number: number;
  origin: string;
  pdfSha256: string | null;
  createdAt: string;
}

/** A version of the document (field `versionId` when not); `needPdf` also requires its PDF. */
export async function loadTargetVersion(
  ctx: ServiceContext,
  documentId: string,
  versionId: string,
  needPdf: boolean,
): Promise<TargetVersion> {
  const version = await ctx.db
    .selectFrom('document_version')
    .select(['id', 'number', 'origin', 'pdf_sha256 as pdfSha256', 'created_at as createdAt'])
    .where('id', '=', versionId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!version)
    throw new DomainError(
      'VALIDATION_FAILED',
      { id: 'Versi dokumen tidak ditemukan.', en: 'Document version not found.' },
      [
        fieldError(
          'versionId',
          'Versi ini bukan versi dokumen ini.',
          'This is not a version of this document.',
        ),
      ],
    );
  if (needPdf && !version.pdfSha256)
    throw new DomainError(
      'VALIDATION_FAILED',
      { id: 'Versi ini belum punya PDF.', en: 'This version has no PDF.' },
      [
        fieldError(
          'versionId',
          `Versi ${version.number} belum punya berkas PDF; kirim dan arsipkan versi final yang ber-PDF.`,
          `Version ${version.number} has no PDF; send and archive the final version with a PDF.`,
        ),
      ],
    );
  return { ...version, number: Number(version.number) };
}

/** The document's status after it is sent or archived, only moving forward (final/signed → sent → archived). */
export async function advanceDocumentStatus(
  db: Db,
  documentId: string,
  status: 'sent' | 'archived',
  now: Date,
): Promise<void> {
  const from = status === 'sent' ? ['final', 'signed'] : ['final', 'signed', 'sent'];
  await db
    .updateTable('document')
    .set((eb) => ({ status, updated_at: now.toISOString(), version: eb('version', '+', 1) }))
    .where('id', '=', documentId)
    .where('status', 'in', from)
    .execute();
}
