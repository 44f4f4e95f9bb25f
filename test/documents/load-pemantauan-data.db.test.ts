import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumberId } from '../../src/core/achievement';
import {
  buildPemantauan,
  cellText,
  findMissingPemantauanData,
  type PemantauanData,
  tablesOf,
} from '../../src/core/document';
import { actorOf } from '../../src/services/auth/load-me';
import type { Actor, ServiceContext } from '../../src/services/context';
import { loadPemantauanData } from '../../src/services/documents/data';
import { getAgencyDashboard } from '../../src/services/performance/agency-dashboard';
import { analysisFor } from '../../src/services/performance/run-link';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { meOf } from '../runs/run-context';

const DEMO_NOW = () => new Date('2026-11-23T03:00:00.000Z');

async function actorFor(ctx: ServiceContext, username: string): Promise<Actor> {
  return actorOf(await meOf(ctx, username));
}

const shown = (display: string | null) => (display === null ? '-' : formatNumberId(display, 2));

describe.each(engines())('Laporan Pemantauan Kinerja data from the database (%s)', (engine) => {
  let t: TestApp;
  let actor: Actor;
  let agencyId: string;
  let data: PemantauanData;

  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    actor = await actorFor(t.ctx, 'bpkpd.kasubbag_pep');
    agencyId = actor.agencyId;
    data = await loadPemantauanData(t.ctx, actor, agencyId, { year: 2026, quarter: 3 });
  });
  afterAll(async () => t.close());

  it('loads BPKPD Jambi TW III 2026, signed by the Sekretaris (seed 002) on today’s date', () => {
    expect(data.agency).toMatchObject({
      name: 'Badan Pengelolaan Keuangan dan Pendapatan Daerah Provinsi Jambi',
      place: 'Jambi',
      timeZone: 'Asia/Jakarta',
    });
    expect(data).toMatchObject({
      year: 2026,
      quarter: 3,
      date: '2026-11-23',
      renstra: { startYear: 2025, endYear: 2029 },
    });
    expect(data.signer).toMatchObject({
      key: 'sekretaris',
      official: { positionTitle: expect.stringMatching(/^Sekretaris/) },
    });
    expect(data.signer!.official.name).not.toBeNull();
    expect(data.agreementCount).toBeGreaterThan(1);
    expect(data.indicators.length).toBeGreaterThan(0);
    expect(data.budget.length).toBeGreaterThan(0);
  });

  it('prints for each indicator the quarter’s achievement the run analysis computes, and the agency mean', async () => {
    const analysis = await analysisFor(t.ctx, actor, agencyId, { year: 2026, quarter: 3 });
    const [table] = tablesOf(buildPemantauan(data), /^Tabel 2\.1 Capaian Kinerja sampai dengan Triwulan III/);
    const rows = table!.rows.map((r) => r.map(cellText));
    let compared = 0;
    for (const s of analysis.sasaran)
      for (const i of s.indicators) {
        const row = rows.find((r) => r[1]?.endsWith(`(${i.code})`))!;
        expect(row.slice(-2), i.code).toEqual([shown(i.achievement.display), i.achievement.category ?? '-']);
        compared++;
      }
    expect(compared).toBe(data.indicators.length);
    expect(rows.at(-1)).toEqual([
      'Rata-rata capaian kinerja instansi',
      shown(analysis.agency.display),
      analysis.agency.category ?? '-',
    ]);
  });

  it('shows the dashboard’s absorption against the cash plan to the quarter', async () => {
    const dashboard = await getAgencyDashboard(t.ctx, actor, agencyId, 2026);
    const [table] = tablesOf(buildPemantauan(data), /^Tabel 3\.1 Realisasi Anggaran/);
    const total = table!.rows.at(-1)!.map(cellText);
    expect(total.slice(-2)).toEqual([
      shown(dashboard.trend[2]!.absorption),
      shown(dashboard.trend[2]!.againstCashPlan),
    ]);
  });

  it('has nothing missing for the locked TW III; TW IV names every draft', async () => {
    expect(findMissingPemantauanData(data)).toEqual([]);
    const tw4 = await loadPemantauanData(t.ctx, actor, agencyId, { year: 2026, quarter: 4 });
    const missing = findMissingPemantauanData(tw4);
    expect(missing.length).toBeGreaterThan(0);
    expect(
      missing.every((m) => m.where.endsWith('TW IV 2026') && m.what.id.includes('belum diverifikasi')),
    ).toBe(true);
  });

  it('can be signed by the head instead', async () => {
    const byHead = await loadPemantauanData(t.ctx, actor, agencyId, {
      year: 2026,
      quarter: 3,
      signer: 'head',
    });
    expect(byHead.signer).toMatchObject({
      key: 'head',
      official: { positionTitle: expect.stringMatching(/^Kepala/) },
    });
  });
});
