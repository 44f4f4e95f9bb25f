import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { agencyIdOf, DEMO_NOW, type GridRow, grid, row, snapshot } from './performance-helpers';

const FILE = 'realisasi-gatrik.xlsx';

/** The grid row's reporting unit (the shared helper's row type leaves it out). */
function unitOf(r: GridRow): string {
  return (r as GridRow & { unitId: string }).unitId;
}

async function download(client: TestClient, agencyId: string, unitId: string, quarter: number) {
  const res = await client.get(
    `/api/agencies/${agencyId}/realisations/xlsx?year=2026&quarter=${quarter}&unitId=${unitId}`,
  );
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  return res.rawPayload;
}

async function edit(buffer: Buffer, change: (wb: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  change(wb, wb.getWorksheet('Realisasi')!);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sheet row of an indicator code (column B). */
function rowOf(sheet: ExcelJS.Worksheet, code: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(2).value === code) return r;
  throw new Error(`no row ${code}`);
}

function upload(client: TestClient, agencyId: string, buffer: Buffer, submit = false, fileName = FILE) {
  return client.post(`/api/agencies/${agencyId}/realisations/xlsx`, {
    fileName,
    content: buffer.toString('base64'),
    submit,
  });
}

describe.each(engines())("the divisions' data-collection workbook (%s)", (engine) => {
  let t: TestApp;
  let kabid: TestClient;
  let agencyId: string;
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    kabid = new TestClient(t.app);
    await kabid.signIn('desdm.kabid_gatrik');
    agencyId = await agencyIdOf(kabid);
    unitId = unitOf(row(await grid(kabid, agencyId), 'IK-03'));
  });
  afterAll(async () => t.close());

  it("lists the unit's indicators with the quarter's target, earlier quarters and protected structure", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(kabid, agencyId, unitId, 4)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Realisasi')!;
    expect(sheet.getRow(7).values).toEqual([
      undefined,
      'No',
      'Kode',
      'Indikator',
      'Satuan',
      'Polaritas',
      'Sifat',
      'Target TW IV',
      'Realisasi TW I',
      'Realisasi TW II',
      'Realisasi TW III',
      'Realisasi TW IV',
      'Bukti dukung',
      'Kendala',
      'Tindak lanjut',
      'Status',
    ]);
    const gridRows = (await grid(kabid, agencyId)).filter((r) => unitOf(r) === unitId);
    const ik03 = row(gridRows, 'IK-03');
    const r = sheet.getRow(rowOf(sheet, 'IK-03'));
    expect(r.getCell(7).value).toBe(Number(ik03.quarters[3]!.target));
    expect(r.getCell(8).value).toBe(Number(ik03.quarters[0]!.realisation!.value));
    expect(r.getCell(11).value).toBe(Number(ik03.quarters[3]!.realisation!.value));
    expect(r.getCell(15).value).toBe('Draf');
    // Only the input cells are unlocked; the sheet is protected; the ids ride in a very hidden sheet.
    expect(r.getCell(11).protection).toMatchObject({ locked: false });
    expect(r.getCell(7).protection?.locked).not.toBe(false);
    expect(r.getCell(11).dataValidation).toMatchObject({ type: 'decimal' });
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const data = wb.getWorksheet('alur')!;
    expect(data.state).toBe('veryHidden');
    expect(data.getCell('B2').value).toBe(agencyId);
    expect(data.getCell('B3').value).toBe(unitId);
    let count = 0;
    sheet.eachRow((rw, n) => {
      if (n > 7 && rw.getCell(2).value) count++;
    });
    expect(count).toBe(gridRows.length);
  });

  it('takes a filled file back as drafts, and submits with the option', async () => {
    const file = await edit(await download(kabid, agencyId, unitId, 4), (_wb, sheet) => {
      const r = sheet.getRow(rowOf(sheet, 'IK-03'));
      r.getCell(11).value = '471,5';
      r.getCell(12).value = 'BAST listrik desa Desember 2026';
      r.getCell(13).value = 'Cuaca';
    });
    const res = await upload(kabid, agencyId, file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2026, quarter: 4, unitId, saved: 1, submitted: false });
    const cell = row(await grid(kabid, agencyId), 'IK-03').quarters[3]!.realisation!;
    expect(cell).toMatchObject({ value: '471.5', status: 'draft' });

    const again = await upload(kabid, agencyId, await download(kabid, agencyId, unitId, 4), true);
    expect(again.statusCode).toBe(200);
    const rows = (await grid(kabid, agencyId)).filter((r) => unitOf(r) === unitId);
    expect(again.json().saved).toBe(rows.length);
    for (const r of rows) expect(r.quarters[3]!.realisation!.status).toBe('submitted');
    expect(row(rows, 'IK-03').quarters[3]!.realisation!.value).toBe('471.5');
    // A submitted row is locked in the next download; sending it back unchanged changes nothing.
    const before = await snapshot(t);
    const same = await upload(kabid, agencyId, await download(kabid, agencyId, unitId, 4));
    expect(same.json()).toMatchObject({ saved: 0, unchanged: rows.length });
    expect(await snapshot(t)).toEqual(before);
  });
});

