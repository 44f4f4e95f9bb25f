import { DomainError } from '../../core/errors';
import type { Actor, ServiceContext } from '../context';
import { parseNarrative } from './document-rows';
import { requestGeneration, runGenerationJob } from './generate-document';
import type { GenerationRequest } from './generation-request';
import { previousFinalNarrative, produceDocument } from './produce-document';

export type ReportRequest = GenerationRequest & { kind: 'lkjip' | 'pemantauan' | 'perjanjian_kinerja' };

export interface ReportFile {
  title: string;
  content: Buffer;
  stored?: { documentId: string; versionId: string; number: number };
}

/**
 * A report rendered straight from the data (the command line's `alur report`): the narrative of the
 * agency's draft of the same kind and period when there is one, else drafted. Stores nothing.
 * Throws DOCUMENT_DATA_MISSING with the whole list when data is missing.
 */
export async function produceReport(
  ctx: ServiceContext,
  request: ReportRequest,
  format: 'pdf' | 'docx',
): Promise<ReportFile> {
  let draft = ctx.db
    .selectFrom('document')
    .select('narrative')
    .where('agency_id', '=', request.agencyId)
    .where('kind', '=', request.kind)
    .where('period_year', '=', request.year)
    .where('status', '=', 'draft')
    .where('run_id', 'is', null);
  draft = request.quarter ? draft.where('period_quarter', '=', request.quarter) : draft;
  draft = request.sourceRef
    ? draft.where('source_ref', '=', request.sourceRef)
    : draft.where('source_ref', 'is', null);
  const current = await draft.orderBy('updated_at', 'desc').limit(1).executeTakeFirst();
  const produced = await produceDocument(ctx, request, {
    narrative: parseNarrative(current?.narrative ?? null),
    previousNarrative: () => previousFinalNarrative(ctx.db, request),
    formats: { pdf: format === 'pdf', docx: format === 'docx' },
  });
  return { title: produced.title, content: (format === 'pdf' ? produced.pdf : produced.docx)! };
}

/** The same, stored as a new version of the agency's draft through a generation job run right here. */
export async function storeReport(
  ctx: ServiceContext,
  actor: Actor,
  request: ReportRequest,
  format: 'pdf' | 'docx',
): Promise<ReportFile> {
  const { jobId } = await requestGeneration(ctx, actor, request);
  await runGenerationJob(ctx, jobId);
  const job = await ctx.db
    .selectFrom('generation_job')
    .selectAll()
    .where('id', '=', jobId)
    .executeTakeFirstOrThrow();
  if (job.status !== 'done') {
    const failure = JSON.parse(job.error ?? '{}') as {
      code?: string;
      message?: { id: string; en: string };
      fields?: DomainError['fields'];
    };
    throw new DomainError(
      failure.code ?? 'GENERATION_FAILED',
      failure.message ?? { id: 'Dokumen gagal dibuat.', en: 'The document could not be made.' },
      failure.fields ?? [],
    );
  }
  const version = await ctx.db
    .selectFrom('document_version')
    .innerJoin('document', 'document.id', 'document_version.document_id')
    .select(['document_version.number', 'document_version.pdf', 'document_version.docx', 'document.title'])
    .where('document_version.id', '=', job.version_id!)
    .executeTakeFirstOrThrow();
  return {
    title: version.title,
    content: Buffer.from((format === 'pdf' ? version.pdf : version.docx)!),
    stored: { documentId: job.document_id!, versionId: job.version_id!, number: Number(version.number) },
  };
}
