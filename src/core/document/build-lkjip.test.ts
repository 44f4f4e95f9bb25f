import { describe, expect, it } from 'vitest';
import { buildLkjip } from './build-lkjip';
import type { Block, DocumentModel } from './document-model';
import { draftLkjipNarrative } from './draft-lkjip-narrative';
import { cellText } from './table-cells';
import { aLkjipData, anIndicator, quarters } from './test-data';

type TableBlock = Extract<Block, { kind: 'table' }>;

const blocks = (model: DocumentModel) => model.sections.flatMap((s) => s.blocks);
const tables = (model: DocumentModel) => blocks(model).filter((b): b is TableBlock => b.kind === 'table');
const table = (model: DocumentModel, caption: RegExp) => {
  const found = tables(model).filter((t) => caption.test(t.caption ?? ''));
  expect(found, `one table captioned ${caption}`).toHaveLength(1);
  return found[0]!;
};
const rowsText = (t: TableBlock) => t.rows.map((r) => r.map(cellText));
const allText = (model: DocumentModel) =>
  blocks(model)
    .map((b) => {
      if (b.kind === 'paragraph') return b.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
      if (b.kind === 'heading') return b.text;
      if (b.kind === 'list')
        return b.items.map((i) => i.map((r) => (typeof r === 'string' ? r : r.text)).join('')).join('\n');
      return '';
    })
    .join('\n');

