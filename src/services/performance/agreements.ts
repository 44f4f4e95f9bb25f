import Decimal from 'decimal.js';
import { conflict, DomainError, fieldError, invalid } from '../../core/errors';
import { isActiveOn } from '../../core/org/appointments';
import { listAppointments } from '../../db/repositories/appointment-repository';
import { listPositions } from '../../db/repositories/org-repository';
import { listPeople } from '../../db/repositories/people-repository';
import {
  type AgreementIndicatorRecord,
  type AgreementLevel,
  type AgreementRecord,
  insertAgreement,
  insertAgreementIndicator,
  listAgreementIndicators,
  listAgreements,
  updateAgreementIndicatorTarget,
} from '../../db/repositories/performance-agreement-repository';
import {
  findRenstraForYear,
  type IndicatorWithTargets,
  listIndicators,
} from '../../db/repositories/performance-renstra-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, newId, type ServiceContext } from '../context';
import { cellPlace, LABELS, readDecimal } from './decimal-input';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';

export interface AgreementIndicatorInput {
  indicatorId: string;
  target: string | number;
  targetHigh?: string | number | null;
  /** Required when the target differs from the Renstra target of the year. */
  reason?: string | null;
}

export interface AgreementInput {
  year: number;
  level: AgreementLevel;
  firstPartyPositionId: string;
  secondPartyPositionId?: string | null;
  secondPartyTitle?: string | null;
  number?: string | null;
  signedOn?: string | null;
  indicators: AgreementIndicatorInput[];
}

/** Two targets are the same when equal as decimals (`98.20` = `98.2`), or as text for qualitative ones. */
export function sameTarget(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  try {
    return new Decimal(a).equals(new Decimal(b));
  } catch {
    return a.trim() === b.trim();
  }
}

export async function listAgencyAgreements(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year?: number,
) {
  await loadPerformanceAccess(ctx, actor, agencyId);
  const agreements = await listAgreements(ctx.db, agencyId, year === undefined ? {} : { year });
  return describeAgreements(ctx, agencyId, agreements);
}

export async function getAgreement(ctx: ServiceContext, actor: Actor, agencyId: string, agreementId: string) {
  await loadPerformanceAccess(ctx, actor, agencyId);
  const [agreement] = await listAgreements(ctx.db, agencyId, { id: agreementId });
  if (!agreement) throw agreementNotFound();
  return (await describeAgreements(ctx, agencyId, [agreement]))[0]!;
}

function agreementNotFound() {
  return new DomainError('NOT_FOUND', {
    id: 'Perjanjian Kinerja tidak ditemukan.',
    en: 'Performance agreement not found.',
  });
}

/**
 * Each PK with its parties — positions, and the people holding them on the PK date (acting officials
 * included) — and its indicators with the Renstra target beside the PK target.
 */
async function describeAgreements(ctx: ServiceContext, agencyId: string, agreements: AgreementRecord[]) {
  const [positions, appointments, people, rows] = await Promise.all([
    listPositions(ctx.db, agencyId),
    listAppointments(ctx.db, { agencyId }),
    listPeople(ctx.db, agencyId),
    listAgreementIndicators(
      ctx.db,
      agreements.map((a) => a.id),
    ),
  ]);
  const indicators = await listIndicators(ctx.db, { ids: [...new Set(rows.map((r) => r.indicatorId))] });
  const party = (positionId: string | null, title: string | null, on: string) => {
    const position = positions.find((p) => p.id === positionId);
    const holder = appointments
      .filter((a) => a.positionId === positionId && isActiveOn(a, on))
      .sort((a, b) => (a.kind === 'definitive' ? 1 : 0) - (b.kind === 'definitive' ? 1 : 0))[0];
    const person = people.find((p) => p.id === holder?.personId);
    return {
      positionId: position?.id ?? null,
      title: position?.title ?? title ?? '',
      person: person
        ? { id: person.id, fullName: person.fullName, nip: person.nip, rank: person.rank, kind: holder!.kind }
        : null,
    };
  };
  return agreements.map((a) => {
    const on = a.signedOn ?? `${a.year}-01-31`;
    return {
      ...a,
      firstParty: party(a.firstPartyPositionId, null, on),
      secondParty: party(a.secondPartyPositionId, a.secondPartyTitle, on),
      indicators: rows
        .filter((r) => r.agreementId === a.id)
        .map((r) => {
          const indicator = indicators.find((i) => i.id === r.indicatorId)!;
          return {
            id: r.id,
            indicatorId: r.indicatorId,
            code: indicator.code,
            name: indicator.name,
            unitLabel: indicator.unitLabel,
            target: r.target,
            targetHigh: r.targetHigh,
            renstraTarget: indicator.targets.find((t) => t.year === a.year)?.value ?? null,
            targetReason: r.targetReason,
          };
        }),
    };
  });
}

