import type { DecimalInput } from './achievement-decimal';
import type { CategoryScale } from './category-scales';
import { PERMENDAGRI_86_2017 } from './category-scales';

/**
 * Which direction is good for an indicator.
 * - `positive`: higher is better (`R / T × 100`).
 * - `negative`: lower is better (formula A or B, see {@link NegativeFormula}).
 * - `range`: the target is an interval `[lo, hi]`; inside counts as 100.
 * - `qualitative`: a yes/no or text target; 100 when met, 0 when not.
 */
export type Polarity = 'positive' | 'negative' | 'range' | 'qualitative';

/**
 * The two formulas agencies publish for lower-is-better indicators, chosen per indicator because
 * reports disagree: `A` (default) `(2T − R) / T × 100`, `B` `T / R × 100`.
 */
export type NegativeFormula = 'A' | 'B';

/**
 * How quarterly values make the figure of a period (the demo files' `agregasi_triwulan`:
 * `kumulatif` → `cumulative`, `nilai_akhir` → `last`).
 * - `cumulative`: realisation is the sum of the quarters' own amounts; Rencana Aksi targets are
 *   cumulative already.
 * - `last`: the value at the end of the period (indices, percentages).
 * - `average`: the mean of the quarters with data.
 */
export type Aggregation = 'cumulative' | 'last' | 'average';

/** Upper limit applied to the achievement shown (a regional setting); the raw value is always kept. */
export type AchievementCap = 'none' | 100 | 110 | 120;

/** Per-indicator settings, as stored on the indicator. Only `polarity` is required. */
export interface IndicatorSettings {
  polarity: Polarity;
  /** Only for `negative`; default `A`. */
  negativeFormula?: NegativeFormula | null;
  /** Default `cumulative` (how Rencana Aksi is usually written). */
  aggregation?: Aggregation;
  /** Decimals shown; default 2. Anything but an integer 0..10 falls back to 2. */
  precision?: number;
  /**
   * Only for `range`: `[lo, hi]`. A range given with the target itself (`targetHigh` of the input)
   * wins, because ranges are set per year.
   */
  range?: readonly [DecimalInput, DecimalInput] | null;
  /**
   * Only for `range`, when the realisation lies above `hi`. `positive` (default, as domain.md §3
   * states it) applies `R / hi × 100`, so exceeding the range scores above 100; `negative` applies
   * the indicator's negative formula against `hi`, for ranges where too much is as bad as too little.
   */
  rangeAbove?: 'positive' | 'negative';
}

/** Settings of the region or agency that apply to every indicator. */
export interface AchievementPolicy {
  /** Default `none`. */
  cap?: AchievementCap;
  /**
   * Negative polarity only: show 0 instead of a negative achievement (formula A with R > 2T).
   * Default `true`. A positive indicator is never floored: −1.41 against 2 is −70.50, as published.
   */
  floorNegativeAtZero?: boolean;
  /** Category scale; default Permendagri 86/2017; `null` for no category. */
  scale?: CategoryScale | null;
}

export interface ResolvedIndicatorSettings {
  polarity: Polarity;
  negativeFormula: NegativeFormula;
  aggregation: Aggregation;
  precision: number;
  range: readonly [DecimalInput, DecimalInput] | null;
  rangeAbove: 'positive' | 'negative';
}

export interface ResolvedAchievementPolicy {
  cap: AchievementCap;
  floorNegativeAtZero: boolean;
  scale: CategoryScale | null;
}

export const DEFAULT_PRECISION = 2;

/** Fills the defaults of indicator settings. */
export function resolveIndicatorSettings(settings: IndicatorSettings): ResolvedIndicatorSettings {
  const precision = settings.precision;
  return {
    polarity: settings.polarity,
    // Anything but an explicit B is the default formula A, so a typo never selects a third formula.
    negativeFormula: settings.negativeFormula === 'B' ? 'B' : 'A',
    aggregation: settings.aggregation ?? 'cumulative',
    precision:
      typeof precision === 'number' && Number.isInteger(precision) && precision >= 0 && precision <= 10
        ? precision
        : DEFAULT_PRECISION,
    range: settings.range ?? null,
    rangeAbove: settings.rangeAbove ?? 'positive',
  };
}

/** Fills the defaults of a policy: no cap, negative floored at 0, Permendagri 86/2017 categories. */
export function resolveAchievementPolicy(policy: AchievementPolicy = {}): ResolvedAchievementPolicy {
  return {
    cap: policy.cap ?? 'none',
    floorNegativeAtZero: policy.floorNegativeAtZero ?? true,
    scale: policy.scale === undefined ? PERMENDAGRI_86_2017 : policy.scale,
  };
}
