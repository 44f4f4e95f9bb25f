import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/services/context';
import { analysisFor, realisationSubmittedFor } from '../../src/services/performance/run-link';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { agencyIdOf, DEMO_NOW, type GridRow, grid, row } from './performance-helpers';

const unitOf = (r: GridRow) => (r as GridRow & { unitId: string }).unitId;

describe.each(engines())('link from performance data to SOP runs (%s)', (engine) => {
  let t: TestApp;
  let kabid: TestClient;
  let agencyId: string;
  let gatrik: string;
  let actor: Actor;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    kabid = new TestClient(t.app);
    await kabid.signIn('desdm.kabid_gatrik');
    agencyId = await agencyIdOf(kabid);
    gatrik = unitOf(row(await grid(kabid, agencyId), 'IK-02'));
    const me = (await kabid.get('/api/auth/session')).json().user;
    actor = {
      userId: me.id,
      personId: me.personId,
      role: me.role,
      agencyId: me.agencyId,
      regionId: me.regionId,
    };
  });
  afterAll(async () => t.close());

  it('a division has submitted once every indicator of its unit is submitted or beyond for the period', async () => {
    // TW I–III are locked in the demo; TW IV is still draft.
    expect(await realisationSubmittedFor(t.ctx, agencyId, gatrik, { year: 2026, quarter: 3 })).toBe(true);
    expect(await realisationSubmittedFor(t.ctx, agencyId, gatrik, { year: 2026, quarter: 4 })).toBe(false);
    expect(await realisationSubmittedFor(t.ctx, agencyId, gatrik, { year: 2026, quarter: null })).toBe(false);
    const mine = (await grid(kabid, agencyId)).filter((r) => unitOf(r) === gatrik);
    const [first, ...rest] = mine;
    const submit = (rows: GridRow[]) =>
      kabid.post(`/api/agencies/${agencyId}/realisations`, {
        year: 2026,
        submit: true,
        entries: rows.map((r) => ({
          indicatorId: r.indicatorId,
          quarter: 4,
          value: r.quarters[3]!.realisation!.value,
        })),
      });
    expect((await submit([first!])).statusCode).toBe(200);
    expect(await realisationSubmittedFor(t.ctx, agencyId, gatrik, { year: 2026, quarter: null })).toBe(
      rest.length === 0,
    );
    expect((await submit(rest)).statusCode).toBe(200);
    expect(await realisationSubmittedFor(t.ctx, agencyId, gatrik, { year: 2026, quarter: null })).toBe(true);
    expect(await realisationSubmittedFor(t.ctx, agencyId, gatrik, { year: 2026, quarter: 4 })).toBe(true);
    // Another division is untouched by this one's submission; a year without a PK has nothing to hand in.
    const ebtke = unitOf(row(await grid(kabid, agencyId), 'IK-05'));
    expect(await realisationSubmittedFor(t.ctx, agencyId, ebtke, { year: 2026, quarter: 4 })).toBe(false);
    expect(await realisationSubmittedFor(t.ctx, agencyId, gatrik, { year: 2031, quarter: 1 })).toBe(true);
  });

  it('the analysis gives the demo file capaian per indicator and the mean per sasaran', async () => {
    const year = await analysisFor(t.ctx, actor, agencyId, { year: 2026, quarter: null });
    const indicators = year.sasaran.flatMap((s) => s.indicators);
    const iku01 = indicators.find((i) => i.code === 'IKU-01')!;
    expect(iku01.achievement).toMatchObject({ status: 'ok', display: '99.95' });
    const ik02 = indicators.find((i) => i.code === 'IK-02')!;
    expect(ik02).toMatchObject({ target: '6', realisation: '5' });
    expect(ik02.achievement).toMatchObject({ display: '83.33', category: 'Tinggi' });
    for (const s of year.sasaran) {
      const ok = s.indicators.filter((i) => i.achievement.status === 'ok');
      const mean = ok.reduce((a, i) => a.plus(i.achievement.value!), new Decimal(0)).div(ok.length);
      expect(s.achievement).toMatchObject({
        status: 'ok',
        display: mean.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
        counted: ok.length,
        skipped: s.indicators.length - ok.length,
      });
    }
    const means = year.sasaran.map((s) => new Decimal(s.achievement.value!));
    expect(year.agency.display).toBe(
      means
        .reduce((a, b) => a.plus(b), new Decimal(0))
        .div(means.length)
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2),
    );

    const q3 = await analysisFor(t.ctx, actor, agencyId, { year: 2026, quarter: 3 });
    const ik02q3 = q3.sasaran.flatMap((s) => s.indicators).find((i) => i.code === 'IK-02')!;
    expect(ik02q3).toMatchObject({ target: '2', realisation: '1', status: 'locked' });
    expect(ik02q3.achievement).toMatchObject({ display: '50.00', category: 'Sangat Rendah' });
  });

  it('the agency dashboard and the region dashboard agree with the analysis', async () => {
    const analysis = await analysisFor(t.ctx, actor, agencyId, { year: 2026, quarter: null });
    const dash = (await kabid.get(`/api/agencies/${agencyId}/performance-dashboard?year=2026`)).json();
    expect(dash.agency).toEqual(analysis.agency);
    expect(dash.sasaran.map((s: { achievement: unknown }) => s.achievement)).toEqual(
      analysis.sasaran.map((s) => s.achievement),
    );
    expect(dash.trend).toHaveLength(4);
    expect(dash.trend[2].achievement).toEqual(
      (await analysisFor(t.ctx, actor, agencyId, { year: 2026, quarter: 3 })).agency,
    );
    const budget = (await kabid.get(`/api/agencies/${agencyId}/budget?year=2026`)).json();
    expect(dash.budget).toEqual({
      pagu: budget.total.pagu,
      realisationTotal: budget.total.realisationTotal,
      absorption: budget.total.quarters[3].absorption,
    });

    // The region view computes in bulk; the agency's figures must be the same as its own dashboard's.
    const admin = new TestClient(t.app);
    await admin.signIn('desdm.admin');
    const regionId = (await kabid.get('/api/auth/session')).json().user.regionId;
    const own = await kabid.get(`/api/regions/${regionId}/performance-dashboard?year=2026`);
    expect(own.statusCode).toBe(200);
    const mine = own.json().agencies.find((a: { agencyId: string }) => a.agencyId === agencyId);
    expect(mine.achievement).toEqual(dash.agency);
    expect(mine.sasaran.map((s: { achievement: unknown }) => s.achievement)).toEqual(
      dash.sasaran.map((s: { achievement: unknown }) => s.achievement),
    );
    expect({ pagu: mine.pagu, realisationTotal: mine.realisationTotal, absorption: mine.absorption }).toEqual(
      dash.budget,
    );
    // A person of another region's agency finds nothing there.
    const jambi = new TestClient(t.app);
    await jambi.signIn('bpkpd.sekretaris');
    expect((await jambi.get(`/api/regions/${regionId}/performance-dashboard?year=2026`)).statusCode).toBe(
      404,
    );
  });

  it('exports the Renstra and the PK with the Rencana Aksi as XLSX', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const renstraId = (await kabid.get(`/api/agencies/${agencyId}/renstra`)).json()[0].id;
    const res = await kabid.get(`/api/agencies/${agencyId}/renstra/${renstraId}/xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Renstra')!;
    const table = (await kabid.get(`/api/agencies/${agencyId}/renstra/${renstraId}/table`)).json();
    const codes: string[] = [];
    const header = sheet.getRow(5).values as unknown[];
    const codeColumn = header.indexOf('Kode');
    sheet.eachRow((r, n) => {
      if (n > 5) codes.push(String(r.getCell(codeColumn).value));
    });
    expect(codes).toEqual(table.rows.map((r: { code: string }) => r.code));
    expect(header).toContain('Target 2026');

    const pk = await kabid.get(`/api/agencies/${agencyId}/agreements/xlsx?year=2026`);
    expect(pk.statusCode).toBe(200);
    const pkBook = new ExcelJS.Workbook();
    await pkBook.xlsx.load(pk.rawPayload as unknown as ArrayBuffer);
    const agreements = (await kabid.get(`/api/agencies/${agencyId}/agreements?year=2026`)).json();
    expect(pkBook.worksheets).toHaveLength(agreements.length + 1);
    const plan = pkBook.getWorksheet('Rencana Aksi')!;
    const ik02 = (() => {
      for (let n = 5; n <= plan.rowCount; n++)
        if (plan.getRow(n).getCell(2).value === 'IK-02') return plan.getRow(n);
      throw new Error('IK-02 missing');
    })();
    expect([6, 7, 8, 9, 10].map((c) => ik02.getCell(c).value)).toEqual([6, 0, 0, 2, 6]);
  });
});
