import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { grid } from '../performance/performance-helpers';

describe.each(engines())('the collect-data step follows the realisation (%s)', (engine) => {
  let t: TestApp;
  const c: Record<string, TestClient> = {};
  let agencyId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => new Date('2026-11-23T01:00:00Z') });
    for (const u of ['desdm.kadis', 'desdm.kasubbag_program', 'desdm.kabid_gatrik']) {
      c[u] = new TestClient(t.app);
      await c[u].signIn(u);
    }
    agencyId = (await c['desdm.kadis']!.get('/api/agencies')).json()[0].id;
  });
  afterAll(async () => t.close());

  it("completes a division's step-3 task when it submits its TW IV realisation, and no other division's", async () => {
    const sopId = (await c['desdm.kadis']!.get(`/api/agencies/${agencyId}/sops`)).json()[0].id;
    const started = await c['desdm.kadis']!.post('/api/runs', {
      sopId,
      purpose: 'LKjIP 2026',
      period: { year: 2026, quarter: null },
      disposition: { text: 'Susun LKjIP 2026.', addresseePositionIds: [] },
    });
    const runId = started.json().id;
    const step2 = started.json().tasks.find((x: { stepNo: number }) => x.stepNo === 2).id;
    await c['desdm.kasubbag_program']!.post(`/api/runs/${runId}/commands`, {
      command: {
        type: 'complete',
        taskId: step2,
        output: { kind: 'document', documentId: 'f', title: 'Format' },
      },
    });
    const rows = (await grid(c['desdm.kabid_gatrik']!, agencyId)).filter((r) => r.canEnter);
    expect(rows.length).toBeGreaterThan(0);
    const saved = await c['desdm.kabid_gatrik']!.post(`/api/agencies/${agencyId}/realisations`, {
      year: 2026,
      submit: true,
      entries: rows.map((r) => ({
        indicatorId: r.indicatorId,
        quarter: 4,
        value: r.quarters[3]!.realisation?.value ?? '1',
        evidence: 'Laporan bidang TW IV',
        version: r.quarters[3]!.realisation?.version,
      })),
    });
    expect(saved.statusCode).toBe(200);
    const run = (await c['desdm.kadis']!.get(`/api/runs/${runId}`)).json();
    const perUnit = run.tasks.filter((x: { stepNo: number }) => x.stepNo === 3);
    const gatrik = perUnit.find((x: { unitName: string }) => x.unitName === 'Bidang Ketenagalistrikan');
    expect(gatrik).toMatchObject({ status: 'completed', output: { kind: 'data' } });
    expect(gatrik.completedByName).toBe('Bayu Saputra');
    // The Sekretariat reports for its Subbagian (IKU-09, IK-10): it still waits, like the other Bidang.
    expect(perUnit.filter((x: { status: string }) => x.status === 'open')).toHaveLength(perUnit.length - 1);
  });
});
