import { describe, expect, it } from 'vitest';
import { describeLkjipNarrative, draftLkjipNarrative } from './draft-lkjip-narrative';
import { findMissingLkjipData } from './find-missing-lkjip-data';
import { isPrompt, promptsLeft } from './narrative';
import { aHouseholdIndicator, aLkjipData, anOfficial, quarters } from './test-data';

describe('draftLkjipNarrative', () => {
  const data = aLkjipData();
  const draft = draftLkjipNarrative(data);

  it('drafts a text for every section it describes, and nothing else', () => {
    expect(Object.keys(draft).sort()).toEqual(
      describeLkjipNarrative(data)
        .map((s) => s.key)
        .sort(),
    );
    expect(describeLkjipNarrative(data).filter((s) => s.key.startsWith('sasaran.S1.'))).toHaveLength(7);
  });

  it('says per indicator whether the target is met, and counts honestly', () => {
    expect(draft['sasaran.S1.analisis.1']).toContain(
      '- Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik: target 2.000 rumah tangga, realisasi 1.180 rumah tangga, capaian 59,00% (Rendah); belum mencapai target.',
    );
    expect(draft['sasaran.S1.analisis.1']).toContain(
      'Belum ada indikator yang mencapai atau melampaui target.',
    );
    expect(draft.ikhtisar).toContain('Rata-rata capaian kinerja tahun 2026 sebesar 88,68% (Tinggi).');
  });

  it('reads the trend through the polarity: fewer illegal mining points is better', () => {
    expect(draft['sasaran.S3.analisis.2']).toBe(
      '- Jumlah titik PETI yang masih aktif: realisasi tahun 2026 sebesar 97 titik, turun 11 titik dibandingkan 108 titik pada tahun 2025 (kondisi awal Renstra); kinerja membaik.',
    );
  });

  it('gives the distance to the Renstra final target', () => {
    expect(draft['sasaran.S1.analisis.3']).toContain(
      'Rasio Elektrifikasi: realisasi tahun 2026 sebesar 98,15%, atau 98,15% dari target akhir Renstra tahun 2029 sebesar 100,00%; masih diperlukan peningkatan 1,85 poin dalam 3 tahun tersisa.',
    );
  });

  it('sets absorption against achievement', () => {
    expect(draft['sasaran.S1.analisis.6']).toContain(
      'Dengan capaian sasaran 79,47% dan serapan anggaran 75,00%, efisiensi (selisih capaian terhadap serapan) sebesar 4,47 poin: capaian kinerja melampaui serapan anggaran, sehingga sumber daya digunakan secara efisien.',
    );
  });

  it('leaves bracketed prompts for what only people know, and takes last year’s text when given', () => {
    for (const key of [
      'kata_pengantar',
      'bab1.tugas_fungsi',
      'bab1.isu_strategis',
      'bab4.langkah',
      'sasaran.S1.analisis.5',
    ])
      expect(isPrompt(draft[key]), key).toBe(true);
    expect(draft['bab1.tugas_fungsi']).toMatch(/^\[Uraikan /);
    const again = draftLkjipNarrative(data, {
      'bab1.tugas_fungsi': 'Dinas ESDM mempunyai tugas membantu Gubernur.',
      'sasaran.S1.analisis.5': '[Uraikan penyebab]',
      'sasaran.S1.analisis.1': 'angka tahun lalu',
    });
    expect(again['bab1.tugas_fungsi']).toBe('Dinas ESDM mempunyai tugas membantu Gubernur.');
    // A prompt left last year stays a prompt; numbers are drafted anew, never carried over.
    expect(isPrompt(again['sasaran.S1.analisis.5'])).toBe(true);
    expect(again['sasaran.S1.analisis.1']).toBe(draft['sasaran.S1.analisis.1']);
    expect(promptsLeft(again)).not.toContain('bab1.tugas_fungsi');
  });

  it('uses the obstacles and actions the units entered before asking', () => {
    const withNotes = aLkjipData();
    const household = aHouseholdIndicator();
    household.quarters[3] = {
      ...household.quarters[3]!,
      obstacles: 'Kontrak baru ditandatangani Mei.',
      actions: 'Alokasi 2027 dialihkan.',
    };
    withNotes.indicators[1] = household;
    expect(draftLkjipNarrative(withNotes)['sasaran.S1.analisis.5']).toContain(
      '- Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik (TW IV): kendala: Kontrak baru ditandatangani Mei; tindak lanjut: Alokasi 2027 dialihkan.',
    );
  });
});

describe('findMissingLkjipData', () => {
  it('is empty for complete, verified data', () => {
    expect(findMissingLkjipData(aLkjipData())).toEqual([]);
  });

  it('names each missing thing for an agency with nothing entered', () => {
    const missing = findMissingLkjipData(
      aLkjipData({ renstra: null, agreement: null, indicators: [], sasaran: [], budget: [], head: null }),
    );
    expect(missing.map((m) => m.what.id)).toEqual([
      'Belum ada Rencana Strategis (Renstra) yang mencakup tahun 2026.',
      'Perjanjian Kinerja Tahun 2026 kepala instansi belum dibuat.',
      'Belum ada indikator kinerja yang diukur pada tahun 2026.',
      'Anggaran (pagu dan realisasi) tahun 2026 belum diisi.',
      'Jabatan kepala instansi belum tercatat di struktur organisasi.',
    ]);
    expect(missing.every((m) => m.what.en.length > 0 && m.where.length > 0)).toBe(true);
  });

  it('names TW IV not entered, TW IV not verified, and a vacant head on the date', () => {
    const data = aLkjipData({ head: anOfficial({ name: null }) });
    data.indicators[0] = {
      ...data.indicators[0]!,
      quarters: quarters(['97.75', '97.9', '98.05', '98.2'], ['97.7', '97.86', '98.02', null]),
    };
    data.indicators[1] = {
      ...data.indicators[1]!,
      quarters: quarters(['200', '800', '1500', '2000'], ['0', '310', '410', '460']).map((q) =>
        q.quarter === 4 ? { ...q, status: 'draft' as const } : q,
      ),
    };
    expect(findMissingLkjipData(data).map((m) => [m.where, m.what.id])).toEqual([
      ['IKU-01 TW IV 2026', 'Rasio Elektrifikasi: realisasi TW IV 2026 belum diisi.'],
      [
        'IK-03 TW IV 2026',
        'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik: realisasi TW IV 2026 belum diverifikasi unit perencanaan (status: draf).',
      ],
      [
        'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
        'Tidak ada pejabat (definitif, Plt. atau Plh.) yang memangku jabatan Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur pada 15 Februari 2027.',
      ],
    ]);
    // A draft for review may be made from unverified figures.
    expect(findMissingLkjipData(data, { requireVerified: false }).map((m) => m.where)).toEqual([
      'IKU-01 TW IV 2026',
      'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
    ]);
  });
});
