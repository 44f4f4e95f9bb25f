import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { downloadWorkbook, editWorkbook, rowWith, uploadWorkbook } from './fixtures/xlsx-upload';
import { agencyIdOf, DEMO_NOW, snapshot } from './performance-helpers';

interface Problem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  columnName: string | null;
  message: string;
}

/** Everything an import could touch, values included, so "nothing changed" means exactly that. */
async function state(t: TestApp) {
  const db = t.ctx.db;
  return {
    ...(await snapshot(t)),
    renstra: await db.selectFrom('renstra').select(['id', 'visi']).orderBy('id').execute(),
    nodes: await db
      .selectFrom('plan_node')
      .select(['id', 'code', 'name', 'parent_id'])
      .orderBy('id')
      .execute(),
    funding: await db
      .selectFrom('plan_node_funding')
      .selectAll()
      .orderBy('node_id')
      .orderBy('year')
      .execute(),
    indicators: await db
      .selectFrom('indicator')
      .select(['id', 'code', 'name', 'unit_label', 'polarity', 'aggregation', 'is_iku', 'unit_id', 'node_id'])
      .orderBy('id')
      .execute(),
    indicatorTargets: await db
      .selectFrom('indicator_target')
      .selectAll()
      .orderBy('indicator_id')
      .orderBy('year')
      .execute(),
    agreements: await db
      .selectFrom('performance_agreement')
      .select(['id', 'level', 'number', 'signed_on', 'second_party_title'])
      .orderBy('id')
      .execute(),
    agreementRows: await db
      .selectFrom('agreement_indicator')
      .select(['agreement_id', 'indicator_id', 'target', 'target_reason'])
      .orderBy('agreement_id')
      .orderBy('indicator_id')
      .execute(),
  };
}

const RENSTRA = 'Renstra';
const PLAN = 'Rencana Aksi';

