import { describe, expect, it } from 'vitest';
import { aggregateQuarters, type QuarterValues } from './aggregate-quarters';
import { computePeriodAchievement } from './compute-period-achievement';

// DESDM IK-03 (cumulative): Rencana Aksi targets are cumulative, realisations are each quarter's own.
const IK_03: QuarterValues[] = [
  { quarter: 1, target: 200, realisation: 0 },
  { quarter: 2, target: 800, realisation: 310 },
  { quarter: 3, target: 1500, realisation: 410 },
  { quarter: 4, target: 2000, realisation: 460 },
];

describe('aggregateQuarters, cumulative', () => {
  it.each([
    [1, '200', '0'],
    [2, '800', '310'],
    [3, '1500', '720'],
    [4, '2000', '1180'],
    ['year', '2000', '1180'],
  ] as const)('period %s: target %s, realisation %s', (period, target, realisation) => {
    const a = aggregateQuarters({ aggregation: 'cumulative', quarters: IK_03, period });
    expect(a).toMatchObject({ target, realisation });
    expect(a.problem).toBeUndefined();
  });

  it('computes for the period asked, ignoring later quarters (never "now")', () => {
    const a = aggregateQuarters({ aggregation: 'cumulative', quarters: IK_03, period: 2 });
    expect(a.realisationQuarters).toEqual([1, 2]);
    expect(a.targetQuarter).toBe(2);
  });

  it('the year takes the PK target when given', () => {
    const a = aggregateQuarters({
      aggregation: 'cumulative',
      quarters: IK_03,
      period: 'year',
      annualTarget: '2100',
    });
    expect(a).toMatchObject({ target: '2100', targetQuarter: null, realisation: '1180' });
  });

  it('sums exactly in decimals (0.1 + 0.2 = 0.3)', () => {
    const a = aggregateQuarters({
      aggregation: 'cumulative',
      period: 2,
      quarters: [
        { quarter: 1, target: 1, realisation: 0.1 },
        { quarter: 2, target: 1, realisation: '0.2' },
      ],
    });
    expect(a.realisation).toBe('0.3');
  });

  it('a gap in the series is reported, not summed over', () => {
    const quarters = IK_03.map((q) => (q.quarter === 2 ? { ...q, realisation: null } : q));
    const a = aggregateQuarters({ aggregation: 'cumulative', quarters, period: 3 });
    expect(a.realisation).toBeNull();
    expect(a.problem?.reason.code).toBe('QUARTERS_MISSING');
    expect(a.problem?.reason.id).toContain('(TW II)');
    const p = computePeriodAchievement({ settings: { polarity: 'positive' }, quarters, period: 3 });
    expect(p.achievement.status === 'not_computable' && p.achievement.reason.code).toBe('QUARTERS_MISSING');
  });

  it('no realisation at all is simply missing', () => {
    const a = aggregateQuarters({
      aggregation: 'cumulative',
      quarters: IK_03.map((q) => ({ quarter: q.quarter, target: q.target })),
      period: 2,
    });
    expect(a).toMatchObject({ realisation: null, realisationQuarters: [] });
    expect(a.problem).toBeUndefined();
  });

  it('text among numbers is reported with its quarter', () => {
    const quarters = IK_03.map((q) => (q.quarter === 1 ? { ...q, realisation: 'nol' } : q));
    const a = aggregateQuarters({ aggregation: 'cumulative', quarters, period: 2 });
    expect(a.problem?.reason).toMatchObject({ code: 'REALISATION_NOT_A_NUMBER' });
    expect(a.problem?.reason.en).toContain('(TW I)');
  });
});

describe('aggregateQuarters, last', () => {
  const IKU_09: QuarterValues[] = [
    { quarter: 1, target: null, realisation: null },
    { quarter: 3, target: 76, realisation: 75.1 },
    { quarter: 4, target: 76, realisation: null },
  ];

  it('takes the latest value up to the period', () => {
    expect(aggregateQuarters({ aggregation: 'last', quarters: IKU_09, period: 2 })).toMatchObject({
      target: null,
      realisation: null,
    });
    expect(aggregateQuarters({ aggregation: 'last', quarters: IKU_09, period: 3 })).toMatchObject({
      target: '76',
      realisation: '75.1',
      realisationQuarters: [3],
    });
  });

  it('when the period quarter has no value yet, says which quarter the value is from', () => {
    const a = aggregateQuarters({ aggregation: 'last', quarters: IKU_09, period: 4 });
    expect(a).toMatchObject({
      target: '76',
      targetQuarter: 4,
      realisation: '75.1',
      realisationQuarters: [3],
    });
  });

  it('a negative `last` indicator may legitimately fall', () => {
    const p = computePeriodAchievement({
      settings: { polarity: 'negative', aggregation: 'last' },
      quarters: [
        { quarter: 1, target: 105, realisation: 107 },
        { quarter: 2, target: 101, realisation: 104 },
      ],
      period: 2,
    });
    expect(p.achievement.status === 'ok' && p.achievement.display).toBe('97.03');
  });

  it('qualitative indicators always take the last value', () => {
    const a = aggregateQuarters({
      aggregation: 'cumulative',
      polarity: 'qualitative',
      period: 'year',
      quarters: [
        { quarter: 3, target: 'WTP', realisation: 'WTP' },
        { quarter: 4, target: 'WTP', realisation: null },
      ],
    });
    expect(a).toMatchObject({ aggregation: 'last', target: 'WTP', realisation: 'WTP' });
  });
});

describe('aggregateQuarters, average', () => {
  it('averages the quarters with data up to the period', () => {
    const a = aggregateQuarters({
      aggregation: 'average',
      period: 3,
      quarters: [
        { quarter: 1, target: 5, realisation: 6.4 },
        { quarter: 2, target: 5, realisation: 5.8 },
        { quarter: 3, target: 5, realisation: null },
        { quarter: 4, target: 5, realisation: 1 },
      ],
    });
    expect(a).toMatchObject({
      target: '5',
      realisation: '6.1',
      realisationQuarters: [1, 2],
      targetQuarter: null,
    });
  });

  it('a mean of 1, 1, 2 keeps its digits and rounds only for display', () => {
    const p = computePeriodAchievement({
      settings: { polarity: 'positive', aggregation: 'average' },
      period: 'year',
      quarters: [
        { quarter: 1, target: 1, realisation: 1 },
        { quarter: 2, target: 1, realisation: 1 },
        { quarter: 3, target: 1, realisation: 2 },
      ],
    });
    expect(p.aggregate.realisation).toBe('1.333333333333333333333333333333333');
    expect(p.achievement.status === 'ok' && p.achievement.display).toBe('133.33');
  });
});

describe('computePeriodAchievement, range indicators per quarter', () => {
  it('reads the quarter’s targetHigh', () => {
    const p = computePeriodAchievement({
      settings: { polarity: 'range', aggregation: 'last' },
      period: 2,
      quarters: [{ quarter: 2, target: 2, targetHigh: 4, realisation: 3 }],
    });
    expect(p.achievement.status === 'ok' && p.achievement.rangeSide).toBe('inside');
  });
});
