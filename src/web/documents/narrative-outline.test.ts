import { describe, expect, it } from 'vitest';
import { groupOf, groupOutline, hasPrompt } from './narrative-outline';

describe('narrative outline', () => {
  it('groups LKjIP sections by chapter and BAB III by sasaran, in document order', () => {
    const outline = [
      { key: 'kata_pengantar', title: 'Kata Pengantar' },
      { key: 'bab1.latar_belakang', title: 'Latar Belakang' },
      { key: 'sasaran.S1.analisis.1', title: 'Sasaran S1: …' },
      { key: 'sasaran.S2.analisis.1', title: 'Sasaran S2: …' },
      { key: 'bab3.anggaran', title: 'Realisasi Anggaran' },
    ];
    const groups = groupOutline(outline, [...outline.map((s) => s.key), 'extra']);
    expect(groups.map((g) => g.id)).toEqual(['front', 'bab1', 'sasaran.S1', 'sasaran.S2', 'bab3']);
    expect(groups.find((g) => g.id === 'front')!.sections.map((s) => s.key)).toEqual([
      'kata_pengantar',
      'extra',
    ]);
    expect(groups.find((g) => g.id === 'sasaran.S2')!.label).toEqual({
      key: 'documents.chapter.sasaran',
      values: { code: 'S2' },
    });
    expect(groupOf('bab4.langkah')).toBe('bab4');
    expect(groups.find((g) => g.id === 'bab1')!.label).toEqual({ key: 'documents.chapter.lkjip.bab1' });
  });

  it("names a monitoring report's chapters by its own headings, and numbers others", () => {
    const outline = [
      { key: 'bab2.capaian', title: 'Capaian Kinerja' },
      { key: 'bab5.rekomendasi', title: 'Rekomendasi' },
    ];
    const monitoring = groupOutline(outline, ['bab2.capaian', 'bab5.rekomendasi'], 'pemantauan');
    expect(monitoring.map((g) => g.label.key)).toEqual([
      'documents.chapter.pemantauan.bab2',
      'documents.chapter.pemantauan.bab5',
    ]);
    expect(groupOutline(outline, ['bab2.capaian'], 'surat_pengantar')[0]!.label).toEqual({
      key: 'documents.chapter.numbered',
      values: { roman: 'II' },
    });
  });

  it('sees a prompt a reviewer must still replace', () => {
    expect(hasPrompt('[Uraikan isu strategis]')).toBe(true);
    expect(hasPrompt('Teks.\n\n[Uraikan penyebab]')).toBe(true);
    expect(hasPrompt('Capaian 98% [tercapai] tahun ini.')).toBe(false);
  });
});
