import { z } from 'zod';
import { idSchema } from './common';

/**
 * Documents: generated (LKjIP, Laporan Pemantauan Kinerja, Perjanjian Kinerja, lembar disposisi,
 * surat pengantar, SOP sheet) or uploaded, with versions, review comments, paraf and signatures.
 * Generation is a job: request it, then poll the job for its stage and progress.
 */
export const generatedDocumentKindSchema = z.enum([
  'lkjip',
  'pemantauan',
  'perjanjian_kinerja',
  'disposisi',
  'surat_pengantar',
  'sop_sheet',
]);
export type GeneratedDocumentKind = z.infer<typeof generatedDocumentKindSchema>;
export const documentKindSchema = z.enum([...generatedDocumentKindSchema.options, 'upload']);
export type DocumentKind = z.infer<typeof documentKindSchema>;
export const documentStatusSchema = z.enum(['draft', 'final', 'signed', 'sent', 'archived']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;
export const versionOriginSchema = z.enum(['generated', 'upload', 'for_signing', 'signed']);

export const documentListQuerySchema = z.object({
  kind: documentKindSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: documentStatusSchema.optional(),
  runId: idSchema.optional(),
});

export const generationRequestSchema = z.object({
  kind: generatedDocumentKindSchema,
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4).nullable().optional(),
  /** A Perjanjian Kinerja id (or `level:<level>`, `position:<code>`), an SOP version id, a run id. */
  sourceRef: z.string().trim().min(1).max(200).nullable().optional(),
  runId: idSchema.nullable().optional(),
  taskId: idSchema.nullable().optional(),
  /** Add a version to this document (a regeneration after edits). */
  documentId: idSchema.nullable().optional(),
});
export type GenerationRequestDto = z.infer<typeof generationRequestSchema>;

export const localizedTextSchema = z.object({ id: z.string(), en: z.string() });

export const generationJobSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  kind: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.number().int().min(0).max(100),
  /** An i18n key (`documents.stage.*`). */
  stage: z.string().nullable(),
  /** The failure in both languages; for missing data, `fields` lists every missing item. */
  error: z
    .object({
      code: z.string(),
      message: localizedTextSchema,
      fields: z.array(z.object({ field: z.string(), message: localizedTextSchema })),
    })
    .nullable(),
  documentId: idSchema.nullable(),
  versionId: idSchema.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type GenerationJob = z.infer<typeof generationJobSchema>;

