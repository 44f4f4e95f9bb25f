import { notComputable } from '../../core/achievement';
import { conflict, DomainError, fieldError, invalid } from '../../core/errors';
import {
  listAgreementIndicators,
  listAgreements,
} from '../../db/repositories/performance-agreement-repository';
import {
  findAgencyIndicatorRenstra,
  lockRow,
  updateIndicatorRow,
} from '../../db/repositories/performance-editing-repository';
import {
  type Aggregation,
  findRenstra,
  type IndicatorWithTargets,
  listIndicators,
  listPlanNodes,
  type Polarity,
} from '../../db/repositories/performance-renstra-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import type { Actor, ServiceContext } from '../context';
import type { ActionPlanWarning } from './action-plan';
import { sameTarget } from './agreements';
import { cellPlace, LABELS, readDecimal } from './decimal-input';
import { codeText, FIELD_NAMES, optionalText, requiredText, TEXT_LIMITS } from './edit-input';
import { assertCurrent, indicatorRevision } from './edit-revision';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { buildIndicator, type IndicatorInput } from './renstra';
import { indicatorEditorView } from './renstra-editor-view';

/** A change to an indicator; fields left out stay as they are, `null` clears an optional one. */
export interface IndicatorEdit {
  /** The revision the editor was shown (see `edit-revision.ts`). */
  revision?: string | null;
  nodeId?: string;
  code?: string;
  name?: string;
  unitLabel?: string;
  polarity?: Polarity;
  negativeFormula?: 'A' | 'B' | null;
  aggregation?: Aggregation;
  precision?: number;
  definition?: string | null;
  formulaText?: string | null;
  dataSource?: string | null;
  unitId?: string | null;
  isIku?: boolean;
  baselineYear?: number | null;
  baselineValue?: unknown;
  finalTarget?: unknown;
  /** Targets of the named years only; an empty value removes that year's target. */
  targets?: { year: number; value: unknown; valueHigh?: unknown }[];
}

const POLARITIES: Polarity[] = ['positive', 'negative', 'range', 'qualitative'];
const AGGREGATIONS: Aggregation[] = ['cumulative', 'last', 'average'];

/**
 * Changes an indicator of the Renstra: any of its fields and the targets of some years, checked as
 * when it was created (decimals, the Renstra period, a range's high end). A zero target is stored; the
 * answer warns that its achievement cannot be computed, and that a PK whose target now differs from
 * the Renstra has no reason written yet.
 */
export async function updateIndicator(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  indicatorId: string,
  edit: IndicatorEdit,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const renstraId = await findAgencyIndicatorRenstra(ctx.db, agencyId, indicatorId);
  if (!renstraId) throw indicatorNotFound();
  const renstra = (await findRenstra(ctx.db, renstraId))!;
  const warnings: ActionPlanWarning[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockRow(trx, 'indicator', indicatorId))) throw indicatorNotFound();
    const all = await listIndicators(trx, { renstraId });
    const current = all.find((i) => i.id === indicatorId)!;
    assertCurrent(edit.revision, indicatorRevision(current), {
      id: `Indikator ${current.code}`,
      en: `Indicator ${current.code}`,
    });
    const input = await mergeEdit(trx, renstra, current, edit);
    if (all.some((i) => i.id !== current.id && i.code === input.code)) throw indicatorCodeTaken(input.code);
    const built = await buildIndicator(access, renstra, input, current.id);
    const next: IndicatorWithTargets = {
      ...built,
      note: current.note,
      sortOrder: current.sortOrder,
      history: current.history,
    };
    try {
      await updateIndicatorRow(trx, next);
    } catch (error) {
      if (isUniqueViolation(error)) throw indicatorCodeTaken(input.code);
      throw error;
    }
    warnings.push(...zeroTargetWarnings(next), ...(await agreementWarnings(trx, agencyId, current, next)));
  });
  return { indicator: await indicatorEditorView(ctx.db, access, indicatorId), warnings };
}

