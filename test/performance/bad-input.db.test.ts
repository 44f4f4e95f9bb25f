import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { agencyIdOf, DEMO_NOW, grid, row, snapshot } from './performance-helpers';

describe.each(engines())('performance bad input changes nothing and names the place (%s)', (engine) => {
  let t: TestApp;
  let kabid: TestClient;
  let planner: TestClient;
  let agencyId: string;
  let renstraId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    kabid = new TestClient(t.app);
    await kabid.signIn('desdm.kabid_gatrik');
    planner = new TestClient(t.app);
    await planner.signIn('desdm.kasubbag_program');
    agencyId = await agencyIdOf(kabid);
    renstraId = (await planner.get(`/api/agencies/${agencyId}/renstra`)).json()[0].id;
  });
  afterAll(async () => t.close());

  async function refused(
    send: () => Promise<{
      statusCode: number;
      json(): { error: { code: string; message: string; fields?: unknown } };
    }>,
    status: number,
  ) {
    const before = await snapshot(t);
    const res = await send();
    expect(res.statusCode).toBe(status);
    expect(await snapshot(t)).toEqual(before);
    return res.json().error;
  }

  it('text in a number field', async () => {
    const rows = await grid(kabid, agencyId);
    const ik03 = row(rows, 'IK-03');
    const ik02 = row(rows, 'IK-02');
    const error = await refused(
      () =>
        kabid.post(`/api/agencies/${agencyId}/realisations`, {
          year: 2026,
          entries: [
            { indicatorId: ik02.indicatorId, quarter: 4, value: 4 },
            { indicatorId: ik03.indicatorId, quarter: 4, value: 'tiga ratus' },
          ],
        }),
      422,
    );
    expect(error.fields).toEqual([
      {
        field: 'entries.1.value',
        message: 'IK-03 TW IV 2026: Realisasi harus berupa angka (tertulis "tiga ratus").',
      },
    ]);
  });

  it('the same cell twice in one submission', async () => {
    const ik03 = row(await grid(kabid, agencyId), 'IK-03');
    const error = await refused(
      () =>
        kabid.post(`/api/agencies/${agencyId}/realisations`, {
          year: 2026,
          entries: [
            { indicatorId: ik03.indicatorId, quarter: 4, value: 470 },
            { indicatorId: ik03.indicatorId, quarter: 4, value: 480 },
          ],
        }),
      422,
    );
    expect(error.fields).toEqual([
      { field: 'entries.1.quarter', message: 'IK-03 TW IV 2026: diisi dua kali dalam satu kiriman.' },
    ]);
  });

  it('a negative budget', async () => {
    const budget = (await planner.get(`/api/agencies/${agencyId}/budget?year=2026`)).json();
    const kegiatan = budget.programs
      .find((p: { code: string }) => p.code === '3.29.06')
      .children.find((k: { code: string }) => k.code === '3.29.06.1.06');
    const error = await refused(
      () =>
        planner.put(`/api/agencies/${agencyId}/budget`, {
          year: 2026,
          nodeId: kegiatan.nodeId,
          pagu: '-26400000000',
          quarters: [1, 2, 3, 4].map(() => ({ cashPlan: 0, realisation: 0 })),
        }),
      422,
    );
    expect(error.fields).toEqual([
      {
        field: 'pagu',
        message: '3.29.06.1.06 2026: Pagu tidak boleh kurang dari 0 (tertulis -26400000000).',
      },
    ]);
    const cash = await refused(
      () =>
        planner.put(`/api/agencies/${agencyId}/budget`, {
          year: 2026,
          nodeId: kegiatan.nodeId,
          pagu: 26400000000,
          quarters: [0, 1, 2, 3].map((k) => ({ cashPlan: k === 2 ? -1 : 0, realisation: 0 })),
        }),
      422,
    );
    expect(cash.fields).toEqual([
      {
        field: 'quarters.2.cashPlan',
        message: '3.29.06.1.06 TW III 2026: Anggaran kas tidak boleh kurang dari 0 (tertulis -1).',
      },
    ]);
  });

  it('a zero target with positive polarity is stored (its achievement cannot be computed)', async () => {
    const tree = (await planner.get(`/api/agencies/${agencyId}/renstra/${renstraId}/tree`)).json();
    const s1 = tree.nodes[0].children.find((n: { code: string }) => n.code === 'S1');
    const res = await planner.post(`/api/agencies/${agencyId}/renstra/${renstraId}/indicators`, {
      nodeId: s1.id,
      code: 'IK-11',
      name: 'Jumlah desa mandiri energi baru',
      unitLabel: 'desa',
      polarity: 'positive',
      aggregation: 'cumulative',
      precision: 0,
      targets: [
        { year: 2026, value: 0 },
        { year: 2027, value: '2' },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().targets).toEqual([
      { year: 2026, value: '0', valueHigh: null },
      { year: 2027, value: '2', valueHigh: null },
    ]);
    // The demo's IK-02 plans 0 desa for TW I: stored as 0, and its achievement says why it has none.
    const ik02 = row(await grid(planner, agencyId), 'IK-02');
    expect(ik02.quarters[0]).toMatchObject({
      target: '0',
      realisation: expect.objectContaining({ value: '0' }),
      achievement: {
        status: 'not_computable',
        value: null,
        display: null,
        category: null,
        formula: null,
        reason: 'Target bernilai 0 sehingga persentase tidak dapat dihitung.',
      },
    });
  });

  it('a duplicate indicator code', async () => {
    const tree = (await planner.get(`/api/agencies/${agencyId}/renstra/${renstraId}/tree`)).json();
    const s2 = tree.nodes[0].children.find((n: { code: string }) => n.code === 'S2');
    const error = await refused(
      () =>
        planner.post(`/api/agencies/${agencyId}/renstra/${renstraId}/indicators`, {
          nodeId: s2.id,
          code: 'IK-03',
          name: 'Indikator lain',
          unitLabel: 'unit',
          polarity: 'positive',
          aggregation: 'last',
          targets: [{ year: 2026, value: 5 }],
        }),
      409,
    );
    expect(error).toMatchObject({
      code: 'INDICATOR_CODE_TAKEN',
      fields: [
        {
          field: 'code',
          message: 'Indikator: kode IK-03 sudah dipakai di Renstra ini; kode indikator harus unik.',
        },
      ],
    });
  });

  it('a realisation for a locked period must go through a correction', async () => {
    const ik03 = row(await grid(kabid, agencyId), 'IK-03');
    const error = await refused(
      () =>
        kabid.post(`/api/agencies/${agencyId}/realisations`, {
          year: 2026,
          entries: [{ indicatorId: ik03.indicatorId, quarter: 2, value: 320 }],
        }),
      409,
    );
    expect(error).toMatchObject({
      code: 'REALISATION_LOCKED',
      message:
        'IK-03 TW II 2026: realisasi sudah dikunci; perubahan hanya melalui koreksi tercatat oleh unit perencanaan.',
    });
    const id = ik03.quarters[1]!.realisation!.id;
    const noReason = await refused(
      () =>
        planner.post(`/api/agencies/${agencyId}/realisations/${id}/corrections`, { value: 320, reason: ' ' }),
      422,
    );
    expect(noReason.fields).toEqual([
      { field: 'reason', message: 'IK-03 TW II 2026: alasan koreksi wajib diisi.' },
    ]);
  });

  it("a value for another agency's unit", async () => {
    const jambi = new TestClient(t.app);
    await jambi.signIn('bpkpd.kabid_pjk');
    const jambiId = await agencyIdOf(jambi);
    const iku01 = row(await grid(jambi, jambiId), 'IKU-01');
    const foreign = await refused(
      () =>
        kabid.post(`/api/agencies/${jambiId}/realisations`, {
          year: 2026,
          entries: [{ indicatorId: iku01.indicatorId, quarter: 4, value: 1 }],
        }),
      404,
    );
    expect(foreign.message).toBe('Instansi tidak ditemukan.');
    const smuggled = await refused(
      () =>
        kabid.post(`/api/agencies/${agencyId}/realisations`, {
          year: 2026,
          entries: [{ indicatorId: iku01.indicatorId, quarter: 4, value: 1 }],
        }),
      404,
    );
    expect(smuggled).toMatchObject({
      message: 'Indikator tidak ditemukan dalam Perjanjian Kinerja 2026 instansi ini.',
      fields: [{ field: 'entries.0.indicatorId', message: 'Indikator tidak ditemukan.' }],
    });
  });

  it('returning without a reason', async () => {
    const ik02 = row(await grid(kabid, agencyId), 'IK-02');
    const saved = await kabid.post(`/api/agencies/${agencyId}/realisations`, {
      year: 2026,
      submit: true,
      entries: [{ indicatorId: ik02.indicatorId, quarter: 4, value: 4 }],
    });
    const id = row(saved.json().rows, 'IK-02').quarters[3]!.realisation!.id;
    const error = await refused(
      () =>
        planner.post(`/api/agencies/${agencyId}/realisations/${id}/review`, { action: 'return', reason: '' }),
      422,
    );
    expect(error.fields).toEqual([
      {
        field: 'reason',
        message:
          'IK-02 TW IV 2026: alasan pengembalian wajib diisi agar unit tahu apa yang harus diperbaiki.',
      },
    ]);
  });

  it('a TW IV target that differs from the PK target without a reason', async () => {
    const ik03 = row(await grid(planner, agencyId), 'IK-03');
    const error = await refused(
      () =>
        planner.put(`/api/agencies/${agencyId}/action-plan`, {
          year: 2026,
          indicatorId: ik03.indicatorId,
          quarters: [200, 800, 1500, 1900],
        }),
      422,
    );
    expect(error.fields).toEqual([
      {
        field: 'reason',
        message: 'IK-03 TW IV 2026: target TW IV (1900) berbeda dari target PK (2000); alasan wajib diisi.',
      },
    ]);
  });

  it('a PK target that differs from the Renstra without a reason', async () => {
    const pks = (await planner.get(`/api/agencies/${agencyId}/agreements?year=2026`)).json();
    const head = pks[0];
    const error = await refused(
      () =>
        planner.patch(`/api/agencies/${agencyId}/agreements/${head.id}/indicators/${head.indicators[0].id}`, {
          target: '98.5',
        }),
      422,
    );
    expect(error.fields).toEqual([
      {
        field: 'reason',
        message:
          'IKU-01 2026: target PK (98.5) berbeda dari target Renstra (98.2); alasan perubahan wajib diisi.',
      },
    ]);
  });
});
