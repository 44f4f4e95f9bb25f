import { DomainError, fieldError, notFound } from '../../core/errors';
import { assertMayAct } from '../../core/run/decide';
import { runErrors } from '../../core/run/run-errors';
import type { RunState, TaskOutput } from '../../core/run/run-state';
import { findRun } from '../../db/repositories/run-repository';
import type { Me } from '../auth/load-me';
import type { ServiceContext } from '../context';
import { requestGeneration } from '../documents/generate-document';
import type { GeneratedKind } from '../documents/generation-request';
import { runGenerationJobSoon } from '../documents/generation-worker';
import { parafDocument } from '../documents/paraf-document';
import { prepareForSigning } from '../documents/prepare-for-signing';
import { signDocument } from '../documents/sign-document';
import { issueLetterNumber } from '../letters/issue-letter-number';
import { executeRunCommand, type RequestMeta } from './execute-run-command';
import { loadFlow } from './load-flow';
import { runActorOf } from './run-actor';

/** The report a run produces: the LKjIP for a yearly run, the monitoring report for a quarterly one. */
export function reportKindOf(state: Pick<RunState, 'period'>): 'lkjip' | 'pemantauan' {
  return state.period.quarter === null ? 'lkjip' : 'pemantauan';
}

export interface RunDocumentSummary {
  id: string;
  kind: string;
  title: string;
  status: string;
  latestVersionId: string | null;
  latestVersionNumber: number | null;
  letterNumber: string | null;
}

/** The documents of a run (generated in its steps or uploaded to them), newest first within a kind. */
export async function listRunDocuments(
  ctx: ServiceContext,
  me: Me,
  runId: string,
): Promise<RunDocumentSummary[]> {
  await loadRun(ctx, me, runId);
  const rows = await ctx.db
    .selectFrom('document')
    .leftJoin('letter_number', 'letter_number.id', 'document.letter_number_id')
    .select([
      'document.id',
      'document.kind',
      'document.title',
      'document.status',
      'document.created_at',
      'letter_number.number as letterNumber',
    ])
    .where('document.run_id', '=', runId)
    .where('document.agency_id', '=', me.agencyId)
    .orderBy('document.created_at', 'desc')
    .execute();
  const result: RunDocumentSummary[] = [];
  for (const row of rows) {
    const latest = await ctx.db
      .selectFrom('document_version')
      .select(['id', 'number'])
      .where('document_id', '=', row.id)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    result.push({
      id: row.id,
      kind: row.kind,
      title: row.title,
      status: row.status,
      latestVersionId: latest?.id ?? null,
      latestVersionNumber: latest?.number ?? null,
      letterNumber: row.letterNumber ?? null,
    });
  }
  return result;
}

export type RunDocumentAct = { act: 'paraf' } | { act: 'sign'; passphrase: string };

/**
 * Initials or signs the run's report as the act of a paraf or signature step: the document side first
 * (paraf on the latest version; for a signature, the version for signing is prepared once and the PAdES
 * signature appended), then the run command naming the version, so the step's output points at exactly
 * what was initialled or signed. The task is checked before the document is touched, so a person who
 * may not act on the task changes nothing.
 */
export async function actOnRunDocument(
  ctx: ServiceContext,
  me: Me,
  runId: string,
  taskId: string,
  act: RunDocumentAct,
  options: { publicBaseUrl: string; meta?: RequestMeta },
): Promise<RunState> {
  const stored = await loadRun(ctx, me, runId);
  const state = stored.state;
  const task = await openTaskOf(ctx, me, state, taskId);
  // The step must ask for this act before the document is touched (the engine checks it again).
  const { flow } = await loadFlow(ctx.db, stored.sopVersionId);
  const step = flow.steps.find((s) => s.no === task.stepNo);
  if (act.act === 'paraf' && !step?.paraf) throw runErrors.parafNotExpected();
  if (act.act === 'sign' && !step?.signature) throw runErrors.signatureNotExpected();
  const report = await runReport(ctx, state);
  if (act.act === 'paraf') {
    await parafDocument(ctx, me, report.id, { versionId: report.latestVersionId, runId, taskId });
    return executeRunCommand(
      ctx,
      me,
      runId,
      { type: 'paraf', taskId, output: outputOf(report, report.latestVersionId) },
      options.meta,
    );
  }
  // Signed already in this step (the run command lost a race and is retried): reuse that signature.
  const earlier = await ctx.db
    .selectFrom('document_signature')
    .select('version_id')
    .where('document_id', '=', report.id)
    .where('person_id', '=', me.personId)
    .where('task_id', '=', taskId)
    .executeTakeFirst();
  if (report.status === 'draft')
    await prepareForSigning(ctx, me, report.id, { publicBaseUrl: options.publicBaseUrl, runId, taskId });
  const signed = earlier
    ? { versionId: earlier.version_id }
    : await signDocument(ctx, me, report.id, { passphrase: act.passphrase, runId, taskId });
  return executeRunCommand(
    ctx,
    me,
    runId,
    { type: 'sign', taskId, output: outputOf(report, signed.versionId) },
    options.meta,
  );
}

/** The task, open and the actor's: the engine's own rule (`assertMayAct`), checked before documents change. */
async function openTaskOf(ctx: ServiceContext, me: Me, state: RunState, taskId: string) {
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task) throw runErrors.taskNotFound();
  if (task.status !== 'open' && task.status !== 'claimed') throw runErrors.alreadyDone();
  assertMayAct(task, await runActorOf(ctx, me));
  return task;
}

