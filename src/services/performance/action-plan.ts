import Decimal from 'decimal.js';
import { DomainError, fieldError, invalid, type LocalizedText } from '../../core/errors';
import {
  listActionPlanTargets,
  replaceActionPlan,
} from '../../db/repositories/performance-agreement-repository';
import type { Actor, ServiceContext } from '../context';
import { sameTarget } from './agreements';
import { cellPlace, LABELS, QUARTER_NAMES, readOptionalDecimal } from './decimal-input';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { listYearIndicators, type YearIndicator } from './year-indicators';

export interface ActionPlanInput {
  year: number;
  indicatorId: string;
  /** TW I..IV targets; cumulative from January for cumulative indicators; null where nothing is planned. */
  quarters: [unknown, unknown, unknown, unknown];
  /** Required when the TW IV target differs from the PK target. */
  reason?: string | null;
}

export interface ActionPlanWarning {
  field: string;
  message: LocalizedText;
}

/** The Rencana Aksi of a year: per PK indicator, the annual target and the four quarterly targets. */
export async function getActionPlan(ctx: ServiceContext, actor: Actor, agencyId: string, year: number) {
  await loadPerformanceAccess(ctx, actor, agencyId);
  const indicators = await listYearIndicators(ctx.db, agencyId, year);
  const targets = await listActionPlanTargets(
    ctx.db,
    indicators.map((i) => i.id),
    year,
  );
  return {
    year,
    rows: indicators.map((i) => {
      const mine = targets.filter((t) => t.indicatorId === i.id);
      const quarters = [1, 2, 3, 4].map((q) => mine.find((t) => t.quarter === q)?.target ?? null);
      return {
        indicatorId: i.id,
        code: i.code,
        name: i.name,
        unitLabel: i.unitLabel,
        aggregation: i.aggregation,
        sasaran: i.sasaran,
        annualTarget: i.annualTarget,
        quarters,
        reason: mine.find((t) => t.quarter === 4)?.reason ?? null,
        warnings: planWarnings(i, quarters),
      };
    }),
  };
}

/**
 * Saves an indicator's quarterly targets. A cumulative target below the previous quarter's is only a
 * warning (returned); a TW IV target that differs from the PK target needs a reason.
 */
export async function saveActionPlan(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: ActionPlanInput,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const indicator = (await listYearIndicators(ctx.db, agencyId, input.year)).find(
    (i) => i.id === input.indicatorId,
  );
  if (!indicator)
    throw new DomainError('NOT_FOUND', {
      id: `Indikator tidak ada dalam Perjanjian Kinerja ${input.year} instansi ini.`,
      en: `The indicator is not in this agency's ${input.year} performance agreement.`,
    });
  const quarters = input.quarters.map((raw, k) => {
    const place = cellPlace(indicator.code, input.year, k + 1);
    if (indicator.polarity === 'qualitative')
      return raw === null || raw === undefined || String(raw).trim() === '' ? null : String(raw).trim();
    return readOptionalDecimal(raw, { field: `quarters.${k}`, place, label: LABELS.target });
  });
  const reason = input.reason?.trim() || null;
  const q4 = quarters[3] ?? null;
  const pkTarget = indicator.annualTarget;
  if (pkTarget !== null && !sameTarget(q4, pkTarget) && !reason)
    throw invalid([
      fieldError(
        'reason',
        `${cellPlace(indicator.code, input.year, 4)}: target TW IV (${q4 ?? 'kosong'}) berbeda dari target PK (${pkTarget}); alasan wajib diisi.`,
        `${cellPlace(indicator.code, input.year, 4)}: the TW IV target (${q4 ?? 'none'}) differs from the PK target (${pkTarget}); a reason is required.`,
      ),
    ]);
  await ctx.db.transaction().execute(async (trx) => {
    await replaceActionPlan(
      trx,
      indicator.id,
      input.year,
      quarters.map((target, k) => ({ quarter: k + 1, target, reason: k === 3 ? reason : null })),
    );
  });
  return {
    indicatorId: indicator.id,
    year: input.year,
    quarters,
    reason,
    warnings: planWarnings(indicator, quarters),
  };
}

/** Cumulative targets should never fall from one quarter to the next. */
export function planWarnings(
  indicator: Pick<YearIndicator, 'code' | 'aggregation'>,
  quarters: (string | null)[],
) {
  const warnings: ActionPlanWarning[] = [];
  if (indicator.aggregation !== 'cumulative') return warnings;
  let previous: { q: number; value: Decimal } | null = null;
  for (const [k, raw] of quarters.entries()) {
    if (raw === null) continue;
    let value: Decimal;
    try {
      value = new Decimal(raw);
    } catch {
      continue;
    }
    if (previous && value.lessThan(previous.value))
      warnings.push({
        field: `quarters.${k}`,
        message: {
          id: `${indicator.code}: target kumulatif ${QUARTER_NAMES[k + 1]} (${raw}) lebih kecil dari ${QUARTER_NAMES[previous.q]} (${previous.value.toFixed()}).`,
          en: `${indicator.code}: the cumulative ${QUARTER_NAMES[k + 1]} target (${raw}) is below ${QUARTER_NAMES[previous.q]} (${previous.value.toFixed()}).`,
        },
      });
    previous = { q: k + 1, value };
  }
  return warnings;
}
