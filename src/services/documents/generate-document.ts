import os from 'node:os';
import { DomainError, type FieldError, fieldError, invalid, type LocalizedText } from '../../core/errors';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, newId, type ServiceContext } from '../context';
import { assertCanWriteDocument, loadDocumentAccess } from './document-access';
import { documentNotFound, jobNotFound } from './document-errors';
import {
  findDocumentRow,
  isUuid,
  nextVersionNumber,
  parseNarrative,
  personName,
  sha256,
} from './document-rows';
import { checkGenerationRequest, type GenerationRequest } from './generation-request';
import { previousFinalNarrative, produceDocument, type Stage } from './produce-document';

/** A job claimed this long ago and still running was lost with its process: it is failed, not rerun. */
const STALE_RUNNING_MS = 15 * 60_000;

/** The i18n key of each stage the progress display shows (web: `documents.stage.*`). */
export const STAGE_KEYS: Record<Stage | 'queued' | 'done' | 'failed', string> = {
  queued: 'documents.stage.queued',
  loading: 'documents.stage.loading',
  checking: 'documents.stage.checking',
  narrative: 'documents.stage.narrative',
  building: 'documents.stage.building',
  docx: 'documents.stage.docx',
  pdf: 'documents.stage.pdf',
  storing: 'documents.stage.storing',
  done: 'documents.stage.done',
  failed: 'documents.stage.failed',
};

const STAGE_PROGRESS: Record<Stage, number> = {
  loading: 10,
  checking: 20,
  narrative: 30,
  building: 40,
  docx: 55,
  pdf: 75,
  storing: 90,
};

