import { describe, expect, it } from 'vitest';
import type { Quarter } from './aggregate-quarters';
import { computePeriodAchievement } from './compute-period-achievement';
import type { Aggregation, Polarity } from './indicator-settings';

/**
 * Figures copied by hand from the three demo files (`perjanjian_kinerja`), so this test reads nothing
 * from disk: quarterly targets, what each quarter's realisation is as stored (a cumulative indicator's
 * own amount, `realisasi_triwulan_ini`; otherwise the end-of-quarter value), and the files' derived
 * `realisasi_kumulatif`, `capaian_pct` and `kategori`. The files use negative formula A, no cap and the
 * Permendagri 86/2017 bands; `null` there means "not computable" here.
 */
interface DemoIndicator {
  file: string;
  code: string;
  polarity: Polarity;
  aggregation: Aggregation;
  annualTarget: number;
  annualRealisation: number;
  annualPct: number;
  annualCategory: string;
  quarters: Array<{
    target: number | null;
    realisation: number | null;
    cumulative?: number;
    pct: number | null;
    category: string | null;
  }>;
}

const DEMO: DemoIndicator[] = [
  {
    file: 'desdm-kaltim',
    code: 'IKU-01',
    polarity: 'positive',
    aggregation: 'last',
    annualTarget: 98.2,
    annualRealisation: 98.15,
    annualPct: 99.95,
    annualCategory: 'Sangat Tinggi',
    quarters: [
      { target: 97.75, realisation: 97.7, pct: 99.95, category: 'Sangat Tinggi' },
      { target: 97.9, realisation: 97.86, pct: 99.96, category: 'Sangat Tinggi' },
      { target: 98.05, realisation: 98.02, pct: 99.97, category: 'Sangat Tinggi' },
      { target: 98.2, realisation: 98.15, pct: 99.95, category: 'Sangat Tinggi' },
    ],
  },
  {
    file: 'desdm-kaltim',
    code: 'IK-02',
    polarity: 'positive',
    aggregation: 'cumulative',
    annualTarget: 6,
    annualRealisation: 5,
    annualPct: 83.33,
    annualCategory: 'Tinggi',
    quarters: [
      { target: 0, realisation: 0, cumulative: 0, pct: null, category: null },
      { target: 0, realisation: 0, cumulative: 0, pct: null, category: null },
      { target: 2, realisation: 1, cumulative: 1, pct: 50.0, category: 'Sangat Rendah' },
      { target: 6, realisation: 4, cumulative: 5, pct: 83.33, category: 'Tinggi' },
    ],
  },
  {
    file: 'desdm-kaltim',
    code: 'IK-03',
    polarity: 'positive',
    aggregation: 'cumulative',
    annualTarget: 2000,
    annualRealisation: 1180,
    annualPct: 59.0,
    annualCategory: 'Rendah',
    quarters: [
      { target: 200, realisation: 0, cumulative: 0, pct: 0.0, category: 'Sangat Rendah' },
      { target: 800, realisation: 310, cumulative: 310, pct: 38.75, category: 'Sangat Rendah' },
      { target: 1500, realisation: 410, cumulative: 720, pct: 48.0, category: 'Sangat Rendah' },
      { target: 2000, realisation: 460, cumulative: 1180, pct: 59.0, category: 'Rendah' },
    ],
  },
  {
    file: 'desdm-kaltim',
    code: 'IK-05',
    polarity: 'positive',
    aggregation: 'cumulative',
    annualTarget: 40,
    annualRealisation: 46,
    annualPct: 115.0,
    annualCategory: 'Sangat Tinggi',
    quarters: [
      { target: 0, realisation: 0, cumulative: 0, pct: null, category: null },
      { target: 10, realisation: 14, cumulative: 14, pct: 140.0, category: 'Sangat Tinggi' },
      { target: 25, realisation: 17, cumulative: 31, pct: 124.0, category: 'Sangat Tinggi' },
      { target: 40, realisation: 15, cumulative: 46, pct: 115.0, category: 'Sangat Tinggi' },
    ],
  },
  {
    file: 'desdm-kaltim',
    code: 'IK-07',
    polarity: 'negative',
    aggregation: 'last',
    annualTarget: 95,
    annualRealisation: 97,
    annualPct: 97.89,
    annualCategory: 'Sangat Tinggi',
    quarters: [
      { target: 105, realisation: 107, pct: 98.1, category: 'Sangat Tinggi' },
      { target: 101, realisation: 104, pct: 97.03, category: 'Sangat Tinggi' },
      { target: 98, realisation: 100, pct: 97.96, category: 'Sangat Tinggi' },
      { target: 95, realisation: 97, pct: 97.89, category: 'Sangat Tinggi' },
    ],
  },
  {
    file: 'desdm-kaltim',
    code: 'IKU-09',
    polarity: 'positive',
    aggregation: 'last',
    annualTarget: 76.0,
    annualRealisation: 76.8,
    annualPct: 101.05,
    annualCategory: 'Sangat Tinggi',
    quarters: [
      { target: null, realisation: null, pct: null, category: null },
      { target: null, realisation: null, pct: null, category: null },
      { target: null, realisation: null, pct: null, category: null },
      { target: 76.0, realisation: 76.8, pct: 101.05, category: 'Sangat Tinggi' },
    ],
  },
  {
    file: 'dpmptsp-tanjabbar',
    code: 'IKU-01',
    polarity: 'positive',
    aggregation: 'cumulative',
    annualTarget: 470.0,
    annualRealisation: 513.28,
    annualPct: 109.21,
    annualCategory: 'Sangat Tinggi',
    quarters: [
      { target: 110.0, realisation: 96.84, cumulative: 96.84, pct: 88.04, category: 'Tinggi' },
      { target: 230.0, realisation: 131.27, cumulative: 228.11, pct: 99.18, category: 'Sangat Tinggi' },
      { target: 350.0, realisation: 119.65, cumulative: 347.76, pct: 99.36, category: 'Sangat Tinggi' },
      { target: 470.0, realisation: 165.52, cumulative: 513.28, pct: 109.21, category: 'Sangat Tinggi' },
    ],
  },
  {
    file: 'dpmptsp-tanjabbar',
    code: 'IK-04',
    polarity: 'negative',
    aggregation: 'last',
    annualTarget: 5.0,
    annualRealisation: 5.2,
    annualPct: 96.0,
    annualCategory: 'Sangat Tinggi',
    quarters: [
      { target: 5.0, realisation: 6.4, pct: 72.0, category: 'Sedang' },
      { target: 5.0, realisation: 5.8, pct: 84.0, category: 'Tinggi' },
      { target: 5.0, realisation: 5.3, pct: 94.0, category: 'Sangat Tinggi' },
      { target: 5.0, realisation: 5.2, pct: 96.0, category: 'Sangat Tinggi' },
    ],
  },
  {
    file: 'dpmptsp-tanjabbar',
    code: 'IKU-06',
    polarity: 'positive',
    aggregation: 'last',
    annualTarget: 72.0,
    annualRealisation: 61.9,
    annualPct: 85.97,
    annualCategory: 'Tinggi',
    quarters: [
      { target: 72.0, realisation: 57.4, pct: 79.72, category: 'Tinggi' },
      { target: 72.0, realisation: 60.8, pct: 84.44, category: 'Tinggi' },
      { target: 72.0, realisation: 63.5, pct: 88.19, category: 'Tinggi' },
      { target: 72.0, realisation: 61.9, pct: 85.97, category: 'Tinggi' },
    ],
  },
  {
    file: 'bpkpd-jambi',
    code: 'IK-03',
    polarity: 'positive',
    aggregation: 'cumulative',
    annualTarget: 60.0,
    annualRealisation: 34.88,
    annualPct: 58.13,
    annualCategory: 'Rendah',
    quarters: [
      // 6.12 / 12 is exactly 51: the lower edge of Rendah.
      { target: 12.0, realisation: 6.12, cumulative: 6.12, pct: 51.0, category: 'Rendah' },
      { target: 27.0, realisation: 9.48, cumulative: 15.6, pct: 57.78, category: 'Rendah' },
      { target: 43.0, realisation: 8.75, cumulative: 24.35, pct: 56.63, category: 'Rendah' },
      { target: 60.0, realisation: 10.53, cumulative: 34.88, pct: 58.13, category: 'Rendah' },
    ],
  },
  {
    file: 'bpkpd-jambi',
    code: 'IK-05',
    polarity: 'negative',
    aggregation: 'last',
    annualTarget: 6.5,
    annualRealisation: 6.1,
    annualPct: 106.15,
    annualCategory: 'Sangat Tinggi',
    quarters: [
      { target: 6.5, realisation: 9.4, pct: 55.38, category: 'Rendah' },
      { target: 6.5, realisation: 7.8, pct: 80.0, category: 'Tinggi' },
      { target: 6.5, realisation: 6.9, pct: 93.85, category: 'Sangat Tinggi' },
      { target: 6.5, realisation: 6.1, pct: 106.15, category: 'Sangat Tinggi' },
    ],
  },
];

