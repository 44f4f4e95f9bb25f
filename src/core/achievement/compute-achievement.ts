import {
  AchievementDecimal,
  type DecimalInput,
  fullText,
  percentOf,
  roundHalfUp,
} from './achievement-decimal';
import { describeFormula, type FormulaDescription } from './achievement-formulas';
import { type Category, categorize, PERMENPAN_RB_53_2014_STATUS } from './category-scales';
import {
  type AchievementPolicy,
  type IndicatorSettings,
  type Polarity,
  type ResolvedAchievementPolicy,
  type ResolvedIndicatorSettings,
  resolveAchievementPolicy,
  resolveIndicatorSettings,
} from './indicator-settings';
import { type NotComputable, notComputable } from './not-computable';
import { parseDecimal } from './parse-decimal';

/** One indicator's stored inputs for one period. */
export interface AchievementInput {
  /**
   * The target as stored (decimal text or number; free text for a qualitative indicator). For a range
   * indicator with `targetHigh`, this is the low end.
   */
  target: string | number | null | undefined;
  /**
   * The realisation as stored, never a rounded display value. A qualitative indicator also accepts a
   * boolean (met or not) or the words ya/tidak, tercapai/tidak tercapai, sudah/belum.
   */
  realisation: string | number | boolean | null | undefined;
  /** High end of a range target for this period; wins over `settings.range`. */
  targetHigh?: DecimalInput | null;
  settings: IndicatorSettings;
  policy?: AchievementPolicy;
}

/** A computed achievement. All figures are percentages written as plain decimal text. */
export interface AchievementComputed {
  status: 'ok';
  /** The formula's result in full (34 significant digits), before any floor or cap. */
  raw: string;
  /** What counts: `raw` after the negative floor (if set) and the cap (if set), full precision. */
  value: string;
  /** `value` rounded half-up to the indicator's precision, `.` as decimal mark: `66.67`. */
  display: string;
  precision: number;
  formula: FormulaDescription;
  /** From the policy's scale, of `display` (so the printed figure and its category agree). */
  category?: Category;
  /** PermenPAN-RB 53/2014 status of `raw` rounded to the precision: met, not met or exceeded. */
  attainment: Category;
  floored: boolean;
  capped: boolean;
  /** Range indicators only: where the realisation lies. */
  rangeSide?: 'below' | 'inside' | 'above';
}

export type AchievementResult = AchievementComputed | NotComputable;

const POLARITIES: readonly Polarity[] = ['positive', 'negative', 'range', 'qualitative'];

type Raw = {
  raw: AchievementDecimal;
  negativeFormulaUsed: boolean;
  rangeSide?: 'below' | 'inside' | 'above';
};

/**
 * The achievement (persentase capaian) of one indicator for one period, in decimal arithmetic from the
 * stored inputs. Never throws on data and never yields NaN: impossible cases come back as
 * `{ status: 'not_computable', reason }` (target 0 with a positive polarity, missing or non-numeric
 * inputs, R = 0 under formula B, ...).
 *
 * @example
 * computeAchievement({ target: 8, realisation: 10, settings: { polarity: 'negative' } }).display // '75.00'
 * computeAchievement({ target: '2', realisation: '-1.41', settings: { polarity: 'positive' } }).display // '-70.50'
 */
export function computeAchievement(input: AchievementInput): AchievementResult {
  const settings = resolveIndicatorSettings(input.settings);
  if (!POLARITIES.includes(settings.polarity)) return notComputable('SETTINGS_INVALID');
  const policy = resolveAchievementPolicy(input.policy);
  const raw = settings.polarity === 'qualitative' ? qualitativeRaw(input) : numericRaw(input, settings);
  if ('status' in raw) return raw;
  return finish(raw, settings, policy);
}

function finish(
  r: Raw,
  settings: ResolvedIndicatorSettings,
  policy: ResolvedAchievementPolicy,
): AchievementComputed {
  let value = r.raw;
  let floored = false;
  let capped = false;
  if (r.negativeFormulaUsed && policy.floorNegativeAtZero && value.lessThan(0)) {
    value = new AchievementDecimal(0);
    floored = true;
  }
  if (policy.cap !== 'none' && value.greaterThan(policy.cap)) {
    value = new AchievementDecimal(policy.cap);
    capped = true;
  }
  const display = roundHalfUp(value, settings.precision);
  const category = policy.scale ? categorize(display, policy.scale) : null;
  const attainment = categorize(roundHalfUp(r.raw, settings.precision), PERMENPAN_RB_53_2014_STATUS)!;
  return {
    status: 'ok',
    raw: fullText(r.raw),
    value: fullText(value),
    display,
    precision: settings.precision,
    formula: describeFormula(settings),
    ...(category ? { category } : {}),
    attainment,
    floored,
    capped,
    ...(r.rangeSide ? { rangeSide: r.rangeSide } : {}),
  };
}

type Dec = AchievementDecimal;

function readTarget(value: DecimalInput | null | undefined): Dec | NotComputable {
  const t = parseDecimal(value);
  if (t.kind === 'missing') return notComputable('TARGET_MISSING');
  if (t.kind === 'not_a_number') return notComputable('TARGET_NOT_A_NUMBER');
  return t.value;
}

