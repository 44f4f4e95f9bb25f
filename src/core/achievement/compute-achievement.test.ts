import { describe, expect, it } from 'vitest';
import { PERMENDAGRI_86_2017_QUALITY } from './category-scales';
import { type AchievementInput, type AchievementResult, computeAchievement } from './compute-achievement';

function ok(result: AchievementResult) {
  if (result.status !== 'ok') throw new Error(`expected a figure, got ${result.reason.code}`);
  return result;
}

function reasonOf(result: AchievementResult) {
  if (result.status !== 'not_computable') throw new Error(`expected not computable, got ${result.display}`);
  return result.reason;
}

const positive = (target: AchievementInput['target'], realisation: AchievementInput['realisation']) =>
  computeAchievement({ target, realisation, settings: { polarity: 'positive' } });
const negative = (target: number, realisation: number, negativeFormula?: 'A' | 'B') =>
  computeAchievement({ target, realisation, settings: { polarity: 'negative', negativeFormula } });

describe('computeAchievement, domain.md §3 vectors', () => {
  it('positive: T=70, R=84 gives 120', () => {
    const r = ok(positive(70, 84));
    expect(r).toMatchObject({ raw: '120', value: '120', display: '120.00', formula: { code: 'positive' } });
    expect(r.attainment.label.id).toBe('Melebihi target');
    expect(r.category?.label.id).toBe('Sangat Tinggi');
  });

  it.each([
    [4, '150'],
    [10, '75'],
    [8, '100'],
  ])('negative A: T=8, R=%d gives %s', (realisation, expected) => {
    const r = ok(negative(8, realisation));
    expect(r.value).toBe(expected);
    expect(r.formula).toEqual({
      code: 'negative_a',
      text_id: '(2 × Target − Realisasi) / Target × 100',
      text_en: '(2×T − R) / T × 100',
    });
  });

  it('negative A: T=8, R=20 is floored at 0 by default, the raw −50 kept', () => {
    const r = ok(negative(8, 20));
    expect(r).toMatchObject({ raw: '-50', value: '0', display: '0.00', floored: true, capped: false });
    expect(r.attainment.code).toBe('not_met');
  });

  it('negative A: the floor is a setting', () => {
    const r = ok(
      computeAchievement({
        target: 8,
        realisation: 20,
        settings: { polarity: 'negative' },
        policy: { floorNegativeAtZero: false },
      }),
    );
    expect(r).toMatchObject({ value: '-50', display: '-50.00', floored: false });
  });

  it('never computes the known-bad (T − R) / T: T=8, R=8 is 100, not 0', () => {
    const r = ok(negative(8, 8));
    expect(r.display).toBe('100.00');
    expect(r.display).not.toBe('0.00');
    expect(r.attainment.label.id).toBe('Tercapai');
  });

  it('negative B: T=8, R=10 gives 80', () => {
    const r = ok(negative(8, 10, 'B'));
    expect(r).toMatchObject({ value: '80', formula: { code: 'negative_b', text_en: 'T / R × 100' } });
  });

  it('positive with a negative realisation gives a negative achievement (growth −1.41 vs 2 → −70.50)', () => {
    const r = ok(positive('2', '-1.41'));
    expect(r).toMatchObject({ raw: '-70.5', value: '-70.5', display: '-70.50', floored: false });
    expect(r.category?.label.id).toBe('Sangat Rendah');
  });
});

describe('computeAchievement, rounding', () => {
  it('rounds half-up for display only: 2/3 → 66.67, raw keeps every digit', () => {
    const r = ok(positive(3, 2));
    expect(r.display).toBe('66.67');
    expect(r.raw).toBe('66.66666666666666666666666666666667');
  });

  it('1.005 at precision 2 rounds to 1.01 (binary floating point gives 1.00)', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    const r = ok(positive(100, 1.005));
    expect(r.raw).toBe('1.005');
    expect(r.display).toBe('1.01');
  });

  it('uses the indicator precision', () => {
    const r = ok(
      computeAchievement({ target: 3, realisation: 2, settings: { polarity: 'positive', precision: 0 } }),
    );
    expect(r.display).toBe('67');
    const r1 = ok(
      computeAchievement({ target: 3, realisation: 2, settings: { polarity: 'positive', precision: 1 } }),
    );
    expect(r1.display).toBe('66.7');
  });

  it('reads a decimal comma as typed', () => {
    expect(ok(positive('97,75', '97,7')).display).toBe('99.95');
  });

  it('categorises the rounded figure, so the printed number and its category agree', () => {
    // 90.996 prints as 91.00, which the table reader puts in Sangat Tinggi.
    const r = ok(positive(100, '90.996'));
    expect(r.display).toBe('91.00');
    expect(r.category?.label.id).toBe('Sangat Tinggi');
  });
});

