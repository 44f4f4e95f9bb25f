import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEMO_DIR } from '../../src/services/demo/seed-demo';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { agencyIdOf, DEMO_NOW, grid, row } from './performance-helpers';

interface FileQuarter {
  tw: number;
  target: number | null;
  realisasi?: number | null;
  realisasi_triwulan_ini?: number | null;
  realisasi_kumulatif?: number | null;
  capaian_pct: number | null;
  kategori: string | null;
}

/**
 * Where the files' derived `capaian_pct` was rounded in binary floating point: 81.7 / 80 × 100 is exactly
 * 102.125, which rounds half-up to 102.13 (the script printed 102.12). Alur computes in decimals.
 */
const FLOAT_ARTEFACTS: Record<string, number> = {
  'desdm-kaltim.yaml IKU-06 TW4': 102.13,
  'desdm-kaltim.yaml IKU-06 year': 102.13,
};

function demoFile(name: string) {
  return parse(fs.readFileSync(path.join(DEMO_DIR, name), 'utf8'));
}

describe.each(engines())('demo performance import (%s)', (engine) => {
  let t: TestApp;
  let desdm: TestClient;
  let agencyId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    desdm = new TestClient(t.app);
    await desdm.signIn('desdm.kasubbag_program');
    agencyId = await agencyIdOf(desdm);
  });
  afterAll(async () => t.close());

  it('stores the Renstra 2025–2029 with its cascade, indicators, targets and history', async () => {
    const list = (await desdm.get(`/api/agencies/${agencyId}/renstra`)).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      startYear: 2025,
      endYear: 2029,
      visi: 'Kaltim Sukses Menuju Generasi Emas',
    });
    const tree = (await desdm.get(`/api/agencies/${agencyId}/renstra/${list[0].id}/tree`)).json();
    expect(tree.nodes.map((n: { code: string }) => n.code)).toEqual(['T1', 'T2', 'T3', '3.29.01']);
    const t1 = tree.nodes[0];
    expect(t1.indicators.map((i: { code: string }) => i.code)).toEqual(['TI-1']);
    const s1 = t1.children.find((n: { code: string }) => n.code === 'S1');
    expect(s1.unitName).toBe('Bidang Ketenagalistrikan');
    const gatrik = s1.children.find((n: { code: string }) => n.code === '3.29.06');
    expect(gatrik.kind).toBe('program');
    expect(gatrik.children.map((n: { code: string }) => n.code)).toEqual(['3.29.06.1.01', '3.29.06.1.06']);
    const iku01 = s1.indicators.find((i: { code: string }) => i.code === 'IKU-01');
    expect(iku01).toMatchObject({
      polarity: 'positive',
      aggregation: 'last',
      isIku: true,
      precision: 2,
      baselineYear: 2024,
      baselineValue: '97.1',
      finalTarget: '100',
    });
    expect(iku01.targets.map((x: { value: string }) => x.value)).toEqual([
      '97.6',
      '98.2',
      '98.8',
      '99.4',
      '100',
    ]);
    expect(iku01.history).toContainEqual(
      expect.objectContaining({ year: 2022, target: '93', realisation: '92.07', period: 'semester I' }),
    );
    const table = (await desdm.get(`/api/agencies/${agencyId}/renstra/${list[0].id}/table`)).json();
    expect(table.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    const ik07 = table.rows.find((r: { code: string }) => r.code === 'IK-07');
    expect(ik07.path.map((p: { code: string }) => p.code)).toEqual(['T2', 'S3']);
    expect(ik07).toMatchObject({
      polarity: 'negative',
      baselineValue: '108',
      unitName: 'Bidang Mineral dan Batubara',
    });
  });

  it('stores the 2026 PKs with their parties resolved from appointments', async () => {
    const pks = (await desdm.get(`/api/agencies/${agencyId}/agreements?year=2026`)).json();
    expect(pks).toHaveLength(6);
    const head = pks[0];
    expect(head).toMatchObject({
      level: 'jpt_pratama',
      signedOn: '2026-02-02',
      secondPartyTitle: 'Gubernur Kalimantan Timur',
    });
    expect(head.firstParty.person).toMatchObject({ fullName: 'Hendra Wijaya', kind: 'definitive' });
    expect(head.secondParty).toMatchObject({
      positionId: null,
      title: 'Gubernur Kalimantan Timur',
      person: null,
    });
    expect(head.indicators.map((i: { code: string }) => i.code)).toEqual([
      'IKU-01',
      'IKU-04',
      'IKU-06',
      'IKU-09',
    ]);
    expect(head.indicators[0]).toMatchObject({ target: '98.2', renstraTarget: '98.2', targetReason: null });
    const gatrik = pks.find(
      (p: { firstParty: { title: string } }) => p.firstParty.title === 'Kepala Bidang Ketenagalistrikan',
    );
    expect(gatrik.level).toBe('administrator');
    expect(gatrik.firstParty.person.fullName).toBe('Bayu Saputra');
    expect(gatrik.secondParty.person.fullName).toBe('Hendra Wijaya');
    expect(gatrik.indicators.map((i: { code: string; target: string }) => [i.code, i.target])).toEqual([
      ['IKU-01', '98.2'],
      ['IK-02', '6'],
      ['IK-03', '2000'],
    ]);
  });

  it('shows the quarterly figures of the file: IK-03 TW II cumulative 310, IK-07 97 against 95', async () => {
    const rows = await grid(desdm, agencyId);
    const ik03 = row(rows, 'IK-03');
    expect(ik03.quarters.map((q) => q.target)).toEqual(['200', '800', '1500', '2000']);
    expect(ik03.quarters.map((q) => q.realisation?.value)).toEqual(['0', '310', '410', '460']);
    expect(ik03.quarters.map((q) => q.cumulativeValue)).toEqual(['0', '310', '720', '1180']);
    expect(ik03.quarters.map((q) => q.realisation?.status)).toEqual(['locked', 'locked', 'locked', 'draft']);
    const ik07 = row(rows, 'IK-07');
    expect(ik07).toMatchObject({
      annualTarget: '95',
      polarity: 'negative',
      negativeFormula: 'A',
      aggregation: 'last',
    });
    expect(ik07.quarters[3]).toMatchObject({
      target: '95',
      realisation: expect.objectContaining({ value: '97' }),
    });
    expect(ik03.quarters.map((q) => q.achievement?.display)).toEqual(['0.00', '38.75', '48.00', '59.00']);
    expect(ik03.annualAchievement).toMatchObject({ status: 'ok', display: '59.00', category: 'Rendah' });
    expect(ik07.quarters[3]!.achievement).toMatchObject({
      status: 'ok',
      display: '97.89',
      category: 'Sangat Tinggi',
      formula: '(2 × Target − Realisasi) / Target × 100',
    });
    expect(row(rows, 'IK-02').quarters[0]!.achievement).toMatchObject({
      status: 'not_computable',
      display: null,
      reason: 'Target bernilai 0 sehingga persentase tidak dapat dihitung.',
    });
    const iku09 = row(rows, 'IKU-09');
    expect(iku09.quarters.map((q) => q.realisation?.value ?? null)).toEqual([null, null, null, '76.8']);
  });

  it('every agency: each PK figure and the budget totals equal the file', async () => {
    for (const [file, username] of [
      ['desdm-kaltim.yaml', 'desdm.kasubbag_program'],
      ['bpkpd-jambi.yaml', 'bpkpd.sekretaris'],
      ['dpmptsp-tanjabbar.yaml', 'dpmptsp.kasubbag_ppmep'],
    ] as const) {
      const demo = demoFile(file);
      const client = new TestClient(t.app);
      await client.signIn(username);
      const id = await agencyIdOf(client);
      const rows = await grid(client, id);
      let checked = 0;
      for (const ind of demo.perjanjian_kinerja.indikator as {
        indikator: string;
        target_tahunan: number;
        capaian_tahunan_pct: number;
        kategori_tahunan: string;
        agregasi_triwulan: string;
        triwulan: FileQuarter[];
      }[]) {
        const r = row(rows, ind.indikator);
        expect(Number(r.annualAchievement?.display), `${file} ${ind.indikator} capaian tahunan`).toBe(
          FLOAT_ARTEFACTS[`${file} ${ind.indikator} year`] ?? ind.capaian_tahunan_pct,
        );
        expect(r.annualAchievement?.category).toBe(ind.kategori_tahunan);
        expect(r.annualTarget, `${file} ${ind.indikator}`).toBe(String(ind.target_tahunan));
        for (const q of ind.triwulan) {
          const cell = r.quarters[q.tw - 1]!;
          expect(cell.target, `${ind.indikator} TW${q.tw} target`).toBe(
            q.target === null ? null : String(q.target),
          );
          const shown =
            ind.agregasi_triwulan === 'kumulatif' ? cell.cumulativeValue : (cell.realisation?.value ?? null);
          const expected = ind.agregasi_triwulan === 'kumulatif' ? q.realisasi_kumulatif : q.realisasi;
          expect(shown, `${file} ${ind.indikator} TW${q.tw}`).toBe(
            expected == null ? null : String(expected),
          );
          if (q.capaian_pct === null)
            expect(cell.achievement?.status ?? null, `${file} ${ind.indikator} TW${q.tw}`).not.toBe('ok');
          else {
            expect(Number(cell.achievement?.display), `${file} ${ind.indikator} TW${q.tw} capaian`).toBe(
              FLOAT_ARTEFACTS[`${file} ${ind.indikator} TW${q.tw}`] ?? q.capaian_pct,
            );
            expect(cell.achievement?.category).toBe(q.kategori);
          }
          checked++;
        }
      }
      expect(checked).toBe(demo.perjanjian_kinerja.indikator.length * 4);
      const budget = (await client.get(`/api/agencies/${id}/budget?year=2026`)).json();
      expect(budget.total.pagu).toBe(String(demo.anggaran.ringkasan.pagu_total));
      expect(budget.total.realisationTotal).toBe(String(demo.anggaran.ringkasan.realisasi_total_tw4));
      for (const program of demo.anggaran.program) {
        const node = budget.programs.find((p: { code: string }) => p.code === program.kode);
        expect(node.pagu, program.kode).toBe(String(program.pagu));
        for (const q of program.triwulan)
          expect(node.quarters[q.tw - 1]).toMatchObject({
            cashPlanCumulative: String(q.anggaran_kas_kumulatif),
            realisation: String(q.realisasi_triwulan_ini),
            realisationCumulative: String(q.realisasi_kumulatif),
          });
        for (const q of program.triwulan)
          expect(Number(node.quarters[q.tw - 1].absorption), `${program.kode} TW${q.tw} serapan`).toBe(
            q.serapan_pct,
          );
      }
    }
  });

  it('DESDM budget: electrification kegiatan pagu, cash plan and realisation per quarter', async () => {
    const budget = (await desdm.get(`/api/agencies/${agencyId}/budget?year=2026`)).json();
    expect(budget.total).toMatchObject({ pagu: '57560000000', realisationTotal: '50615350000' });
    const program = budget.programs.find((p: { code: string }) => p.code === '3.29.06');
    const kegiatan = program.children.find((k: { code: string }) => k.code === '3.29.06.1.06');
    expect(kegiatan).toMatchObject({
      pagu: '26400000000',
      ownLine: true,
      unitName: 'Bidang Ketenagalistrikan',
    });
    expect(kegiatan.quarters[1]).toEqual({
      quarter: 2,
      cashPlan: '5280000000',
      realisation: '2358312000',
      cashPlanCumulative: '6600000000',
      realisationCumulative: '2938584000',
      absorption: '11.13',
      againstCashPlan: '44.52',
    });
    expect(kegiatan.quarters[3].absorption).toBe('78.00');
    expect(kegiatan.realisationTotal).toBe('20592000000');
  });

  it('a second import of the same Renstra is refused and changes nothing', async () => {
    const admin = new TestClient(t.app);
    await admin.signIn('desdm.admin');
    const text = fs.readFileSync(path.join(DEMO_DIR, 'desdm-kaltim.yaml'), 'utf8');
    const res = await admin.post(`/api/agencies/${agencyId}/performance-import`, {
      fileName: 'desdm-kaltim.yaml',
      text,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'RENSTRA_PERIOD_TAKEN',
      message: 'Renstra 2025–2029 sudah ada untuk instansi ini; tidak diimpor ulang.',
    });
    expect((await desdm.get(`/api/agencies/${agencyId}/renstra`)).json()).toHaveLength(1);
  });
});

describe('performance API description', () => {
  it('lists the performance routes in the OpenAPI document', async () => {
    const t = await createTestApp('sqlite', { seed: false });
    try {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/agencies/{agencyId}/renstra/{renstraId}/tree',
          '/api/agencies/{agencyId}/realisations',
          '/api/agencies/{agencyId}/realisations/{realisationId}/review',
          '/api/agencies/{agencyId}/budget',
        ]),
      );
    } finally {
      await t.close();
    }
  });
});
