import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreementsXlsx } from '../../src/formats/performance-xlsx/read-agreements-xlsx';
import { readRenstraXlsx } from '../../src/formats/performance-xlsx/read-renstra-xlsx';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { type ApiCall, createAgencyLike, FRESH_ADMIN_PASSWORD } from './fixtures/fresh-agency';
import { cellValues, downloadWorkbook, uploadWorkbook } from './fixtures/xlsx-upload';
import { DEMO_NOW, snapshot } from './performance-helpers';

interface HeldAgreement {
  level: string;
  number: string | null;
  signedOn: string | null;
  firstParty: { title: string };
  secondParty: { title: string };
  indicators: { code: string; target: string; targetHigh: string | null; targetReason: string | null }[];
}

interface Agency {
  id: string;
  code: string;
}

function apiOf(client: TestClient): ApiCall {
  return async (method, path, body) => {
    const res = method === 'GET' ? await client.get(path) : await client.post(path, body);
    return { status: res.statusCode, body: res.json() };
  };
}

async function renstraOf(client: TestClient, agencyId: string) {
  const list = (await client.get(`/api/agencies/${agencyId}/renstra`)).json() as { id: string }[];
  return list[0]!.id;
}

describe.each(engines())('Renstra and PK workbooks: export → read → import (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let agencies: Agency[];
  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    admin = new TestClient(t.app);
    await admin.signIn('admin');
    agencies = (await admin.get('/api/agencies')).json();
    expect(agencies.length).toBe(3);
  });
  afterAll(async () => t.close());

  it("reads back exactly the Renstra the database holds, for every demo agency's export", async () => {
    for (const agency of agencies) {
      const renstraId = await renstraOf(admin, agency.id);
      const file = await downloadWorkbook(admin, `/api/agencies/${agency.id}/renstra/${renstraId}/xlsx`);
      const { workbook, problems } = await readRenstraXlsx(file, 'renstra.xlsx');
      expect(problems, agency.code).toEqual([]);
      const table = (await admin.get(`/api/agencies/${agency.id}/renstra/${renstraId}/table`)).json();
      expect([workbook.startYear, workbook.endYear]).toEqual([
        table.renstra.startYear,
        table.renstra.endYear,
      ]);
      expect(workbook.years).toEqual(table.years);
      expect(workbook.visi).toBe(table.renstra.visi);
      expect(workbook.funding).toBeNull();
      const held = table.rows.map(({ indicatorId, baselineYear, ...row }: Record<string, unknown>) => row);
      const read = workbook.rows.map(({ row, ...rest }) => rest);
      expect(read, agency.code).toEqual(held);
      expect(workbook.codes).toEqual(held.map((r: { code: string }) => r.code));
    }
  });

  it("reads back exactly the PKs and Rencana Aksi the database holds, for every demo agency's export", async () => {
    for (const agency of agencies) {
      const file = await downloadWorkbook(admin, `/api/agencies/${agency.id}/agreements/xlsx?year=2026`);
      const { workbook, problems } = await readAgreementsXlsx(file, 'pk.xlsx');
      expect(problems, agency.code).toEqual([]);
      expect(workbook.year).toBe(2026);
      const held = (await admin.get(`/api/agencies/${agency.id}/agreements?year=2026`)).json();
      expect(
        workbook.agreements.map((a) => ({
          level: a.level,
          number: a.number,
          signedOn: a.signedOn,
          firstParty: a.firstParty?.title,
          secondParty: a.secondParty?.title,
          indicators: a.indicators.map((i) => ({
            code: i.code,
            target: i.target.text,
            reason: i.reason,
          })),
        })),
        agency.code,
      ).toEqual(
        held.map((a: HeldAgreement) => ({
          level: a.level,
          number: a.number,
          signedOn: a.signedOn,
          firstParty: a.firstParty?.title,
          secondParty: a.secondParty?.title,
          indicators: a.indicators.map((i) => ({
            code: i.code,
            target: i.targetHigh ? `${i.target}–${i.targetHigh}` : i.target,
            reason: i.targetReason,
          })),
        })),
      );
      const plan = (await admin.get(`/api/agencies/${agency.id}/action-plan?year=2026`)).json();
      expect(
        workbook.actionPlan.map((r) => ({
          code: r.code,
          aggregation: r.aggregation,
          quarters: r.quarters.map((q) => q?.text ?? null),
          reason: r.reason,
        })),
      ).toEqual(
        plan.rows.map((r: Record<string, unknown>) => ({
          code: r.code,
          aggregation: r.aggregation,
          quarters: r.quarters,
          reason: r.reason,
        })),
      );
    }
  });

  it("imports the demo's workbooks into a fresh agency; its exports then equal the input", async () => {
    const desdm = agencies.find((a) => a.code === 'desdm-kaltim')!;
    const fresh = await createAgencyLike(apiOf(admin), desdm.id, 'esdm-baru', 'Dinas ESDM (salinan uji)');
    const planner = new TestClient(t.app);
    await planner.signIn(fresh.adminUsername, FRESH_ADMIN_PASSWORD);

    const renstraFile = await downloadWorkbook(
      admin,
      `/api/agencies/${desdm.id}/renstra/${await renstraOf(admin, desdm.id)}/xlsx`,
    );
    const before = await snapshot(t);
    const imported = await uploadWorkbook(
      planner,
      `/api/agencies/${fresh.agencyId}/renstra/xlsx`,
      renstraFile,
      'renstra.xlsx',
    );
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({
      startYear: 2025,
      endYear: 2029,
      created: true,
      nodes: { added: 8, changed: 0 },
      indicators: { added: 13, changed: 0, unchanged: 0, removed: 0 },
      fundedNodes: 0,
    });
    const after = await snapshot(t);
    expect((after.indicator as number) - (before.indicator as number)).toBe(13);

    const again = await downloadWorkbook(
      planner,
      `/api/agencies/${fresh.agencyId}/renstra/${imported.json().renstraId}/xlsx`,
    );
    const input = await cellValues(renstraFile);
    const output = await cellValues(again);
    // Only the agency's name (A2) differs.
    expect(output.Renstra!.A2).toBe('Dinas ESDM (salinan uji)');
    delete input.Renstra!.A2;
    delete output.Renstra!.A2;
    expect(output).toEqual(input);

    const pkFile = await downloadWorkbook(admin, `/api/agencies/${desdm.id}/agreements/xlsx?year=2026`);
    const pk = await uploadWorkbook(
      planner,
      `/api/agencies/${fresh.agencyId}/agreements/xlsx`,
      pkFile,
      'pk.xlsx',
    );
    expect(pk.statusCode, pk.body).toBe(200);
    expect(pk.json()).toEqual({
      year: 2026,
      agreements: { added: 6, updated: 0, removed: 0 },
      indicatorRows: 14,
      actionPlans: 10,
    });
    const pkAgain = await cellValues(
      await downloadWorkbook(planner, `/api/agencies/${fresh.agencyId}/agreements/xlsx?year=2026`),
    );
    const pkInput = await cellValues(pkFile);
    // The people are not stored (they come from appointments, and the copy has none yet): the
    // parties read as titles only; everything else is the same, sheet by sheet and cell by cell.
    expect(Object.keys(pkAgain)).toEqual(Object.keys(pkInput));
    for (const [sheet, cells] of Object.entries(pkInput)) {
      const out = pkAgain[sheet]!;
      for (const address of ['A2', 'C7', 'C8']) {
        if (address !== 'A2' && typeof cells[address] === 'string')
          expect(String(cells[address])).toContain(String(out[address]));
        delete cells[address];
        delete out[address];
      }
      expect(out, sheet).toEqual(cells);
    }
  });

  it("re-importing an agency's own exports changes nothing and says so", async () => {
    const planner = new TestClient(t.app);
    await planner.signIn('desdm.kasubbag_program');
    const desdm = agencies.find((a) => a.code === 'desdm-kaltim')!;
    const renstraId = await renstraOf(planner, desdm.id);
    const renstraFile = await downloadWorkbook(
      planner,
      `/api/agencies/${desdm.id}/renstra/${renstraId}/xlsx`,
    );
    const pkFile = await downloadWorkbook(planner, `/api/agencies/${desdm.id}/agreements/xlsx?year=2026`);
    const before = await snapshot(t);
    const renstra = await uploadWorkbook(planner, `/api/agencies/${desdm.id}/renstra/xlsx`, renstraFile);
    expect(renstra.statusCode, renstra.body).toBe(200);
    expect(renstra.json()).toMatchObject({
      renstraId,
      created: false,
      nodes: { added: 0, changed: 0 },
      indicators: { added: 0, changed: 0, unchanged: 13, removed: 0 },
    });
    const pk = await uploadWorkbook(planner, `/api/agencies/${desdm.id}/agreements/xlsx`, pkFile);
    expect(pk.statusCode, pk.body).toBe(200);
    expect(pk.json().agreements).toEqual({ added: 0, updated: 6, removed: 0 });
    expect(await snapshot(t)).toEqual(before);
  });
});
