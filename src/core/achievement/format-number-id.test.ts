import { describe, expect, it } from 'vitest';
import { computeAchievement } from './compute-achievement';
import { formatAchievementId, formatNumberId, formatPercentId, formatRupiahId } from './format-number-id';

describe('Indonesian number formatting', () => {
  it.each([
    ['1234.56', undefined, '1.234,56'],
    ['1234.5', 2, '1.234,50'],
    [1234567.891, 2, '1.234.567,89'],
    [0, 2, '0,00'],
    [-70.5, 2, '-70,50'],
    ['-0.001', 2, '0,00'],
    [999, undefined, '999'],
    ['1.005', 2, '1,01'],
    ['21032050000', 0, '21.032.050.000'],
  ] as const)('%j with %s decimals → %s', (value, decimals, expected) => {
    expect(formatNumberId(value, decimals)).toBe(expected);
  });

  it('hands back text that is not a number', () => {
    expect(formatNumberId('WTP')).toBe('WTP');
  });

  it('percent and rupiah', () => {
    expect(formatPercentId('66.666666')).toBe('66,67%');
    expect(formatPercentId(120, 0)).toBe('120%');
    expect(formatRupiahId(21032050000)).toBe('Rp21.032.050.000');
    expect(formatRupiahId(-1500)).toBe('-Rp1.500');
  });

  it('an achievement as printed in Indonesian tables', () => {
    const result = computeAchievement({ target: 3, realisation: 2, settings: { polarity: 'positive' } });
    expect(formatAchievementId(result)).toBe('66,67');
    const none = computeAchievement({ target: 0, realisation: 2, settings: { polarity: 'positive' } });
    expect(formatAchievementId(none)).toBe('tidak dapat dihitung');
  });
});
