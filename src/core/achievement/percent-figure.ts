import { type AchievementDecimal, fullText, roundHalfUp } from './achievement-decimal';
import type { NotComputable } from './not-computable';

/** A computed percentage (or percentage points): full-precision `raw` and `display` rounded half-up. */
export interface PercentFigure {
  status: 'ok';
  raw: string;
  display: string;
  precision: number;
}

export type PercentResult = PercentFigure | NotComputable;

export function percentFigure(value: AchievementDecimal, precision: number): PercentFigure {
  return { status: 'ok', raw: fullText(value), display: roundHalfUp(value, precision), precision };
}
