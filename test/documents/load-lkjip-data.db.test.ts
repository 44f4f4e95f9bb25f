import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumberId } from '../../src/core/achievement';
import {
  buildLkjip,
  cellText,
  documentText,
  findMissingLkjipData,
  type LkjipData,
  tablesOf,
} from '../../src/core/document';
import { DomainError } from '../../src/core/errors';
import { actorOf } from '../../src/services/auth/load-me';
import type { Actor, ServiceContext } from '../../src/services/context';
import { loadLkjipData } from '../../src/services/documents/data';
import { createAgency, operatorActor } from '../../src/services/org/agencies';
import { getAgencyDashboard } from '../../src/services/performance/agency-dashboard';
import { getRealisationGrid } from '../../src/services/performance/realisation';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { meOf } from '../runs/run-context';

/** The demo's "today": TW I–III locked, TW IV entered as drafts. */
const DEMO_NOW = () => new Date('2026-11-23T03:00:00.000Z');

async function actorFor(ctx: ServiceContext, username: string): Promise<Actor> {
  return actorOf(await meOf(ctx, username));
}

async function agencyIdOf(ctx: ServiceContext, code: string): Promise<string> {
  return (await ctx.db.selectFrom('agency').select('id').where('code', '=', code).executeTakeFirstOrThrow())
    .id;
}

const shown = (display: string | null) => (display === null ? '-' : formatNumberId(display, 2));