/** A job as the progress display polls it. */
export interface GenerationJobView {
  id: string;
  agencyId: string;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  stage: string | null;
  error: { code: string; message: LocalizedText; fields: FieldError[] } | null;
  documentId: string | null;
  versionId: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/**
 * Queues the generation of a document and returns the job's id. Checks the request and the right to
 * write (the planning unit, an administrator, or the holder of the run's task) before anything is
 * stored; the job itself is run by {@link runGenerationJobs} (the background loop) or right away by
 * {@link runGenerationJob}.
 */
export async function requestGeneration(
  ctx: ServiceContext,
  actor: Actor,
  input: GenerationRequest,
): Promise<{ jobId: string }> {
  const request = checkGenerationRequest(input);
  const access = await loadDocumentAccess(ctx, actor, request.agencyId);
  if (request.runId) {
    const run = isUuid(request.runId)
      ? await ctx.db
          .selectFrom('run')
          .select('id')
          .where('id', '=', request.runId)
          .where('agency_id', '=', request.agencyId)
          .executeTakeFirst()
      : undefined;
    if (!run) throw invalid([fieldError('runId', 'Proses tidak ditemukan.', 'Run not found.')]);
  }
  if (request.taskId) {
    const task = isUuid(request.taskId)
      ? await ctx.db
          .selectFrom('run_task')
          .select('id')
          .where('id', '=', request.taskId)
          .where('run_id', '=', request.runId!)
          .executeTakeFirst()
      : undefined;
    if (!task)
      throw invalid([
        fieldError('taskId', 'Tugas tidak ditemukan pada proses ini.', 'No such task in this run.'),
      ]);
  }
  let runId = request.runId ?? null;
  if (request.documentId) {
    const document = await findDocumentRow(ctx.db, request.documentId);
    if (!document || document.agency_id !== request.agencyId) throw documentNotFound();
    if (document.kind !== request.kind)
      throw invalid([
        fieldError(
          'kind',
          `Dokumen ini berjenis ${document.kind}, bukan ${request.kind}.`,
          `This document is a ${document.kind}, not a ${request.kind}.`,
        ),
      ]);
    assertDraft(document.status);
    runId = runId ?? document.run_id;
  }
  await assertCanWriteDocument(ctx.db, access, { runId, taskId: request.taskId });
  const id = newId();
  await ctx.db
    .insertInto('generation_job')
    .values({
      id,
      agency_id: request.agencyId,
      document_id: request.documentId ?? null,
      kind: request.kind,
      request: JSON.stringify(request),
      status: 'queued',
      progress: 0,
      stage: STAGE_KEYS.queued,
      error: null,
      version_id: null,
      requested_by: actor.personId,
      claimed_by: null,
      claimed_at: null,
      created_at: ctx.now().toISOString(),
      finished_at: null,
    })
    .execute();
  return { jobId: id };
}

export function assertDraft(status: string): void {
  if (status !== 'draft')
    throw new DomainError(
      'DOCUMENT_NOT_DRAFT',
      {
        id: 'Dokumen ini sudah disiapkan untuk ditandatangani atau sudah ditandatangani; isinya tidak dapat diubah lagi.',
        en: 'This document is already prepared for signing or signed; its content can no longer change.',
      },
      [fieldError('documentId', 'Dokumen bukan lagi draf.', 'The document is no longer a draft.')],
    );
}

/** The job for the progress display; people who may read the agency may poll it. */
export async function getGenerationJob(
  ctx: ServiceContext,
  actor: Actor,
  jobId: string,
): Promise<GenerationJobView> {
  const row = isUuid(jobId)
    ? await ctx.db.selectFrom('generation_job').selectAll().where('id', '=', jobId).executeTakeFirst()
    : undefined;
  if (!row) throw jobNotFound();
  try {
    await loadDocumentAccess(ctx, actor, row.agency_id);
  } catch {
    throw jobNotFound();
  }
  return jobView(row);
}

function jobView(row: {
  id: string;
  agency_id: string;
  kind: string;
  status: string;
  progress: number;
  stage: string | null;
  error: string | null;
  document_id: string | null;
  version_id: string | null;
  created_at: string;
  finished_at: string | null;
}): GenerationJobView {
  return {
    id: row.id,
    agencyId: row.agency_id,
    kind: row.kind,
    status: row.status as GenerationJobView['status'],
    progress: Number(row.progress),
    stage: row.stage,
    error: row.error ? JSON.parse(row.error) : null,
    documentId: row.document_id,
    versionId: row.version_id,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** Identifies this process in `claimed_by`, so a job's row says which worker ran it. */
export function workerName(): string {
  return `${os.hostname()}:${process.pid}:${newId().slice(0, 8)}`;
}

/**
 * Runs queued jobs, oldest first, until none is left (or `limit`). Safe with several workers and
 * processes on one database: a job is claimed by a conditional update (`queued → running`) that only
 * one of them wins, so no job runs twice. Jobs left `running` by a process that died are failed.
 * Returns the ids of the jobs this call ran.
 */
export async function runGenerationJobs(
  ctx: ServiceContext,
  options: { worker?: string; limit?: number } = {},
): Promise<string[]> {
  const worker = options.worker ?? workerName();
  await failStaleJobs(ctx);
  const ran: string[] = [];
  const limit = options.limit ?? 20;
  while (ran.length < limit) {
    const next = await ctx.db
      .selectFrom('generation_job')
      .select('id')
      .where('status', '=', 'queued')
      .orderBy('created_at')
      .orderBy('id')
      .limit(5)
      .execute();
    if (next.length === 0) break;
    let claimedAny = false;
    for (const { id } of next) {
      if (ran.length >= limit) break;
      if (await runGenerationJob(ctx, id, worker)) {
        ran.push(id);
        claimedAny = true;
      }
    }
    // Every candidate was taken by another worker: look again for fresh ones.
    if (!claimedAny && next.length < 5) break;
  }
  return ran;
}

async function failStaleJobs(ctx: ServiceContext): Promise<void> {
  const now = ctx.now();
  await ctx.db
    .updateTable('generation_job')
    .set({
      status: 'failed',
      stage: STAGE_KEYS.failed,
      finished_at: now.toISOString(),
      error: JSON.stringify({
        code: 'GENERATION_INTERRUPTED',
        message: {
          id: 'Pembuatan dokumen terhenti (server dimulai ulang). Minta pembuatan lagi.',
          en: 'Generation stopped (the server restarted). Request it again.',
        },
        fields: [],
      }),
    })
    .where('status', '=', 'running')
    .where('claimed_at', '<', new Date(now.getTime() - STALE_RUNNING_MS).toISOString())
    .execute();
}

/**
 * Claims one queued job and runs it: load the data, list what is missing (the job fails with the
 * whole list and writes no document), take the narrative (the document's, or a draft), build the
 * model, render DOCX and PDF, and store the new version in one transaction. Returns false when the
 * job was not queued (another worker has it, or it is finished).
 */
export async function runGenerationJob(
  ctx: ServiceContext,
  jobId: string,
  worker = workerName(),
): Promise<boolean> {
  const claimedAt = ctx.now().toISOString();
  const claimed = await ctx.db
    .updateTable('generation_job')
    .set({
      status: 'running',
      claimed_by: worker,
      claimed_at: claimedAt,
      progress: 5,
      stage: STAGE_KEYS.loading,
    })
    .where('id', '=', jobId)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return false;
  const job = await ctx.db
    .selectFrom('generation_job')
    .selectAll()
    .where('id', '=', jobId)
    .executeTakeFirstOrThrow();
  const request = JSON.parse(job.request) as GenerationRequest;
  try {
    await generate(ctx, job.id, request, job.requested_by);
  } catch (error) {
    await ctx.db
      .updateTable('generation_job')
      .set({
        status: 'failed',
        stage: STAGE_KEYS.failed,
        finished_at: ctx.now().toISOString(),
        error: JSON.stringify(failureOf(error)),
      })
      .where('id', '=', job.id)
      .execute();
  }
  return true;
}

function failureOf(error: unknown) {
  if (error instanceof DomainError)
    return { code: error.code, message: error.userMessage, fields: error.fields };
  console.error(
    'document generation failed:',
    error instanceof Error ? (error.stack ?? error.message) : error,
  );
  return {
    code: 'GENERATION_FAILED',
    message: {
      id: 'Dokumen gagal dibuat karena kesalahan di server; tidak ada yang disimpan. Coba lagi atau hubungi administrator.',
      en: 'The document could not be made because of a server error; nothing was saved. Try again or contact the administrator.',
    },
    fields: [],
  };
}

async function generate(
  ctx: ServiceContext,
  jobId: string,
  request: GenerationRequest,
  requestedBy: string | null,
): Promise<string> {
  const setStage = async (stage: Stage) => {
    await ctx.db
      .updateTable('generation_job')
      .set({ stage: STAGE_KEYS[stage], progress: STAGE_PROGRESS[stage] })
      .where('id', '=', jobId)
      .execute();
  };
  const existing = request.documentId
    ? await findDocumentRow(ctx.db, request.documentId)
    : await findReusableDraft(ctx.db, request);
  if (existing) assertDraft(existing.status);
  const current = existing ? parseNarrative(existing.narrative) : null;
  const produced = await produceDocument(
    ctx,
    { ...request, documentId: existing?.id ?? null },
    {
      narrative: current,
      previousNarrative: () => previousFinalNarrative(ctx.db, request),
      onStage: setStage,
    },
  );
  await setStage('storing');

  const now = ctx.now().toISOString();
  const authorName = requestedBy ? await personName(ctx.db, requestedBy) : 'Sistem';
  const step = request.taskId
    ? await ctx.db
        .selectFrom('run_task')
        .select('step_no')
        .where('id', '=', request.taskId)
        .executeTakeFirst()
    : undefined;
  const store = () =>
    ctx.db.transaction().execute(async (trx) => {
      let documentId = existing?.id;
      if (existing) {
        const kept = await trx
          .updateTable('document')
          .set({
            narrative: produced.narrative ? JSON.stringify(produced.narrative) : null,
            narrative_outline: produced.outline.length > 0 ? JSON.stringify(produced.outline) : null,
            title: produced.title,
            subject: produced.subject,
            updated_at: now,
            version: existing.version + 1,
          })
          .where('id', '=', existing.id)
          .where('version', '=', existing.version)
          .where('status', '=', 'draft')
          .executeTakeFirst();
        if (Number(kept.numUpdatedRows) !== 1) {
          // Someone saved the narrative while this ran: their text stays the current one.
          const touched = await trx
            .updateTable('document')
            .set((eb) => ({ updated_at: now, version: eb('version', '+', 1) }))
            .where('id', '=', existing.id)
            .where('status', '=', 'draft')
            .executeTakeFirst();
          if (Number(touched.numUpdatedRows) !== 1) assertDraft('final');
        }
      } else {
        documentId = newId();
        await trx
          .insertInto('document')
          .values({
            id: documentId,
            agency_id: request.agencyId,
            kind: request.kind,
            title: produced.title,
            subject: produced.subject,
            period_year: request.year,
            period_quarter: request.quarter ?? null,
            source_ref: request.sourceRef ?? null,
            run_id: request.runId ?? null,
            status: 'draft',
            narrative: produced.narrative ? JSON.stringify(produced.narrative) : null,
            narrative_outline: produced.outline.length > 0 ? JSON.stringify(produced.outline) : null,
            verification_token: null,
            letter_number_id: null,
            created_by: requestedBy,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
      }
      const versionId = newId();
      await trx
        .insertInto('document_version')
        .values({
          id: versionId,
          document_id: documentId!,
          number: await nextVersionNumber(trx, documentId!),
          origin: 'generated',
          narrative: produced.narrative ? JSON.stringify(produced.narrative) : null,
          content_sha256: produced.contentSha256,
          pdf: produced.pdf,
          pdf_sha256: produced.pdf ? sha256(produced.pdf) : null,
          docx: produced.docx,
          docx_sha256: produced.docx ? sha256(produced.docx) : null,
          upload: null,
          upload_name: null,
          upload_type: null,
          upload_sha256: null,
          run_id: request.runId ?? null,
          task_id: request.taskId ?? null,
          step_number: step ? Number(step.step_no) : null,
          note: null,
          author_person_id: requestedBy,
          author_name: authorName,
          created_at: now,
        })
        .execute();
      await trx
        .updateTable('generation_job')
        .set({
          status: 'done',
          progress: 100,
          stage: STAGE_KEYS.done,
          document_id: documentId!,
          version_id: versionId,
          finished_at: now,
          error: null,
        })
        .where('id', '=', jobId)
        .execute();
      return versionId;
    });
  try {
    return await store();
  } catch (error) {
    // Two versions numbered at once (an upload raced this job): number again.
    if (isUniqueViolation(error)) return store();
    throw error;
  }
}

/** Generating again without naming a document adds a version to the draft of the same kind and period. */
async function findReusableDraft(db: Db, request: GenerationRequest) {
  let q = db
    .selectFrom('document')
    .selectAll()
    .where('agency_id', '=', request.agencyId)
    .where('kind', '=', request.kind)
    .where('period_year', '=', request.year)
    .where('status', '=', 'draft');
  q = request.quarter
    ? q.where('period_quarter', '=', request.quarter)
    : q.where('period_quarter', 'is', null);
  q = request.sourceRef ? q.where('source_ref', '=', request.sourceRef) : q.where('source_ref', 'is', null);
  q = request.runId ? q.where('run_id', '=', request.runId) : q.where('run_id', 'is', null);
  return q.orderBy('created_at', 'desc').limit(1).executeTakeFirst();
}
