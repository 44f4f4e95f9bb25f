import { describe, expect, it } from 'vitest';
import { laneKey } from './lane-key';

describe('laneKey', () => {
  it('makes a key of lower-case words joined by hyphens', () => {
    expect(laneKey('Kasubbag Program', [])).toBe('kasubbag-program');
    expect(laneKey('  Kepala Dinas / KADIS ', [])).toBe('kepala-dinas-kadis');
    expect(laneKey('Sekretaris Daérah', [])).toBe('sekretaris-daerah');
  });

  it('keeps keys unique and never empty', () => {
    expect(laneKey('Staf', ['staf'])).toBe('staf-2');
    expect(laneKey('Staf', ['staf', 'staf-2'])).toBe('staf-3');
    expect(laneKey('???', [])).toBe('pelaksana');
  });
});
