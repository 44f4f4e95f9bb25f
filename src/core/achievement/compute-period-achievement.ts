import { type AggregatedPeriod, type AggregateQuartersInput, aggregateQuarters } from './aggregate-quarters';
import { type AchievementResult, computeAchievement } from './compute-achievement';
import type { AchievementPolicy, IndicatorSettings } from './indicator-settings';

export interface PeriodAchievementInput {
  settings: IndicatorSettings;
  policy?: AchievementPolicy;
  quarters: AggregateQuartersInput['quarters'];
  period: AggregateQuartersInput['period'];
  annualTarget?: AggregateQuartersInput['annualTarget'];
  annualTargetHigh?: AggregateQuartersInput['annualTargetHigh'];
}

export interface PeriodAchievement {
  /** Target and realisation the figure was computed from, and which quarters they came from. */
  aggregate: AggregatedPeriod;
  achievement: AchievementResult;
}

/**
 * Aggregates the quarters by the indicator's aggregation and computes the achievement of the period
 * asked (TW I..IV or the year). A missing target is reported before a problem of the realisation
 * series, the same order `computeAchievement` uses.
 *
 * @example
 * computePeriodAchievement({ settings: { polarity: 'positive', aggregation: 'cumulative' }, period: 3,
 *   quarters: [{ quarter: 1, target: 200, realisation: 0 }, { quarter: 2, target: 800, realisation: 310 },
 *              { quarter: 3, target: 1500, realisation: 410 }] }).achievement.display // '48.00'
 */
export function computePeriodAchievement(input: PeriodAchievementInput): PeriodAchievement {
  const aggregate = aggregateQuarters({
    aggregation: input.settings.aggregation ?? 'cumulative',
    polarity: input.settings.polarity,
    quarters: input.quarters,
    period: input.period,
    annualTarget: input.annualTarget,
    annualTargetHigh: input.annualTargetHigh,
  });
  if (aggregate.problem && aggregate.target !== null) return { aggregate, achievement: aggregate.problem };
  const achievement = computeAchievement({
    target: aggregate.target,
    targetHigh: aggregate.targetHigh,
    realisation: aggregate.realisation,
    settings: input.settings,
    ...(input.policy ? { policy: input.policy } : {}),
  });
  return { aggregate, achievement };
}
