import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../core/errors';
import { aSop, aStep } from '../../core/sop/sop-test-builders';
import { readKeterangan } from './keterangan-markers';
import { readSopXlsx } from './read-sop-xlsx';
import { writeSopXlsx } from './write-sop-xlsx';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the read to fail');
    },
    (e: unknown) => e,
  );
  expect((error as DomainError).code).toBe('VALIDATION_FAILED');
  return error as DomainError;
}

/** Writes `def`, lets `edit` change the "SOP" sheet, and returns the file. */
async function edited(edit: (sheet: ExcelJS.Worksheet) => void, def = aSop()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeSopXlsx(def)) as unknown as ArrayBuffer);
  edit(workbook.getWorksheet('SOP')!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Row number of the step whose No cell is `no`. */
function rowOfStep(sheet: ExcelJS.Worksheet, no: number): number {
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.getRow(row).getCell(1).value === no) return row;
  }
  throw new Error(`no row for step ${no}`);
}

// aSop(): columns A No, B Kegiatan, C Kepala Dinas, D Sekretaris, E Staf, F Kelengkapan, G Waktu,
// H Output, I Keterangan.

describe('readKeterangan', () => {
  it('separates the note from marker lines, in any case, Y/T accepted', () => {
    expect(readKeterangan('Proses Pembuatan Draft\ny: 7; t: 6\nPer bidang, sekretariat\nParaf')).toEqual({
      note: 'Proses Pembuatan Draft',
      markers: {
        yes: 7,
        no: 6,
        next: null,
        start: false,
        end: false,
        unitKinds: ['bidang', 'sekretariat'],
        paraf: true,
        signature: false,
        meeting: false,
        documentActs: [],
      },
    });
    expect(readKeterangan('Per triwulan; lihat IKU').note).toBe('Per triwulan; lihat IKU');
    expect(readKeterangan('Lanjut ke 5\nTanda tangan').markers).toMatchObject({ next: 5, signature: true });
  });

  it('reads the document markers in the order written, a Dokumen list included', () => {
    const read = readKeterangan(
      'Surat dibuat rangkap dua\nDOKUMEN: Laporan, Surat Pengantar\nNomor surat; kirim dokumen\nPengarsipan',
    );
    expect(read.note).toBe('Surat dibuat rangkap dua');
    expect(read.markers.documentActs).toEqual(['report', 'cover_letter', 'letter_number', 'send', 'archive']);
    expect(
      readKeterangan('Dokumen: lembar disposisi\nDokumen: format pengumpulan data').markers.documentActs,
    ).toEqual(['disposition_sheet', 'collection_format']);
    expect(readKeterangan('Penomoran surat\nKirim\nArsip').markers.documentActs).toEqual([
      'letter_number',
      'send',
      'archive',
    ]);
  });

  it("keeps the agency's own document notes as notes", () => {
    for (const note of ['Dokumen SAKIP', 'Dokumen: LKjIP', 'Dokument LkjIP diarsipkan', 'Kirim ke Bappeda']) {
      expect(readKeterangan(note)).toEqual({ note, markers: readKeterangan('').markers });
    }
  });
});