export async function createAgreement(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: AgreementInput,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const renstra = await findRenstraForYear(ctx.db, agencyId, input.year);
  if (!renstra)
    throw invalid([
      fieldError(
        'year',
        `Belum ada Renstra yang mencakup tahun ${input.year}.`,
        `No Renstra covers ${input.year} yet.`,
      ),
    ]);
  const positions = await listPositions(ctx.db, agencyId);
  if (!positions.some((p) => p.id === input.firstPartyPositionId))
    throw invalid([
      fieldError(
        'firstPartyPositionId',
        'Jabatan pihak pertama tidak ada di instansi ini.',
        'No such position.',
      ),
    ]);
  if (input.secondPartyPositionId && !positions.some((p) => p.id === input.secondPartyPositionId))
    throw invalid([
      fieldError(
        'secondPartyPositionId',
        'Jabatan pihak kedua tidak ada di instansi ini.',
        'No such position.',
      ),
    ]);
  if (!input.secondPartyPositionId && !input.secondPartyTitle?.trim())
    throw invalid([
      fieldError(
        'secondPartyTitle',
        'Pihak kedua wajib diisi: pilih jabatan atasan, atau tulis jabatannya bila di luar instansi (mis. Gubernur).',
        'The second party is required: a superior position, or its title when outside the agency.',
      ),
    ]);
  const indicators = await listIndicators(ctx.db, { renstraId: renstra.id });
  const agreement: AgreementRecord = {
    id: newId(),
    agencyId,
    renstraId: renstra.id,
    year: input.year,
    level: input.level,
    firstPartyPositionId: input.firstPartyPositionId,
    secondPartyPositionId: input.secondPartyPositionId ?? null,
    secondPartyTitle: input.secondPartyPositionId ? null : (input.secondPartyTitle?.trim() ?? null),
    number: input.number ?? null,
    signedOn: input.signedOn ?? null,
  };
  const rows = input.indicators.map((row, k) => agreementRow(indicators, agreement, row, k));
  const codes = new Set<string>();
  for (const [k, row] of rows.entries()) {
    if (codes.has(row.indicatorId))
      throw invalid([
        fieldError(`indicators.${k}.indicatorId`, 'Indikator ini sudah ada di PK ini.', 'Listed twice.'),
      ]);
    codes.add(row.indicatorId);
  }
  await ctx.db.transaction().execute(async (trx) => {
    try {
      await insertAgreement(trx, agreement, ctx.now().toISOString());
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(
          'AGREEMENT_EXISTS',
          'firstPartyPositionId',
          `Jabatan ini sudah memiliki Perjanjian Kinerja tahun ${input.year}.`,
          `This position already has a performance agreement for ${input.year}.`,
        );
      throw error;
    }
    for (const row of rows) await insertAgreementIndicator(trx, row);
  });
  return getAgreement(ctx, actor, agencyId, agreement.id);
}

/** Checks one PK indicator row: the indicator is the Renstra's, the target reads, a change has a reason. */
export function agreementRow(
  indicators: IndicatorWithTargets[],
  agreement: Pick<AgreementRecord, 'id' | 'year'>,
  input: AgreementIndicatorInput,
  k: number,
  prefix = `indicators.${k}.`,
): AgreementIndicatorRecord {
  const indicator = indicators.find((i) => i.id === input.indicatorId);
  if (!indicator)
    throw invalid([
      fieldError(`${prefix}indicatorId`, 'Indikator tidak ada di Renstra tahun ini.', 'Not in this Renstra.'),
    ]);
  const place = cellPlace(indicator.code, agreement.year);
  const target =
    indicator.polarity === 'qualitative'
      ? String(input.target).trim()
      : readDecimal(input.target, { field: `${prefix}target`, place, label: LABELS.target });
  const renstraTarget = indicator.targets.find((t) => t.year === agreement.year)?.value ?? null;
  const reason = input.reason?.trim() || null;
  if (!sameTarget(target, renstraTarget) && !reason)
    throw invalid([
      fieldError(
        `${prefix}reason`,
        `${place}: target PK (${target}) berbeda dari target Renstra (${renstraTarget ?? 'kosong'}); alasan perubahan wajib diisi.`,
        `${place}: the PK target (${target}) differs from the Renstra target (${renstraTarget ?? 'none'}); a reason is required.`,
      ),
    ]);
  return {
    id: newId(),
    agreementId: agreement.id,
    indicatorId: indicator.id,
    target,
    targetHigh:
      input.targetHigh === null || input.targetHigh === undefined
        ? null
        : readDecimal(input.targetHigh, {
            field: `${prefix}targetHigh`,
            place,
            label: { id: 'Batas atas target', en: 'Target upper bound' },
          }),
    targetReason: reason,
    sortOrder: k,
  };
}

/** Changes the target of one PK indicator (a reason is required when it differs from the Renstra). */
export async function updateAgreementIndicator(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  agreementId: string,
  agreementIndicatorId: string,
  input: Omit<AgreementIndicatorInput, 'indicatorId'>,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const [agreement] = await listAgreements(ctx.db, agencyId, { id: agreementId });
  if (!agreement) throw agreementNotFound();
  const current = (await listAgreementIndicators(ctx.db, [agreementId])).find(
    (r) => r.id === agreementIndicatorId,
  );
  if (!current) throw agreementNotFound();
  const indicators = await listIndicators(ctx.db, { ids: [current.indicatorId] });
  const row = agreementRow(indicators, agreement, { ...input, indicatorId: current.indicatorId }, 0, '');
  await ctx.db.transaction().execute(async (trx) => {
    await updateAgreementIndicatorTarget(trx, current.id, {
      target: row.target,
      targetHigh: row.targetHigh,
      targetReason: row.targetReason,
    });
  });
  return getAgreement(ctx, actor, agencyId, agreementId);
}