describe('buildLkjip', () => {
  const data = aLkjipData();
  const model = buildLkjip(data);

  it('has a cover, front matter in roman numbers and the body in arabic', () => {
    expect(model.kind).toBe('lkjip');
    expect(model.sections.map((s) => s.pageNumbers)).toEqual(['none', 'roman', 'arabic']);
    const cover = model.sections[0]!.blocks.map((b) =>
      b.kind === 'paragraph' ? cellText({ runs: b.runs }) : '',
    );
    expect(cover.join(' ')).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)');
    expect(cover).toContain('TAHUN 2026');
    expect(cover).toContain('DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI KALIMANTAN TIMUR');
    expect(cover).toContain('PEMERINTAH PROVINSI KALIMANTAN TIMUR');
    expect(model.letterhead?.agencyName).toBe('DINAS ENERGI DAN SUMBER DAYA MINERAL');
  });

  it('puts the logo on the cover when the agency has one', () => {
    const withLogo = buildLkjip(aLkjipData({ agency: { ...data.agency, logoBase64: 'iVBORw0KGgo=' } }));
    const image = withLogo.sections[0]!.blocks.find((b) => b.kind === 'paragraph' && b.image);
    expect(image).toMatchObject({ image: { base64: 'iVBORw0KGgo=', width: 45 } });
  });

  it('lists the chapters in the Daftar Isi, in the order of PermenPAN-RB 53/2014', () => {
    const headings = blocks(model).filter((b) => b.kind === 'heading' && b.level === 1 && b.toc);
    expect(headings.map((h) => (h.kind === 'heading' ? h.text : ''))).toEqual([
      'KATA PENGANTAR',
      'IKHTISAR EKSEKUTIF',
      'BAB I PENDAHULUAN',
      'BAB II PERENCANAAN KINERJA',
      'BAB III AKUNTABILITAS KINERJA',
      'BAB IV PENUTUP',
      'LAMPIRAN',
    ]);
    expect(blocks(model).filter((b) => b.kind === 'toc')).toEqual([{ kind: 'toc', title: 'DAFTAR ISI' }]);
  });

  it('has the head sign the Kata Pengantar, with place and date', () => {
    const signatures = model.sections[1]!.blocks.find((b) => b.kind === 'signatures');
    expect(signatures).toEqual({
      kind: 'signatures',
      place: 'Samarinda',
      date: '15 Februari 2027',
      signatories: [
        {
          key: 'head',
          roleLines: ['KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI KALIMANTAN TIMUR'],
          name: 'Hendra Wijaya',
          rank: 'Pembina Utama Muda (IV/c)',
          nip: '19750101 200003 1 001',
        },
      ],
    });
  });

  it('T-1: each indicator of a sasaran with target, realisation, achievement and category (tinted)', () => {
    const t1 = table(model, /^Tabel 3\.\d+ Target dan Realisasi Kinerja Sasaran S1 Tahun 2026$/);
    expect(t1.header[0]!.map(cellText)).toEqual([
      'No',
      'Sasaran',
      'Indikator Kinerja',
      'Satuan',
      'Target',
      'Realisasi',
      'Capaian (%)',
      'Kategori',
    ]);
    expect(rowsText(t1)).toEqual([
      [
        '1',
        'S1 Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
        'Rasio Elektrifikasi (IKU-01)',
        '%',
        '98,20',
        '98,15',
        '99,95',
        'Sangat Tinggi',
      ],
      [
        '2',
        'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik (IK-03)',
        'rumah tangga',
        '2.000',
        '1.180',
        '59,00',
        'Rendah',
      ],
      ['Capaian Sasaran S1', '79,47', 'Tinggi'],
    ]);
    const household = t1.rows[1]!;
    expect(household[5]).toMatchObject({ fill: '#fce5cd' });
    expect(household[6]).toMatchObject({ fill: '#fce5cd' });
    expect(t1.rows[0]![6]).toMatchObject({ fill: '#b7e1cd' });
  });

  it('T-1 of a negative indicator prints its formula, the figure from (2T − R)/T', () => {
    const t1 = table(model, /Target dan Realisasi Kinerja Sasaran S3/);
    expect(rowsText(t1)[0]!.slice(2)).toEqual([
      'Jumlah titik PETI yang masih aktif (IK-07)',
      'titik',
      '95',
      '97',
      '97,89',
      'Sangat Tinggi',
    ]);
    expect(t1.note).toContain('IK-07: capaian = (2 × Target − Realisasi) / Target × 100.');
  });

  it('a chart per sasaran: each indicator’s achievement against the 100% line', () => {
    const figure = blocks(model).find((b) => b.kind === 'figure' && b.chart.title.includes('Sasaran S1'));
    expect(figure).toMatchObject({
      kind: 'figure',
      chart: {
        kind: 'bar',
        categories: ['IKU-01', 'IK-03'],
        series: [{ name: 'Capaian (%)', values: [99.95, 59] }],
        markLine: { value: 100 },
      },
    });
  });

  it('T-2: earlier years from history and baseline, partial years and baseline marked', () => {
    const t2 = table(model, /Realisasi Kinerja Sasaran S1 Tahun 2026 dan Tahun Sebelumnya/);
    expect(t2.header[1]!.map(cellText)).toEqual(['2021', '2022', '2024', '2026']);
    expect(rowsText(t2)).toEqual([
      ['1', 'Rasio Elektrifikasi', '%', '91,98', '92,07*', '97,10**', '98,15', 'Membaik'],
      [
        '2',
        'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik',
        'rumah tangga',
        '-',
        '-',
        '1.850**',
        '1.180',
        'Menurun',
      ],
    ]);
    expect(t2.note).toContain('* Realisasi sebagian tahun: IKU-01 2022: semester I.');
    expect(t2.note).toContain('** Kondisi awal (baseline) Renstra.');
  });

  it('T-3: realisation against the Renstra final target, and what is left', () => {
    const t3 = table(model, /Sasaran S1 terhadap Target Akhir Renstra/);
    expect(t3.header[0]!.map(cellText)).toContain('Target Akhir Renstra (2029)');
    expect(rowsText(t3)).toEqual([
      ['1', 'Rasio Elektrifikasi', '%', '98,15', '100,00', '98,15', 'Kurang 1,85'],
      [
        '2',
        'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik',
        'rumah tangga',
        '1.180',
        '2.000',
        '59,00',
        'Kurang 820',
      ],
    ]);
    const t3n = table(model, /Sasaran S3 terhadap Target Akhir Renstra/);
    expect(rowsText(t3n)[0]).toEqual([
      '1',
      'Jumlah titik PETI yang masih aktif',
      'titik',
      '97',
      '65',
      '50,77',
      'Perlu turun 32',
    ]);
  });

  it('T-4 only where a national standard exists; otherwise the analysis says why it is absent', () => {
    expect(tables(model).some((t) => /Standar Nasional/.test(t.caption ?? ''))).toBe(false);
    expect(allText(model)).toContain(
      'Belum terdapat standar nasional yang ditetapkan untuk indikator pada sasaran ini, sehingga perbandingan dengan standar nasional tidak disajikan.',
    );
    const withStandard = aLkjipData();
    withStandard.indicators[0] = anIndicator({ nationalStandard: { value: '99.2', source: 'RUKN 2025' } });
    const t4 = table(buildLkjip(withStandard), /Sasaran S1 terhadap Standar Nasional/);
    expect(rowsText(t4)).toEqual([['1', 'Rasio Elektrifikasi', '%', '98,15', '99,20', 'RUKN 2025']]);
  });

  it('the seven analyses per sasaran follow each other, drafted where the numbers speak', () => {
    const text = allText(model);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(text).toMatch(new RegExp(`^${n}\\) `, 'm'));
    expect(text).toContain(
      'Rasio Elektrifikasi: target 98,20%, realisasi 98,15%, capaian 99,95% (Sangat Tinggi); belum mencapai target.',
    );
    expect(text).toContain(
      '[Uraikan penyebab belum tercapainya target Rasio Elektrifikasi dan Jumlah rumah tangga',
    );
  });

  it('T-5: programs and kegiatan with pagu, realisation, absorption, achievement and efficiency', () => {
    const t5 = table(model, /Realisasi Anggaran per Program dan Kegiatan Tahun 2026/);
    expect(t5.header[0]!.map(cellText)).toEqual([
      'No',
      'Program/Kegiatan',
      'Pagu (Rp)',
      'Realisasi (Rp)',
      'Serapan (%)',
      'Capaian (%)',
      'Efisiensi (poin)',
    ]);
    expect(rowsText(t5)).toEqual([
      [
        '1',
        '3.29.06 PROGRAM PENGELOLAAN KETENAGALISTRIKAN',
        '1.000.000.000',
        '750.000.000',
        '75,00',
        '79,47',
        '4,47',
      ],
      [
        '',
        '3.29.06.1.01 Penatausahaan Izin Usaha Penyediaan Tenaga Listrik',
        '1.000.000.000',
        '750.000.000',
        '75,00',
        '-',
        '-',
      ],
      [
        '2',
        '3.29.03 PROGRAM PENGELOLAAN MINERAL DAN BATUBARA',
        '500.000.000',
        '480.000.000',
        '96,00',
        '97,89',
        '1,89',
      ],
      ['', 'Jumlah', '1.500.000.000', '1.230.000.000', '82,00', '88,68', '6,68'],
    ]);
  });

  it('annexes the head’s PK with its own signature keys', () => {
    const all = blocks(model);
    const annex = all.slice(all.findIndex((b) => b.kind === 'heading' && b.text === 'LAMPIRAN'));
    expect(annex.some((b) => b.kind === 'heading' && b.text === 'PERJANJIAN KINERJA TAHUN 2026')).toBe(true);
    const signatures = annex.find((b) => b.kind === 'signatures');
    expect(signatures?.kind === 'signatures' && signatures.signatories.map((s) => s.key)).toEqual([
      'lampiran.pihak_kedua',
      'lampiran.pihak_pertama',
    ]);
  });

  it('prints the reviewed narrative where given, and drafts the sections it lacks', () => {
    const edited = buildLkjip(data, {
      'bab1.tugas_fungsi':
        'Dinas ESDM melaksanakan urusan energi dan sumber daya mineral.\n\nFungsinya antara lain:\n\n- perumusan kebijakan;\n- pelaksanaan kebijakan.',
    });
    const text = allText(edited);
    expect(text).toContain('Dinas ESDM melaksanakan urusan energi dan sumber daya mineral.');
    expect(text).toContain('perumusan kebijakan;\npelaksanaan kebijakan.');
    expect(text).toContain(draftLkjipNarrative(data)['bab1.latar_belakang']!.split('\n\n')[0]);
  });

  it('T-1 follows the grid for a quarter gap: the achievement is not computable, with the reason', () => {
    const gap = aLkjipData();
    gap.indicators[1] = {
      ...gap.indicators[1]!,
      quarters: quarters(['200', '800', '1500', '2000'], ['0', null, '410', '460']),
    };
    const t1 = table(buildLkjip(gap), /Target dan Realisasi Kinerja Sasaran S1/);
    expect(rowsText(t1)[1]!.slice(-2)).toEqual(['-', '-']);
    expect(t1.note).toContain('IK-03: Realisasi sebagian triwulan belum diisi');
    expect(rowsText(t1)[2]).toEqual(['Capaian Sasaran S1', '99,95', 'Sangat Tinggi']);
  });

  it('numbers tables and figures in the order they print, per chapter', () => {
    const numbers = tables(model)
      .map((t) => /^Tabel (\d+)\.(\d+) /.exec(t.caption ?? ''))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [Number(m[1]), Number(m[2])]);
    for (const chapter of [1, 2, 3]) {
      const seen = numbers.filter(([c]) => c === chapter).map(([, n]) => n);
      expect(seen, `chapter ${chapter}`).toEqual(seen.map((_, k) => k + 1));
    }
    const figures = blocks(model).flatMap((b) => (b.kind === 'figure' ? [b.caption] : []));
    expect(figures.map((c) => c.split(' ')[1])).toEqual(['3.1', '3.2', '3.3']);
  });

  it('compares this year with the latest full year only, not with a part-year figure', () => {
    const partial = aLkjipData();
    partial.indicators[0] = anIndicator({
      baseline: null,
      history: [{ year: 2025, period: 's.d. 31 Mar', target: null, realisation: '97.2', source: null }],
    });
    const t2 = table(buildLkjip(partial), /Sasaran S1 Tahun 2026 dan Tahun Sebelumnya/);
    expect(rowsText(t2)[0]).toEqual(['1', 'Rasio Elektrifikasi', '%', '-', '97,20*', '98,15', '-']);
    expect(draftLkjipNarrative(partial)['sasaran.S1.analisis.2']).toContain(
      'Data tahun sebelumnya untuk Rasio Elektrifikasi hanya mencakup sebagian tahun',
    );
  });

  it('writes Rupiah before the amount', () => {
    const rupiah = aLkjipData();
    rupiah.indicators[0] = anIndicator({ unitLabel: 'Rp miliar', annualTarget: '1900', precision: 2 });
    expect(draftLkjipNarrative(rupiah)['sasaran.S1.analisis.1']).toContain('target Rp1.900,00 miliar');
  });
});
