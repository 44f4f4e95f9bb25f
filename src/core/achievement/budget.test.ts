import { describe, expect, it } from 'vitest';
import {
  absorptionAgainstCashPlan,
  budgetAbsorption,
  budgetToPeriod,
  cashPlanDeviation,
  programAbsorption,
} from './budget-absorption';
import { efficiencyGap, efficiencyUnspent, ministryEfficiency } from './budget-efficiency';
import { computeAchievement } from './compute-achievement';

// DESDM Kaltim 2026, kegiatan 3.29.01.1.01 (quarters' own amounts, as budget_quarter stores them).
const KEGIATAN = {
  pagu: '620000000',
  quarters: [
    { quarter: 1, cashPlan: '124000000', realisation: '112697000' },
    { quarter: 2, cashPlan: '155000000', realisation: '166365000' },
    { quarter: 3, cashPlan: '167400000', realisation: '155229000' },
    { quarter: 4, cashPlan: '173600000', realisation: '160909000' },
  ] as const,
};

describe('budget absorption (demo file figures)', () => {
  it.each([
    [1, '124000000', '112697000', '18.18', '1.82'],
    [2, '279000000', '279062000', '45.01', '-0.01'],
    [3, '446400000', '434291000', '70.05', '1.95'],
    [4, '620000000', '595200000', '96.00', '4.00'],
  ] as const)(
    'TW %d: serapan and deviation from the cash plan',
    (quarter, cashPlan, realisation, serapan, deviation) => {
      const period = budgetToPeriod(KEGIATAN.quarters, quarter);
      expect(period).toEqual({ status: 'ok', cashPlan, realisation });
      expect(budgetAbsorption({ pagu: KEGIATAN.pagu, realisation }).status === 'ok').toBe(true);
      expect(budgetAbsorption({ pagu: KEGIATAN.pagu, realisation })).toMatchObject({ display: serapan });
      expect(cashPlanDeviation({ pagu: KEGIATAN.pagu, cashPlan, realisation })).toMatchObject({
        display: deviation,
      });
    },
  );

  it('absorption against the cash plan (RPD) for a quarter', () => {
    expect(absorptionAgainstCashPlan({ cashPlan: '279000000', realisation: '279062000' })).toMatchObject({
      display: '100.02',
    });
    expect(absorptionAgainstCashPlan({ cashPlan: 0, realisation: 0 })).toMatchObject({
      status: 'not_computable',
      reason: { code: 'CASH_PLAN_ZERO' },
    });
  });

  it('program absorption is total over total, and says so', () => {
    // Program 3.29.01 and the whole agency (ringkasan) from the demo file.
    expect(programAbsorption([{ pagu: 21550000000, realisation: 21032050000 }])).toMatchObject({
      display: '97.60',
    });
    const agency = programAbsorption([{ pagu: '57560000000', realisation: '50615350000' }]);
    expect(agency).toMatchObject({ display: '87.93', method: 'total_over_total' });
    // Rows 50 % and 100 %: mean of rows would be 75 %, total over total is 87.50 %.
    const rows = programAbsorption([
      { pagu: 100, realisation: 50 },
      { pagu: 300, realisation: 300 },
    ]);
    expect(rows).toMatchObject({ display: '87.50', paguTotal: '400', realisationTotal: '350' });
    expect(rows.status === 'ok' && rows.note.id).toContain('total pagu');
  });

  it.each([
    [{ pagu: 0, realisation: 10 }, 'PAGU_ZERO'],
    [{ pagu: null, realisation: 10 }, 'PAGU_MISSING'],
    [{ pagu: 'satu miliar', realisation: 10 }, 'PAGU_NOT_A_NUMBER'],
    [{ pagu: 100, realisation: -1 }, 'AMOUNT_NEGATIVE'],
    [{ pagu: 100, realisation: undefined }, 'AMOUNT_MISSING'],
  ] as const)('%j is not computable: %s', (input, code) => {
    const result = budgetAbsorption(input);
    expect(result.status === 'not_computable' && result.reason.code).toBe(code);
  });

  it('zero pagu of a program is not computable', () => {
    const result = programAbsorption([{ pagu: 0, realisation: 0 }]);
    expect(result.status === 'not_computable' && result.reason.code).toBe('PAGU_ZERO');
  });
});

