import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { agencyIdOf, DEMO_NOW, grid, row } from './performance-helpers';

describe.each(engines())('realisation workflow (%s)', (engine) => {
  let t: TestApp;
  let kabid: TestClient;
  let planner: TestClient;
  let agencyId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    kabid = new TestClient(t.app);
    await kabid.signIn('desdm.kabid_gatrik');
    planner = new TestClient(t.app);
    await planner.signIn('desdm.kasubbag_program');
    agencyId = await agencyIdOf(kabid);
  });
  afterAll(async () => t.close());

  it('a division submits, the planning unit returns with a reason, then verifies and locks; a correction is recorded', async () => {
    const ik03 = row(await grid(kabid, agencyId), 'IK-03');
    expect(ik03.canEnter).toBe(true);
    const saved = await kabid.post(`/api/agencies/${agencyId}/realisations`, {
      year: 2026,
      submit: true,
      entries: [
        {
          indicatorId: ik03.indicatorId,
          quarter: 4,
          value: '470',
          evidence: 'BAST sambungan listrik Desember',
          obstacles: 'Kontrak terlambat',
          actions: 'Percepatan pemasangan',
          version: ik03.quarters[3]!.realisation!.version,
        },
      ],
    });
    expect(saved.statusCode).toBe(200);
    const cell = row(saved.json().rows, 'IK-03').quarters[3]!;
    expect(cell).toMatchObject({
      cumulativeValue: '1190',
      realisation: { value: '470', status: 'submitted' },
    });
    const id = cell.realisation!.id;

    const returned = await planner.post(`/api/agencies/${agencyId}/realisations/${id}/review`, {
      action: 'return',
      reason: 'Lampirkan BAST yang ditandatangani.',
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnReason: 'Lampirkan BAST yang ditandatangani.',
    });

    const again = await kabid.post(`/api/agencies/${agencyId}/realisations`, {
      year: 2026,
      submit: true,
      entries: [{ indicatorId: ik03.indicatorId, quarter: 4, value: 460, evidence: 'BAST bertanda tangan' }],
    });
    expect(row(again.json().rows, 'IK-03').quarters[3]!.realisation).toMatchObject({
      value: '460',
      status: 'submitted',
    });

    expect(
      (await planner.post(`/api/agencies/${agencyId}/realisations/${id}/review`, { action: 'verify' })).json()
        .status,
    ).toBe('verified');
    const lockAll = await planner.post(`/api/agencies/${agencyId}/realisations/lock-quarter`, {
      year: 2026,
      quarter: 4,
    });
    expect(lockAll.statusCode).toBe(409);
    expect(lockAll.json().error.message).toMatch(
      /^TW IV 2026: belum dapat dikunci; realisasi belum terverifikasi: IKU-01, /,
    );
    const locked = await planner.post(`/api/agencies/${agencyId}/realisations/${id}/review`, {
      action: 'lock',
    });
    expect(locked.json().status).toBe('locked');

    const corrected = await planner.post(`/api/agencies/${agencyId}/realisations/${id}/corrections`, {
      value: '465',
      reason: 'Salah ketik; BAST mencatat 465 rumah tangga.',
    });
    expect(corrected.statusCode).toBe(200);
    const detail = corrected.json();
    expect(detail).toMatchObject({ value: '465', status: 'locked' });
    expect(detail.corrections).toEqual([
      expect.objectContaining({
        oldValue: '460',
        newValue: '465',
        reason: 'Salah ketik; BAST mencatat 465 rumah tangga.',
        correctedAt: DEMO_NOW().toISOString(),
      }),
    ]);
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'import',
      'submit',
      'return',
      'submit',
      'verify',
      'lock',
      'correct',
    ]);
    expect(row(await grid(kabid, agencyId), 'IK-03').quarters[3]!.cumulativeValue).toBe('1185');
  });

  it('locks a whole quarter once every realisation is verified', async () => {
    const rows = await grid(planner, agencyId);
    const q4 = rows.flatMap((r) =>
      r.quarters[3]!.realisation ? [{ r, cell: r.quarters[3]!.realisation! }] : [],
    );
    const admin = new TestClient(t.app);
    await admin.signIn('desdm.admin');
    for (const { r, cell } of q4.filter((x) => x.cell.status === 'draft')) {
      const res = await admin.post(`/api/agencies/${agencyId}/realisations`, {
        year: 2026,
        submit: true,
        entries: [{ indicatorId: r.indicatorId, quarter: 4, value: cell.value }],
      });
      expect(res.statusCode).toBe(200);
      const id = row(res.json().rows, r.code).quarters[3]!.realisation!.id;
      expect(
        (await planner.post(`/api/agencies/${agencyId}/realisations/${id}/review`, { action: 'verify' }))
          .statusCode,
      ).toBe(200);
    }
    const res = await planner.post(`/api/agencies/${agencyId}/realisations/lock-quarter`, {
      year: 2026,
      quarter: 4,
    });
    expect(res.json()).toEqual({ year: 2026, quarter: 4, locked: q4.length - 1 });
    const after = await grid(planner, agencyId);
    expect(
      after.every((r) => !r.quarters[3]!.realisation || r.quarters[3]!.realisation.status === 'locked'),
    ).toBe(true);
  });

  it('only the responsible unit reports, only the planning unit verifies, other agencies see nothing', async () => {
    const ebtke = new TestClient(t.app);
    await ebtke.signIn('desdm.kabid_ebtke');
    const rows = await grid(ebtke, agencyId);
    const ik03 = row(rows, 'IK-03');
    expect(ik03.canEnter).toBe(false);
    const res = await ebtke.post(`/api/agencies/${agencyId}/realisations`, {
      year: 2026,
      entries: [{ indicatorId: ik03.indicatorId, quarter: 4, value: 1 }],
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe(
      'IK-03 TW IV 2026: realisasi indikator ini diisi oleh Bidang Ketenagalistrikan; Anda tidak memegang jabatan di unit tersebut.',
    );
    const id = ik03.quarters[0]!.realisation!.id;
    expect(
      (await kabid.post(`/api/agencies/${agencyId}/realisations/${id}/review`, { action: 'verify' }))
        .statusCode,
    ).toBe(403);
    const jambi = new TestClient(t.app);
    await jambi.signIn('bpkpd.sekretaris');
    expect((await jambi.get(`/api/agencies/${agencyId}/realisations?year=2026`)).statusCode).toBe(404);
    expect((await jambi.get(`/api/agencies/${agencyId}/realisations/${id}`)).statusCode).toBe(404);
    // The Sekretaris is above the planning unit: may verify; the secretary reports for the Subbagian under her.
    const sekretaris = new TestClient(t.app);
    await sekretaris.signIn('desdm.sekretaris');
    const own = await grid(sekretaris, agencyId);
    expect(own.find((r) => r.code === 'IKU-09')!.canEnter).toBe(true);
    expect(own.find((r) => r.code === 'IK-03')!.canEnter).toBe(false);
  });

  it('the Rencana Aksi warns when a cumulative target falls, and keeps the reason for a TW IV change', async () => {
    const ik05 = row(await grid(planner, agencyId), 'IK-05');
    const res = await planner.put(`/api/agencies/${agencyId}/action-plan`, {
      year: 2026,
      indicatorId: ik05.indicatorId,
      quarters: [0, 10, 8, 38],
      reason: 'Dua unit dialihkan ke 2027 karena lahan belum siap.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().warnings).toEqual([
      {
        field: 'quarters.2',
        message: {
          id: 'IK-05: target kumulatif TW III (8) lebih kecil dari TW II (10).',
          en: 'IK-05: the cumulative TW III target (8) is below TW II (10).',
        },
      },
    ]);
    const plan = (await planner.get(`/api/agencies/${agencyId}/action-plan?year=2026`)).json();
    const ik05Plan = plan.rows.find((r: { code: string }) => r.code === 'IK-05');
    expect(ik05Plan).toMatchObject({
      annualTarget: '40',
      quarters: ['0', '10', '8', '38'],
      reason: 'Dua unit dialihkan ke 2027 karena lahan belum siap.',
    });
    // A negative "last" indicator falls by design: no warning.
    expect(plan.rows.find((r: { code: string }) => r.code === 'IK-07').warnings).toEqual([]);
  });
});