const quartersOf = (d: DemoIndicator) =>
  d.quarters.map((q, i) => ({ quarter: (i + 1) as Quarter, target: q.target, realisation: q.realisation }));

describe('the demo files’ derived figures are what Alur computes', () => {
  for (const d of DEMO) {
    const settings = { polarity: d.polarity, aggregation: d.aggregation };
    d.quarters.forEach((q, i) => {
      const quarter = (i + 1) as Quarter;
      it(`${d.file} ${d.code} TW ${quarter}: ${q.pct ?? 'not computable'}`, () => {
        const { aggregate, achievement } = computePeriodAchievement({
          settings,
          quarters: quartersOf(d),
          period: quarter,
        });
        if (q.cumulative !== undefined) expect(Number(aggregate.realisation)).toBe(q.cumulative);
        if (q.pct === null) {
          expect(achievement.status).toBe('not_computable');
          return;
        }
        if (achievement.status !== 'ok') throw new Error(achievement.reason.en);
        expect(Number(achievement.display)).toBe(q.pct);
        expect(achievement.category?.label.id).toBe(q.category);
      });
    });

    it(`${d.file} ${d.code} year: ${d.annualPct}`, () => {
      const { aggregate, achievement } = computePeriodAchievement({
        settings,
        quarters: quartersOf(d),
        period: 'year',
        annualTarget: d.annualTarget,
      });
      expect(Number(aggregate.realisation)).toBe(d.annualRealisation);
      if (achievement.status !== 'ok') throw new Error(achievement.reason.en);
      expect(Number(achievement.display)).toBe(d.annualPct);
      expect(achievement.category?.label.id).toBe(d.annualCategory);
    });
  }

  it('IK-07 (negative, 97 against 95) is (2×95 − 97)/95 = 97.89…, shown with its formula', () => {
    const { achievement } = computePeriodAchievement({
      settings: { polarity: 'negative', aggregation: 'last' },
      quarters: [{ quarter: 4, target: 95, realisation: 97 }],
      period: 4,
    });
    if (achievement.status !== 'ok') throw new Error(achievement.reason.en);
    expect(achievement.raw.startsWith('97.894736842105263157')).toBe(true);
    expect(achievement.display).toBe('97.89');
    expect(achievement.formula.text_en).toBe('(2×T − R) / T × 100');
  });
});
