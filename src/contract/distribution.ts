import { z } from 'zod';
import { idSchema } from './common';

/**
 * Sending a document version to its recipients (e-mail with the PDF, or recorded as delivered by
 * hand) and filing it in the archive (classification, JRA retention, access class; a ZIP package
 * for SRIKANDI).
 */
export const recipientInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('internal'), positionId: idSchema }),
  z.object({
    kind: z.literal('external'),
    name: z.string().max(400),
    email: z.string().max(400).nullable().optional(),
  }),
]);
export type RecipientInput = z.infer<typeof recipientInputSchema>;

export const addRecipientsInputSchema = z.object({
  versionId: idSchema,
  recipients: z.array(recipientInputSchema).max(200),
});

export const sendDocumentInputSchema = z.object({ versionId: idSchema });

/**
 * `draft` (added, not sent) → `pending` (queued) → `sending` → `sent` | `failed` (retried up to 3
 * attempts); `recorded`: no e-mail address, delivered by hand.
 */
export const distributionStatusSchema = z.enum(['draft', 'pending', 'sending', 'sent', 'failed', 'recorded']);
export type DistributionStatus = z.infer<typeof distributionStatusSchema>;

export const distributionSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  versionId: idSchema,
  versionNumber: z.number().int(),
  recipientKind: z.enum(['internal', 'external']),
  recipientName: z.string(),
  recipientEmail: z.string().nullable(),
  positionId: z.string().nullable(),
  status: distributionStatusSchema,
  messageId: z.string().nullable(),
  error: z.string().nullable(),
  attempts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type Distribution = z.infer<typeof distributionSchema>;

export const distributionListSchema = z.object({
  documentId: idSchema,
  agencyId: idSchema,
  canSend: z.boolean(),
  recipients: z.array(distributionSchema),
});
export type DistributionList = z.infer<typeof distributionListSchema>;

/** JRA final disposition: destroy, keep permanently, or review again. */
export const finalDispositionSchema = z.enum(['musnah', 'permanen', 'dinilai_kembali']);
export type FinalDisposition = z.infer<typeof finalDispositionSchema>;
/** Security classification of the record (klasifikasi keamanan dan akses arsip). */
export const accessClassSchema = z.enum(['biasa', 'terbatas', 'rahasia']);
export type AccessClass = z.infer<typeof accessClassSchema>;

export const archiveInputSchema = z.object({
  versionId: idSchema,
  classificationCode: z.string().max(60),
  retentionActiveYears: z.number(),
  retentionInactiveYears: z.number(),
  finalDisposition: finalDispositionSchema,
  accessClass: accessClassSchema,
});
export type ArchiveInput = z.infer<typeof archiveInputSchema>;

export const archiveRecordSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  versionId: idSchema,
  versionNumber: z.number().int(),
  pdfSha256: z.string().nullable(),
  classificationCode: z.string(),
  retentionActiveYears: z.number().int(),
  retentionInactiveYears: z.number().int(),
  finalDisposition: finalDispositionSchema,
  accessClass: accessClassSchema,
  archivedBy: z.string().nullable(),
  archivedByName: z.string().nullable(),
  archivedAt: z.string(),
});
export type ArchiveRecord = z.infer<typeof archiveRecordSchema>;

export const archiveViewSchema = z.object({
  documentId: idSchema,
  canArchive: z.boolean(),
  record: archiveRecordSchema.nullable(),
  suggestedClassificationCode: z.string().nullable(),
});
export type ArchiveView = z.infer<typeof archiveViewSchema>;