describe('computeAchievement, cap', () => {
  it.each([
    [100, '100', true],
    [110, '110', true],
    [120, '120', false],
  ] as const)('cap %d on 120 → %s', (cap, value, capped) => {
    const r = ok(
      computeAchievement({
        target: 70,
        realisation: 84,
        settings: { polarity: 'positive' },
        policy: { cap },
      }),
    );
    expect(r).toMatchObject({ raw: '120', value, capped });
    // The status reads the raw figure: the target was exceeded even when the figure shown is capped.
    expect(r.attainment.code).toBe('exceeded');
  });

  it('caps negative A too (T=8, R=4 → 150 shown as 120)', () => {
    const r = ok(
      computeAchievement({
        target: 8,
        realisation: 4,
        settings: { polarity: 'negative' },
        policy: { cap: 120 },
      }),
    );
    expect(r).toMatchObject({ raw: '150', value: '120', display: '120.00', capped: true });
  });

  it('no cap by default', () => {
    expect(ok(negative(8, 4)).value).toBe('150');
  });
});

describe('computeAchievement, range', () => {
  const range = (realisation: number, extra: Partial<AchievementInput> = {}) =>
    computeAchievement({
      target: null,
      realisation,
      settings: { polarity: 'range', range: ['2', '4'] },
      ...extra,
    });

  it('inside the range is 100', () => {
    expect(ok(range(3))).toMatchObject({ value: '100', rangeSide: 'inside', formula: { code: 'range' } });
    expect(ok(range(2)).value).toBe('100');
    expect(ok(range(4)).value).toBe('100');
  });

  it('below lo: R / lo × 100', () => {
    expect(ok(range(1))).toMatchObject({ value: '50', rangeSide: 'below' });
  });

  it('above hi: R / hi × 100 (domain.md as written)', () => {
    expect(ok(range(5))).toMatchObject({ value: '125', rangeSide: 'above' });
  });

  it('above hi with rangeAbove negative: (2·hi − R) / hi × 100', () => {
    const r = ok(
      computeAchievement({
        target: null,
        realisation: 5,
        settings: { polarity: 'range', range: [2, 4], rangeAbove: 'negative' },
      }),
    );
    expect(r).toMatchObject({ value: '75', rangeSide: 'above' });
    expect(r.formula.text_en).toContain('(2×hi − R) / hi × 100');
  });

  it('a per-year range from target/targetHigh wins over the settings', () => {
    expect(ok(range(5, { target: 4, targetHigh: 6 })).value).toBe('100');
  });

  it('reports a missing or inverted range', () => {
    expect(
      reasonOf(computeAchievement({ target: 3, realisation: 3, settings: { polarity: 'range' } })).code,
    ).toBe('RANGE_MISSING');
    expect(reasonOf(range(3, { target: 5, targetHigh: 4 })).code).toBe('RANGE_INVALID');
    expect(reasonOf(range(-1, { target: 0, targetHigh: 4 })).code).toBe('TARGET_ZERO');
  });
});

describe('computeAchievement, qualitative', () => {
  const qualitative = (target: AchievementInput['target'], realisation: AchievementInput['realisation']) =>
    computeAchievement({ target, realisation, settings: { polarity: 'qualitative' } });

  it.each([
    ['WTP', 'WTP', '100'],
    ['WTP', ' wtp ', '100'],
    ['Tersedia', 'ya', '100'],
    ['Tersedia', 'Tercapai', '100'],
    ['Tersedia', true, '100'],
    ['Tersedia', 'tidak', '0'],
    ['Tersedia', 'belum tercapai', '0'],
    ['Tersedia', false, '0'],
  ] as const)('target %j, realisation %j → %s', (target, realisation, value) => {
    const r = ok(qualitative(target, realisation));
    expect(r.value).toBe(value);
    expect(r.formula.code).toBe('qualitative');
  });

  it('does not guess whether other text meets the target', () => {
    const reason = reasonOf(qualitative('WTP', 'WDP'));
    expect(reason.code).toBe('QUALITATIVE_UNCLEAR');
    expect(reason.id).toContain('ya');
  });

  it('needs a target and a realisation', () => {
    expect(reasonOf(qualitative(null, 'ya')).code).toBe('TARGET_MISSING');
    expect(reasonOf(qualitative('WTP', '  ')).code).toBe('REALISATION_MISSING');
  });
});