describe.each(engines())(
  'bad data-collection workbooks change nothing and name row and column (%s)',
  (engine) => {
    let t: TestApp;
    let kabid: TestClient;
    let agencyId: string;
    let unitId: string;
    let q4: Buffer;
    beforeAll(async () => {
      t = await createTestApp(engine, { now: DEMO_NOW });
      kabid = new TestClient(t.app);
      await kabid.signIn('desdm.kabid_gatrik');
      agencyId = await agencyIdOf(kabid);
      unitId = unitOf(row(await grid(kabid, agencyId), 'IK-03'));
      q4 = await download(kabid, agencyId, unitId, 4);
    });
    afterAll(async () => t.close());

    async function refused(buffer: Buffer, status = 422, fileName = FILE) {
      const before = await snapshot(t);
      const res = await upload(kabid, agencyId, buffer, false, fileName);
      expect(res.statusCode).toBe(status);
      expect(await snapshot(t)).toEqual(before);
      return res.json().error as {
        code: string;
        message: string;
        fields: { field: string; message: string }[];
      };
    }

    it('text in a number cell, every bad cell listed, the good ones not saved either', async () => {
      let ik03 = 0;
      let ik02 = 0;
      const file = await edit(q4, (_wb, sheet) => {
        ik03 = rowOf(sheet, 'IK-03');
        ik02 = rowOf(sheet, 'IK-02');
        sheet.getRow(ik03).getCell(11).value = 'tiga ratus';
        sheet.getRow(ik02).getCell(11).value = '1.234,5';
        sheet.getRow(ik02).getCell(12).value = 'Laporan';
      });
      const error = await refused(file);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toBe(
        `Berkas ${FILE} tidak diterima; tidak ada yang diubah. 2 isian perlu diperbaiki.`,
      );
      expect(error.fields.map((f) => f.field).sort()).toEqual(
        [`${FILE} › Realisasi!K${ik02}`, `${FILE} › Realisasi!K${ik03}`].sort(),
      );
      expect(error.fields.find((f) => f.field.endsWith(`K${ik03}`))!.message).toBe(
        `${FILE}, lembar "Realisasi", baris ${ik03}, kolom K (Realisasi TW IV): IK-03 TW IV 2026: Realisasi harus berupa angka (tertulis "tiga ratus"); desimal dengan koma atau titik, tanpa pemisah ribuan.`,
      );
    });

    it('in English too', async () => {
      const en = new TestClient(t.app, 'en');
      await en.signIn('desdm.kabid_gatrik');
      const file = await edit(q4, (_wb, sheet) => {
        sheet.getRow(rowOf(sheet, 'IK-03')).getCell(11).value = 'abc';
      });
      const res = await upload(en, agencyId, file);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields[0].message).toMatch(
        /^realisasi-gatrik\.xlsx, sheet "Realisasi", row \d+, column K \(Realisasi TW IV\): IK-03 TW IV 2026: Realisation must be a number \(got "abc"\)/,
      );
    });

    it('a missing column', async () => {
      const file = await edit(q4, (_wb, sheet) => {
        sheet.spliceColumns(12, 1);
      });
      const error = await refused(file);
      expect(error.fields[0]).toEqual({
        field: `${FILE} › Realisasi!L7`,
        message: `${FILE}, lembar "Realisasi", baris 7, kolom L (Bukti dukung): judul kolom seharusnya "Bukti dukung", tertulis "Kendala"; kolom dipindah, dihapus atau diganti.`,
      });
    });

    it('an extra sheet and a moved row', async () => {
      let first = 0;
      const file = await edit(q4, (wb, sheet) => {
        wb.addWorksheet('Catatan').getCell('A1').value = 'coretan';
        first = 8;
        const a = sheet.getRow(8).getCell(2).value;
        sheet.getRow(8).getCell(2).value = sheet.getRow(9).getCell(2).value;
        sheet.getRow(9).getCell(2).value = a;
      });
      const error = await refused(file);
      expect(error.fields.map((f) => f.message)).toContain(
        `${FILE}, lembar "Catatan": lembar tambahan tidak dikenal; hapus lembar ini (format hanya berisi lembar "Realisasi").`,
      );
      // The extra sheet alone stops the reading before rows are compared; fix it and the moved row shows.
      const onlyMoved = await edit(file, (wb) => wb.removeWorksheet(wb.getWorksheet('Catatan')!.id));
      const moved = await refused(onlyMoved);
      expect(moved.fields[0]!.field).toBe(`${FILE} › Realisasi!B${first}`);
      expect(moved.fields[0]!.message).toMatch(
        /baris ini seharusnya indikator .+; baris disisipkan, dihapus atau dipindah\.$/,
      );
    });

    it("a file of another agency's unit", async () => {
      const other = new TestClient(t.app);
      await other.signIn('bpkpd.sekretaris');
      const otherAgency = await agencyIdOf(other);
      const otherUnit = unitOf((await grid(other, otherAgency))[0]!);
      const foreign = await download(other, otherAgency, otherUnit, 4);
      const error = await refused(foreign);
      expect(error.fields[0]!.message).toBe(
        `${FILE}: berkas ini format pengumpulan data instansi lain, bukan Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur.`,
      );
      // The agency id kept, the unit swapped for the other agency's: the unit is not found in this agency.
      const swapped = await edit(q4, (wb) => {
        wb.getWorksheet('alur')!.getCell('B3').value = otherUnit;
      });
      expect((await refused(swapped)).fields[0]!.message).toMatch(
        /unit pada berkas tidak ada di Dinas Energi/,
      );
    });

    it('realisation for a locked quarter', async () => {
      let r = 0;
      const file = await edit(await download(kabid, agencyId, unitId, 3), (_wb, sheet) => {
        r = rowOf(sheet, 'IK-03');
        const cell = sheet.getRow(r).getCell(10);
        cell.value = Number(cell.value) + 5;
      });
      const error = await refused(file);
      expect(error.fields).toEqual([
        {
          field: `${FILE} › Realisasi!J${r}`,
          message: `${FILE}, lembar "Realisasi", baris ${r}, kolom J (Realisasi TW III): IK-03 TW III 2026: TW III 2026 sudah dikunci; perubahan hanya melalui koreksi tercatat oleh unit perencanaan. Kembalikan isian baris ini seperti semula.`,
        },
      ]);
    });

    it('not an XLSX', async () => {
      const error = await refused(Buffer.from('Kode;Realisasi\nIK-03;470\n'), 422, 'realisasi.csv');
      expect(error.fields).toEqual([
        {
          field: 'realisasi.csv',
          message: 'realisasi.csv: bukan berkas XLSX (isi berkas bukan arsip zip Excel).',
        },
      ]);
    });

    it('an XLSX that is not the format', async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Realisasi').getCell('A1').value = 'IK-03';
      const error = await refused(Buffer.from(await wb.xlsx.writeBuffer()));
      expect(error.fields[0]!.message).toMatch(/lembar data tersembunyi dari Alur tidak ada/);
    });
  },
);
