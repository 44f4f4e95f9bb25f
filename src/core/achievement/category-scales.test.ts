import { describe, expect, it } from 'vitest';
import {
  CATEGORY_SCALES,
  type CategoryScale,
  categorize,
  checkCategoryScale,
  PERMENDAGRI_86_2017,
  PERMENDAGRI_86_2017_QUALITY,
  PERMENPAN_RB_53_2014_STATUS,
} from './category-scales';

describe('Permendagri 86/2017 bands, read half-open', () => {
  it.each([
    ['150', 'Sangat Tinggi'],
    ['91', 'Sangat Tinggi'],
    ['90.99', 'Tinggi'],
    ['90.5', 'Tinggi'],
    ['76', 'Tinggi'],
    ['75.99', 'Sedang'],
    ['75.5', 'Sedang'],
    ['66', 'Sedang'],
    ['65.99', 'Rendah'],
    ['51', 'Rendah'],
    ['50.99', 'Sangat Rendah'],
    ['0', 'Sangat Rendah'],
    ['-70.5', 'Sangat Rendah'],
  ])('%s → %s', (value, label) => {
    expect(categorize(value, PERMENDAGRI_86_2017)?.label.id).toBe(label);
  });

  it('accepts numbers too', () => {
    expect(categorize(91, PERMENDAGRI_86_2017)?.code).toBe('sangat_tinggi');
    expect(categorize(Number.NaN, PERMENDAGRI_86_2017)).toBeNull();
    expect(categorize('tinggi', PERMENDAGRI_86_2017)).toBeNull();
  });

  it('the alternative labels use the same bands', () => {
    expect(categorize('91', PERMENDAGRI_86_2017_QUALITY)?.label.id).toBe('Sangat Baik');
    expect(categorize('90.5', PERMENDAGRI_86_2017_QUALITY)?.label.id).toBe('Baik');
    expect(categorize('70', PERMENDAGRI_86_2017_QUALITY)?.label.id).toBe('Cukup');
    expect(categorize('51', PERMENDAGRI_86_2017_QUALITY)?.label.id).toBe('Kurang');
    expect(categorize('50.99', PERMENDAGRI_86_2017_QUALITY)?.label.id).toBe('Sangat Kurang');
  });

  it('says how the bands are read, for the report', () => {
    expect(PERMENDAGRI_86_2017.note.id).toContain('setengah terbuka');
    expect(PERMENDAGRI_86_2017_QUALITY.note.id).toContain('Sangat Kurang');
  });
});

describe('PermenPAN-RB 53/2014 status', () => {
  it.each([
    ['99.99', 'Tidak tercapai'],
    ['100', 'Tercapai'],
    ['100.00', 'Tercapai'],
    ['100.01', 'Melebihi target'],
  ])('%s → %s', (value, label) => {
    expect(categorize(value, PERMENPAN_RB_53_2014_STATUS)?.label.id).toBe(label);
  });
});

describe('checkCategoryScale', () => {
  it('finds nothing wrong with the shipped scales', () => {
    for (const scale of Object.values(CATEGORY_SCALES)) expect(checkCategoryScale(scale)).toEqual([]);
  });

  it('reports gaps and overlaps of a configured scale', () => {
    const integerBands: CategoryScale = {
      code: 'as_written',
      name: { id: 'x', en: 'x' },
      note: { id: 'x', en: 'x' },
      bands: [
        { code: 'a', label: { id: 'A', en: 'A' }, lower: { value: '91', inclusive: true } },
        {
          code: 'b',
          label: { id: 'B', en: 'B' },
          lower: { value: '76', inclusive: true },
          upper: { value: '90', inclusive: true },
        },
        { code: 'c', label: { id: 'C', en: 'C' }, upper: { value: '76', inclusive: true } },
      ],
    };
    expect(checkCategoryScale(integerBands)).toEqual([
      '76 falls in both c and b',
      'values between 90 and 91 fall in no band',
    ]);
    expect(categorize('90.5', integerBands)).toBeNull();
  });
});

describe('checkCategoryScale, bounds that are not numbers', () => {
  it('names the band', () => {
    const scale: CategoryScale = {
      code: 'typo',
      name: { id: 'x', en: 'x' },
      note: { id: 'x', en: 'x' },
      bands: [{ code: 'a', label: { id: 'A', en: 'A' }, lower: { value: '9l', inclusive: true } }],
    };
    expect(checkCategoryScale(scale)).toEqual(['band a: 9l is not a number']);
  });
});