describe('writeSopXlsx / readSopXlsx', () => {
  it('reads back an equal SOP, with flags, explicit start/end and several Mutu Baku rows', async () => {
    const def = aSop([
      aStep(1, { kinds: ['process'], lane: 'kadis', note: 'Catatan\nbaris dua' }),
      aStep(2, { kinds: ['start', 'process'], lane: 'sekretaris', next: 1, meeting: true }),
      aStep(3, { kinds: ['process', 'end'], perUnit: { unitKinds: ['bidang'] }, mutuBaku: [] }),
    ]);
    def.steps[0]!.mutuBaku.push({ inputs: 'Lain', time: null, output: 'Hasil lain' });
    def.steps[0]!.next = 3;
    const back = await readSopXlsx(await writeSopXlsx(def), 'contoh.xlsx');
    expect(back).toEqual(def);
  });

  it('reads back every document act as Keterangan markers, in the order stored', async () => {
    const def = aSop();
    def.steps[2]!.exits = { yes: 4, no: 2 }; // the sheet writes Ya out
    def.steps[0]!.documentActs = ['disposition_sheet'];
    def.steps[0]!.note = 'Disposisi Kepala Dinas';
    def.steps[1]!.documentActs = ['collection_format', 'report'];
    def.steps[3]!.documentActs = ['letter_number', 'cover_letter'];
    def.steps[4]!.documentActs = ['send', 'archive'];
    const file = await writeSopXlsx(def);
    expect(await readSopXlsx(file, 'contoh.xlsx')).toEqual(def);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('SOP')!;
    expect(sheet.getRow(rowOfStep(sheet, 1)).getCell(9).value).toBe(
      'Disposisi Kepala Dinas\nDokumen: lembar disposisi',
    );
    expect(sheet.getRow(rowOfStep(sheet, 4)).getCell(9).value).toBe(
      'Tanda tangan\nPenomoran surat\nDokumen: surat pengantar',
    );
    expect(sheet.getRow(rowOfStep(sheet, 5)).getCell(9).value).toBe('Kirim\nArsip');
  });

  it('adds the document markers of a continuation row to its step', async () => {
    const def = aSop();
    def.steps[4]!.mutuBaku.push({ inputs: 'Dokumen', time: null, output: 'Arsip' });
    const file = await edited((sheet) => {
      const row = rowOfStep(sheet, 5);
      sheet.getRow(row).getCell(9).value = 'Kirim';
      sheet.getRow(row + 1).getCell(9).value = 'Arsip';
    }, def);
    const back = await readSopXlsx(file, 'sop.xlsx');
    expect(back.steps[4]!.documentActs).toEqual(['send', 'archive']);
    expect(back.steps[4]!.note).toBeNull();
  });

  it('reports a document act written twice, and a lembar disposisi off the start, at the Keterangan cell', async () => {
    const file = await edited((sheet) => {
      sheet.getRow(rowOfStep(sheet, 2)).getCell(9).value = 'Dokumen: laporan\nDokumen: laporan';
      sheet.getRow(rowOfStep(sheet, 4)).getCell(9).value = 'Tanda tangan\nDokumen: lembar disposisi';
    });
    const error = await failure(readSopXlsx(file, 'sop.xlsx'));
    expect(error.fields.map((f) => f.field)).toEqual(['sop.xlsx › SOP!I19', 'sop.xlsx › SOP!I21']);
    expect(error.fields[0]!.message.id).toContain('Langkah 2: tindakan dokumen "report" tercantum dua kali.');
    expect(error.fields[1]!.message.en).toContain(
      'Step 4: the disposition sheet can only be made at the start step (Mulai)',
    );
  });

  it('lays the table out as on paper: header row, X in the lane, exits in Keterangan', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeSopXlsx(aSop())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('SOP')!;
    const row = rowOfStep(sheet, 3);
    expect(sheet.getRow(row - 3).values).toEqual([
      undefined,
      'No',
      'Kegiatan',
      'Kepala Dinas',
      'Sekretaris',
      'Staf',
      'Kelengkapan',
      'Waktu',
      'Output',
      'Keterangan',
    ]);
    expect(sheet.getRow(row).getCell(4).value).toBe('X');
    expect(sheet.getRow(row).getCell(9).value).toBe('Ya: 4; Tidak: 2');
    expect(sheet.getRow(1).getCell(1).value).toBe('Pemerintah');
  });

  it('refuses a file that is not a zip, naming the file', async () => {
    const error = await failure(readSopXlsx(Buffer.from('Nama SOP;Penyusunan LKJ\n'), 'sop.csv.xlsx'));
    expect(error.fields[0]!.message.id).toBe(
      'sop.csv.xlsx: bukan berkas XLSX (isi berkas bukan arsip zip Excel).',
    );
    expect(error.fields[0]!.message.en).toBe(
      'sop.csv.xlsx: not an XLSX file (the content is not an Excel zip archive).',
    );
  });

  it('refuses a 20 MB file before opening it', async () => {
    const error = await failure(readSopXlsx(Buffer.alloc(20 * 1024 * 1024, 0x50), 'besar.xlsx'));
    expect(error.fields[0]!.message.id).toBe(
      'besar.xlsx: berkas 20.0 MB melebihi batas 5 MB untuk lembar SOP.',
    );
  });

  it('reports a sheet without a header row', async () => {
    const file = await edited((sheet) => {
      sheet.getCell(`A${rowOfStep(sheet, 1) - 1}`).value = 'Nomor';
    });
    const error = await failure(readSopXlsx(file, 'sop.xlsx'));
    expect(error.fields[0]!.field).toBe('sop.xlsx › SOP');
    expect(error.fields[0]!.message.en).toContain('there is no table header row starting with "No"');
  });

  it('reports a mark in no lane, a mark in a column without a header and a lane column without a name', async () => {
    const file = await edited((sheet) => {
      const row = rowOfStep(sheet, 2);
      sheet.getRow(row).getCell(5).value = null;
      sheet.getRow(rowOfStep(sheet, 4)).getCell(11).value = 'X';
    });
    const error = await failure(readSopXlsx(file, 'sop.xlsx'));
    const messages = error.fields.map((f) => f.message.id);
    expect(messages).toContain(
      'sop.xlsx, lembar "SOP", baris 19, kolom C, langkah 2: tidak ada tanda di kolom pelaksana mana pun; beri tanda (misalnya X) di kolom pelaksana langkah ini.',
    );
    expect(error.fields.map((f) => f.field)).toContain('sop.xlsx › SOP!K21');

    const unnamed = await edited((sheet) => {
      sheet.getRow(rowOfStep(sheet, 1) - 1).getCell(4).value = null;
    });
    const laneError = await failure(readSopXlsx(unnamed, 'sop.xlsx'));
    expect(laneError.fields[0]!.field).toBe('sop.xlsx › SOP!D17');
    expect(laneError.fields[0]!.message.en).toContain('a lane column has no header');
  });

  it('reports a decision with one exit at its Keterangan cell', async () => {
    const file = await edited((sheet) => {
      sheet.getRow(rowOfStep(sheet, 3)).getCell(9).value = 'Tidak: 2';
    });
    const error = await failure(readSopXlsx(file, 'sop.xlsx'));
    expect(error.fields).toHaveLength(1);
    expect(error.fields[0]!.field).toBe('sop.xlsx › SOP!I20');
    expect(error.fields[0]!.message.id).toContain('langkah 3: keputusan hanya punya satu jalan keluar');
    expect(error.fields[0]!.message.en).toContain('the Ya exit is missing');
  });

  it('reports formulas and merged cells where values are expected', async () => {
    const file = await edited((sheet) => {
      sheet.getRow(rowOfStep(sheet, 2)).getCell(7).value = { formula: 'G19', result: '1 jam' };
      sheet.mergeCells('B3:C3');
    });
    const error = await failure(readSopXlsx(file, 'sop.xlsx'));
    expect(error.fields.map((f) => f.message.en)).toEqual([
      'sop.xlsx, sheet "SOP", row 3, column B (Nomor SOP): the cell is merged; unmerge it and fill each cell on its own.',
      'sop.xlsx, sheet "SOP", row 19, column G (Waktu), step 2: the cell holds a formula; write the value itself.',
    ]);
  });

  it('reports a time standard that cannot be read, at its Waktu cell', async () => {
    const file = await edited((sheet) => {
      sheet.getRow(rowOfStep(sheet, 4)).getCell(7).value = 'sebentar';
    });
    const error = await failure(readSopXlsx(file, 'sop.xlsx'));
    expect(error.fields).toHaveLength(1);
    expect(error.fields[0]!.field).toBe('sop.xlsx › SOP!G21');
    expect(error.fields[0]!.message.id).toContain('Langkah 4');
    expect(error.fields[0]!.message.id).toContain('sebentar');
  });

  it('reads a hand-made sheet without "Data Alur": slugs for codes and lane keys, Y/T exits', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lembar1');
    sheet.addRow(['Judul SOP', 'Penyusunan LKJ']);
    sheet.addRow(['Nama Instansi', 'BADAN KEUANGAN']);
    sheet.addRow(['Nomor SOP', '10/BPKPD/2023']);
    sheet.addRow(['Tgl Pembuatan', 'Januari 2023']);
    sheet.addRow(['Tanggal Efektif', 'Januari 2023']);
    sheet.addRow(['Dasar Hukum', 'UU 28/1999\nPermenPAN-RB 53/2014']);
    sheet.addRow(['No', 'Kegiatan', 'Kabid', 'Tim LKJ', 'Kelengkapan', 'Waktu', 'Output', 'Ket']);
    sheet.addRow([1, 'Memerintahkan', 'v', null, 'Disposisi', '15 menit', 'Disposisi', 'Per bidang']);
    sheet.addRow([2, 'Memeriksa', null, 'ok', 'Draf', '1 Hari', 'Draf', 'y: 3; T: 1']);
    sheet.addRow([null, null, null, null, 'Catatan', '20 Mnit', 'Catatan']);
    sheet.addRow([3, 'Mengarsipkan', 'v', null, null, null, null, null]);
    const def = await readSopXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), 'manual.xlsx');
    expect(def.code).toBe('penyusunan-lkj');
    expect(def.agency).toBe('badan-keuangan');
    expect(def.lanes).toEqual([
      { key: 'kabid', label: 'Kabid' },
      { key: 'tim-lkj', label: 'Tim LKJ' },
    ]);
    expect(def.identity.legalBasis).toEqual(['UU 28/1999', 'PermenPAN-RB 53/2014']);
    expect(def.identity.effectiveLabel).toBe('efektif');
    expect(def.steps.map((s) => [s.no, s.lane, s.kinds])).toEqual([
      [1, 'kabid', ['start', 'process']],
      [2, 'tim-lkj', ['decision']],
      [3, 'kabid', ['process', 'end']],
    ]);
    expect(def.steps[0]!.perUnit).toEqual({ unitKinds: ['bidang'] });
    expect(def.steps[1]!.exits).toEqual({ yes: 3, no: 1 });
    expect(def.steps[1]!.mutuBaku.map((row) => row.time?.duration)).toEqual([
      { amount: 1, unit: 'day' },
      { amount: 20, unit: 'minute' },
    ]);
    expect(def.steps[2]!.mutuBaku).toEqual([]);
  });
});
