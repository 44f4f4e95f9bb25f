import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { downloadWorkbook, editWorkbook, rowWith, uploadWorkbook } from './fixtures/xlsx-upload';
import { agencyIdOf, DEMO_NOW, grid, row } from './performance-helpers';

/** The PK sheet whose first party (C7) holds `title`. */
function pkSheet(wb: ExcelJS.Workbook, title: string): ExcelJS.Worksheet {
  return wb.worksheets.find(
    (w) => w.name.startsWith('PK ') && String(w.getCell('C7').value).includes(` ${title} `),
  )!;
}

describe.each(engines())('importing into an agency that has a Renstra and PKs (%s)', (engine) => {
  let t: TestApp;
  let planner: TestClient;
  let agencyId: string;
  let renstraId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    planner = new TestClient(t.app);
    await planner.signIn('desdm.kasubbag_program');
    agencyId = await agencyIdOf(planner);
    renstraId = (await planner.get(`/api/agencies/${agencyId}/renstra`)).json()[0].id;
  });
  afterAll(async () => t.close());

  const indicatorRow = (code: string) =>
    t.ctx.db.selectFrom('indicator').selectAll().where('code', '=', code).where('renstra_id', '=', renstraId);

  it('updates matching codes in place, adds new ones, removes an unused one, keeps what the table does not show', async () => {
    const iku01Before = await indicatorRow('IKU-01').executeTakeFirstOrThrow();
    expect(iku01Before.definition).not.toBeNull();
    const file = await editWorkbook(
      await downloadWorkbook(planner, `/api/agencies/${agencyId}/renstra/${renstraId}/xlsx`),
      (wb) => {
        const sheet = wb.getWorksheet('Renstra')!;
        sheet.getCell('A3').value = 'Visi: Kaltim Sukses Menuju Generasi Emas 2045';
        sheet.getRow(rowWith(sheet, 3, 'IKU-01')).getCell(4).value = 'Rasio elektrifikasi rumah tangga';
        const ik02 = sheet.getRow(rowWith(sheet, 3, 'IK-02'));
        ik02.getCell(12).value = 0; // Target 2026: zero on a positive indicator is stored
        ik02.getCell(13).value = 0;
        sheet.getRow(rowWith(sheet, 3, 'IK-08')).getCell(9).value = 'Bidang Mineral dan Batubara';
        sheet.getRow(rowWith(sheet, 3, 'IK-10')).getCell(8).value = 'Ya';
        sheet.spliceRows(rowWith(sheet, 3, 'TI-2'), 1);
        const t3 = sheet.getRow(rowWith(sheet, 3, 'IK-10')).getCell(1).value;
        sheet.getRow(sheet.rowCount + 1).values = [
          t3 as string,
          'S5 Meningkatnya keterbukaan informasi energi daerah',
          'IK-11',
          'Predikat keterbukaan informasi publik',
          'predikat',
          'Kualitatif',
          'Nilai akhir',
          '',
          'Subbagian Program',
          'Menuju informatif',
          'Cukup informatif',
          'Menuju informatif',
          'Informatif',
          'Informatif',
          'Informatif',
          'Informatif',
        ];
        const funding = wb.addWorksheet('Pendanaan');
        funding.getRow(5).values = [
          'Kode',
          'Program/Kegiatan',
          ...[2025, 2026, 2027, 2028, 2029].map((y) => `Pagu indikatif ${y}`),
        ];
        funding.getRow(6).values = ['3.29.01', 'Program penunjang', 1_500_000_000, 1_600_000_000, 0];
      },
    );
    const res = await uploadWorkbook(planner, `/api/agencies/${agencyId}/renstra/xlsx`, file, 'renstra.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      renstraId,
      startYear: 2025,
      endYear: 2029,
      created: false,
      nodes: { added: 1, changed: 0 },
      indicators: { added: 1, changed: 4, unchanged: 8, removed: 1 },
      fundedNodes: 1,
    });

    const iku01 = await indicatorRow('IKU-01').executeTakeFirstOrThrow();
    expect(iku01.id).toBe(iku01Before.id);
    expect(iku01.name).toBe('Rasio elektrifikasi rumah tangga');
    expect(iku01.definition).toBe(iku01Before.definition);
    expect(iku01.baseline_year).toBe(iku01Before.baseline_year);
    expect(await indicatorRow('TI-2').executeTakeFirst()).toBeUndefined();
    const table = (await planner.get(`/api/agencies/${agencyId}/renstra/${renstraId}/table`)).json();
    expect(table.renstra.visi).toBe('Kaltim Sukses Menuju Generasi Emas 2045');
    const ik11 = table.rows.find((r: { code: string }) => r.code === 'IK-11');
    expect(ik11.path.map((p: { kind: string; code: string }) => `${p.kind} ${p.code}`)).toEqual([
      'tujuan T3',
      'sasaran S5',
    ]);
    expect(ik11.polarity).toBe('qualitative');
    expect(ik11.targets[1]).toEqual({ year: 2026, value: 'Menuju informatif', valueHigh: null });
    const ik02 = table.rows.find((r: { code: string }) => r.code === 'IK-02');
    expect(ik02.targets.find((x: { year: number }) => x.year === 2026).value).toBe('0');
    expect(table.rows.find((r: { code: string }) => r.code === 'IK-08').unitName).toBe(
      'Bidang Mineral dan Batubara',
    );
    expect(table.rows.find((r: { code: string }) => r.code === 'IK-10').isIku).toBe(true);
    // The PK still points at the same indicator, now under its new name.
    const agreements = (await planner.get(`/api/agencies/${agencyId}/agreements?year=2026`)).json();
    const names = agreements.flatMap((a: { indicators: { code: string; name: string }[] }) =>
      a.indicators.filter((i) => i.code === 'IKU-01').map((i) => i.name),
    );
    expect(names).toEqual(['Rasio elektrifikasi rumah tangga', 'Rasio elektrifikasi rumah tangga']);
    const funding = await t.ctx.db
      .selectFrom('plan_node_funding')
      .innerJoin('plan_node', 'plan_node.id', 'plan_node_funding.node_id')
      .select(['plan_node.code', 'plan_node_funding.year', 'plan_node_funding.amount'])
      .where('plan_node.renstra_id', '=', renstraId)
      .orderBy('plan_node_funding.year')
      .execute();
    expect(funding.map((f) => [f.code, Number(f.year), f.amount])).toEqual([
      ['3.29.01', 2025, '1500000000'],
      ['3.29.01', 2026, '1600000000'],
      ['3.29.01', 2027, '0'],
    ]);
  });

  it('updates PKs by their first party, removes one left out, moves an indicator; a zero target reads "not computable"', async () => {
    const file = await editWorkbook(
      await downloadWorkbook(planner, `/api/agencies/${agencyId}/agreements/xlsx?year=2026`),
      (wb) => {
        const head = pkSheet(wb, 'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur');
        head.getCell('C5').value = '000.8/123/DESDM/2026';
        head.getCell('C6').value = '31/01/2026';
        const gatrik = pkSheet(wb, 'Kepala Bidang Ketenagalistrikan');
        gatrik.getRow(rowWith(gatrik, 2, 'IK-02')).getCell(5).value = 0;
        const geologi = pkSheet(wb, 'Kepala Bidang Geologi dan Air Tanah');
        wb.removeWorksheet(geologi.id);
        pkSheet(wb, 'Sekretaris Dinas').getRow(13).values = [
          3,
          'IK-08',
          'Persentase pemegang izin pengusahaan air tanah',
          '%',
          78,
        ];
        const plan = wb.getWorksheet('Rencana Aksi')!;
        plan.getRow(rowWith(plan, 2, 'IK-02')).values = [
          2,
          'IK-02',
          'PLTS',
          'desa',
          'Kumulatif',
          0,
          0,
          0,
          0,
          0,
        ];
      },
    );
    const res = await uploadWorkbook(planner, `/api/agencies/${agencyId}/agreements/xlsx`, file, 'pk.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      year: 2026,
      agreements: { added: 0, updated: 5, removed: 1 },
      indicatorRows: 14,
      actionPlans: 10,
    });
    const agreements = (await planner.get(`/api/agencies/${agencyId}/agreements?year=2026`)).json();
    expect(agreements).toHaveLength(5);
    const head = agreements.find((a: { level: string }) => a.level === 'jpt_pratama');
    expect([head.number, head.signedOn]).toEqual(['000.8/123/DESDM/2026', '2026-01-31']);
    const sekretaris = agreements.find(
      (a: { firstParty: { title: string } }) => a.firstParty.title === 'Sekretaris Dinas',
    );
    expect(sekretaris.indicators.map((i: { code: string }) => i.code)).toEqual(['IKU-09', 'IK-10', 'IK-08']);
    const rows = await grid(planner, agencyId);
    const ik02 = row(rows, 'IK-02');
    expect(ik02.annualTarget).toBe('0');
    expect(ik02.annualAchievement?.status).toBe('not_computable');
    // IK-08's realisation stays in the year: the indicator is still in a PK.
    expect(row(rows, 'IK-08').quarters[0]!.realisation?.status).toBe('locked');
  });

  it('refuses a period that overlaps the Renstra, and creates a Renstra for a period that does not', async () => {
    const base = await downloadWorkbook(planner, `/api/agencies/${agencyId}/renstra/${renstraId}/xlsx`);
    const shifted = (from: number) =>
      editWorkbook(base, (wb) => {
        const sheet = wb.getWorksheet('Renstra')!;
        sheet.getCell('A1').value = `RENCANA STRATEGIS ${from}–${from + 4}`;
        for (let k = 0; k < 5; k++) sheet.getRow(5).getCell(11 + k).value = `Target ${from + k}`;
      });
    const overlap = await uploadWorkbook(
      planner,
      `/api/agencies/${agencyId}/renstra/xlsx`,
      await shifted(2027),
    );
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json().error.problems).toEqual([
      {
        sheet: 'Renstra',
        row: 1,
        column: 'A',
        columnName: 'Judul',
        message:
          'Periode 2027–2031 tumpang tindih dengan Renstra 2025–2029 yang sudah ada; periode Renstra tidak diubah lewat impor.',
      },
    ]);
    const next = await uploadWorkbook(planner, `/api/agencies/${agencyId}/renstra/xlsx`, await shifted(2030));
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json()).toMatchObject({ created: true, startYear: 2030, endYear: 2034 });
    expect(next.json().renstraId).not.toBe(renstraId);
  });
});
