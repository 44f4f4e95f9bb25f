import { describe, expect, it } from 'vitest';
import { indexProblems } from './problem-index';

describe('indexProblems', () => {
  const index = indexProblems(
    [
      {
        field: 'steps[3].exits.no',
        message: 'Langkah 3: jalan keluar Tidak menuju langkah 9 yang tidak ada.',
      },
      { field: 'steps[2].mutuBaku[0].time', message: 'Langkah 2: waktu "sebentar" tidak terbaca.' },
      { field: 'lanes[staf]', message: 'Pelaksana "Staf" belum dipetakan ke jabatan.' },
      { field: 'definition.lanes.0.label', message: 'Label terlalu panjang.' },
      { field: 'identity.number', message: 'Nomor SOP wajib diisi.' },
      { field: 'steps', message: 'SOP harus punya sedikitnya satu langkah akhir (Selesai).' },
    ],
    ['kadis', 'staf'],
  );

  it('sorts problems to steps, their fields, lanes, identity and the whole SOP', () => {
    expect(index.step(3)).toHaveLength(1);
    expect(index.stepField(3, 'exits.no')).toContain('langkah 9');
    expect(index.stepField(3, 'exits.yes')).toBeUndefined();
    expect(index.stepField(2, 'mutuBaku.0')).toContain('sebentar');
    expect(index.lane('staf', 'whole').map((p) => p.field)).toEqual(['lanes[staf]']);
    expect(index.lane('staf', 'fields')).toEqual([]);
    expect(index.lane('kadis', 'fields').map((p) => p.field)).toEqual(['definition.lanes.0.label']);
    expect(index.lane('kadis', 'whole')).toEqual([]);
    expect(index.identity('number')).toBe('Nomor SOP wajib diisi.');
    expect(index.general.map((p) => p.field)).toEqual(['steps']);
  });
});
