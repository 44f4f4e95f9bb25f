import { describe, expect, it } from 'vitest';
import { buildPerjanjianKinerja, findMissingPerjanjianKinerjaData } from './build-perjanjian-kinerja';
import { documentText, tablesOf } from './document-text';
import { cellText } from './table-cells';
import { anOfficial, aPerjanjianKinerja } from './test-data';

describe('buildPerjanjianKinerja', () => {
  const data = aPerjanjianKinerja();
  const model = buildPerjanjianKinerja(data);
  const blocks = model.sections.flatMap((s) => s.blocks);

  it('opens with the letterhead and the title, then the parties and the promise', () => {
    expect(blocks[0]).toEqual({ kind: 'letterhead' });
    expect(model.letterhead).toMatchObject({
      government: 'PEMERINTAH PROVINSI KALIMANTAN TIMUR',
      agencyName: 'DINAS ENERGI DAN SUMBER DAYA MINERAL',
    });
    const text = documentText(model);
    expect(text).toContain('PERJANJIAN KINERJA TAHUN 2026\nNomor: 000.8/12/DESDM/2026');
    expect(text).toContain(
      'Nama | : | Hendra Wijaya\nJabatan | : | Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
    );
    expect(text).toContain('selanjutnya disebut pihak pertama.');
    expect(text).toContain(
      'Nama | : | (.......................................)\nJabatan | : | Gubernur Kalimantan Timur',
    );
    expect(text).toContain('Pihak pertama berjanji akan mewujudkan target kinerja');
  });

  it('signs pihak kedua on the left and pihak pertama on the right, with rank and NIP', () => {
    const signatures = blocks.find((b) => b.kind === 'signatures');
    expect(signatures).toEqual({
      kind: 'signatures',
      place: 'Samarinda',
      date: '2 Februari 2026',
      signatories: [
        {
          key: 'pihak_kedua',
          roleLines: ['Pihak Kedua,', 'GUBERNUR KALIMANTAN TIMUR'],
          name: '(.......................................)',
        },
        {
          key: 'pihak_pertama',
          roleLines: [
            'Pihak Pertama,',
            'KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI KALIMANTAN TIMUR',
          ],
          name: 'Hendra Wijaya',
          rank: 'Pembina Utama Muda (IV/c)',
          nip: '19750101 200003 1 001',
        },
      ],
    });
  });

  it('prints Plt./Plh. for an acting first party', () => {
    const acting = buildPerjanjianKinerja(aPerjanjianKinerja({ firstParty: anOfficial({ acting: 'plt' }) }));
    const signatures = acting.sections[0]!.blocks.find((b) => b.kind === 'signatures');
    expect(signatures?.kind === 'signatures' && signatures.signatories[1]!.actingPrefix).toBe('Plt.');
    expect(documentText(acting)).toContain('Jabatan | : | Plt. Kepala Dinas');
  });

  it('annexes No | Sasaran | Indikator | Target (sasaran spanning its rows) and the budget with its total', () => {
    const [indicators, budget] = tablesOf(model).filter((t) => !t.borderless);
    expect(indicators!.header[0]!.map(cellText)).toEqual(['No', 'Sasaran', 'Indikator Kinerja', 'Target']);
    expect(indicators!.rows.map((r) => r.map(cellText))).toEqual([
      [
        '1',
        'Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
        'Rasio Elektrifikasi',
        '98,20%',
      ],
      ['Jumlah rumah tangga penerima bantuan pasang baru listrik', '2.000 rumah tangga'],
      [
        '2',
        'Meningkatnya ketaatan pelaku usaha pertambangan',
        'Jumlah titik PETI yang masih aktif',
        '95 titik',
      ],
    ]);
    expect(indicators!.rows[0]![1]).toMatchObject({ rowSpan: 2 });
    expect(budget!.header[0]!.map(cellText)).toEqual([
      'No',
      'Program/Kegiatan/Sub Kegiatan',
      'Anggaran (Rp)',
      'Ket.',
    ]);
    expect(budget!.rows.map((r) => r.map(cellText))).toEqual([
      ['1', 'Program 3.29.06 Pengelolaan Ketenagalistrikan', '1.000.000.000', ''],
      ['2', 'Program 3.29.03 Pengelolaan Mineral dan Batubara', '500.000.000', ''],
      ['Jumlah', '1.500.000.000', ''],
    ]);
  });

  it('names what is missing: indicators, budget, a vacant first party; an external superior is not missing', () => {
    expect(findMissingPerjanjianKinerjaData(data)).toEqual([]);
    const missing = findMissingPerjanjianKinerjaData(
      aPerjanjianKinerja({ indicators: [], budget: [], firstParty: anOfficial({ name: null }) }),
    );
    expect(missing.map((m) => m.what.id)).toEqual([
      'Perjanjian Kinerja belum memuat indikator kinerja beserta targetnya.',
      'Anggaran program/kegiatan tahun 2026 untuk jabatan ini belum diisi.',
      'Tidak ada pejabat (definitif, Plt. atau Plh.) yang memangku jabatan Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur pada 2 Februari 2026 (pihak pertama).',
    ]);
    const internal = findMissingPerjanjianKinerjaData(
      aPerjanjianKinerja({
        secondPartyExternal: false,
        secondParty: anOfficial({ positionTitle: 'Sekretaris Dinas', name: null }),
      }),
    );
    expect(internal.map((m) => m.where)).toEqual(['Sekretaris Dinas']);
  });
});
