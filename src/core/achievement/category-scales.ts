import type Decimal from 'decimal.js';
import { AchievementDecimal } from './achievement-decimal';
import { parseDecimal } from './parse-decimal';

/** One end of a band: a decimal text and whether the end itself belongs to the band. */
export interface BandBound {
  value: string;
  inclusive: boolean;
}

/** One category: the achievement interval it covers (an absent bound is unbounded) and its label. */
export interface CategoryBand {
  code: string;
  label: { id: string; en: string };
  lower?: BandBound;
  upper?: BandBound;
}

/**
 * A category scale as data, so a region can configure its own. Bands are listed from the best
 * down and must cover the line without gaps or overlaps ({@link checkCategoryScale} says where not).
 */
export interface CategoryScale {
  code: string;
  name: { id: string; en: string };
  /** How to read the bands, printed in a report's method section. */
  note: { id: string; en: string };
  bands: readonly CategoryBand[];
}

const closedFrom = (value: string): BandBound => ({ value, inclusive: true });
const openAt = (value: string): BandBound => ({ value, inclusive: false });

const HALF_OPEN_NOTE = {
  id: 'Rentang dibaca setengah terbuka: ≥ 91 Sangat Tinggi; 76 s.d. < 91 Tinggi; 66 s.d. < 76 Sedang; 51 s.d. < 66 Rendah; < 51 Sangat Rendah (nilai dibulatkan sesuai presisi indikator sebelum dikategorikan).',
  en: 'Bands are read half-open: ≥ 91 very high; 76 to < 91 high; 66 to < 76 medium; 51 to < 66 low; < 51 very low (values are rounded to the indicator precision before categorising).',
};

function permendagriBands(labels: Array<[string, string, string]>): CategoryBand[] {
  const bounds: Array<[BandBound | undefined, BandBound | undefined]> = [
    [closedFrom('91'), undefined],
    [closedFrom('76'), openAt('91')],
    [closedFrom('66'), openAt('76')],
    [closedFrom('51'), openAt('66')],
    [undefined, openAt('51')],
  ];
  return labels.map(([code, id, en], i) => {
    const [lower, upper] = bounds[i]!;
    return { code, label: { id, en }, ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) };
  });
}

/**
 * Permendagri 86/2017 bands (the default), written in the regulation with integers
 * (≥91, 76–90, 66–75, 51–65, ≤50) and read here as half-open intervals so 90.5 and 75.5 fall somewhere:
 * [91, ∞) Sangat Tinggi, [76, 91) Tinggi, [66, 76) Sedang, [51, 66) Rendah, (−∞, 51) Sangat Rendah.
 */
export const PERMENDAGRI_86_2017: CategoryScale = {
  code: 'permendagri_86_2017',
  name: { id: 'Permendagri 86/2017', en: 'Permendagri 86/2017' },
  note: HALF_OPEN_NOTE,
  bands: permendagriBands([
    ['sangat_tinggi', 'Sangat Tinggi', 'Very high'],
    ['tinggi', 'Tinggi', 'High'],
    ['sedang', 'Sedang', 'Medium'],
    ['rendah', 'Rendah', 'Low'],
    ['sangat_rendah', 'Sangat Rendah', 'Very low'],
  ]),
};

/** The same bands with the labels some LKjIPs print: Sangat Baik / Baik / Cukup / Kurang / Sangat Kurang. */
export const PERMENDAGRI_86_2017_QUALITY: CategoryScale = {
  code: 'permendagri_86_2017_quality',
  name: {
    id: 'Permendagri 86/2017 (Sangat Baik – Sangat Kurang)',
    en: 'Permendagri 86/2017 (very good – very poor)',
  },
  note: {
    id: 'Rentang dibaca setengah terbuka: ≥ 91 Sangat Baik; 76 s.d. < 91 Baik; 66 s.d. < 76 Cukup; 51 s.d. < 66 Kurang; < 51 Sangat Kurang (nilai dibulatkan sesuai presisi indikator sebelum dikategorikan).',
    en: 'Bands are read half-open: ≥ 91 very good; 76 to < 91 good; 66 to < 76 fair; 51 to < 66 poor; < 51 very poor (values are rounded to the indicator precision before categorising).',
  },
  bands: permendagriBands([
    ['sangat_baik', 'Sangat Baik', 'Very good'],
    ['baik', 'Baik', 'Good'],
    ['cukup', 'Cukup', 'Fair'],
    ['kurang', 'Kurang', 'Poor'],
    ['sangat_kurang', 'Sangat Kurang', 'Very poor'],
  ]),
};

/**
 * PermenPAN-RB 53/2014 plain status: below 100 "tidak tercapai", exactly 100 "tercapai", above 100
 * "melebihi target". Every achievement result carries it as `attainment`.
 */