describe.each(engines())(
  'Renstra and PK workbooks: bad input is named and changes nothing (%s)',
  (engine) => {
    let t: TestApp;
    let planner: TestClient;
    let plannerEn: TestClient;
    let agencyId: string;
    let renstraFile: Buffer;
    let pkFile: Buffer;
    let before: Awaited<ReturnType<typeof state>>;

    beforeAll(async () => {
      t = await createTestApp(engine, { now: DEMO_NOW });
      planner = new TestClient(t.app);
      await planner.signIn('desdm.kasubbag_program');
      plannerEn = new TestClient(t.app, 'en');
      await plannerEn.signIn('desdm.kasubbag_program');
      agencyId = await agencyIdOf(planner);
      const renstraId = (await planner.get(`/api/agencies/${agencyId}/renstra`)).json()[0].id;
      renstraFile = await downloadWorkbook(planner, `/api/agencies/${agencyId}/renstra/${renstraId}/xlsx`);
      pkFile = await downloadWorkbook(planner, `/api/agencies/${agencyId}/agreements/xlsx?year=2026`);
      before = await state(t);
    });
    afterAll(async () => t.close());

    /** Uploads, expects 422 with its problems, and that the database is exactly as before. */
    async function refused(
      kind: 'renstra' | 'agreements',
      file: Buffer,
      client = planner,
    ): Promise<Problem[]> {
      const res = await uploadWorkbook(
        client,
        `/api/agencies/${agencyId}/${kind}/xlsx`,
        file,
        `${kind}.xlsx`,
      );
      expect(res.statusCode, res.body).toBe(422);
      const body = res.json();
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.problems.length).toBeGreaterThan(0);
      expect(body.error.fields.length).toBe(body.error.problems.length);
      expect(await state(t)).toEqual(before);
      return body.error.problems;
    }

    const renstraEdit = (change: (sheet: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) =>
      editWorkbook(renstraFile, (wb) => change(wb.getWorksheet(RENSTRA)!, wb));
    const pkEdit = (change: (wb: ExcelJS.Workbook) => void) => editWorkbook(pkFile, change);
    /** The PK sheet whose first party (C7) holds `title`: the sheets' order follows the database's. */
    const pkSheet = (wb: ExcelJS.Workbook, title: string) =>
      wb.worksheets.find(
        (w) => w.name.startsWith('PK ') && String(w.getCell('C7').value).includes(` ${title} `),
      )!;

    describe('Renstra', () => {
      it('refuses a file that is not XLSX', async () => {
        const problems = await refused('renstra', Buffer.from('Kode;Indikator\nIK-01;Rasio\n'));
        expect(problems).toEqual([
          {
            sheet: null,
            row: null,
            column: null,
            columnName: null,
            message: expect.stringMatching(/^Bukan berkas XLSX/),
          },
        ]);
      });

      it('refuses a damaged XLSX (a zip that is not a workbook)', async () => {
        const problems = await refused(
          'renstra',
          Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]),
        );
        expect(problems[0]!.message).toMatch(/^Berkas XLSX rusak/);
      });

      it('refuses an over-large file, with the limit of the realisation workbook', async () => {
        const big = Buffer.concat([renstraFile, Buffer.alloc(12 * 1024 * 1024 + 10)]);
        const problems = await refused('renstra', big);
        expect(problems[0]!.message).toContain('melebihi batas 12 MB');
      });

      it('refuses an extra sheet, naming it', async () => {
        const problems = await refused(
          'renstra',
          await renstraEdit((_, wb) => {
            wb.addWorksheet('Catatan').getCell('A1').value = 'catatan rapat';
          }),
        );
        expect(problems).toEqual([expect.objectContaining({ sheet: 'Catatan', row: null, column: null })]);
        expect(problems[0]!.message).toMatch(/^Lembar tambahan tidak dikenal/);
      });

      it('refuses a missing column once, at the place it belongs', async () => {
        const problems = await refused(
          'renstra',
          await renstraEdit((sheet) => {
            sheet.spliceColumns(5, 1);
          }),
        );
        expect(problems).toEqual([
          expect.objectContaining({ sheet: RENSTRA, row: 5, column: 'E', columnName: 'Satuan' }),
        ]);
        expect(problems[0]!.message).toBe(
          'Kolom "Satuan" tidak ada (seharusnya di kolom E); kolom atau judulnya dihapus.',
        );
      });

      it('refuses moved and renamed headings', async () => {
        const problems = await refused(
          'renstra',
          await renstraEdit((sheet) => {
            sheet.getCell('E5').value = 'Polaritas';
            sheet.getCell('F5').value = 'Satuan';
            sheet.getCell('D5').value = 'Nama indikator';
          }),
        );
        expect(problems.map((p) => [p.row, p.column, p.columnName])).toEqual([
          [5, 'D', 'Indikator'],
          [5, 'F', 'Satuan'],
        ]);
        expect(problems[0]!.message).toBe(
          'Judul kolom seharusnya "Indikator", tertulis "Nama indikator"; judul kolom diubah atau kolom diganti.',
        );
        expect(problems[1]!.message).toBe(
          'Kolom "Satuan" seharusnya di kolom E, ditemukan di kolom F; kembalikan urutan kolom seperti format.',
        );
      });

      it('refuses a changed period title', async () => {
        const problems = await refused(
          'renstra',
          await renstraEdit((sheet) => {
            sheet.getCell('A1').value = 'RENCANA STRATEGIS 2025–2030';
          }),
        );
        expect(problems).toEqual([expect.objectContaining({ sheet: RENSTRA, row: 1, column: 'A' })]);
      });

      it('names every bad cell at once: text in a number, unknown polarity and aggregation, a duplicate code, a formula, an unknown unit, a reversed range', async () => {
        const file = await renstraEdit((sheet) => {
          const ik03 = rowWith(sheet, 3, 'IK-03');
          const ik05 = rowWith(sheet, 3, 'IK-05');
          sheet.getRow(ik03).getCell(12).value = 'dua ribu';
          sheet.getRow(rowWith(sheet, 3, 'IK-02')).getCell(6).value = 'Naik';
          sheet.getRow(rowWith(sheet, 3, 'IKU-04')).getCell(7).value = 'Tahunan';
          sheet.getRow(ik05).getCell(3).value = 'IK-03';
          sheet.getRow(rowWith(sheet, 3, 'IK-07')).getCell(13).value = { formula: 'L14-10', result: 85 };
          sheet.getRow(rowWith(sheet, 3, 'IK-08')).getCell(9).value = 'Bidang Panas Bumi';
          const ik10 = sheet.getRow(rowWith(sheet, 3, 'IK-10'));
          ik10.getCell(6).value = 'Rentang';
          ['82–84', '90–80', '84–86', '85–87', '86–88'].forEach((range, k) => {
            ik10.getCell(11 + k).value = range;
          });
        });
        const problems = await refused('renstra', file);
        const at = (p: Problem) => `${p.row}${p.column} ${p.columnName}`;
        expect(problems.map(at)).toEqual([
          // IK-05's row now says IK-03: IK-05 is gone from the file while a PK still uses it.
          'nullnull null',
          '8F Polaritas',
          '9L Target 2026',
          '10G Sifat',
          '11C Kode',
          '14M Target 2027',
          '15I Penanggung jawab',
          '17L Target 2026',
        ]);
        const message = (k: number) => problems[k + 1]!.message;
        expect(problems[0]!.message).toMatch(/^Indikator IK-05 \(.+\) tidak ada lagi di berkas/);
        expect(message(0)).toBe(
          'Polaritas "Naik" tidak dikenal; pilih Positif, Negatif, Rentang atau Kualitatif.',
        );
        expect(message(1)).toBe(
          'Target 2026 berisi teks "dua ribu"; isi dengan angka (desimal dengan koma atau titik, tanpa pemisah ribuan).',
        );
        expect(message(2)).toBe(
          'Sifat "Tahunan" tidak dikenal; pilih Kumulatif, Nilai akhir atau Rata-rata.',
        );
        expect(message(3)).toBe('Kode indikator IK-03 sudah dipakai di baris 9; kode indikator harus unik.');
        expect(message(4)).toBe('Sel berisi rumus (formula); tulis nilainya langsung.');
        expect(message(5)).toMatch(/^Unit "Bidang Panas Bumi" tidak ada di struktur organisasi/);
        expect(message(6)).toMatch(/^Target rentang ditulis "batas bawah–batas atas"/);
      });

      it('answers in English when asked', async () => {
        const problems = await refused(
          'renstra',
          await renstraEdit((sheet) => {
            sheet.getRow(rowWith(sheet, 3, 'IK-03')).getCell(12).value = 'dua ribu';
          }),
          plannerEn,
        );
        expect(problems).toEqual([
          {
            sheet: RENSTRA,
            row: 9,
            column: 'L',
            columnName: 'Target 2026',
            message:
              'Target 2026 holds text "dua ribu"; write a number (decimal comma or point, no thousands separators).',
          },
        ]);
      });

      it('refuses a negative indicative budget on the Pendanaan sheet', async () => {
        const problems = await refused(
          'renstra',
          await renstraEdit((_, wb) => {
            const funding = wb.addWorksheet('Pendanaan');
            funding.getRow(5).values = [
              'Kode',
              'Program/Kegiatan',
              ...[2025, 2026, 2027, 2028, 2029].map((y) => `Pagu indikatif ${y}`),
            ];
            funding.getRow(6).values = ['3.29.01', 'Program penunjang', 1_500_000_000, -250_000_000];
            funding.getRow(7).values = ['9.99.99', 'Tidak ada', 10];
          }),
        );
        expect(problems.map((p) => [p.sheet, p.row, p.column, p.columnName])).toEqual([
          ['Pendanaan', 6, 'D', 'Pagu indikatif 2026'],
          ['Pendanaan', 7, 'A', 'Kode'],
        ]);
        expect(problems[0]!.message).toBe('Pagu indikatif 2026 tidak boleh negatif (tertulis -250000000).');
        expect(problems[1]!.message).toBe(
          'Kode 9.99.99 tidak ada di tabel Renstra maupun di Renstra yang tersimpan.',
        );
      });

      it('refuses to drop an indicator that a PK, a Rencana Aksi and realisation use', async () => {
        const problems = await refused(
          'renstra',
          await renstraEdit((sheet) => {
            sheet.spliceRows(rowWith(sheet, 3, 'IK-03'), 1);
          }),
        );
        expect(problems).toEqual([
          {
            sheet: RENSTRA,
            row: null,
            column: null,
            columnName: null,
            message:
              'Indikator IK-03 (Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik) tidak ada lagi di berkas, tetapi dipakai di Perjanjian Kinerja, memiliki Rencana Aksi, sudah memiliki realisasi; tambahkan kembali barisnya, atau keluarkan dulu dari Perjanjian Kinerja.',
          },
        ]);
      });
    });

    describe('Perjanjian Kinerja', () => {
      it('refuses an unknown level, an unknown first party, an unknown indicator, text as a target and a missing reason', async () => {
        const file = await pkEdit((wb) => {
          const gatrik = pkSheet(wb, 'Kepala Bidang Ketenagalistrikan');
          gatrik.getCell('C4').value = 'Eselon III';
          gatrik.getCell('E12').value = 'enam';
          gatrik.getCell('E13').value = 1500;
          pkSheet(wb, 'Kepala Bidang Geologi dan Air Tanah').getCell('C7').value = 'Kepala Bidang Panas Bumi';
          pkSheet(wb, 'Sekretaris Dinas').getRow(13).values = [3, 'IK-99', 'Indikator baru', '%', 50];
        });
        const problems = await refused('agreements', file);
        const named = (p: Problem) => [p.sheet?.slice(5, 20), p.row, p.column, p.columnName];
        // Sheets in the order the problems were met; each sheet's problems row by row.
        expect(problems.map(named).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
          ['Kepala Bidang G', 7, 'C', 'Pihak pertama'],
          ['Kepala Bidang K', 4, 'C', 'Tingkat'],
          ['Kepala Bidang K', 12, 'E', 'Target'],
          ['Kepala Bidang K', 13, 'F', 'Alasan target berbeda dari Renstra'],
          ['Sekretaris Dina', 13, 'B', 'Kode'],
        ]);
        problems.sort((a, b) => String(a.sheet?.slice(5)).localeCompare(String(b.sheet?.slice(5))));
        expect(problems[0]!.message).toMatch(/^Jabatan "Kepala Bidang Panas Bumi" tidak ada di instansi ini/);
        expect(problems[1]!.message).toBe(
          'Tingkat "Eselon III" tidak dikenal; pilih JPT Pratama, Administrator atau Pengawas.',
        );
        expect(problems[2]!.message).toBe(
          'Target IK-02 berisi teks "enam"; isi dengan angka (desimal dengan koma atau titik, tanpa pemisah ribuan).',
        );
        expect(problems[3]!.message).toBe(
          'IK-03 2026: target PK (1500) berbeda dari target Renstra (2000); alasan perubahan wajib diisi.',
        );
        expect(problems[4]!.message).toMatch(/^Indikator IK-99 tidak ada di Renstra 2025–2029/);
      });

      it('refuses bad Rencana Aksi cells: unknown aggregation, text, a formula, TW IV off the PK without a reason', async () => {
        const file = await pkEdit((wb) => {
          const plan = wb.getWorksheet(PLAN)!;
          const ik03 = rowWith(plan, 2, 'IK-03');
          plan.getRow(rowWith(plan, 2, 'IKU-01')).getCell(5).value = 'Bulanan';
          plan.getRow(ik03).getCell(8).value = 'delapan ratus';
          plan.getRow(ik03).getCell(9).value = { formula: 'H7*2', result: 1600 };
          plan.getRow(rowWith(plan, 2, 'IK-05')).getCell(10).value = 35;
        });
        const problems = await refused('agreements', file);
        expect(problems.map((p) => [p.sheet, p.row, p.column, p.columnName])).toEqual([
          [PLAN, 5, 'E', 'Sifat'],
          [PLAN, 7, 'H', 'TW II'],
          [PLAN, 7, 'I', 'TW III'],
          [PLAN, 9, 'K', 'Alasan TW IV berbeda'],
        ]);
        expect(problems[3]!.message).toBe(
          'Target TW IV IK-05 (35) berbeda dari target PK (40); alasan wajib diisi.',
        );
      });

      it('refuses an extra sheet, a renamed heading and a changed label', async () => {
        const file = await pkEdit((wb) => {
          wb.addWorksheet('Lampiran');
          pkSheet(wb, 'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur').getCell(
            'E10',
          ).value = 'Target 2026';
          pkSheet(wb, 'Kepala Bidang Mineral dan Batubara').getCell('A6').value = 'Tgl';
        });
        const problems = await refused('agreements', file);
        expect(
          problems
            .map((p) => [p.sheet?.replace(/^PK \d /, '').slice(0, 15), p.row, p.column, p.columnName])
            .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        ).toEqual([
          ['Kepala Bidang M', 6, 'A', 'Tanggal'],
          ['Kepala Dinas En', 10, 'E', 'Target'],
          ['Lampiran', null, null, null],
        ]);
      });

      it('refuses sheets of different years', async () => {
        const problems = await refused(
          'agreements',
          await pkEdit((wb) => {
            wb.getWorksheet(PLAN)!.getCell('A1').value = 'RENCANA AKSI TAHUN 2027';
          }),
        );
        expect(problems[0]!.message).toBe(
          'Semua lembar harus untuk tahun yang sama; berkas ini berisi tahun 2026, 2027.',
        );
      });

      it('refuses to leave out an indicator that already has realisation this year', async () => {
        const problems = await refused(
          'agreements',
          await pkEdit((wb) => {
            const gatrik = pkSheet(wb, 'Kepala Bidang Ketenagalistrikan');
            gatrik.spliceRows(rowWith(gatrik, 2, 'IK-03'), 1);
            const plan = wb.getWorksheet(PLAN)!;
            plan.spliceRows(rowWith(plan, 2, 'IK-03'), 1);
          }),
        );
        expect(problems).toEqual([
          expect.objectContaining({
            sheet: expect.stringMatching(/^PK 1 /),
            row: 1,
            message:
              'Indikator IK-03 sudah memiliki realisasi 2026, tetapi tidak ada di PK mana pun di berkas; tambahkan kembali ke PK-nya.',
          }),
        ]);
      });
    });
  },
);