export const documentSummarySchema = z.object({
  id: idSchema,
  kind: z.string(),
  title: z.string(),
  subject: z.string(),
  year: z.number().int().nullable(),
  quarter: z.number().int().nullable(),
  status: z.string(),
  runId: idSchema.nullable(),
  runPurpose: z.string().nullable(),
  letterNumber: z.string().nullable(),
  versionCount: z.number().int(),
  latestVersion: z
    .object({
      id: idSchema,
      number: z.number().int(),
      origin: z.string(),
      createdAt: z.string(),
      authorName: z.string(),
    })
    .nullable(),
  updatedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const documentVersionSchema = z.object({
  id: idSchema,
  number: z.number().int(),
  origin: z.string(),
  contentSha256: z.string(),
  pdfSha256: z.string().nullable(),
  docxSha256: z.string().nullable(),
  hasPdf: z.boolean(),
  hasDocx: z.boolean(),
  hasUpload: z.boolean(),
  hasNarrative: z.boolean(),
  uploadName: z.string().nullable(),
  uploadType: z.string().nullable(),
  runId: z.string().nullable(),
  taskId: z.string().nullable(),
  stepNumber: z.number().int().nullable(),
  note: z.string().nullable(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

export const documentCommentSchema = z.object({
  id: idSchema,
  versionId: idSchema,
  versionNumber: z.number().int(),
  sectionKey: z.string().nullable(),
  body: z.string(),
  authorName: z.string(),
  mine: z.boolean(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type DocumentComment = z.infer<typeof documentCommentSchema>;

export const documentPageSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  kind: z.string(),
  title: z.string(),
  subject: z.string(),
  year: z.number().int().nullable(),
  quarter: z.number().int().nullable(),
  sourceRef: z.string().nullable(),
  status: z.string(),
  version: z.number().int(),
  hasNarrative: z.boolean(),
  verificationToken: z.string().nullable(),
  run: z.object({ id: idSchema, purpose: z.string() }).nullable(),
  letterNumber: z.object({ id: idSchema, number: z.string(), status: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  versions: z.array(documentVersionSchema),
  comments: z.array(documentCommentSchema),
  paraf: z.array(
    z.object({
      id: idSchema,
      versionId: idSchema,
      versionNumber: z.number().int(),
      positionTitle: z.string(),
      personName: z.string(),
      at: z.string(),
      current: z.boolean(),
      /** Initialled by the person asking. */
      mine: z.boolean(),
    }),
  ),
  signatures: z.array(
    z.object({
      id: idSchema,
      versionId: idSchema,
      signatoryKey: z.string(),
      personName: z.string(),
      positionTitle: z.string(),
      signedAt: z.string(),
      signedSha256: z.string(),
    }),
  ),
  distribution: z.array(
    z.object({
      id: idSchema,
      recipientKind: z.string(),
      recipientName: z.string(),
      status: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
  archive: z
    .object({
      id: idSchema,
      classificationCode: z.string(),
      accessClass: z.string(),
      archivedAt: z.string(),
    })
    .nullable(),
  /** The signature blocks of the version prepared for signing, and whether each is signed. */
  signatories: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      nip: z.string().nullable(),
      roleLines: z.array(z.string()),
      signed: z.boolean(),
    }),
  ),
  activeJobId: idSchema.nullable(),
  permissions: z.object({
    canWrite: z.boolean(),
    canParaf: z.boolean(),
    canPrepare: z.boolean(),
    canSign: z.boolean(),
  }),
});
export type DocumentPage = z.infer<typeof documentPageSchema>;

export const narrativeSchema = z.object({
  documentId: idSchema,
  /** Send back when saving: a save over someone else's is refused (DOCUMENT_CONFLICT). */
  version: z.number().int(),
  status: z.string(),
  narrative: z.record(z.string(), z.string()),
  /** The sections in document order with the titles the document prints. */
  outline: z.array(z.object({ key: z.string(), title: z.string(), source: z.string().optional() })),
});
export type NarrativeDto = z.infer<typeof narrativeSchema>;

export const narrativeUpdateSchema = z.object({
  version: z.number().int(),
  /** Only the sections that changed: section key → text. */
  sections: z.record(z.string().max(200), z.string().max(20_000)),
});

export const versionComparisonSchema = z.object({
  from: z.object({ id: idSchema, number: z.number().int() }),
  to: z.object({ id: idSchema, number: z.number().int() }),
  narrativeAvailable: z.boolean(),
  sameContent: z.boolean(),
  sections: z.array(
    z.object({
      key: z.string(),
      status: z.enum(['changed', 'added', 'removed', 'same']),
      runs: z.array(z.object({ text: z.string(), change: z.enum(['same', 'added', 'removed']) })),
    }),
  ),
});
export type VersionComparison = z.infer<typeof versionComparisonSchema>;

export const compareQuerySchema = z.object({ from: idSchema, to: idSchema });

export const commentRequestSchema = z.object({
  body: z.string().max(4000),
  sectionKey: z.string().max(200).nullable().optional(),
  runId: idSchema.nullable().optional(),
  taskId: idSchema.nullable().optional(),
});

export const parafRequestSchema = z.object({
  versionId: idSchema,
  positionId: idSchema.nullable().optional(),
  runId: idSchema.nullable().optional(),
  taskId: idSchema.nullable().optional(),
});

export const prepareForSigningRequestSchema = z.object({
  runId: idSchema.nullable().optional(),
  taskId: idSchema.nullable().optional(),
});

export const signRequestSchema = z.object({
  /** The passphrase of the signer's certificate: used once, never stored or logged. */
  passphrase: z.string().min(1).max(200),
  /** Which signature block (`head`, `pihak_pertama`, …); found from the signer when omitted. */
  signatoryKey: z.string().max(60).nullable().optional(),
  reason: z.string().max(300).nullable().optional(),
  location: z.string().max(200).nullable().optional(),
  runId: idSchema.nullable().optional(),
  taskId: idSchema.nullable().optional(),
});

export const versionResultSchema = z.object({
  documentId: idSchema,
  versionId: idSchema,
  number: z.number().int(),
});
export type VersionResult = z.infer<typeof versionResultSchema>;
