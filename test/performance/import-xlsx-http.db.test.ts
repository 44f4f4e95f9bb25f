import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import {
  downloadWorkbook,
  editWorkbook,
  multipartFile,
  rowWith,
  uploadWorkbook,
} from './fixtures/xlsx-upload';
import { agencyIdOf, DEMO_NOW, snapshot } from './performance-helpers';

describe.each(engines())('Renstra and PK import over HTTP (%s)', (engine) => {
  let t: TestApp;
  let planner: TestClient;
  let kabid: TestClient;
  let agencyId: string;
  let renstraFile: Buffer;
  let pkFile: Buffer;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    planner = new TestClient(t.app);
    await planner.signIn('desdm.kasubbag_program');
    kabid = new TestClient(t.app);
    await kabid.signIn('desdm.kabid_gatrik');
    agencyId = await agencyIdOf(planner);
    const renstraId = (await planner.get(`/api/agencies/${agencyId}/renstra`)).json()[0].id;
    renstraFile = await downloadWorkbook(planner, `/api/agencies/${agencyId}/renstra/${renstraId}/xlsx`);
    pkFile = await downloadWorkbook(planner, `/api/agencies/${agencyId}/agreements/xlsx?year=2026`);
  });
  afterAll(async () => t.close());

  it('tells the page who may import, and the size limit', async () => {
    const info = (client: TestClient) => client.get(`/api/agencies/${agencyId}/performance-xlsx-import`);
    expect((await info(planner)).json()).toEqual({ canImport: true, maxBytes: 12 * 1024 * 1024 });
    expect((await info(kabid)).json()).toEqual({ canImport: false, maxBytes: 12 * 1024 * 1024 });
  });

  it('answers 422 with every problem placed on sheet, row and column, in the language asked for', async () => {
    const bad = await editWorkbook(renstraFile, (wb) => {
      const sheet = wb.getWorksheet('Renstra')!;
      sheet.getRow(rowWith(sheet, 3, 'IK-03')).getCell(12).value = 'dua ribu';
      sheet.getRow(rowWith(sheet, 3, 'IK-02')).getCell(6).value = 'Naik';
    });
    const before = await snapshot(t);
    const res = await uploadWorkbook(
      planner,
      `/api/agencies/${agencyId}/renstra/xlsx`,
      bad,
      'renstra-edit.xlsx',
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message:
          'Berkas renstra-edit.xlsx tidak diterima; tidak ada yang diubah. 2 masalah perlu diperbaiki, lalu unggah lagi.',
        fields: [
          {
            field: 'renstra-edit.xlsx › Renstra!F8',
            message:
              'renstra-edit.xlsx, lembar "Renstra", baris 8, kolom F (Polaritas): Polaritas "Naik" tidak dikenal; pilih Positif, Negatif, Rentang atau Kualitatif.',
          },
          {
            field: 'renstra-edit.xlsx › Renstra!L9',
            message:
              'renstra-edit.xlsx, lembar "Renstra", baris 9, kolom L (Target 2026): Target 2026 berisi teks "dua ribu"; isi dengan angka (desimal dengan koma atau titik, tanpa pemisah ribuan).',
          },
        ],
        problems: [
          {
            sheet: 'Renstra',
            row: 8,
            column: 'F',
            columnName: 'Polaritas',
            message: 'Polaritas "Naik" tidak dikenal; pilih Positif, Negatif, Rentang atau Kualitatif.',
          },
          {
            sheet: 'Renstra',
            row: 9,
            column: 'L',
            columnName: 'Target 2026',
            message:
              'Target 2026 berisi teks "dua ribu"; isi dengan angka (desimal dengan koma atau titik, tanpa pemisah ribuan).',
          },
        ],
      },
    });
    const english = new TestClient(t.app, 'en');
    await english.signIn('desdm.kasubbag_program');
    const en = await uploadWorkbook(
      english,
      `/api/agencies/${agencyId}/renstra/xlsx`,
      bad,
      'renstra-edit.xlsx',
    );
    expect(en.statusCode).toBe(422);
    expect(en.json().error.message).toBe(
      'File renstra-edit.xlsx was not accepted; nothing was changed. 2 problem(s) to fix before uploading again.',
    );
    expect(en.json().error.problems[0].message).toBe(
      'Unknown polarity "Naik"; use Positif, Negatif, Rentang or Kualitatif.',
    );
    expect(await snapshot(t)).toEqual(before);
  });

  it('refuses a division head with 403 and changes nothing', async () => {
    const before = await snapshot(t);
    for (const [kind, file] of [
      ['renstra', renstraFile],
      ['agreements', pkFile],
    ] as const) {
      const res = await uploadWorkbook(kabid, `/api/agencies/${agencyId}/${kind}/xlsx`, file);
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toEqual({
        code: 'FORBIDDEN',
        message:
          'Hanya unit perencanaan (Subbagian Program/PPMEP/PEP, Sekretaris) atau administrator yang boleh melakukan ini.',
      });
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it("answers 404 for another agency's import", async () => {
    const other = new TestClient(t.app);
    await other.signIn('bpkpd.sekretaris');
    const res = await uploadWorkbook(other, `/api/agencies/${agencyId}/renstra/xlsx`, renstraFile);
    expect(res.statusCode).toBe(404);
  });

  it('refuses a request without a file part, or not sent as multipart, naming what to send', async () => {
    const json = await planner.post(`/api/agencies/${agencyId}/renstra/xlsx`, { content: 'abc' });
    expect(json.statusCode).toBe(422);
    expect(json.json().error.problems).toEqual([
      {
        sheet: null,
        row: null,
        column: null,
        columnName: null,
        message: 'Kirim berkas XLSX sebagai multipart/form-data (bagian "file").',
      },
    ]);
    const other = multipartFile('renstra.xlsx', renstraFile, 'lampiran');
    const noFile = await planner.request('POST', `/api/agencies/${agencyId}/agreements/xlsx`, other.payload, {
      'content-type': other.contentType,
    });
    expect(noFile.statusCode).toBe(422);
    expect(noFile.json().error.problems[0].message).toBe('Pilih berkas XLSX yang diunggah.');
  });

  it('accepts the own exports back (200) with counts', async () => {
    const renstra = await uploadWorkbook(planner, `/api/agencies/${agencyId}/renstra/xlsx`, renstraFile);
    expect(renstra.statusCode, renstra.body).toBe(200);
    expect(renstra.json().indicators).toEqual({ added: 0, changed: 0, unchanged: 13, removed: 0 });
    const pk = await uploadWorkbook(planner, `/api/agencies/${agencyId}/agreements/xlsx`, pkFile);
    expect(pk.statusCode, pk.body).toBe(200);
    expect(pk.json()).toEqual({
      year: 2026,
      agreements: { added: 0, updated: 6, removed: 0 },
      indicatorRows: 14,
      actionPlans: 10,
    });
  });
});