async function loadRun(ctx: ServiceContext, me: Me, runId: string) {
  const stored = await findRun(ctx.db, runId);
  if (!stored || stored.state.agencyId !== me.agencyId) throw notFound('run');
  return stored;
}

async function runReport(ctx: ServiceContext, state: RunState) {
  const kind = reportKindOf(state);
  const document = await ctx.db
    .selectFrom('document')
    .select(['id', 'title', 'status'])
    .where('run_id', '=', state.id)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const latest = document
    ? await ctx.db
        .selectFrom('document_version')
        .select('id')
        .where('document_id', '=', document.id)
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst()
    : undefined;
  if (!document || !latest)
    throw new DomainError(
      'RUN_REPORT_MISSING',
      {
        id: 'Laporan proses ini belum dibuat. Buat laporannya di langkah penyusunan terlebih dahulu.',
        en: "This run's report has not been generated yet. Generate it in the drafting step first.",
      },
      [fieldError('document', 'Laporan belum ada.', 'No report yet.')],
    );
  return { id: document.id, title: document.title, status: document.status, latestVersionId: latest.id };
}

function outputOf(report: { id: string; title: string }, versionId: string): TaskOutput {
  return { kind: 'document', documentId: report.id, versionId, title: report.title };
}

/**
 * The numbering act of a step (`letter_number`): issues the agency's next letter number to the run's
 * cover letter (or, when the run has none, to its report) — once: a document that has a number keeps
 * it — and regenerates the cover letter so the number is printed on it. Returns the number and the
 * generation job to follow (none for a report, whose number is recorded, not printed).
 */
export async function numberRunLetter(
  ctx: ServiceContext,
  me: Me,
  runId: string,
  taskId: string,
): Promise<{ number: string; documentId: string; jobId: string | null }> {
  const { state } = await loadRun(ctx, me, runId);
  await openTaskOf(ctx, me, state, taskId);
  const letter = await ctx.db
    .selectFrom('document')
    .select(['id', 'title', 'kind', 'status', 'letter_number_id'])
    .where('run_id', '=', runId)
    .where('kind', 'in', ['surat_pengantar', reportKindOf(state)])
    .orderBy('created_at', 'desc')
    .execute();
  const target = letter.find((d) => d.kind === 'surat_pengantar') ?? letter[0];
  if (!target)
    throw new DomainError(
      'RUN_LETTER_MISSING',
      {
        id: 'Belum ada surat pengantar atau laporan untuk diberi nomor. Buat surat pengantarnya dahulu.',
        en: 'There is no cover letter or report to number yet. Generate the cover letter first.',
      },
      [fieldError('document', 'Surat pengantar belum dibuat.', 'No cover letter yet.')],
    );
  let number: string;
  const numberedBefore = !!target.letter_number_id;
  if (target.letter_number_id) {
    const existing = await ctx.db
      .selectFrom('letter_number')
      .select('number')
      .where('id', '=', target.letter_number_id)
      .executeTakeFirstOrThrow();
    number = existing.number;
  } else {
    number = (
      await issueLetterNumber(ctx, me, {
        agencyId: state.agencyId,
        subject: target.title,
        documentId: target.id,
      })
    ).number;
  }
  // Printed once: a number issued earlier was printed by the regeneration that followed it.
  if (numberedBefore || target.kind !== 'surat_pengantar' || target.status !== 'draft')
    return { number, documentId: target.id, jobId: null };
  const { jobId } = await requestGeneration(ctx, me, {
    agencyId: state.agencyId,
    kind: 'surat_pengantar' satisfies GeneratedKind,
    year: state.period.year,
    quarter: state.period.quarter,
    sourceRef: runId,
    runId,
    taskId,
    documentId: target.id,
  });
  runGenerationJobSoon(ctx, jobId);
  return { number, documentId: target.id, jobId };
}

/**
 * After a run starts: when its start step carries the `disposition_sheet` act, the head's disposition
 * is printed as the lembar disposisi (a generation job, so the start itself does not wait for it).
 * Returns the job id, or null when the SOP asks for no sheet or the run has no disposition.
 */
export async function queueDispositionSheet(
  ctx: ServiceContext,
  me: Me,
  runId: string,
): Promise<string | null> {
  const stored = await findRun(ctx.db, runId);
  if (!stored || stored.state.agencyId !== me.agencyId || !stored.state.disposition) return null;
  const { flow } = await loadFlow(ctx.db, stored.sopVersionId);
  const start = flow.steps.find((s) => s.kinds.includes('start'));
  if (!start?.documentActs?.includes('disposition_sheet')) return null;
  // The run has started whatever happens to its sheet: a refusal here is logged, not thrown.
  const requested = await requestGeneration(ctx, me, {
    agencyId: stored.state.agencyId,
    kind: 'disposisi',
    year: stored.state.period.year,
    quarter: stored.state.period.quarter,
    sourceRef: runId,
    runId,
  }).catch((error: unknown) => {
    console.error('lembar disposisi not queued:', error instanceof Error ? error.message : error);
    return null;
  });
  if (!requested) return null;
  runGenerationJobSoon(ctx, requested.jobId);
  return requested.jobId;
}
