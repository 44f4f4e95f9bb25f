import { fieldError, invalid } from '../../core/errors';
import type { Actor, ServiceContext } from '../context';
import { holdsRunTask, loadDocumentAccess, loadDocumentFor } from './document-access';
import { versionNotFound } from './document-errors';
import { isUuid, parseSignatories, VERSION_META } from './document-rows';
import { GENERATED_KINDS } from './generation-request';
import { isSignatory } from './sign-document';

export const DOCUMENT_KINDS = [...GENERATED_KINDS, 'upload'] as const;
export const DOCUMENT_STATUSES = ['draft', 'final', 'signed', 'sent', 'archived'] as const;

export interface DocumentFilters {
  kind?: string | null;
  year?: number | null;
  status?: string | null;
  runId?: string | null;
}

export interface DocumentSummary {
  id: string;
  kind: string;
  title: string;
  subject: string;
  year: number | null;
  quarter: number | null;
  status: string;
  runId: string | null;
  runPurpose: string | null;
  letterNumber: string | null;
  versionCount: number;
  latestVersion: { id: string; number: number; origin: string; createdAt: string; authorName: string } | null;
  updatedAt: string;
}

/** The agency's documents, newest change first, filtered by kind, year, status and run. */
export async function listDocuments(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  filters: DocumentFilters = {},
): Promise<DocumentSummary[]> {
  const errors = [];
  if (filters.kind && !(DOCUMENT_KINDS as readonly string[]).includes(filters.kind))
    errors.push(fieldError('kind', 'Jenis dokumen tidak dikenal.', 'Unknown document kind.'));
  if (filters.status && !(DOCUMENT_STATUSES as readonly string[]).includes(filters.status))
    errors.push(fieldError('status', 'Status dokumen tidak dikenal.', 'Unknown document status.'));
  if (filters.runId && !isUuid(filters.runId))
    errors.push(fieldError('runId', 'Proses tidak ditemukan.', 'Run not found.'));
  if (errors.length > 0) throw invalid(errors);
  const access = await loadDocumentAccess(ctx, actor, agencyId);
  let q = ctx.db
    .selectFrom('document')
    .leftJoin('run', 'run.id', 'document.run_id')
    .leftJoin('letter_number', 'letter_number.id', 'document.letter_number_id')
    .select([
      'document.id as id',
      'document.kind as kind',
      'document.title as title',
      'document.subject as subject',
      'document.period_year as year',
      'document.period_quarter as quarter',
      'document.status as status',
      'document.run_id as runId',
      'run.purpose as runPurpose',
      'letter_number.number as letterNumber',
      'document.updated_at as updatedAt',
    ])
    .where('document.agency_id', '=', access.agency.id);
  if (filters.kind) q = q.where('document.kind', '=', filters.kind);
  if (filters.year) q = q.where('document.period_year', '=', filters.year);
  if (filters.status) q = q.where('document.status', '=', filters.status);
  if (filters.runId) q = q.where('document.run_id', '=', filters.runId);
  const rows = await q.orderBy('document.updated_at', 'desc').limit(500).execute();
  const ids = rows.map((r) => r.id);
  const versions =
    ids.length === 0
      ? []
      : await ctx.db
          .selectFrom('document_version')
          .select(['id', 'document_id', 'number', 'origin', 'created_at', 'author_name'])
          .where('document_id', 'in', ids)
          .orderBy('number', 'desc')
          .execute();
  const byDocument = new Map<string, typeof versions>();
  for (const v of versions) byDocument.set(v.document_id, [...(byDocument.get(v.document_id) ?? []), v]);
  return rows.map((r) => {
    const own = byDocument.get(r.id) ?? [];
    const latest = own[0];
    return {
      ...r,
      year: r.year === null ? null : Number(r.year),
      quarter: r.quarter === null ? null : Number(r.quarter),
      runPurpose: r.runPurpose ?? null,
      letterNumber: r.letterNumber ?? null,
      versionCount: own.length,
      latestVersion: latest
        ? {
            id: latest.id,
            number: Number(latest.number),
            origin: latest.origin,
            createdAt: latest.created_at,
            authorName: latest.author_name,
          }
        : null,
    };
  });
}