function readRealisation(value: string | number | boolean | null | undefined): Dec | NotComputable {
  if (typeof value === 'boolean') return notComputable('REALISATION_NOT_A_NUMBER');
  const r = parseDecimal(value);
  if (r.kind === 'missing') return notComputable('REALISATION_MISSING');
  if (r.kind === 'not_a_number') return notComputable('REALISATION_NOT_A_NUMBER');
  return r.value;
}

/** A divisor target must be above zero for any percentage formula to mean something. */
function checkDivisorTarget(t: Dec): NotComputable | null {
  if (t.isZero()) return notComputable('TARGET_ZERO');
  if (t.lessThan(0)) return notComputable('TARGET_NEGATIVE');
  return null;
}

function isFailure(x: Dec | NotComputable): x is NotComputable {
  return (x as NotComputable).status === 'not_computable';
}

function numericRaw(input: AchievementInput, settings: ResolvedIndicatorSettings): Raw | NotComputable {
  if (settings.polarity === 'range') return rangeRaw(input, settings);
  const t = readTarget(input.target as DecimalInput | null | undefined);
  if (isFailure(t)) return t;
  const r = readRealisation(input.realisation);
  if (isFailure(r)) return r;
  if (settings.polarity === 'positive') {
    return checkDivisorTarget(t) ?? { raw: percentOf(r, t), negativeFormulaUsed: false };
  }
  return negativeRaw(t, r, settings.negativeFormula);
}

function negativeRaw(t: Dec, r: Dec, formula: 'A' | 'B'): Raw | NotComputable {
  if (formula === 'B') {
    if (t.lessThan(0)) return notComputable('TARGET_NEGATIVE');
    if (r.isZero()) return notComputable('REALISATION_ZERO');
    return { raw: percentOf(t, r), negativeFormulaUsed: true };
  }
  // Formula A; the shipped bug (T − R) / T would give 0 when R = T: here R = T gives exactly 100.
  return checkDivisorTarget(t) ?? { raw: percentOf(t.times(2).minus(r), t), negativeFormulaUsed: true };
}

function rangeRaw(input: AchievementInput, settings: ResolvedIndicatorSettings): Raw | NotComputable {
  const bounds: [unknown, unknown] | null =
    input.targetHigh !== undefined && input.targetHigh !== null
      ? [input.target, input.targetHigh]
      : settings.range
        ? [settings.range[0], settings.range[1]]
        : null;
  if (!bounds) return notComputable('RANGE_MISSING');
  const lo = parseDecimal(bounds[0] as DecimalInput | null);
  const hi = parseDecimal(bounds[1] as DecimalInput | null);
  if (lo.kind === 'missing' || hi.kind === 'missing') return notComputable('RANGE_MISSING');
  if (lo.kind === 'not_a_number' || hi.kind === 'not_a_number') return notComputable('TARGET_NOT_A_NUMBER');
  if (lo.value.greaterThan(hi.value)) return notComputable('RANGE_INVALID');
  const r = readRealisation(input.realisation);
  if (isFailure(r)) return r;
  if (r.lessThan(lo.value)) {
    return (
      checkDivisorTarget(lo.value) ?? {
        raw: percentOf(r, lo.value),
        negativeFormulaUsed: false,
        rangeSide: 'below',
      }
    );
  }
  if (r.greaterThan(hi.value)) {
    if (settings.rangeAbove === 'negative') {
      const above = negativeRaw(hi.value, r, settings.negativeFormula);
      return 'status' in above ? above : { ...above, rangeSide: 'above' };
    }
    return (
      checkDivisorTarget(hi.value) ?? {
        raw: percentOf(r, hi.value),
        negativeFormulaUsed: false,
        rangeSide: 'above',
      }
    );
  }
  return { raw: new AchievementDecimal(100), negativeFormulaUsed: false, rangeSide: 'inside' };
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

const MET_WORDS = new Set([
  'ya',
  'y',
  'yes',
  'true',
  'tercapai',
  'sudah',
  'sudah tercapai',
  'terpenuhi',
  'sesuai',
  'ada',
]);
const NOT_MET_WORDS = new Set([
  'tidak',
  't',
  'no',
  'false',
  'belum',
  'tidak tercapai',
  'belum tercapai',
  'tidak terpenuhi',
  'tidak sesuai',
  'tidak ada',
]);

/**
 * Qualitative: met when the realisation is `true`, equals the target text (ignoring case and spacing),
 * or is a "yes" word; not met when `false` or a "no" word. Any other text is not a judgement Alur may
 * guess ("WDP" against "WTP" could be a synonym or not), so it is not computable.
 */
function qualitativeRaw(input: AchievementInput): Raw | NotComputable {
  const target = input.target === null || input.target === undefined ? '' : normalise(String(input.target));
  if (target === '') return notComputable('TARGET_MISSING');
  const realisation = input.realisation;
  let met: boolean;
  if (typeof realisation === 'boolean') {
    met = realisation;
  } else {
    const text = realisation === null || realisation === undefined ? '' : normalise(String(realisation));
    if (text === '') return notComputable('REALISATION_MISSING');
    if (text === target || MET_WORDS.has(text)) met = true;
    else if (NOT_MET_WORDS.has(text)) met = false;
    else return notComputable('QUALITATIVE_UNCLEAR');
  }
  return { raw: new AchievementDecimal(met ? 100 : 0), negativeFormulaUsed: false };
}
