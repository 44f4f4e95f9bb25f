/**
 * Achievement (capaian) computation: pure, in decimal arithmetic, from stored inputs. Nothing here
 * throws on data: what cannot be computed comes back as `{ status: 'not_computable', reason }`.
 */
export {
  AchievementDecimal,
  type DecimalInput,
  fullText,
  percentOf,
  roundHalfUp,
} from './achievement-decimal';
export {
  ACHIEVEMENT_FORMULAS,
  describeFormula,
  type FormulaCode,
  type FormulaDescription,
} from './achievement-formulas';
export {
  type AggregatedPeriod,
  type AggregateQuartersInput,
  aggregateQuarters,
  type Period,
  QUARTER_LABELS,
  type Quarter,
  type QuarterValues,
} from './aggregate-quarters';
export {
  absorptionAgainstCashPlan,
  type BudgetQuarterValues,
  budgetAbsorption,
  budgetToPeriod,
  cashPlanDeviation,
  type ProgramAbsorption,
  programAbsorption,
} from './budget-absorption';
export {
  type EfficiencyGap,
  efficiencyGap,
  efficiencyUnspent,
  type MinistryEfficiency,
  type MinistryEfficiencyOutput,
  ministryEfficiency,
  type PercentInput,
} from './budget-efficiency';
export {
  type BandBound,
  CATEGORY_SCALES,
  type Category,
  type CategoryBand,
  type CategoryScale,
  categorize,
  checkCategoryScale,
  PERMENDAGRI_86_2017,
  PERMENDAGRI_86_2017_QUALITY,
  PERMENPAN_RB_53_2014_STATUS,
} from './category-scales';
export { compareWithPreviousYears, type YearComparison, type YearValue } from './compare-with-previous-years';
export {
  type AchievementComputed,
  type AchievementInput,
  type AchievementResult,
  computeAchievement,
} from './compute-achievement';
export {
  computePeriodAchievement,
  type PeriodAchievement,
  type PeriodAchievementInput,
} from './compute-period-achievement';
export { formatAchievementId, formatNumberId, formatPercentId, formatRupiahId } from './format-number-id';
export {
  type AchievementCap,
  type AchievementPolicy,
  type Aggregation,
  DEFAULT_PRECISION,
  type IndicatorSettings,
  type NegativeFormula,
  type Polarity,
  type ResolvedAchievementPolicy,
  type ResolvedIndicatorSettings,
  resolveAchievementPolicy,
  resolveIndicatorSettings,
} from './indicator-settings';
export {
  type NotComputable,
  type NotComputableCode,
  type NotComputableReason,
  notComputable,
} from './not-computable';
export { type ParsedDecimal, parseDecimal } from './parse-decimal';
export { type PercentFigure, type PercentResult, percentFigure } from './percent-figure';
export { type FinalTargetProgress, progressToFinalTarget } from './progress-to-final-target';
export {
  type RollUpComputed,
  type RollUpItem,
  type RollUpOptions,
  type RollUpResult,
  type RollUpSource,
  rollUpAchievements,
  rollUpAgency,
  rollUpSasaran,
} from './roll-up-achievements';
