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
  });

  it('sees a prompt a reviewer must still replace', () => {
    expect(hasPrompt('[Uraikan isu strategis]')).toBe(true);
    expect(hasPrompt('Teks.\n\n[Uraikan penyebab]')).toBe(true);
    expect(hasPrompt('Capaian 98% [tercapai] tahun ini.')).toBe(false);
  });
});