/** The indicator as it will be: the stored one with the edit's fields, each checked and named. */
async function mergeEdit(
  db: ServiceContext['db'],
  renstra: { id: string; startYear: number; endYear: number },
  current: IndicatorWithTargets,
  edit: IndicatorEdit,
): Promise<IndicatorInput> {
  const code =
    edit.code === undefined
      ? current.code
      : codeText(edit.code, {
          field: 'code',
          place: `Indikator ${current.code}`,
          max: TEXT_LIMITS.indicatorCode,
        });
  const place = code;
  const text = (field: 'definition' | 'formulaText' | 'dataSource', max: number): string | null =>
    edit[field] === undefined
      ? current[field]
      : optionalText(edit[field], { field, place, label: FIELD_NAMES[field], max });
  if (edit.polarity !== undefined && !POLARITIES.includes(edit.polarity))
    throw invalid([
      fieldError('polarity', `${place}: polaritas tidak dikenal.`, `${place}: unknown polarity.`),
    ]);
  if (edit.aggregation !== undefined && !AGGREGATIONS.includes(edit.aggregation))
    throw invalid([
      fieldError('aggregation', `${place}: cara agregasi tidak dikenal.`, `${place}: unknown aggregation.`),
    ]);
  const precision = edit.precision ?? current.precision;
  if (!Number.isInteger(precision) || precision < 0 || precision > 6)
    throw invalid([
      fieldError(
        'precision',
        `${place}: ${FIELD_NAMES.precision.id} harus bilangan bulat 0 sampai 6 (tertulis ${precision}).`,
        `${place}: ${FIELD_NAMES.precision.en} must be a whole number from 0 to 6 (got ${precision}).`,
      ),
    ]);
  const baselineYear = edit.baselineYear === undefined ? current.baselineYear : edit.baselineYear;
  if (
    baselineYear !== null &&
    (!Number.isInteger(baselineYear) || baselineYear < 1990 || baselineYear > 2100)
  )
    throw invalid([
      fieldError(
        'baselineYear',
        `${place}: ${FIELD_NAMES.baselineYear.id} harus tahun empat angka (tertulis ${baselineYear}).`,
        `${place}: ${FIELD_NAMES.baselineYear.en} must be a four-digit year (got ${baselineYear}).`,
      ),
    ]);
  let nodeId = current.nodeId;
  if (edit.nodeId !== undefined && edit.nodeId !== current.nodeId) {
    if (!(await listPlanNodes(db, renstra.id)).some((n) => n.id === edit.nodeId))
      throw invalid([
        fieldError(
          'nodeId',
          `${place}: simpul Renstra tujuan tidak ditemukan.`,
          `${place}: no such Renstra node.`,
        ),
      ]);
    nodeId = edit.nodeId;
  }
  const polarity = edit.polarity ?? current.polarity;
  return {
    nodeId,
    code,
    name:
      edit.name === undefined
        ? current.name
        : requiredText(edit.name, {
            field: 'name',
            place,
            label: FIELD_NAMES.indicatorName,
            max: TEXT_LIMITS.indicatorName,
          }),
    unitLabel:
      edit.unitLabel === undefined
        ? current.unitLabel
        : requiredText(edit.unitLabel, {
            field: 'unitLabel',
            place,
            label: FIELD_NAMES.unitLabel,
            max: TEXT_LIMITS.unitLabel,
          }),
    polarity,
    negativeFormula: edit.negativeFormula === undefined ? current.negativeFormula : edit.negativeFormula,
    aggregation: edit.aggregation ?? current.aggregation,
    precision,
    definition: text('definition', TEXT_LIMITS.definition),
    formulaText: text('formulaText', TEXT_LIMITS.formulaText),
    dataSource: text('dataSource', TEXT_LIMITS.dataSource),
    unitId: edit.unitId === undefined ? current.unitId : edit.unitId,
    isIku: edit.isIku ?? current.isIku,
    baselineYear,
    baselineValue: edit.baselineValue === undefined ? current.baselineValue : emptyAsNull(edit.baselineValue),
    finalTarget: edit.finalTarget === undefined ? current.finalTarget : emptyAsNull(edit.finalTarget),
    targets: mergeTargets(renstra, code, polarity, current.targets, edit.targets),
  } as IndicatorInput;
}

function emptyAsNull(raw: unknown) {
  return raw === null || (typeof raw === 'string' && raw.trim() === '') ? null : (raw as string | number);
}

/**
 * The stored targets with the edited years replaced or removed. Each edited value is read here so the
 * message names the field as sent (`targets.0.value` for the first edited year).
 */
