import type { RunSummary } from '../../contract';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "TW 3 2026" for a quarter, "Tahunan 2026" for a year. */
export function periodText(period: RunSummary['period'], t: Translate): string {
  return period.quarter
    ? t('run.quarterly', { quarter: period.quarter, year: period.year })
    : t('run.yearly', { year: period.year });
}
