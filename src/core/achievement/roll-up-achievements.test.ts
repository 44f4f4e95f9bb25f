import { describe, expect, it } from 'vitest';
import { computeAchievement } from './compute-achievement';
import { rollUpAchievements, rollUpAgency, rollUpSasaran } from './roll-up-achievements';

const positive = (target: number, realisation: number, cap?: 100 | 120) =>
  computeAchievement({
    target,
    realisation,
    settings: { polarity: 'positive' },
    ...(cap ? { policy: { cap } } : {}),
  });

describe('rollUpSasaran', () => {
  it('is the unweighted mean of its indicators, skipping and counting the not computable', () => {
    const result = rollUpSasaran([
      { achievement: positive(70, 84) }, // 120
      { achievement: positive(100, 80) }, // 80
      { achievement: positive(0, 5) }, // target 0: not computable
    ]);
    expect(result).toMatchObject({
      status: 'ok',
      raw: '100',
      display: '100.00',
      counted: 2,
      skipped: 1,
      skippedIndexes: [2],
      weighted: false,
      category: { label: { id: 'Sangat Tinggi' } },
    });
    expect(result.status === 'ok' && result.method.id).toContain('1 tidak dapat dihitung');
  });

  it('averages the figures as reported (after each cap) by default, or the raw ones', () => {
    const items = [{ achievement: positive(70, 84, 100) }, { achievement: positive(100, 80, 100) }];
    expect(rollUpSasaran(items)).toMatchObject({ raw: '90', category: { label: { id: 'Tinggi' } } });
    expect(rollUpSasaran(items, { basis: 'raw' })).toMatchObject({ raw: '100' });
  });

  it('weights when weights are given', () => {
    const result = rollUpSasaran([
      { achievement: positive(70, 84), weight: 3 },
      { achievement: positive(100, 80), weight: '1' },
    ]);
    expect(result).toMatchObject({ raw: '110', weighted: true });
  });

  it('drops the weight of a skipped item and renormalises', () => {
    const result = rollUpSasaran([
      { achievement: positive(70, 84), weight: 1 },
      { achievement: positive(0, 1), weight: 5 },
      { achievement: positive(100, 80), weight: 1 },
    ]);
    expect(result).toMatchObject({ raw: '100', skipped: 1 });
  });

  it('reports invalid weights and an empty group', () => {
    const invalid = rollUpSasaran([{ achievement: positive(70, 84), weight: -1 }]);
    expect(invalid.status === 'not_computable' && invalid.reason.code).toBe('WEIGHTS_INVALID');
    const missingWeight = rollUpSasaran([
      { achievement: positive(70, 84), weight: 1 },
      { achievement: positive(1, 1) },
    ]);
    expect(missingWeight.status === 'not_computable' && missingWeight.reason.code).toBe('WEIGHTS_INVALID');
    const nothing = rollUpSasaran([{ achievement: positive(0, 1) }]);
    expect(nothing).toMatchObject({ status: 'not_computable', counted: 0, skipped: 1 });
    expect(nothing.status === 'not_computable' && nothing.reason.code).toBe('NOTHING_COMPUTABLE');
  });
});

describe('rollUpAgency', () => {
  it('is the mean of its sasaran, not of all indicators', () => {
    const s1 = rollUpSasaran([{ achievement: positive(100, 100) }, { achievement: positive(100, 50) }]); // 75
    const s2 = rollUpSasaran([{ achievement: positive(100, 90) }]); // 90
    const agency = rollUpAgency([{ achievement: s1 }, { achievement: s2 }]);
    // Mean of sasaran: (75 + 90) / 2 = 82.5; the mean of the three indicators would be 80.
    expect(agency).toMatchObject({ raw: '82.5', display: '82.50', counted: 2 });
  });

  it('keeps precision through the levels', () => {
    const thirds = rollUpAchievements([
      { achievement: positive(3, 2) },
      { achievement: positive(3, 2) },
      { achievement: positive(3, 2) },
    ]);
    expect(thirds.status === 'ok' && thirds.display).toBe('66.67');
    expect(thirds.status === 'ok' && thirds.category?.label.id).toBe('Sedang');
  });
});