/** Everything the document page shows, without file bytes. */
export async function getDocumentPage(ctx: ServiceContext, actor: Actor, documentId: string) {
  const { document, access } = await loadDocumentFor(ctx, actor, documentId);
  const [run, letter, versions, comments, paraf, signatures, distribution, archive, job, certificate] =
    await Promise.all([
      document.run_id
        ? ctx.db
            .selectFrom('run')
            .select(['id', 'purpose'])
            .where('id', '=', document.run_id)
            .executeTakeFirst()
        : undefined,
      document.letter_number_id
        ? ctx.db
            .selectFrom('letter_number')
            .select(['id', 'number', 'status', 'issued_at'])
            .where('id', '=', document.letter_number_id)
            .executeTakeFirst()
        : undefined,
      ctx.db
        .selectFrom('document_version')
        .select([...VERSION_META, 'signatories'])
        .select((eb) => [
          eb('pdf', 'is not', null).as('hasPdf'),
          eb('docx', 'is not', null).as('hasDocx'),
          eb('upload', 'is not', null).as('hasUpload'),
        ])
        .where('document_id', '=', document.id)
        .orderBy('number', 'desc')
        .execute(),
      ctx.db
        .selectFrom('document_comment')
        .selectAll()
        .where('document_id', '=', document.id)
        .orderBy('created_at')
        .execute(),
      ctx.db
        .selectFrom('document_paraf')
        .selectAll()
        .where('document_id', '=', document.id)
        .orderBy('at')
        .execute(),
      ctx.db
        .selectFrom('document_signature')
        .selectAll()
        .where('document_id', '=', document.id)
        .orderBy('signed_at')
        .execute(),
      ctx.db
        .selectFrom('distribution')
        .select(['id', 'recipient_kind', 'recipient_name', 'status', 'sent_at', 'version_id'])
        .where('document_id', '=', document.id)
        .orderBy('created_at')
        .execute(),
      ctx.db
        .selectFrom('archive_record')
        .select(['id', 'classification_code', 'access_class', 'archived_at'])
        .where('document_id', '=', document.id)
        .executeTakeFirst(),
      ctx.db
        .selectFrom('generation_job')
        .select(['id', 'status'])
        .where('document_id', '=', document.id)
        .where('status', 'in', ['queued', 'running'])
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst(),
      ctx.db
        .selectFrom('signing_certificate')
        .select('id')
        .where('person_id', '=', actor.personId)
        .where('agency_id', '=', document.agency_id)
        .where('revoked_at', 'is', null)
        .limit(1)
        .executeTakeFirst(),
    ]);
  const canWrite =
    access.canPlan || (!!document.run_id && (await holdsRunTask(ctx.db, access, document.run_id)));
  const me = await ctx.db
    .selectFrom('person')
    .select(['full_name', 'nip'])
    .where('id', '=', actor.personId)
    .executeTakeFirst();
  const latest = versions[0];
  const numberOf = new Map(versions.map((v) => [v.id, Number(v.number)]));
  const signingVersion = versions.find((v) => v.origin === 'for_signing' || v.origin === 'signed');
  const prepared = versions.find((v) => v.origin === 'for_signing');
  const signedKeys = new Set(
    signatures
      .filter((s) => prepared && (numberOf.get(s.version_id) ?? 0) > Number(prepared.number))
      .map((s) => s.signatory_key),
  );
  const blocks = prepared ? parseSignatories(prepared.signatories) : [];
  const myBlock = blocks.find((b) => !signedKeys.has(b.key) && !!me && isSignatory(b, me));
  const parafedLatest = paraf.some((p) => p.person_id === actor.personId && p.version_id === latest?.id);
  return {
    id: document.id,
    agencyId: document.agency_id,
    kind: document.kind,
    title: document.title,
    subject: document.subject,
    year: document.period_year === null ? null : Number(document.period_year),
    quarter: document.period_quarter === null ? null : Number(document.period_quarter),
    sourceRef: document.source_ref,
    status: document.status,
    version: Number(document.version),
    hasNarrative: !!document.narrative,
    verificationToken: document.verification_token,
    run: run ? { id: run.id, purpose: run.purpose } : null,
    letterNumber: letter ? { id: letter.id, number: letter.number, status: letter.status } : null,
    createdAt: document.created_at,
    updatedAt: document.updated_at,
    versions: versions.map((v) => ({
      id: v.id,
      number: Number(v.number),
      origin: v.origin,
      contentSha256: v.content_sha256,
      pdfSha256: v.pdf_sha256,
      docxSha256: v.docx_sha256,
      hasPdf: Boolean(v.hasPdf),
      hasDocx: Boolean(v.hasDocx),
      hasUpload: Boolean(v.hasUpload),
      hasNarrative: !!v.narrative,
      uploadName: v.upload_name,
      uploadType: v.upload_type,
      runId: v.run_id,
      taskId: v.task_id,
      stepNumber: v.step_number === null ? null : Number(v.step_number),
      note: v.note,
      authorName: v.author_name,
      createdAt: v.created_at,
    })),
    comments: comments.map((c) => ({
      id: c.id,
      versionId: c.version_id,
      versionNumber: numberOf.get(c.version_id) ?? 0,
      sectionKey: c.section_key,
      body: c.body,
      authorName: c.author_name,
      mine: c.author_person_id === actor.personId,
      createdAt: c.created_at,
      resolvedAt: c.resolved_at,
    })),
    paraf: paraf.map((p) => ({
      id: p.id,
      versionId: p.version_id,
      versionNumber: numberOf.get(p.version_id) ?? 0,
      positionTitle: p.position_title,
      personName: p.person_name,
      at: p.at,
      /** Still what the latest version says (a paraf on older content no longer counts). */
      current: !!latest && p.content_sha256 === latest.content_sha256,
      mine: p.person_id === actor.personId,
    })),
    signatures: signatures.map((s) => ({
      id: s.id,
      versionId: s.version_id,
      signatoryKey: s.signatory_key,
      personName: s.person_name,
      positionTitle: s.position_title,
      signedAt: s.signed_at,
      signedSha256: s.signed_sha256,
    })),
    distribution: distribution.map((d) => ({
      id: d.id,
      recipientKind: d.recipient_kind,
      recipientName: d.recipient_name,
      status: d.status,
      sentAt: d.sent_at,
    })),
    archive: archive
      ? {
          id: archive.id,
          classificationCode: archive.classification_code,
          accessClass: archive.access_class,
          archivedAt: archive.archived_at,
        }
      : null,
    signatories: blocks.map((b) => ({
      key: b.key,
      name: b.name,
      nip: b.nip ?? null,
      roleLines: b.roleLines,
      signed: signedKeys.has(b.key),
    })),
    activeJobId: job?.id ?? null,
    permissions: {
      canWrite,
      canParaf:
        canWrite &&
        document.status === 'draft' &&
        !!latest &&
        access.heldPositionIds.length > 0 &&
        !parafedLatest,
      canPrepare: canWrite && !!latest && document.status === 'draft',
      // Only a signatory whose block is still unsigned, with a certificate.
      canSign:
        !!signingVersion &&
        !!certificate &&
        !!myBlock &&
        (document.status === 'final' || document.status === 'signed'),
    },
  };
}

