import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';

const doc = { kind: 'document', documentId: 'upload-1', title: 'Format pengumpulan data' };

describe.each(engines())('runs and SOPs over HTTP (%s)', (engine) => {
  let t: TestApp;
  const c: Record<string, TestClient> = {};
  let sopId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => new Date('2026-11-23T01:00:00Z') });
    for (const u of [
      'desdm.kadis',
      'desdm.kasubbag_program',
      'desdm.staf_program',
      'desdm.sekretaris',
      'desdm.admin',
      'bpkpd.sekretaris',
    ]) {
      c[u] = new TestClient(t.app);
      await c[u].signIn(u);
    }
    const agencyId = (await c['desdm.admin']!.get('/api/agencies')).json()[0].id;
    sopId = (await c['desdm.admin']!.get(`/api/agencies/${agencyId}/sops`)).json()[0].id;
  });
  afterAll(async () => t.close());

  async function start() {
    const res = await c['desdm.kadis']!.post('/api/runs', {
      sopId,
      purpose: 'LKjIP 2026',
      period: { year: 2026, quarter: null },
      disposition: { text: 'Susun LKjIP 2026.', addresseePositionIds: [] },
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  it('lists the published seed SOP and shows its version with lanes mapped and no problems', async () => {
    const sop = (await c['desdm.admin']!.get(`/api/sops/${sopId}`)).json();
    expect(sop).toMatchObject({ code: 'desdm-kaltim-sakip', version: 1, status: 'published', problems: [] });
    expect(sop.lanes.every((l: { positionId: string | null }) => l.positionId !== null)).toBe(true);
  });

  it('starts a run and puts step 2 in the planning head inbox and home, with what the SOP asks', async () => {
    const run = await start();
    expect(run.steps.find((s: { no: number }) => s.no === 1).state).toBe('done');
    const inbox = (await c['desdm.kasubbag_program']!.get('/api/inbox')).json();
    const task = inbox.find((x: { runId: string }) => x.runId === run.id);
    expect(task).toMatchObject({
      stepNo: 2,
      mine: true,
      dueAt: '2026-11-23T03:00:00.000Z',
      expects: { outputs: ['Format Penyusunan SAKIP'], timeStandards: ['2 Jam'] },
    });
    expect(task.earlierOutputs[0].output.kind).toBe('disposition');
    const home = (await c['desdm.kasubbag_program']!.get('/api/home')).json();
    expect(home.waiting.some((w: { href: string }) => w.href.includes(run.id))).toBe(true);
  });

  it('answers 403 not yours, 422 without output, 409 twice, 409 on a cancelled run, 422 a return without reason', async () => {
    const run = await start();
    const taskId = run.tasks.find(
      (x: { stepNo: number; status: string }) => x.stepNo === 2 && x.status === 'open',
    ).id;
    const complete = (output: unknown) => ({ command: { type: 'complete', taskId, output } });
    const notYours = await c['desdm.staf_program']!.post(`/api/runs/${run.id}/commands`, complete(doc));
    expect(notYours.statusCode).toBe(403);
    expect(notYours.json().error.message).toBe('Tugas ini bukan untuk jabatan Anda.');
    const noOutput = await c['desdm.kasubbag_program']!.post(`/api/runs/${run.id}/commands`, complete(null));
    expect(noOutput.statusCode).toBe(422);
    expect(noOutput.json().error.fields[0].field).toBe('output');
    expect(
      (await c['desdm.kasubbag_program']!.post(`/api/runs/${run.id}/commands`, complete(doc))).statusCode,
    ).toBe(200);
    const twice = await c['desdm.kasubbag_program']!.post(`/api/runs/${run.id}/commands`, complete(doc));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('TASK_ALREADY_COMPLETED');
    const other = await c['bpkpd.sekretaris']!.get(`/api/runs/${run.id}`);
    expect(other.statusCode).toBe(404);
    const cancel = await c['desdm.kadis']!.post(`/api/runs/${run.id}/commands`, {
      command: { type: 'cancel', reason: 'Uji pembatalan' },
    });
    expect(cancel.json().status).toBe('cancelled');
    const step3 = cancel.json().tasks.find((x: { stepNo: number }) => x.stepNo === 3).id;
    const onCancelled = await c['desdm.sekretaris']!.post(`/api/runs/${run.id}/commands`, {
      command: { type: 'complete', taskId: step3, output: doc },
    });
    expect(onCancelled.statusCode).toBe(409);
    expect(onCancelled.json().error.code).toBe('RUN_NOT_ACTIVE');
  });

  it('refuses an invalid command body naming the field', async () => {
    const run = await start();
    const res = await c['desdm.kasubbag_program']!.post(`/api/runs/${run.id}/commands`, {
      command: { type: 'decide', taskId: 'not-a-uuid', decision: 'maybe' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.map((f: { field: string }) => f.field)).toContain('command.taskId');
  });

  it('imports an SOP file as a draft, refuses to publish with unmapped lanes, publishes after mapping', async () => {
    const admin = c['desdm.admin']!;
    const agencyId = (await admin.get('/api/agencies')).json()[0].id;
    const yaml = fs
      .readFileSync(path.resolve(import.meta.dirname, '../../sops/desdm-kaltim-sakip.yaml'), 'utf8')
      .replace('code: desdm-kaltim-sakip', 'code: desdm-kaltim-sakip-uji');
    const bad = await admin.post(`/api/agencies/${agencyId}/sops/import`, {
      fileName: 'uji.yaml',
      content: 'steps: [',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0].message).toContain('uji.yaml');
    const imported = await admin.post(`/api/agencies/${agencyId}/sops/import`, {
      fileName: 'uji.yaml',
      content: yaml,
    });
    expect(imported.statusCode).toBe(200);
    const id = imported.json().sopId;
    const refused = await admin.post(`/api/sops/${id}/publish`, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields.length).toBeGreaterThanOrEqual(4);
    const detail = (await admin.get(`/api/agencies/${agencyId}`)).json();
    const pos = (code: string) => detail.positions.find((p: { code: string }) => p.code === code).id;
    const mapped = await admin.put(`/api/sops/${id}/lanes`, {
      lanes: {
        'kepala-dinas': pos('kadis'),
        sekretaris: pos('sekretaris'),
        'kasubbag-program': pos('kasubbag_program'),
        staf: pos('staf_program'),
      },
    });
    expect(mapped.statusCode).toBe(200);
    const published = await admin.post(`/api/sops/${id}/publish`, { effectiveDate: '2026-12-01' });
    expect(published.json()).toEqual({ version: 1 });
  });

  it('reports SOP compliance per step and exports it as XLSX', async () => {
    const rows = (await c['desdm.kadis']!.get(`/api/compliance?sopId=${sopId}`)).json();
    expect(rows).toHaveLength(11);
    expect(rows[1]).toMatchObject({ stepNo: 2, standardText: '2 Jam', standardMinutes: 120 });
    expect(rows[1].count).toBeGreaterThanOrEqual(1);
    const xlsx = await c['desdm.kadis']!.get('/api/compliance.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
