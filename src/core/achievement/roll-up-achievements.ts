import { AchievementDecimal, type DecimalInput, fullText, roundHalfUp } from './achievement-decimal';
import {
  type Category,
  type CategoryScale,
  categorize,
  PERMENDAGRI_86_2017,
  PERMENPAN_RB_53_2014_STATUS,
} from './category-scales';
import { DEFAULT_PRECISION } from './indicator-settings';
import { type NotComputable, notComputable } from './not-computable';
import { parseDecimal } from './parse-decimal';

/** Anything with an achievement: an indicator's result or a lower roll-up's result. */
export type RollUpSource = { status: 'ok'; value: string; raw: string } | { status: 'not_computable' };

export interface RollUpItem {
  achievement: RollUpSource;
  /** Optional weight; when any item has one, every computable item needs one. */
  weight?: DecimalInput | null;
}

export interface RollUpOptions {
  /** Decimals of `display`; default 2. */
  precision?: number;
  /** Default Permendagri 86/2017; `null` for none. */
  scale?: CategoryScale | null;
  /**
   * Which figure of each item is averaged: `value` (default: after each indicator's floor and cap, as
   * the report prints them) or `raw`.
   */
  basis?: 'value' | 'raw';
}

interface RollUpCounts {
  /** Items averaged. */
  counted: number;
  /** Not-computable items left out, and their positions in the input. */
  skipped: number;
  skippedIndexes: number[];
}

export interface RollUpComputed extends RollUpCounts {
  status: 'ok';
  /** The mean in full precision; roll-ups apply no cap of their own, so `value` equals `raw`. */
  raw: string;
  value: string;
  display: string;
  category?: Category;
  attainment: Category;
  weighted: boolean;
  /** How the mean was taken, for the report's method section. */
  method: { id: string; en: string };
}

export type RollUpResult = RollUpComputed | (NotComputable & RollUpCounts);

/**
 * The mean achievement of a group: unweighted by default, weighted when weights are given. Items
 * that are not computable are skipped and counted (`skipped`, `skippedIndexes`), never read as 0;
 * weights of skipped items drop out, the rest are renormalised.
 *
 * @example rollUpAchievements([{ achievement: a120 }, { achievement: a80 }, { achievement: targetZero }])
 * // { status: 'ok', raw: '100', display: '100.00', counted: 2, skipped: 1, skippedIndexes: [2], ... }
 */
export function rollUpAchievements(items: readonly RollUpItem[], options: RollUpOptions = {}): RollUpResult {
  const basis = options.basis ?? 'value';
  const counted: Array<{ value: AchievementDecimal; weight: DecimalInput | null | undefined }> = [];
  const skippedIndexes: number[] = [];
  items.forEach((item, index) => {
    if (item.achievement.status !== 'ok') {
      skippedIndexes.push(index);
      return;
    }
    counted.push({ value: new AchievementDecimal(item.achievement[basis]), weight: item.weight });
  });
  const counts: RollUpCounts = { counted: counted.length, skipped: skippedIndexes.length, skippedIndexes };
  if (counted.length === 0) return { ...notComputable('NOTHING_COMPUTABLE'), ...counts };

  const weighted = items.some((i) => i.weight !== undefined && i.weight !== null);
  let mean: AchievementDecimal;
  if (weighted) {
    const weights: AchievementDecimal[] = [];
    for (const c of counted) {
      const w = parseDecimal(c.weight);
      if (w.kind !== 'number' || w.value.lessThan(0))
        return { ...notComputable('WEIGHTS_INVALID'), ...counts };
      weights.push(w.value);
    }
    const total = weights.reduce((a, b) => a.plus(b), new AchievementDecimal(0));
    if (total.isZero()) return { ...notComputable('WEIGHTS_INVALID'), ...counts };
    mean = counted
      .reduce((acc, c, i) => acc.plus(c.value.times(weights[i]!)), new AchievementDecimal(0))
      .div(total);
  } else {
    mean = counted.reduce((acc, c) => acc.plus(c.value), new AchievementDecimal(0)).div(counted.length);
  }

  const precision = options.precision ?? DEFAULT_PRECISION;
  const display = roundHalfUp(mean, precision);
  const scale = options.scale === undefined ? PERMENDAGRI_86_2017 : options.scale;
  const category = scale ? categorize(display, scale) : null;
  return {
    status: 'ok',
    raw: fullText(mean),
    value: fullText(mean),
    display,
    ...(category ? { category } : {}),
    attainment: categorize(display, PERMENPAN_RB_53_2014_STATUS)!,
    weighted,
    method: weighted
      ? {
          id: `Rata-rata tertimbang capaian ${counts.counted} indikator/sasaran yang dapat dihitung${counts.skipped ? `; ${counts.skipped} tidak dapat dihitung dan tidak diikutkan` : ''}.`,
          en: `Weighted mean of ${counts.counted} computable achievements${counts.skipped ? `; ${counts.skipped} not computable and left out` : ''}.`,
        }
      : {
          id: `Rata-rata (tanpa bobot) capaian ${counts.counted} indikator/sasaran yang dapat dihitung${counts.skipped ? `; ${counts.skipped} tidak dapat dihitung dan tidak diikutkan` : ''}.`,
          en: `Unweighted mean of ${counts.counted} computable achievements${counts.skipped ? `; ${counts.skipped} not computable and left out` : ''}.`,
        },
    ...counts,
  };
}

/** A sasaran's achievement: the mean of its indicators' achievements (see {@link rollUpAchievements}). */
export function rollUpSasaran(indicators: readonly RollUpItem[], options?: RollUpOptions): RollUpResult {
  return rollUpAchievements(indicators, options);
}

/** An agency's achievement: the mean of its sasaran's roll-ups (see {@link rollUpAchievements}). */
export function rollUpAgency(sasaran: readonly RollUpItem[], options?: RollUpOptions): RollUpResult {
  return rollUpAchievements(sasaran, options);
}
