import { describe, expect, it } from 'vitest';
import { buildPemantauan } from './build-pemantauan';
import { documentText, tablesOf } from './document-text';
import { draftPemantauanNarrative } from './draft-pemantauan-narrative';
import { findMissingPemantauanData } from './find-missing-pemantauan-data';
import { cellText } from './table-cells';
import { aHouseholdIndicator, anOfficial, aPemantauanData, quarters } from './test-data';

const rows = (t: { rows: Parameters<typeof cellText>[0][][] }) => t.rows.map((r) => r.map(cellText));

describe('buildPemantauan', () => {
  const data = aPemantauanData();
  const model = buildPemantauan(data);

  it('is titled by quarter and year, and signed by the Sekretaris', () => {
    expect(model.kind).toBe('pemantauan');
    expect(model.title).toBe('Laporan Pemantauan Kinerja Triwulan III Tahun 2026');
    const text = documentText(model);
    expect(text).toContain('LAPORAN PEMANTAUAN KINERJA\nTRIWULAN III TAHUN 2026');
    const signatures = model.sections[1]!.blocks.find((b) => b.kind === 'signatures');
    expect(signatures).toMatchObject({
      place: 'Samarinda',
      date: '12 Oktober 2026',
      signatories: [{ key: 'sekretaris', roleLines: ['SEKRETARIS DINAS'], name: 'Rina Kartika' }],
    });
  });

  it('compares cumulative target with cumulative realisation to the quarter', () => {
    const [table] = tablesOf(model, /^Tabel 2\.1 Capaian Kinerja sampai dengan Triwulan III Tahun 2026$/);
    expect(table!.header[0]!.map(cellText)).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Target 2026',
      'Target s.d. TW III',
      'Realisasi s.d. TW III',
      'Capaian (%)',
      'Kategori',
    ]);
    expect(rows(table!)).toEqual([
      ['Sasaran S1: Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik'],
      ['1', 'Rasio Elektrifikasi (IKU-01)', '%', '98,20', '98,05', '98,02', '99,97', 'Sangat Tinggi'],
      // 0 + 310 + 410 = 720 of a cumulative 1.500 → 48,00%.
      [
        '2',
        'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik (IK-03)',
        'rumah tangga',
        '2.000',
        '1.500',
        '720',
        '48,00',
        'Sangat Rendah',
      ],
      ['Capaian Sasaran S1', '73,98', 'Sedang'],
      ['Sasaran S3: Meningkatnya ketaatan pelaku usaha pertambangan'],
      [
        '3',
        'Jumlah titik PETI yang masih aktif (IK-07)',
        'titik',
        '95',
        '98',
        '100',
        '97,96',
        'Sangat Tinggi',
      ],
      ['Capaian Sasaran S3', '97,96', 'Sangat Tinggi'],
      ['Rata-rata capaian kinerja instansi', '85,97', 'Tinggi'],
    ]);
    expect(table!.rows[2]![6]).toMatchObject({ fill: '#f4cccc' });
  });

  it('shows budget absorption against pagu and against the cash plan to the quarter', () => {
    const [table] = tablesOf(model, /^Tabel 3\.1 Realisasi Anggaran/);
    expect(rows(table!)).toEqual([
      [
        '1',
        '3.29.06 PROGRAM PENGELOLAAN KETENAGALISTRIKAN',
        '1.000.000.000',
        '750.000.000',
        '600.000.000',
        '60,00',
        '80,00',
      ],
      [
        '',
        '3.29.06.1.01 Penatausahaan Izin Usaha Penyediaan Tenaga Listrik',
        '1.000.000.000',
        '750.000.000',
        '600.000.000',
        '60,00',
        '80,00',
      ],
      [
        '2',
        '3.29.03 PROGRAM PENGELOLAAN MINERAL DAN BATUBARA',
        '500.000.000',
        '375.000.000',
        '360.000.000',
        '72,00',
        '96,00',
      ],
      ['', 'Jumlah', '1.500.000.000', '1.125.000.000', '960.000.000', '64,00', '85,33'],
    ]);
    expect(documentText(model)).toContain(
      'Realisasi yang tertinggal dari anggaran kas (di bawah 90%) terdapat pada Program Pengelolaan Ketenagalistrikan (80,00%).',
    );
  });

  it('lists obstacles and actions per unit from the realisation rows, and asks for the ones not written', () => {
    const household = aHouseholdIndicator();
    household.quarters[2] = {
      ...household.quarters[2]!,
      obstacles: 'Kontrak pemasangan baru ditandatangani Mei',
      actions: 'Verifikasi jaringan PLN sebelum pendataan',
    };
    const withNotes = aPemantauanData();
    withNotes.indicators = [withNotes.indicators[0]!, household, withNotes.indicators[2]!];
    const built = buildPemantauan(withNotes);
    const [table] = tablesOf(built, /^Tabel 4\.1 Kendala dan Tindak Lanjut/);
    expect(rows(table!)).toEqual([
      ['1', 'Bidang Ketenagalistrikan', 'Rasio Elektrifikasi (99,97%)', '-', '-'],
      [
        'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik (48,00%)',
        'Kontrak pemasangan baru ditandatangani Mei',
        'Verifikasi jaringan PLN sebelum pendataan',
      ],
      ['2', 'Bidang Mineral dan Batubara', 'Jumlah titik PETI yang masih aktif (97,96%)', '-', '-'],
    ]);
    expect(draftPemantauanNarrative(withNotes)['bab4.kendala']).toContain(
      '[Uraikan kendala dan tindak lanjut untuk indikator yang belum mencapai target: Rasio Elektrifikasi (Bidang Ketenagalistrikan) dan Jumlah titik PETI yang masih aktif (Bidang Mineral dan Batubara)]',
    );
  });

  it('leaves a semester survey out in its off quarter, saying so', () => {
    const survey = aHouseholdIndicator({
      code: 'IK-10',
      name: 'Indeks Kepuasan Masyarakat',
      aggregation: 'last',
      unitLabel: 'nilai (0-100)',
      precision: 2,
      annualTarget: '84.5',
      quarters: quarters([null, '84.5', null, '84.5'], [null, '85.1', null, null]),
    });
    const built = buildPemantauan(aPemantauanData({ indicators: [survey] }));
    const [table] = tablesOf(built, /^Tabel 2\.1/);
    expect(rows(table!)[1]).toEqual([
      '1',
      'Indeks Kepuasan Masyarakat (IK-10)',
      'nilai (0-100)',
      '84,50',
      '-',
      '-',
      '-',
      '-',
    ]);
    expect(table!.note).toContain('IK-10: tidak diukur pada TW III.');
  });

  it('draws the trend from TW I with absorption beside it', () => {
    const trend = model.sections[1]!.blocks.find((b) => b.kind === 'figure' && b.chart.kind === 'line');
    expect(trend).toMatchObject({
      chart: { categories: ['TW I', 'TW II', 'TW III'], series: [{ name: 'Capaian kinerja (%)' }, {}, {}] },
    });
  });
});

