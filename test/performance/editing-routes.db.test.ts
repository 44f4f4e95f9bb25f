import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { agencyIdOf, editingSnapshot, renstraIds } from './editing-fixtures';
import { DEMO_NOW } from './performance-helpers';

interface EditorIndicator {
  id: string;
  code: string;
  revision: string;
  targets: { year: number; value: string }[];
}
interface EditorNode {
  id: string;
  code: string;
  revision: string;
  indicators: EditorIndicator[];
  children: EditorNode[];
}

describe.each(engines())('Renstra and PK editing over HTTP (%s)', (engine) => {
  let t: TestApp;
  let planner: TestClient;
  let plannerEn: TestClient;
  let kabid: TestClient;
  let agencyId: string;
  let otherAgencyId: string;
  let renstraId: string;
  let otherIndicatorId: string;
  let otherNodeId: string;

  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    planner = new TestClient(t.app);
    await planner.signIn('desdm.kasubbag_program');
    plannerEn = new TestClient(t.app, 'en');
    await plannerEn.signIn('desdm.kasubbag_program');
    kabid = new TestClient(t.app);
    await kabid.signIn('desdm.kabid_gatrik');
    agencyId = await agencyIdOf(t.ctx, 'desdm-kaltim');
    otherAgencyId = await agencyIdOf(t.ctx, 'bpkpd-jambi');
    renstraId = (await renstraIds(t.ctx, agencyId)).renstraId;
    const other = await renstraIds(t.ctx, otherAgencyId);
    otherIndicatorId = other.indicator('IKU-01');
    otherNodeId = other.node('5.02.01');
  });
  afterAll(async () => t.close());

  const api = (rest: string) => `/api/agencies/${agencyId}${rest}`;

  async function editor(client = planner) {
    const res = await client.get(api(`/renstra/${renstraId}/editor`));
    expect(res.statusCode).toBe(200);
    return res.json() as { canPlan: boolean; years: number[]; nodes: EditorNode[] };
  }
  function find(nodes: EditorNode[], code: string): EditorNode | EditorIndicator {
    for (const n of nodes) {
      if (n.code === code) return n;
      const indicator = n.indicators.find((i) => i.code === code);
      if (indicator) return indicator;
      const found = (() => {
        try {
          return find(n.children, code);
        } catch {
          return undefined;
        }
      })();
      if (found) return found;
    }
    throw new Error(`no ${code}`);
  }

  /** A refused request: the error body, and the proof that nothing was written. */
  async function refused(send: () => Promise<LightMyRequestResponse>, status: number) {
    const before = await editingSnapshot(t.ctx);
    const res = await send();
    expect(res.statusCode, res.body).toBe(status);
    expect(await editingSnapshot(t.ctx)).toEqual(before);
    return res.json().error as {
      code: string;
      message: string;
      fields?: { field: string; message: string }[];
    };
  }

  it('shows the editor with revisions, and whether the person may edit', async () => {
    const mine = await editor();
    expect(mine.canPlan).toBe(true);
    expect(mine.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect((find(mine.nodes, 'IKU-01') as EditorIndicator).revision).toMatch(/^[0-9a-f]{20}$/);
    expect((await editor(kabid)).canPlan).toBe(false);
    const pk = await planner.get(api('/agreements-editor?year=2026'));
    expect(pk.statusCode).toBe(200);
    expect(pk.json()).toMatchObject({ year: 2026, canPlan: true });
    expect(pk.json().agreements).toHaveLength(6);
    expect(pk.json().actionPlan.length).toBeGreaterThan(5);
  });

  it('edits a target inline and answers 422 naming the field for bad input', async () => {
    const iku01 = find((await editor()).nodes, 'IKU-01') as EditorIndicator;
    const ok = await planner.patch(api(`/indicators/${iku01.id}`), {
      revision: iku01.revision,
      targets: [{ year: 2027, value: '98,9' }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().indicator.targets.find((x: { year: number }) => x.year === 2027).value).toBe('98.9');
    const revision = ok.json().indicator.revision;

    const text = await refused(
      () =>
        planner.patch(api(`/indicators/${iku01.id}`), {
          revision,
          targets: [{ year: 2028, value: 'sembilan puluh' }],
        }),
      422,
    );
    expect(text.fields).toEqual([
      {
        field: 'targets.0.value',
        message: 'IKU-01 2028: Target harus berupa angka (tertulis "sembilan puluh").',
      },
    ]);
    const english = await refused(
      () =>
        plannerEn.patch(api(`/indicators/${iku01.id}`), {
          revision,
          targets: [{ year: 2028, value: 'ninety' }],
        }),
      422,
    );
    expect(english.fields).toEqual([
      { field: 'targets.0.value', message: 'IKU-01 2028: Target must be a number (got "ninety").' },
    ]);
    const wrongType = await refused(
      () => planner.patch(api(`/indicators/${iku01.id}`), { revision, precision: 'dua' }),
      422,
    );
    expect(wrongType.fields?.map((f) => f.field)).toEqual(['precision']);
    const noRevision = await refused(
      () => planner.patch(api(`/indicators/${iku01.id}`), { name: 'Tanpa revisi' }),
      422,
    );
    expect(noRevision.fields?.map((f) => f.field)).toEqual(['revision']);
    const long = await refused(
      () => planner.patch(api(`/indicators/${iku01.id}`), { revision, name: 'n'.repeat(501) }),
      422,
    );
    expect(long.fields).toEqual([
      { field: 'name', message: 'IKU-01: Nama indikator paling banyak 500 karakter (tertulis 501).' },
    ]);
    const duplicate = await refused(
      () => planner.patch(api(`/indicators/${iku01.id}`), { revision, code: 'IK-02' }),
      409,
    );
    expect(duplicate).toMatchObject({ code: 'INDICATOR_CODE_TAKEN', fields: [{ field: 'code' }] });
    const stale = await refused(
      () => planner.patch(api(`/indicators/${iku01.id}`), { revision: iku01.revision, name: 'Lama' }),
      409,
    );
    expect(stale.code).toBe('PERFORMANCE_EDIT_CONFLICT');
    expect(stale.message).toContain('Indikator IKU-01 sudah diubah orang lain');
  });

  it('answers 403 to a division head and 404 for another agency', async () => {
    const mine = await editor();
    const iku04 = find(mine.nodes, 'IKU-04') as EditorIndicator;
    const kegiatan = find(mine.nodes, '3.29.06.1.01') as EditorNode;
    const forbidden = await refused(
      () =>
        kabid.patch(api(`/indicators/${iku04.id}`), {
          revision: iku04.revision,
          targets: [{ year: 2027, value: 30 }],
        }),
      403,
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(
      (
        await refused(
          () => kabid.patch(api(`/plan-nodes/${kegiatan.id}`), { revision: kegiatan.revision, name: 'x' }),
          403,
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (await refused(() => kabid.delete(api(`/indicators/${iku04.id}?revision=${iku04.revision}`)), 403))
        .code,
    ).toBe('FORBIDDEN');
    const pk = (await planner.get(api('/agreements-editor?year=2026'))).json();
    const row = pk.agreements[0].indicators[0];
    expect(
      (
        await refused(
          () => kabid.patch(api(`/agreement-indicators/${row.id}`), { revision: row.revision, target: 1 }),
          403,
        )
      ).code,
    ).toBe('FORBIDDEN');

    // Another agency's rows through this agency's address, and that agency's address itself.
    const foreignIndicator = await refused(
      () =>
        planner.patch(api(`/indicators/${otherIndicatorId}`), { revision: 'x', name: 'Bukan milik saya' }),
      404,
    );
    expect(foreignIndicator).toMatchObject({ code: 'NOT_FOUND', message: 'Indikator tidak ditemukan.' });
    expect(
      (await refused(() => planner.delete(api(`/plan-nodes/${otherNodeId}?revision=x`)), 404)).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refused(
          () =>
            planner.patch(`/api/agencies/${otherAgencyId}/plan-nodes/${otherNodeId}`, {
              revision: 'x',
              name: 'Bukan milik saya',
            }),
          404,
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect((await planner.get(`/api/agencies/${otherAgencyId}/agreements-editor?year=2026`)).statusCode).toBe(
      404,
    );
  });

  it('funding: a negative amount is 422 naming the year; a node in use cannot be deleted (409)', async () => {
    const kegiatan = find((await editor()).nodes, '3.29.06.1.06') as EditorNode;
    const negative = await refused(
      () =>
        planner.patch(api(`/plan-nodes/${kegiatan.id}`), {
          revision: kegiatan.revision,
          funding: [{ year: 2027, amount: '-26400000000' }],
        }),
      422,
    );
    expect(negative.fields).toEqual([
      {
        field: 'funding.0.amount',
        message: '3.29.06.1.06 2027: Pagu indikatif tidak boleh kurang dari 0 (tertulis -26400000000).',
      },
    ]);
    const inUse = await refused(
      () => planner.delete(api(`/plan-nodes/${kegiatan.id}?revision=${kegiatan.revision}`)),
      409,
    );
    expect(inUse).toMatchObject({
      code: 'PLAN_NODE_IN_USE',
      message:
        'Kegiatan 3.29.06.1.06 tidak dapat dihapus karena masih memiliki anggaran tahun 2026. Hapus atau pindahkan dulu isinya.',
    });
    const created = await planner.post(api(`/renstra/${renstraId}/nodes`), {
      kind: 'sub_kegiatan',
      code: '3.29.06.1.06.0001',
      name: 'Penyaluran bantuan pemasangan instalasi listrik',
      parentId: kegiatan.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const sub = find((await editor()).nodes, '3.29.06.1.06.0001') as EditorNode;
    const funded = await planner.patch(api(`/plan-nodes/${sub.id}`), {
      revision: sub.revision,
      funding: [{ year: 2027, amount: 1_250_000_000 }],
    });
    expect(funded.statusCode, funded.body).toBe(200);
    expect(funded.json().funding).toEqual([{ year: 2027, amount: '1250000000' }]);
    const gone = await planner.delete(api(`/plan-nodes/${sub.id}?revision=${funded.json().revision}`));
    expect(gone.statusCode, gone.body).toBe(200);
  });

  it('PK target and Rencana Aksi: the reason is required, the lower quarter only warns', async () => {
    const pk = (await planner.get(api('/agreements-editor?year=2026'))).json();
    const row = pk.agreements
      .flatMap((a: { indicators: { code: string }[] }) => a.indicators)
      .find((i: { code: string }) => i.code === 'IK-05');
    const reason = await refused(
      () => planner.patch(api(`/agreement-indicators/${row.id}`), { revision: row.revision, target: 35 }),
      422,
    );
    expect(reason.fields).toEqual([
      {
        field: 'reason',
        message: 'IK-05 2026: target PK (35) berbeda dari target Renstra (40); alasan perubahan wajib diisi.',
      },
    ]);
    const plan = pk.actionPlan.find((r: { code: string }) => r.code === 'IK-05');
    const lower = await planner.put(api(`/action-plan/indicators/${plan.indicatorId}`), {
      year: 2026,
      revision: plan.revision,
      quarters: ['0', '12', '10', '40'],
    });
    expect(lower.statusCode, lower.body).toBe(200);
    expect(lower.json().warnings.map((w: { message: { id: string } }) => w.message.id)).toEqual([
      'IK-05: target kumulatif TW III (10) lebih kecil dari TW II (12).',
    ]);
    const tw4 = await refused(
      () =>
        planner.put(api(`/action-plan/indicators/${plan.indicatorId}`), {
          year: 2026,
          revision: lower.json().revision,
          quarters: ['0', '12', '25', '38'],
        }),
      422,
    );
    expect(tw4.fields).toEqual([
      {
        field: 'reason',
        message: 'IK-05 TW IV 2026: target TW IV (38) berbeda dari target PK (40); alasan wajib diisi.',
      },
    ]);
    const badTuple = await refused(
      () =>
        planner.put(api(`/action-plan/indicators/${plan.indicatorId}`), {
          year: 2026,
          revision: lower.json().revision,
          quarters: ['0', '12', '25'],
        }),
      422,
    );
    expect(badTuple.fields?.[0]?.field).toMatch(/^quarters/);
  });
});