export type DocumentPage = Awaited<ReturnType<typeof getDocumentPage>>;

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** A version's PDF, DOCX or uploaded file with a file name made from the title and version number. */
export async function getVersionFile(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
  versionId: string,
  file: 'pdf' | 'docx' | 'upload',
): Promise<{ fileName: string; contentType: string; content: Buffer }> {
  const { document } = await loadDocumentFor(ctx, actor, documentId);
  const row = isUuid(versionId)
    ? await ctx.db
        .selectFrom('document_version')
        .select(['number', file, 'upload_name', 'upload_type'])
        .where('document_id', '=', document.id)
        .where('id', '=', versionId)
        .executeTakeFirst()
    : undefined;
  if (!row) throw versionNotFound();
  const content = row[file] as Buffer | null;
  if (!content)
    throw invalid([
      fieldError(
        'file',
        `Versi ini tidak memiliki berkas ${file.toUpperCase()}.`,
        `This version has no ${file.toUpperCase()} file.`,
      ),
    ]);
  const base = `${fileSlug(document.title)}-v${row.number}`;
  if (file === 'upload')
    return {
      fileName: row.upload_name ?? `${base}.bin`,
      contentType: row.upload_type ?? 'application/octet-stream',
      content: Buffer.from(content),
    };
  return { fileName: `${base}.${file}`, contentType: CONTENT_TYPES[file], content: Buffer.from(content) };
}

/** A title as a file name: letters, digits and dashes only (it goes into a header). */
export function fileSlug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || 'dokumen'
  );
}
