import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleGenerationJobs } from '../../src/services/documents/generation-worker';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';

/** Row counts that a refused act must leave as they were. */
async function counts(t: TestApp) {
  const n = async (table: 'document_paraf' | 'document_signature' | 'letter_number' | 'run_event') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    paraf: await n('document_paraf'),
    signatures: await n('document_signature'),
    numbers: await n('letter_number'),
    events: await n('run_event'),
  };
}

describe.each(engines())("a run's steps acting on its documents (%s)", (engine) => {
  let t: TestApp;
  const c: Record<string, TestClient> = {};
  let sopId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => new Date('2026-11-23T01:00:00Z') });
    for (const u of ['desdm.kadis', 'desdm.kasubbag_program', 'desdm.admin', 'desdm.staf_program']) {
      c[u] = new TestClient(t.app);
      await c[u].signIn(u);
    }
    const agencyId = (await c['desdm.admin']!.get('/api/agencies')).json()[0].id;
    sopId = (await c['desdm.admin']!.get(`/api/agencies/${agencyId}/sops`)).json()[0].id;
  });
  afterAll(async () => {
    await settleGenerationJobs();
    await t.close();
  });

  async function start() {
    const res = await c['desdm.kadis']!.post('/api/runs', {
      sopId,
      purpose: 'LKjIP 2026',
      period: { year: 2026, quarter: null },
      disposition: { text: 'Susun LKjIP 2026 sesuai SOP.', addresseePositionIds: [] },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; tasks: Array<{ id: string; stepNo: number; status: string }> };
  }
  const openTask = (run: { tasks: Array<{ id: string; stepNo: number; status: string }> }, step: number) =>
    run.tasks.find((x) => x.stepNo === step && x.status === 'open')!.id;

  it('prints the disposition as the lembar disposisi when the run starts (the start step asks for it)', async () => {
    const run = await start();
    await settleGenerationJobs();
    const documents = (await c['desdm.kadis']!.get(`/api/runs/${run.id}/documents`)).json();
    expect(documents).toEqual([
      expect.objectContaining({ kind: 'disposisi', status: 'draft', latestVersionNumber: 1 }),
    ]);
  });

  it('shows the step its document acts: the planning head generates the collection format at step 2', async () => {
    const run = await start();
    const inbox = (await c['desdm.kasubbag_program']!.get('/api/inbox')).json();
    const task = inbox.find((x: { runId: string }) => x.runId === run.id);
    expect(task.expects.documentActs).toEqual(['collection_format']);
  });

  it('refuses a signature or paraf on a step that does not ask for it, and a number with nothing to number; nothing changes', async () => {
    const run = await start();
    const step2 = openTask(run, 2);
    const before = await counts(t);
    const sign = await c['desdm.kasubbag_program']!.post(`/api/runs/${run.id}/tasks/${step2}/document-act`, {
      act: { act: 'sign', passphrase: 'alur-demo-2026' },
    });
    expect(sign.statusCode).toBe(422);
    expect(sign.json().error.code).toBe('SIGNATURE_NOT_EXPECTED');
    const paraf = await c['desdm.kasubbag_program']!.post(`/api/runs/${run.id}/tasks/${step2}/document-act`, {
      act: { act: 'paraf' },
    });
    expect(paraf.json().error.code).toBe('PARAF_NOT_EXPECTED');
    const number = await c['desdm.kasubbag_program']!.post(
      `/api/runs/${run.id}/tasks/${step2}/letter-number`,
      {},
    );
    expect(number.statusCode).toBe(422);
    expect(number.json().error.code).toBe('RUN_LETTER_MISSING');
    expect(number.json().error.fields[0].field).toBe('document');
    expect(await counts(t)).toEqual(before);
  });

  it("answers 403 to someone acting on another position's task, and the run is unchanged", async () => {
    const run = await start();
    const step2 = openTask(run, 2);
    const before = await counts(t);
    const res = await c['desdm.staf_program']!.post(`/api/runs/${run.id}/tasks/${step2}/letter-number`, {});
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('TASK_NOT_YOURS');
    expect(await counts(t)).toEqual(before);
  });

  it('numbers the cover letter once: a second numbering returns the same number', async () => {
    const run = await start();
    const step2 = openTask(run, 2);
    // The planning head drafts a cover letter for the run (any open task of the run lets them write).
    const job = await c['desdm.kasubbag_program']!.post(
      `/api/agencies/${(await c['desdm.admin']!.get('/api/agencies')).json()[0].id}/documents/generate`,
      {
        kind: 'surat_pengantar',
        year: 2026,
        quarter: null,
        sourceRef: run.id,
        runId: run.id,
        taskId: step2,
      },
    );
    expect([200, 201, 202]).toContain(job.statusCode);
    await settleGenerationJobs();
    const first = await c['desdm.kasubbag_program']!.post(
      `/api/runs/${run.id}/tasks/${step2}/letter-number`,
      {},
    );
    expect(first.statusCode).toBe(200);
    expect(first.json().number).toMatch(/^K\. 075 \/ \d+ \/ DESDM\/2026$/);
    await settleGenerationJobs();
    const second = await c['desdm.kasubbag_program']!.post(
      `/api/runs/${run.id}/tasks/${step2}/letter-number`,
      {},
    );
    expect(second.json().number).toBe(first.json().number);
    const documents = (await c['desdm.kasubbag_program']!.get(`/api/runs/${run.id}/documents`)).json();
    const letter = documents.find((d: { kind: string }) => d.kind === 'surat_pengantar');
    expect(letter).toMatchObject({ letterNumber: first.json().number, latestVersionNumber: 2 });
  });
});