export const PERMENPAN_RB_53_2014_STATUS: CategoryScale = {
  code: 'permenpan_rb_53_2014_status',
  name: { id: 'PermenPAN-RB 53/2014 (status)', en: 'PermenPAN-RB 53/2014 (status)' },
  note: {
    id: '< 100 tidak tercapai; 100 tercapai; > 100 melebihi target.',
    en: '< 100 not met; 100 met; > 100 exceeded.',
  },
  bands: [
    { code: 'exceeded', label: { id: 'Melebihi target', en: 'Exceeded' }, lower: openAt('100') },
    { code: 'met', label: { id: 'Tercapai', en: 'Met' }, lower: closedFrom('100'), upper: closedFrom('100') },
    { code: 'not_met', label: { id: 'Tidak tercapai', en: 'Not met' }, upper: openAt('100') },
  ],
};

/** The scales shipped with Alur, by code. */
export const CATEGORY_SCALES: Readonly<Record<string, CategoryScale>> = {
  [PERMENDAGRI_86_2017.code]: PERMENDAGRI_86_2017,
  [PERMENDAGRI_86_2017_QUALITY.code]: PERMENDAGRI_86_2017_QUALITY,
  [PERMENPAN_RB_53_2014_STATUS.code]: PERMENPAN_RB_53_2014_STATUS,
};

/** The category as carried in results. */
export interface Category {
  scale: string;
  code: string;
  label: { id: string; en: string };
}

function inside(value: Decimal, band: CategoryBand): boolean {
  if (band.lower) {
    const c = value.comparedTo(band.lower.value);
    if (c < 0 || (c === 0 && !band.lower.inclusive)) return false;
  }
  if (band.upper) {
    const c = value.comparedTo(band.upper.value);
    if (c > 0 || (c === 0 && !band.upper.inclusive)) return false;
  }
  return true;
}

/**
 * The band a value falls in, or `null` when the scale leaves it uncovered. Pass the value already
 * rounded to the indicator's precision when it should agree with the printed figure. The scale must
 * have passed {@link checkCategoryScale} (bounds that are not numbers are a configuration error).
 *
 * @example categorize('90.5', PERMENDAGRI_86_2017)?.label.id // 'Tinggi'
 * @example categorize('91', PERMENDAGRI_86_2017)?.label.id   // 'Sangat Tinggi'
 */
export function categorize(value: string | number | Decimal, scale: CategoryScale): Category | null {
  const parsed = parseDecimal(value);
  if (parsed.kind !== 'number') return null;
  const band = scale.bands.find((b) => inside(parsed.value, b));
  return band ? { scale: scale.code, code: band.code, label: band.label } : null;
}

/**
 * Problems of a configured scale, in English for the administrator screen's log (empty when the bands
 * cover the whole line exactly once). Bands are compared after sorting by their lower bound.
 */
export function checkCategoryScale(scale: CategoryScale): string[] {
  const problems: string[] = [];
  if (scale.bands.length === 0) return ['the scale has no bands'];
  for (const band of scale.bands) {
    for (const bound of [band.lower, band.upper]) {
      if (bound && parseDecimal(bound.value).kind !== 'number')
        problems.push(`band ${band.code}: ${bound.value} is not a number`);
    }
  }
  if (problems.length > 0) return problems;
  const lowerOf = (b: CategoryBand) => (b.lower ? new AchievementDecimal(b.lower.value) : null);
  const sorted = [...scale.bands].sort((a, b) => {
    const la = lowerOf(a);
    const lb = lowerOf(b);
    if (la === null) return -1;
    if (lb === null) return 1;
    return la.comparedTo(lb) || (a.lower!.inclusive ? -1 : 1);
  });
  if (sorted[0]!.lower) problems.push(`values below ${sorted[0]!.lower.value} fall in no band`);
  for (let i = 0; i < sorted.length - 1; i++) {
    const here = sorted[i]!;
    const next = sorted[i + 1]!;
    if (!here.upper || !next.lower) {
      problems.push(`bands ${here.code} and ${next.code} overlap`);
      continue;
    }
    const c = new AchievementDecimal(here.upper.value).comparedTo(next.lower.value);
    if (c < 0) problems.push(`values between ${here.upper.value} and ${next.lower.value} fall in no band`);
    else if (c > 0) problems.push(`bands ${here.code} and ${next.code} overlap`);
    else if (here.upper.inclusive === next.lower.inclusive) {
      problems.push(
        here.upper.inclusive
          ? `${here.upper.value} falls in both ${here.code} and ${next.code}`
          : `${here.upper.value} falls in no band`,
      );
    }
  }
  const last = sorted[sorted.length - 1]!;
  if (last.upper) problems.push(`values above ${last.upper.value} fall in no band`);
  return problems;
}