describe('findMissingPemantauanData', () => {
  it('is empty for complete, verified data', () => {
    expect(findMissingPemantauanData(aPemantauanData())).toEqual([]);
  });

  it('names each missing thing for an agency with nothing entered', () => {
    const missing = findMissingPemantauanData(
      aPemantauanData({
        renstra: null,
        agreementCount: 0,
        indicators: [],
        sasaran: [],
        budget: [],
        signer: null,
      }),
    );
    expect(missing.map((m) => m.where)).toEqual([
      'Renstra',
      'Perjanjian Kinerja 2026',
      'Indikator 2026',
      'Anggaran 2026',
      'penanda tangan laporan (Sekretaris)',
    ]);
  });

  it('names the quarter gap of a cumulative indicator, unverified quarters and a vacant signer', () => {
    const household = aHouseholdIndicator({
      quarters: quarters(['200', '800', '1500', '2000'], ['0', null, '410', null], 'submitted'),
    });
    const missing = findMissingPemantauanData(
      aPemantauanData({
        indicators: [household],
        signer: {
          key: 'sekretaris',
          official: anOfficial({ positionTitle: 'Sekretaris Dinas', name: null }),
        },
      }),
    );
    expect(missing.map((m) => [m.where, m.what.id])).toEqual([
      [
        'IK-03 TW III 2026',
        'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik: realisasi TW II 2026 belum diisi.',
      ],
      [
        'IK-03 TW III 2026',
        'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik: realisasi TW I, TW III 2026 belum diverifikasi unit perencanaan (status: diajukan, diajukan).',
      ],
      [
        'Sekretaris Dinas',
        'Tidak ada pejabat (definitif, Plt. atau Plh.) yang memangku jabatan Sekretaris Dinas pada 12 Oktober 2026.',
      ],
    ]);
  });
});
