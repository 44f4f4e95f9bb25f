import { conflict, type FieldError, fieldError, invalid } from '../../core/errors';
import { checkClassificationCode } from '../../core/letter-number';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, newId, type ServiceContext } from '../context';
import {
  advanceDocumentStatus,
  assertCanSend,
  loadDistributionTarget,
  loadTargetVersion,
} from './distribution-target';

export const FINAL_DISPOSITIONS = ['musnah', 'permanen', 'dinilai_kembali'] as const;
export const ACCESS_CLASSES = ['biasa', 'terbatas', 'rahasia'] as const;
export type FinalDisposition = (typeof FINAL_DISPOSITIONS)[number];
export type AccessClass = (typeof ACCESS_CLASSES)[number];

export interface ArchiveInput {
  documentId: string;
  versionId: string;
  classificationCode: string;
  /** JRA retention while active (at the unit) and inactive (at the records centre), in years. */
  retentionActiveYears: number;
  retentionInactiveYears: number;
  finalDisposition: FinalDisposition;
  accessClass: AccessClass;
}

export interface ArchiveRecord {
  id: string;
  documentId: string;
  versionId: string;
  versionNumber: number;
  pdfSha256: string | null;
  classificationCode: string;
  retentionActiveYears: number;
  retentionInactiveYears: number;
  finalDisposition: FinalDisposition;
  accessClass: AccessClass;
  archivedBy: string | null;
  archivedByName: string | null;
  archivedAt: string;
}

export interface ArchiveView {
  documentId: string;
  /** May the reader archive the document and download a restricted package? */
  canArchive: boolean;
  record: ArchiveRecord | null;
  /** The classification code of the document's letter number, to start the form from. */
  suggestedClassificationCode: string | null;
}

const MAX_YEARS = 100;

/** The document's archive record, if archived. Anyone of the agency. */
export async function getArchive(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
): Promise<ArchiveView> {
  const target = await loadDistributionTarget(ctx, actor, documentId);
  const number = target.document.letter_number_id
    ? await ctx.db
        .selectFrom('letter_number')
        .select('classification_code')
        .where('id', '=', target.document.letter_number_id)
        .executeTakeFirst()
    : undefined;
  return {
    documentId,
    canArchive: target.canSend,
    record: (await findArchiveRecord(ctx.db, documentId)) ?? null,
    suggestedClassificationCode: number?.classification_code ?? null,
  };
}

/**
 * Files a document version in the archive, once per document: classification code, JRA retention
 * (active and inactive years, final disposition) and access class. The document becomes `archived`.
 */
export async function archiveDocument(
  ctx: ServiceContext,
  actor: Actor,
  input: ArchiveInput,
): Promise<ArchiveRecord> {
  const target = await loadDistributionTarget(ctx, actor, input.documentId);
  assertCanSend(target);
  const errors: FieldError[] = [];
  const classificationCode = (input.classificationCode ?? '').trim();
  if (classificationCode === '')
    errors.push(
      fieldError(
        'classificationCode',
        'Kode klasifikasi arsip wajib diisi.',
        'The classification code is required.',
      ),
    );
  else {
    const error = checkClassificationCode(classificationCode);
    if (error) errors.push(error);
  }
  for (const [field, label] of [
    ['retentionActiveYears', { id: 'Retensi aktif', en: 'Active retention' }],
    ['retentionInactiveYears', { id: 'Retensi inaktif', en: 'Inactive retention' }],
  ] as const) {
    const value = input[field];
    if (!Number.isInteger(value) || value < 0 || value > MAX_YEARS)
      errors.push(
        fieldError(
          field,
          `${label.id} harus bilangan bulat tahun 0–${MAX_YEARS}.`,
          `${label.en} must be a whole number of years, 0–${MAX_YEARS}.`,
        ),
      );
  }
  if (!FINAL_DISPOSITIONS.includes(input.finalDisposition))
    errors.push(
      fieldError(
        'finalDisposition',
        'Keterangan akhir harus musnah, permanen atau dinilai kembali.',
        'The final disposition must be musnah (destroy), permanen (permanent) or dinilai kembali (review).',
      ),
    );
  if (!ACCESS_CLASSES.includes(input.accessClass))
    errors.push(
      fieldError(
        'accessClass',
        'Klasifikasi keamanan harus biasa, terbatas atau rahasia.',
        'The access class must be biasa (open), terbatas (restricted) or rahasia (confidential).',
      ),
    );
  if (errors.length > 0) throw invalid(errors);
  await loadTargetVersion(ctx, input.documentId, input.versionId, true);
  if (await findArchiveRecord(ctx.db, input.documentId)) throw alreadyArchived();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('archive_record')
        .values({
          id: newId(),
          document_id: input.documentId,
          version_id: input.versionId,
          classification_code: classificationCode,
          retention_active_years: input.retentionActiveYears,
          retention_inactive_years: input.retentionInactiveYears,
          final_disposition: input.finalDisposition,
          access_class: input.accessClass,
          archived_by: actor.personId,
          archived_at: ctx.now().toISOString(),
        })
        .execute();
      await advanceDocumentStatus(trx, input.documentId, 'archived', ctx.now());
    });
  } catch (error) {
    // Two archivists at once: the unique document_id lets one in.
    if (isUniqueViolation(error)) throw alreadyArchived();
    throw error;
  }
  return (await findArchiveRecord(ctx.db, input.documentId))!;
}

export async function findArchiveRecord(db: Db, documentId: string): Promise<ArchiveRecord | undefined> {
  const row = await db
    .selectFrom('archive_record as r')
    .innerJoin('document_version as v', 'v.id', 'r.version_id')
    .leftJoin('person as p', 'p.id', 'r.archived_by')
    .select([
      'r.id as id',
      'r.document_id as documentId',
      'r.version_id as versionId',
      'v.number as versionNumber',
      'v.pdf_sha256 as pdfSha256',
      'r.classification_code as classificationCode',
      'r.retention_active_years as retentionActiveYears',
      'r.retention_inactive_years as retentionInactiveYears',
      'r.final_disposition as finalDisposition',
      'r.access_class as accessClass',
      'r.archived_by as archivedBy',
      'p.full_name as archivedByName',
      'r.archived_at as archivedAt',
    ])
    .where('r.document_id', '=', documentId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    versionNumber: Number(row.versionNumber),
    retentionActiveYears: Number(row.retentionActiveYears),
    retentionInactiveYears: Number(row.retentionInactiveYears),
    finalDisposition: row.finalDisposition as FinalDisposition,
    accessClass: row.accessClass as AccessClass,
  };
}

function alreadyArchived() {
  return conflict(
    'DOCUMENT_ALREADY_ARCHIVED',
    'documentId',
    'Dokumen ini sudah diarsipkan; arsip dicatat sekali per dokumen.',
    'This document is already archived; a document is archived once.',
  );
}
