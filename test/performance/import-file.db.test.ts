import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR } from '../../src/services/demo/seed-demo';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { agencyIdOf, DEMO_NOW, grid, row, snapshot } from './performance-helpers';

/** Removes one agency's performance data (test set-up), so its file can be imported by a person. */
async function wipePerformance(t: TestApp, agencyId: string) {
  const db = t.ctx.db;
  const renstraIds = (
    await db.selectFrom('renstra').select('id').where('agency_id', '=', agencyId).execute()
  ).map((r) => r.id);
  const indicatorIds = (
    await db.selectFrom('indicator').select('id').where('renstra_id', 'in', renstraIds).execute()
  ).map((r) => r.id);
  const realisationIds = (
    await db.selectFrom('realisation').select('id').where('indicator_id', 'in', indicatorIds).execute()
  ).map((r) => r.id);
  const lineIds = (
    await db.selectFrom('budget_line').select('id').where('agency_id', '=', agencyId).execute()
  ).map((r) => r.id);
  const agreementIds = (
    await db.selectFrom('performance_agreement').select('id').where('agency_id', '=', agencyId).execute()
  ).map((r) => r.id);
  await db.deleteFrom('budget_quarter').where('budget_line_id', 'in', lineIds).execute();
  await db.deleteFrom('budget_line').where('agency_id', '=', agencyId).execute();
  await db.deleteFrom('realisation_correction').where('realisation_id', 'in', realisationIds).execute();
  await db.deleteFrom('realisation_event').where('realisation_id', 'in', realisationIds).execute();
  await db.deleteFrom('realisation').where('indicator_id', 'in', indicatorIds).execute();
  await db.deleteFrom('action_plan_target').where('indicator_id', 'in', indicatorIds).execute();
  await db.deleteFrom('agreement_indicator').where('agreement_id', 'in', agreementIds).execute();
  await db.deleteFrom('performance_agreement').where('agency_id', '=', agencyId).execute();
  await db.deleteFrom('indicator_history').where('indicator_id', 'in', indicatorIds).execute();
  await db.deleteFrom('indicator_target').where('indicator_id', 'in', indicatorIds).execute();
  await db.deleteFrom('indicator').where('renstra_id', 'in', renstraIds).execute();
  for (const kind of ['sub_kegiatan', 'kegiatan', 'program', 'sasaran', 'tujuan'])
    await db.deleteFrom('plan_node').where('renstra_id', 'in', renstraIds).where('kind', '=', kind).execute();
  await db.deleteFrom('renstra').where('agency_id', '=', agencyId).execute();
}

describe.each(engines())('importing a sakip-demo/v1 file (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let agencyId: string;
  const original = fs.readFileSync(path.join(DEMO_DIR, 'desdm-kaltim.yaml'), 'utf8');
  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    admin = new TestClient(t.app);
    await admin.signIn('desdm.admin');
    agencyId = await agencyIdOf(admin);
    await wipePerformance(t, agencyId);
  });
  afterAll(async () => t.close());

  async function refusedImport(text: string, status = 422) {
    const before = await snapshot(t);
    const res = await admin.post(`/api/agencies/${agencyId}/performance-import`, {
      fileName: 'desdm-kaltim.yaml',
      text,
    });
    expect(res.statusCode).toBe(status);
    expect(await snapshot(t)).toEqual(before);
    return res.json().error;
  }

  it('refuses a file whose cumulative figure disagrees with its quarters, naming the place', async () => {
    const error = await refusedImport(
      original.replace(
        'realisasi_triwulan_ini: 310\n      realisasi_kumulatif: 310',
        'realisasi_triwulan_ini: 310\n      realisasi_kumulatif: 311',
      ),
    );
    expect(error.fields).toEqual([
      {
        field: 'perjanjian_kinerja.indikator[IK-03].triwulan[2].realisasi_kumulatif',
        message:
          'perjanjian_kinerja.indikator[IK-03].triwulan[2].realisasi_kumulatif: realisasi kumulatif (311) tidak sama dengan jumlah realisasi triwulan (310).',
      },
    ]);
  });

  it('refuses an unknown unit and a budget that disagrees with its summary', async () => {
    const unit = await refusedImport(
      original.replace('unit_penanggung_jawab: BID-GAT\n', 'unit_penanggung_jawab: BID-XYZ\n'),
    );
    expect(unit.fields[0].message).toMatch(
      /\.unit_penanggung_jawab: unit BID-XYZ tidak ada di instansi ini\.$/,
    );
    const total = await refusedImport(original.replace('pagu_total: 57560000000', 'pagu_total: 57560000001'));
    expect(total.fields).toEqual([
      {
        field: 'anggaran.ringkasan.pagu_total',
        message:
          'anggaran.ringkasan.pagu_total: jumlah pagu (57560000000) tidak sama dengan ringkasan (57560000001).',
      },
    ]);
  });

  it('refuses a file of the wrong shape, naming the path', async () => {
    const error = await refusedImport(
      original.replace(
        'satuan: rumah tangga\n      polaritas: positif',
        'satuan: rumah tangga\n      polaritas: naik',
      ),
    );
    expect(error.fields).toEqual([
      expect.objectContaining({ field: 'renstra.sasaran.0.indikator.2.polaritas' }),
    ]);
  });

  it('imports the file: all realisation arrives as drafts of the divisions', async () => {
    const res = await admin.post(`/api/agencies/${agencyId}/performance-import`, {
      fileName: 'desdm-kaltim.yaml',
      text: original,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      agreements: 6,
      paguTotal: '57560000000',
      budgetRealisationTotal: '50615350000',
    });
    const ik03 = row(await grid(admin, agencyId), 'IK-03');
    expect(ik03.quarters.map((q) => [q.cumulativeValue, q.realisation?.status])).toEqual([
      ['0', 'draft'],
      ['310', 'draft'],
      ['720', 'draft'],
      ['1180', 'draft'],
    ]);
    const again = await refusedImport(
      original.replace('mulai: 2025\n    akhir: 2029', 'mulai: 2026\n    akhir: 2030'),
      409,
    );
    expect(again.message).toBe('Periode 2026–2030 tumpang tindih dengan Renstra 2025–2029 yang sudah ada.');
  });

  it('only the planning unit or an administrator may import', async () => {
    const kabid = new TestClient(t.app);
    await kabid.signIn('desdm.kabid_gatrik');
    const res = await kabid.post(`/api/agencies/${agencyId}/performance-import`, {
      fileName: 'x.yaml',
      text: original,
    });
    expect(res.statusCode).toBe(403);
  });
});