describe.each(engines())('LKjIP data from the database (%s)', (engine) => {
  let t: TestApp;
  let planner: Actor;
  let agencyId: string;
  let data: LkjipData;

  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    planner = await actorFor(t.ctx, 'desdm.kasubbag_program');
    agencyId = await agencyIdOf(t.ctx, 'desdm-kaltim');
    data = await loadLkjipData(t.ctx, planner, agencyId, { year: 2026 });
  });
  afterAll(async () => t.close());

  it('loads DESDM 2026: agency, head on the date, organisation, Renstra, indicators, PK and budget', () => {
    expect(data.agency).toMatchObject({
      name: 'Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
      government: 'Pemerintah Provinsi Kalimantan Timur',
      place: 'Samarinda',
      timeZone: 'Asia/Makassar',
      logoBase64: null,
    });
    expect(data.date).toBe('2026-11-23');
    expect(data.head).toMatchObject({
      positionTitle: 'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
      name: 'Hendra Wijaya',
      rank: 'Pembina Utama Muda (IV/c)',
      acting: null,
    });
    expect(data.head?.nip).toMatch(/^\d{18}$/);
    expect(data.organisation[0]).toMatchObject({ code: 'KADIS', depth: 0 });
    expect(data.organisation.map((u) => u.code).slice(0, 5)).toEqual([
      'KADIS',
      'SEKRE',
      'SUBBAG-KEU',
      'SUBBAG-PROG',
      'SUBBAG-UMPEG',
    ]);
    expect(data.staff.total).toBe(13);
    expect(data.renstra).toMatchObject({
      startYear: 2025,
      endYear: 2029,
      visi: 'Kaltim Sukses Menuju Generasi Emas',
    });
    expect(data.sasaran.map((s) => s.code)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(data.indicators.map((i) => i.code)).toEqual([
      'IKU-01',
      'IK-02',
      'IK-03',
      'IKU-04',
      'IK-05',
      'IKU-06',
      'IK-07',
      'IK-08',
      'IKU-09',
      'IK-10',
    ]);
    const ik03 = data.indicators.find((i) => i.code === 'IK-03')!;
    expect(ik03).toMatchObject({
      aggregation: 'cumulative',
      annualTarget: '2000',
      finalTarget: '2000',
      sasaranCode: 'S1',
    });
    expect(ik03.quarters.map((q) => [q.target, q.realisation, q.status])).toEqual([
      ['200', '0', 'locked'],
      ['800', '310', 'locked'],
      ['1500', '410', 'locked'],
      ['2000', '460', 'draft'],
    ]);
    expect(data.indicators.find((i) => i.code === 'IKU-01')!.history.length).toBeGreaterThan(0);
    expect(data.agreement).toMatchObject({
      level: 'jpt_pratama',
      date: '2026-02-02',
      firstParty: { name: 'Hendra Wijaya' },
      secondParty: { positionTitle: 'Gubernur Kalimantan Timur', name: null },
      secondPartyExternal: true,
    });
    expect(data.agreement!.indicators.map((i) => i.code)).toEqual(['IKU-01', 'IKU-04', 'IKU-06', 'IKU-09']);
    expect(data.budget.map((b) => b.code)).toEqual(['3.29.01', '3.29.02', '3.29.03', '3.29.05', '3.29.06']);
    expect(data.budget.find((b) => b.code === '3.29.06')?.sasaranCode).toBe('S1');
    expect(data.budget.find((b) => b.code === '3.29.01')?.sasaranCode).toBeNull();
  });

  it('T-1 prints for every indicator the achievement and category the realisation grid computes, and the dashboard’s sasaran means', async () => {
    const model = buildLkjip(data);
    const grid = await getRealisationGrid(t.ctx, planner, agencyId, { year: 2026 });
    const dashboard = await getAgencyDashboard(t.ctx, planner, agencyId, 2026);
    let compared = 0;
    for (const s of dashboard.sasaran) {
      const [t1] = tablesOf(model, new RegExp(`Target dan Realisasi Kinerja Sasaran ${s.code} Tahun 2026$`));
      expect(t1, s.code).toBeDefined();
      const rows = t1!.rows.map((r) => r.map(cellText));
      for (const indicator of s.indicators) {
        const gridRow = grid.rows.find((r) => r.indicatorId === indicator.indicatorId)!;
        const row = rows.find((r) => r.some((c) => c.endsWith(`(${indicator.code})`)));
        expect(row, indicator.code).toBeDefined();
        expect(row!.slice(-2), indicator.code).toEqual([
          shown(gridRow.annualAchievement.display),
          gridRow.annualAchievement.category ?? '-',
        ]);
        expect(indicator.achievement.display).toBe(gridRow.annualAchievement.display);
        compared++;
      }
      expect(rows.at(-1), s.code).toEqual([
        `Capaian Sasaran ${s.code}`,
        shown(s.achievement.display),
        s.achievement.category ?? '-',
      ]);
    }
    expect(compared).toBe(10);
    // The demo's published figures: IK-03 59%, IK-05 115%, IK-07 (negative) 97,89%.
    const text = documentText(model);
    expect(text).toContain(
      'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik (IK-03) | rumah tangga | 2.000 | 1.180 | 59,00 | Rendah',
    );
    expect(text).toContain(
      'Jumlah unit biogas rumah tangga terbangun (IK-05) | unit | 40 | 46 | 115,00 | Sangat Tinggi',
    );
    expect(text).toContain('(IK-07) | titik | 95 | 97 | 97,89 | Sangat Tinggi');
    const [summary] = tablesOf(model, /Capaian Kinerja per Sasaran Tahun 2026$/);
    expect(summary!.rows.at(-1)!.map(cellText)).toEqual([
      'Rata-rata capaian kinerja instansi',
      shown(dashboard.agency.display),
      dashboard.agency.category ?? '-',
    ]);
  });

  it('T-5 absorption equals the budget screen’s per program', async () => {
    const model = buildLkjip(data);
    const dashboard = await getAgencyDashboard(t.ctx, planner, agencyId, 2026);
    const [t5] = tablesOf(model, /Realisasi Anggaran per Program dan Kegiatan Tahun 2026$/);
    for (const p of dashboard.programs) {
      const row = t5!.rows.map((r) => r.map(cellText)).find((r) => r[1]!.startsWith(`${p.code} `))!;
      expect(row.slice(2, 5), p.code).toEqual([
        formatNumberId(p.pagu, 0),
        formatNumberId(p.realisationTotal, 0),
        shown(p.absorption),
      ]);
    }
  });

  it('refuses the demo year while TW IV is still a draft, naming every indicator; a review draft may go ahead', () => {
    const missing = findMissingLkjipData(data);
    expect(missing).toHaveLength(10);
    expect(missing.map((m) => m.where)).toEqual(data.indicators.map((i) => `${i.code} TW IV 2026`));
    expect(missing[0]!.what.id).toBe(
      'Rasio Elektrifikasi: realisasi TW IV 2026 belum diverifikasi unit perencanaan (status: draf).',
    );
    expect(findMissingLkjipData(data, { requireVerified: false })).toEqual([]);
  });

  it('names each missing thing for an agency with no data', async () => {
    const operator = operatorActor();
    const region = await t.ctx.db
      .selectFrom('region')
      .select('id')
      .where('code', '=', '64')
      .executeTakeFirstOrThrow();
    const empty = await createAgency(t.ctx, operator, {
      regionId: region.id,
      code: 'dinas-kosong',
      name: 'Dinas Pariwisata Provinsi Kalimantan Timur',
      timeZone: 'Asia/Makassar',
    });
    const bare = await loadLkjipData(
      t.ctx,
      { ...operator, agencyId: empty.id, regionId: region.id },
      empty.id,
      {
        year: 2026,
        date: '2027-02-15',
      },
    );
    expect(bare).toMatchObject({
      head: null,
      renstra: null,
      agreement: null,
      indicators: [],
      budget: [],
      agency: { place: 'Kalimantan Timur' },
    });
    expect(findMissingLkjipData(bare).map((m) => [m.where, m.what.id])).toEqual([
      ['Renstra', 'Belum ada Rencana Strategis (Renstra) yang mencakup tahun 2026.'],
      ['Perjanjian Kinerja 2026', 'Perjanjian Kinerja Tahun 2026 kepala instansi belum dibuat.'],
      ['Indikator 2026', 'Belum ada indikator kinerja yang diukur pada tahun 2026.'],
      ['Anggaran 2026', 'Anggaran (pagu dan realisasi) tahun 2026 belum diisi.'],
      ['kepala instansi', 'Jabatan kepala instansi belum tercatat di struktur organisasi.'],
    ]);
  });

  it('reads the head on the report’s date: an acting head signs as Plt.', async () => {
    const head = await t.ctx.db
      .selectFrom('position')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('code', '=', 'kadis')
      .executeTakeFirstOrThrow();
    const deputy = await t.ctx.db
      .selectFrom('person')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('full_name', '=', 'Rina Kartika')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('appointment')
      .values({
        id: 'plt-kadis-2027',
        position_id: head.id,
        person_id: deputy.id,
        kind: 'plt',
        starts_on: '2027-02-01',
        ends_on: '2027-03-31',
        decree: 'Uji',
        created_at: new Date().toISOString(),
      })
      .execute();
    const during = await loadLkjipData(t.ctx, planner, agencyId, { year: 2026, date: '2027-02-15' });
    expect(during.head).toMatchObject({ name: 'Rina Kartika', acting: 'plt' });
    const signatures = buildLkjip(during).sections[1]!.blocks.find((b) => b.kind === 'signatures');
    expect(signatures).toMatchObject({
      date: '15 Februari 2027',
      signatories: [{ actingPrefix: 'Plt.', name: 'Rina Kartika' }],
    });
    const after = await loadLkjipData(t.ctx, planner, agencyId, { year: 2026, date: '2027-04-01' });
    expect(after.head).toMatchObject({ name: 'Hendra Wijaya', acting: null });
  });

  it('another agency’s data is "not found"', async () => {
    const outsider = await actorFor(t.ctx, 'bpkpd.admin');
    const error = await loadLkjipData(t.ctx, outsider, agencyId, { year: 2026 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('NOT_FOUND');
  });
});