describe('efficiency', () => {
  it('(a) % capaian − % serapan, the default (DESDM IK-03 59 % against 78 % absorption)', () => {
    const achievement = computeAchievement({
      target: 2000,
      realisation: 1180,
      settings: { polarity: 'positive' },
    });
    expect(efficiencyGap({ achievement, absorption: '78' })).toMatchObject({
      display: '-19.00',
      reading: 'inefficient',
    });
    const absorption = budgetAbsorption({ pagu: 620000000, realisation: 595200000 });
    expect(efficiencyGap({ achievement: 115, absorption })).toMatchObject({
      display: '19.00',
      reading: 'efficient',
    });
  });

  it('(a) passes a not-computable input on', () => {
    const achievement = computeAchievement({ target: 0, realisation: 1, settings: { polarity: 'positive' } });
    const result = efficiencyGap({ achievement, absorption: 90 });
    expect(result.status === 'not_computable' && result.reason.code).toBe('TARGET_ZERO');
  });

  it('(b) unspent budget only when the target is met', () => {
    expect(efficiencyUnspent({ pagu: 620000000, realisation: 595200000, achievement: 100 })).toMatchObject({
      display: '4.00',
    });
    const missed = efficiencyUnspent({ pagu: 620000000, realisation: 595200000, achievement: '99.99' });
    expect(missed.status === 'not_computable' && missed.reason.code).toBe('TARGET_NOT_MET');
    const zero = efficiencyUnspent({ pagu: 0, realisation: 0, achievement: 120 });
    expect(zero.status === 'not_computable' && zero.reason.code).toBe('PAGU_ZERO');
  });

  it('(c) the ministry formula and its score', () => {
    const result = ministryEfficiency([
      { budgetRealised: 900, volumeRealised: 10, budgetCeiling: 1000, volumeTarget: 10 }, // 1 − 0.9 = 0.10
      { budgetRealised: 1000, volumeRealised: 8, budgetCeiling: 1000, volumeTarget: 10 }, // 1 − 1.25 = −0.25
    ]);
    expect(result).toMatchObject({
      efficiency: { raw: '-7.5', display: '-7.50' },
      score: { raw: '31.25', display: '31.25' },
      limited: false,
      outputs: 2,
    });
  });

  it('(c) E = 0 scores 50, E = 20 scores 100; E above 20 is held to 20 only when asked', () => {
    const same = ministryEfficiency([
      { budgetRealised: 5, volumeRealised: 1, budgetCeiling: 5, volumeTarget: 1 },
    ]);
    expect(same).toMatchObject({ efficiency: { raw: '0' }, score: { raw: '50' } });
    const half = [{ budgetRealised: 50, volumeRealised: 10, budgetCeiling: 100, volumeTarget: 10 }]; // E = 50
    expect(ministryEfficiency(half)).toMatchObject({ efficiency: { raw: '50' }, score: { raw: '175' } });
    expect(ministryEfficiency(half, { limitTo20: true })).toMatchObject({
      score: { raw: '100' },
      limited: true,
    });
  });

  it('(c) zero output or pagu names the output', () => {
    const result = ministryEfficiency([
      { budgetRealised: 1, volumeRealised: 1, budgetCeiling: 1, volumeTarget: 1 },
      { budgetRealised: 1, volumeRealised: 0, budgetCeiling: 1, volumeTarget: 1 },
    ]);
    expect(result.status === 'not_computable' && result.reason).toMatchObject({ code: 'OUTPUT_ZERO' });
    expect(result.status === 'not_computable' && result.reason.id).toContain('keluaran ke-2');
    const pagu = ministryEfficiency([
      { budgetRealised: 1, volumeRealised: 1, budgetCeiling: 0, volumeTarget: 1 },
    ]);
    expect(pagu.status === 'not_computable' && pagu.reason.code).toBe('PAGU_ZERO');
    const none = ministryEfficiency([]);
    expect(none.status === 'not_computable' && none.reason.code).toBe('NOTHING_COMPUTABLE');
  });
});
