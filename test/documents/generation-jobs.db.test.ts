import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../../src/db/database';
import type { Actor, ServiceContext } from '../../src/services/context';
import { seedDemo } from '../../src/services/demo/seed-demo';
import {
  getGenerationJob,
  requestGeneration,
  runGenerationJobs,
} from '../../src/services/documents/generate-document';
import { engines, freshDatabaseUrl } from '../database-context';
import { actorFor, agencyIdOf, documentCounts, failureOf } from './document-context';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(engines())('document generation jobs (%s)', (engine) => {
  const now = new Date('2026-11-23T01:00:00Z');
  let url: string;
  let first: Awaited<ReturnType<typeof openDatabase>>;
  let second: Awaited<ReturnType<typeof openDatabase>>;
  let ctx: ServiceContext;
  let other: ServiceContext;
  let planner: Actor;
  let agencyId: string;
  let sopVersionId: string;

  beforeAll(async () => {
    url = await freshDatabaseUrl(engine);
    first = await openDatabase(url);
    await migrateToLatest(first.db);
    ctx = { db: first.db, now: () => now };
    await seedDemo(ctx);
    // A second connection to the same database: a second worker process.
    second = await openDatabase(url);
    other = { db: second.db, now: () => now };
    planner = await actorFor(ctx, 'desdm.kasubbag_program');
    agencyId = await agencyIdOf(ctx, 'desdm-kaltim');
    sopVersionId = (
      await ctx.db
        .selectFrom('sop_version')
        .innerJoin('sop', 'sop.id', 'sop_version.sop_id')
        .select('sop_version.id')
        .where('sop.code', '=', 'desdm-kaltim-sakip')
        .executeTakeFirstOrThrow()
    ).id;
  }, 120_000);
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('generates the SOP sheet as version 1 with its PDF and DOCX and their hashes', async () => {
    const { jobId } = await requestGeneration(ctx, planner, {
      agencyId,
      kind: 'sop_sheet',
      year: 2026,
      sourceRef: sopVersionId,
    });
    expect((await getGenerationJob(ctx, planner, jobId)).status).toBe('queued');
    expect(await runGenerationJobs(ctx)).toEqual([jobId]);
    const job = await getGenerationJob(ctx, planner, jobId);
    expect(job).toMatchObject({ status: 'done', progress: 100, stage: 'documents.stage.done', error: null });
    const version = await ctx.db
      .selectFrom('document_version')
      .selectAll()
      .where('id', '=', job.versionId!)
      .executeTakeFirstOrThrow();
    expect(version).toMatchObject({ number: 1, origin: 'generated', document_id: job.documentId });
    expect(version.pdf_sha256).toBe(sha256(version.pdf!));
    expect(version.docx_sha256).toBe(sha256(version.docx!));
    expect((await PDFDocument.load(version.pdf!)).getPageCount()).toBeGreaterThan(0);
    expect((await JSZip.loadAsync(version.docx!)).file('word/document.xml')).not.toBeNull();
  });

  it('runs a job once when two workers on two connections reach for it at the same time', async () => {
    const before = await documentCounts(ctx);
    const { jobId } = await requestGeneration(ctx, planner, {
      agencyId,
      kind: 'sop_sheet',
      year: 2026,
      sourceRef: sopVersionId,
    });
    const [a, b] = await Promise.all([
      runGenerationJobs(ctx, { worker: 'worker-a' }),
      runGenerationJobs(other, { worker: 'worker-b' }),
    ]);
    expect([...a, ...b]).toEqual([jobId]);
    const row = await ctx.db
      .selectFrom('generation_job')
      .select(['status', 'claimed_by'])
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
    expect(row.claimed_by).toBe(a.length === 1 ? 'worker-a' : 'worker-b');
    // The same draft got one more version, not two.
    expect(await documentCounts(ctx)).toEqual({ ...before, versions: before.versions + 1 });
  });

  it('refuses a bad request naming the field, and stores no job', async () => {
    const jobs = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('generation_job')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await jobs();
    const noQuarter = await failureOf(
      requestGeneration(ctx, planner, { agencyId, kind: 'pemantauan', year: 2026 }),
    );
    expect(noQuarter.code).toBe('VALIDATION_FAILED');
    expect(noQuarter.fields.map((f) => f.field)).toEqual(['quarter']);
    const badYear = await failureOf(requestGeneration(ctx, planner, { agencyId, kind: 'lkjip', year: 1999 }));
    expect(badYear.fields.map((f) => f.field)).toEqual(['year']);
    const noSop = await failureOf(
      requestGeneration(ctx, planner, { agencyId, kind: 'sop_sheet', year: 2026 }),
    );
    expect(noSop.fields[0]?.message.en).toBe('Choose the SOP to print.');
    expect(await jobs()).toBe(before);
  });

  it('lets only the planning unit generate, and hides another agency', async () => {
    const staff = await actorFor(ctx, 'desdm.kabid_gatrik');
    const forbidden = await failureOf(
      requestGeneration(ctx, staff, { agencyId, kind: 'sop_sheet', year: 2026, sourceRef: sopVersionId }),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const outsider = await actorFor(ctx, 'bpkpd.sekretaris');
    const hidden = await failureOf(
      requestGeneration(ctx, outsider, { agencyId, kind: 'sop_sheet', year: 2026, sourceRef: sopVersionId }),
    );
    expect(hidden.code).toBe('NOT_FOUND');
  });
});