describe('computeAchievement, not computable (never NaN, never a throw)', () => {
  it.each([
    ['T=0, positive', () => positive(0, 5), 'TARGET_ZERO'],
    ['T=0, negative A', () => negative(0, 5), 'TARGET_ZERO'],
    ['R=0, negative B', () => negative(8, 0, 'B'), 'REALISATION_ZERO'],
    ['T missing', () => positive(null, 5), 'TARGET_MISSING'],
    ['T blank', () => positive('  ', 5), 'TARGET_MISSING'],
    ['R missing', () => positive(10, undefined), 'REALISATION_MISSING'],
    ['T text', () => positive('enam desa', 5), 'TARGET_NOT_A_NUMBER'],
    ['R text', () => positive(10, 'lima'), 'REALISATION_NOT_A_NUMBER'],
    ['R with thousands separator', () => positive(10, '1.234,5'), 'REALISATION_NOT_A_NUMBER'],
    ['R NaN', () => positive(10, Number.NaN), 'REALISATION_NOT_A_NUMBER'],
    ['R Infinity', () => positive(10, Number.POSITIVE_INFINITY), 'REALISATION_NOT_A_NUMBER'],
    ['R boolean on a numeric indicator', () => positive(10, true), 'REALISATION_NOT_A_NUMBER'],
    ['T negative, positive', () => positive(-2, -1), 'TARGET_NEGATIVE'],
  ] as const)('%s', (_name, run, code) => {
    const result = run();
    const reason = reasonOf(result);
    expect(reason.code).toBe(code);
    expect(reason.id.length).toBeGreaterThan(5);
    expect(reason.en.length).toBeGreaterThan(5);
    expect(JSON.stringify(result)).not.toContain('NaN');
  });

  it('says why in Indonesian and English for a zero target', () => {
    expect(reasonOf(positive(0, 0))).toEqual({
      code: 'TARGET_ZERO',
      id: 'Target bernilai 0 sehingga persentase tidak dapat dihitung.',
      en: 'The target is 0, so no percentage can be computed.',
    });
  });
});

describe('computeAchievement, categories and status', () => {
  it('takes the scale from the policy, or none', () => {
    const quality = ok(
      computeAchievement({
        target: 100,
        realisation: 80,
        settings: { polarity: 'positive' },
        policy: { scale: PERMENDAGRI_86_2017_QUALITY },
      }),
    );
    expect(quality.category?.label.id).toBe('Baik');
    const none = ok(
      computeAchievement({
        target: 100,
        realisation: 80,
        settings: { polarity: 'positive' },
        policy: { scale: null },
      }),
    );
    expect(none.category).toBeUndefined();
  });

  it.each([
    ['99.99', 'not_met', 'Tidak tercapai'],
    ['100', 'met', 'Tercapai'],
    ['100.01', 'exceeded', 'Melebihi target'],
  ])('R=%s of 100 → %s', (realisation, code, label) => {
    const r = ok(positive(100, realisation));
    expect(r.attainment).toMatchObject({ code, label: { id: label } });
  });
});

describe('computeAchievement, data from outside the type system', () => {
  it('reports rather than throws on values of the wrong kind', () => {
    const odd = [{}, [], true, Symbol.for('x').description];
    for (const target of odd) {
      const run = () =>
        computeAchievement({ target: target as never, realisation: 1, settings: { polarity: 'positive' } });
      expect(run).not.toThrow();
      expect(run().status).toBe('not_computable');
    }
  });
});

describe('computeAchievement, invalid settings', () => {
  it('an unknown polarity (e.g. the file word "positif" not mapped) is reported, not guessed', () => {
    const result = computeAchievement({
      target: 1,
      realisation: 1,
      settings: { polarity: 'positif' as never },
    });
    expect(result.status === 'not_computable' && result.reason.code).toBe('SETTINGS_INVALID');
  });
});