function mergeTargets(
  renstra: { startYear: number; endYear: number },
  code: string,
  polarity: Polarity,
  current: IndicatorWithTargets['targets'],
  patch: IndicatorEdit['targets'],
): IndicatorInput['targets'] {
  const byYear = new Map(current.map((t) => [t.year, { value: t.value, valueHigh: t.valueHigh }]));
  const seen = new Set<number>();
  for (const [k, t] of (patch ?? []).entries()) {
    const place = cellPlace(code, t.year);
    if (
      !Number.isInteger(t.year) ||
      t.year < renstra.startYear ||
      t.year > renstra.endYear ||
      seen.has(t.year)
    )
      throw invalid([
        fieldError(
          `targets.${k}.year`,
          `${place}: tahun target harus dalam periode Renstra ${renstra.startYear}–${renstra.endYear}, sekali saja.`,
          `${place}: the target year must be within ${renstra.startYear}–${renstra.endYear}, once.`,
        ),
      ]);
    seen.add(t.year);
    if (t.value === null || t.value === undefined || (typeof t.value === 'string' && t.value.trim() === '')) {
      byYear.delete(t.year);
      continue;
    }
    const value =
      polarity === 'qualitative'
        ? requiredText(t.value, { field: `targets.${k}.value`, place, label: LABELS.target, max: 200 })
        : readDecimal(t.value, { field: `targets.${k}.value`, place, label: LABELS.target });
    const valueHigh =
      polarity === 'range'
        ? readDecimal(t.valueHigh, {
            field: `targets.${k}.valueHigh`,
            place,
            label: { id: 'Batas atas target', en: 'Target upper bound' },
            min: Number(value),
          })
        : null;
    byYear.set(t.year, { value, valueHigh });
  }
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, t]) => ({ year, value: t.value, valueHigh: t.valueHigh }));
}

/** A zero target is kept, but its achievement will read "tidak dapat dihitung": say so now. */
function zeroTargetWarnings(i: IndicatorWithTargets): ActionPlanWarning[] {
  if (i.polarity !== 'positive' && i.polarity !== 'negative') return [];
  const reason = notComputable('TARGET_ZERO').reason;
  return i.targets
    .map((t, k) => ({ t, k }))
    .filter(({ t }) => sameTarget(t.value, '0'))
    .map(({ t, k }) => ({
      field: `targets.${k}.value`,
      message: {
        id: `${cellPlace(i.code, t.year)}: ${reason.id}`,
        en: `${cellPlace(i.code, t.year)}: ${reason.en}`,
      },
    }));
}

/** PKs of a year whose Renstra target changed now differ from it without a reason. */
async function agreementWarnings(
  db: ServiceContext['db'],
  agencyId: string,
  before: IndicatorWithTargets,
  after: IndicatorWithTargets,
): Promise<ActionPlanWarning[]> {
  const target = (i: IndicatorWithTargets, year: number) =>
    i.targets.find((t) => t.year === year)?.value ?? null;
  const agreements = await listAgreements(db, agencyId);
  const rows = (
    await listAgreementIndicators(
      db,
      agreements.map((a) => a.id),
    )
  ).filter((r) => r.indicatorId === after.id);
  const warnings: ActionPlanWarning[] = [];
  for (const row of rows) {
    const agreement = agreements.find((a) => a.id === row.agreementId)!;
    const renstraTarget = target(after, agreement.year);
    if (sameTarget(target(before, agreement.year), renstraTarget)) continue;
    if (sameTarget(row.target, renstraTarget) || row.targetReason) continue;
    warnings.push({
      field: `targets.${agreement.year}`,
      message: {
        id: `${cellPlace(after.code, agreement.year)}: target PK (${row.target}) kini berbeda dari target Renstra (${renstraTarget ?? 'kosong'}); samakan target PK atau tulis alasannya di halaman PK.`,
        en: `${cellPlace(after.code, agreement.year)}: the PK target (${row.target}) now differs from the Renstra target (${renstraTarget ?? 'none'}); align the PK target or write the reason on the PK page.`,
      },
    });
  }
  return warnings;
}

export function indicatorNotFound() {
  return new DomainError('NOT_FOUND', { id: 'Indikator tidak ditemukan.', en: 'Indicator not found.' });
}

function indicatorCodeTaken(code: string) {
  return conflict(
    'INDICATOR_CODE_TAKEN',
    'code',
    `Indikator: kode ${code} sudah dipakai di Renstra ini; kode indikator harus unik.`,
    `Indicator: code ${code} is already used in this Renstra; indicator codes must be unique.`,
  );
}
