import { describe, expect, it } from 'vitest';
import { compareWithPreviousYears } from './compare-with-previous-years';
import { progressToFinalTarget } from './progress-to-final-target';

describe('compareWithPreviousYears', () => {
  it('reads the direction through the polarity (PETI points falling is better)', () => {
    const result = compareWithPreviousYears({
      polarity: 'negative',
      current: { year: 2026, value: 97 },
      previous: [
        { year: 2024, value: 97 },
        { year: 2025, value: 108 },
      ],
    });
    expect(result).toEqual([
      {
        status: 'ok',
        year: 2025,
        previous: '108',
        change: '-11',
        changeDisplay: '-11.00',
        changePct: expect.stringMatching(/^-10\.185185/),
        changePctDisplay: '-10.19',
        direction: 'down',
        judgement: 'better',
      },
      expect.objectContaining({ year: 2024, direction: 'flat', judgement: 'same', changePctDisplay: '0.00' }),
    ]);
  });

  it('positive: up is better; a zero year has no percentage change; a missing year says so', () => {
    const result = compareWithPreviousYears({
      polarity: 'positive',
      current: { year: 2026, value: '98.15' },
      previous: [
        { year: 2025, value: '97.6' },
        { year: 2024, value: 0 },
        { year: 2023, value: null },
      ],
    });
    expect(Array.isArray(result) && result[0]).toMatchObject({
      change: '0.55',
      direction: 'up',
      judgement: 'better',
    });
    expect(Array.isArray(result) && result[1]).toMatchObject({ changePct: null, changePctDisplay: null });
    expect(Array.isArray(result) && result[2]).toMatchObject({ status: 'not_computable', year: 2023 });
  });

  it('no current value is not computable', () => {
    const result = compareWithPreviousYears({
      polarity: 'positive',
      current: { year: 2026, value: '' },
      previous: [],
    });
    expect(!Array.isArray(result) && result.reason.code).toBe('REALISATION_MISSING');
  });
});

describe('progressToFinalTarget', () => {
  it('positive: realisation to date over the final target, with the distance left', () => {
    const result = progressToFinalTarget({
      settings: { polarity: 'positive' },
      realisation: 98.15,
      finalTarget: 100,
    });
    expect(result).toMatchObject({
      display: '98.15',
      reached: false,
      remaining: '1.85',
      remainingDisplay: '1.85',
    });
  });

  it('negative: the indicator’s formula against the final target, never capped', () => {
    const result = progressToFinalTarget({
      settings: { polarity: 'negative' },
      realisation: 60,
      finalTarget: 80,
      policy: { floorNegativeAtZero: true },
    });
    // (2×80 − 60) / 80 × 100 = 125, already below the final target by 20.
    expect(result).toMatchObject({ value: '125', capped: false, reached: true, remaining: '-20' });
  });

  it('exactly on the final target is reached', () => {
    expect(
      progressToFinalTarget({ settings: { polarity: 'positive' }, realisation: 79, finalTarget: 79 }),
    ).toMatchObject({
      reached: true,
      remaining: '0',
    });
  });

  it('qualitative and not computable cases', () => {
    expect(
      progressToFinalTarget({
        settings: { polarity: 'qualitative' },
        realisation: 'WTP',
        finalTarget: 'WTP',
      }),
    ).toMatchObject({ reached: true, remaining: null });
    const zero = progressToFinalTarget({
      settings: { polarity: 'positive' },
      realisation: 1,
      finalTarget: 0,
    });
    expect(zero.status === 'not_computable' && zero.reason.code).toBe('TARGET_ZERO');
  });
});
