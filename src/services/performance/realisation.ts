import Decimal from 'decimal.js';
import { DomainError, fieldError, invalid } from '../../core/errors';
import type { Db } from '../../db/database';
import { listActionPlanTargets } from '../../db/repositories/performance-agreement-repository';
import {
  findRealisation,
  insertRealisation,
  insertRealisationCorrection,
  insertRealisationEvent,
  listRealisationCorrections,
  listRealisationEvents,
  listRealisations,
  type RealisationRecord,
  type RealisationStatus,
  updateRealisation,
} from '../../db/repositories/performance-realisation-repository';
import { findIndicatorAgency } from '../../db/repositories/performance-renstra-repository';
import { type Actor, newId, type ServiceContext } from '../context';
import { achievementOf } from './achievement-view';
import { cellPlace, LABELS, QUARTER_NAMES, readOptionalDecimal } from './decimal-input';
import {
  assertCanEnter,
  assertCanPlan,
  loadPerformanceAccess,
  type PerformanceAccess,
} from './performance-access';
import { listYearIndicators, type YearIndicator } from './year-indicators';

export interface RealisationEntry {
  indicatorId: string;
  quarter: number;
  /** Decimal (number or text) — for a cumulative indicator the quarter's own amount —, or text if qualitative. */
  value?: unknown;
  evidence?: string | null;
  obstacles?: string | null;
  actions?: string | null;
  /** The version the person saw; a newer one in the database means someone else saved first. */
  version?: number | null;
}

export interface SaveRealisationInput {
  year: number;
  entries: RealisationEntry[];
  /** Submit for verification (value required) instead of keeping a draft. */
  submit?: boolean;
}

const EDITABLE: RealisationStatus[] = ['draft', 'returned'];

/**
 * The realisation grid of a year (optionally one unit's indicators): per indicator the annual target,
 * and per quarter the Rencana Aksi target, the stored realisation with its status, for cumulative
 * indicators the cumulative realisation to that quarter (sum of the quarters' own amounts), and the
 * achievement of the quarter and of the year, computed on read (drafts included: a screen shows the
 * figure as it would be).
 */
export async function getRealisationGrid(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  filter: { year: number; unitId?: string | null },
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const indicators = (await listYearIndicators(ctx.db, agencyId, filter.year)).filter(
    (i) => !filter.unitId || i.unitId === filter.unitId,
  );
  const ids = indicators.map((i) => i.id);
  const [targets, realisations] = await Promise.all([
    listActionPlanTargets(ctx.db, ids, filter.year),
    listRealisations(ctx.db, { indicatorIds: ids, year: filter.year }),
  ]);
  // Indexed once: a grid of thousands of indicators must not scan every row per cell.
  const targetOf = new Map(targets.map((t) => [`${t.indicatorId}:${t.quarter}`, t]));
  const realisationOf = new Map(realisations.map((r) => [`${r.indicatorId}:${r.quarter}`, r]));
  return {
    year: filter.year,
    unitId: filter.unitId ?? null,
    canPlan: access.canPlan,
    rows: indicators.map((i) => {
      let running = new Decimal(0);
      const inputs = [1, 2, 3, 4].map((q) => ({
        quarter: q,
        target: targetOf.get(`${i.id}:${q}`)?.target ?? null,
        realisation: realisationOf.get(`${i.id}:${q}`)?.value ?? null,
      }));
      return {
        indicatorId: i.id,
        code: i.code,
        name: i.name,
        unitLabel: i.unitLabel,
        polarity: i.polarity,
        negativeFormula: i.negativeFormula,
        aggregation: i.aggregation,
        precision: i.precision,
        isIku: i.isIku,
        sasaran: i.sasaran,
        unitId: i.unitId,
        unitName: access.units.find((u) => u.id === i.unitId)?.name ?? null,
        annualTarget: i.annualTarget,
        canEnter: access.isAdmin || (i.unitId !== null && access.enterableUnitIds.has(i.unitId)),
        quarters: inputs.map((input) => {
          const r = realisationOf.get(`${i.id}:${input.quarter}`) ?? null;
          let cumulativeValue: string | null = null;
          if (i.aggregation === 'cumulative' && r?.value != null) {
            running = running.plus(r.value);
            cumulativeValue = running.toFixed();
          }
          return {
            quarter: input.quarter,
            target: input.target,
            realisation: r && publicRealisation(r),
            cumulativeValue,
            // A quarter without its own target or value (a semester survey's off quarter) shows no figure.
            achievement:
              i.aggregation !== 'cumulative' && input.target === null && input.realisation === null
                ? null
                : achievementOf(i, inputs, input.quarter as 1 | 2 | 3 | 4, i.annualTarget),
          };
        }),
        annualAchievement: achievementOf(i, inputs, 'year', i.annualTarget),
      };
    }),
  };
}

function publicRealisation(r: RealisationRecord) {
  return {
    id: r.id,
    value: r.value,
    evidence: r.evidence,
    obstacles: r.obstacles,
    actions: r.actions,
    status: r.status,
    returnReason: r.returnReason,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

/** Saves (and with `submit`, submits) realisation entries in one transaction: all or nothing. */
export async function saveRealisation(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: SaveRealisationInput,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const indicators = await listYearIndicators(ctx.db, agencyId, input.year);
  const now = ctx.now().toISOString();
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const planned = input.entries.map((entry, k) => readEntry(access, byId, input, entry, k));
  const seen = new Set<string>();
  for (const [k, p] of planned.entries()) {
    const key = `${p.indicator.id}:${p.quarter}`;
    if (seen.has(key)) {
      const place = cellPlace(p.indicator.code, input.year, p.quarter);
      throw invalid([
        fieldError(
          `entries.${k}.quarter`,
          `${place}: diisi dua kali dalam satu kiriman.`,
          `${place}: given twice.`,
        ),
      ]);
    }
    seen.add(key);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await listRealisations(trx, {
      indicatorIds: [...new Set(planned.map((p) => p.indicator.id))],
      year: input.year,
    });
    const existingOf = new Map(existing.map((r) => [`${r.indicatorId}:${r.quarter}`, r]));
    for (const p of planned) {
      const current = existingOf.get(`${p.indicator.id}:${p.quarter}`);
      const place = cellPlace(p.indicator.code, input.year, p.quarter);
      if (current && !EDITABLE.includes(current.status)) throw notEditable(current, place);
      if (current && p.version != null && p.version !== current.version) throw staleVersion(place);
      const status: RealisationStatus = input.submit ? 'submitted' : 'draft';
      const next: RealisationRecord = {
        ...(current ?? blankRealisation(p.indicator, input.year, p.quarter, now)),
        unitId: p.indicator.unitId,
        value: p.value,
        evidence: p.evidence,
        obstacles: p.obstacles,
        actions: p.actions,
        status,
        returnReason: input.submit ? null : (current?.returnReason ?? null),
        updatedBy: access.actor.personId,
        updatedAt: now,
        submittedBy: input.submit ? access.actor.personId : null,
        submittedAt: input.submit ? now : null,
        version: (current?.version ?? 0) + 1,
      };
      if (current) {
        if (!(await updateRealisation(trx, next, current.version))) throw staleVersion(place);
      } else await insertRealisation(trx, next);
      await insertRealisationEvent(trx, {
        id: newId(),
        realisationId: next.id,
        action: input.submit ? 'submit' : 'save',
        fromStatus: current?.status ?? null,
        toStatus: status,
        reason: null,
        personId: access.actor.personId,
        at: now,
      });
    }
  });
  return getRealisationGrid(ctx, actor, agencyId, { year: input.year });
}

/** Saves and submits: what the XLSX import and the SOP run step call. */
export function submitRealisation(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: Omit<SaveRealisationInput, 'submit'>,
) {
  return saveRealisation(ctx, actor, agencyId, { ...input, submit: true });
}

function readEntry(
  access: PerformanceAccess,
  indicators: Map<string, YearIndicator>,
  input: SaveRealisationInput,
  entry: RealisationEntry,
  k: number,
) {
  const indicator = indicators.get(entry.indicatorId);
  if (!indicator)
    throw new DomainError(
      'NOT_FOUND',
      {
        id: `Indikator tidak ditemukan dalam Perjanjian Kinerja ${input.year} instansi ini.`,
        en: `Indicator not found in this agency's ${input.year} performance agreement.`,
      },
      [fieldError(`entries.${k}.indicatorId`, 'Indikator tidak ditemukan.', 'Indicator not found.')],
    );
  if (!Number.isInteger(entry.quarter) || entry.quarter < 1 || entry.quarter > 4)
    throw invalid([
      fieldError(
        `entries.${k}.quarter`,
        `${indicator.code}: triwulan harus 1 sampai 4.`,
        'Quarter must be 1–4.',
      ),
    ]);
  const place = cellPlace(indicator.code, input.year, entry.quarter);
  assertCanEnter(access, indicator.unitId, place);
  const field = `entries.${k}.value`;
  const value =
    indicator.polarity === 'qualitative'
      ? entry.value === null || entry.value === undefined || String(entry.value).trim() === ''
        ? null
        : String(entry.value).trim().slice(0, 500)
      : readOptionalDecimal(entry.value, { field, place, label: LABELS.value });
  if (input.submit && value === null)
    throw invalid([
      fieldError(
        field,
        `${place}: Realisasi wajib diisi sebelum dikirim untuk verifikasi.`,
        `${place}: the realisation is required before submitting.`,
      ),
    ]);
  const text = (raw: string | null | undefined) => raw?.trim() || null;
  return {
    indicator,
    quarter: entry.quarter as 1 | 2 | 3 | 4,
    value,
    evidence: text(entry.evidence),
    obstacles: text(entry.obstacles),
    actions: text(entry.actions),
    version: entry.version ?? null,
  };
}

function blankRealisation(indicator: YearIndicator, year: number, quarter: 1 | 2 | 3 | 4, now: string) {
  return {
    id: newId(),
    indicatorId: indicator.id,
    year,
    quarter,
    unitId: indicator.unitId,
    value: null,
    evidence: null,
    obstacles: null,
    actions: null,
    status: 'draft',
    returnReason: null,
    updatedBy: null,
    updatedAt: now,
    submittedBy: null,
    submittedAt: null,
    verifiedBy: null,
    verifiedAt: null,
    lockedBy: null,
    lockedAt: null,
    version: 0,
  } satisfies RealisationRecord;
}

function notEditable(r: RealisationRecord, place: string) {
  if (r.status === 'locked')
    return new DomainError(
      'REALISATION_LOCKED',
      {
        id: `${place}: realisasi sudah dikunci; perubahan hanya melalui koreksi tercatat oleh unit perencanaan.`,
        en: `${place}: the realisation is locked; it changes only through a recorded correction by the planning unit.`,
      },
      [fieldError('value', `${place}: realisasi sudah dikunci.`, `${place}: locked.`)],
    );
  return new DomainError(
    'REALISATION_NOT_EDITABLE',
    {
      id: `${place}: realisasi berstatus ${STATUS_NAMES[r.status]}; hanya draf atau yang dikembalikan yang dapat diubah.`,
      en: `${place}: the realisation is ${r.status}; only drafts and returned ones can be changed.`,
    },
    [fieldError('value', `${place}: tidak dapat diubah.`, `${place}: cannot be changed.`)],
  );
}

function staleVersion(place: string) {
  return new DomainError('REALISATION_CONFLICT', {
    id: `${place}: realisasi baru saja diubah orang lain; muat ulang lalu coba lagi.`,
    en: `${place}: someone else just changed this realisation; reload and try again.`,
  });
}

export const STATUS_NAMES: Record<RealisationStatus, string> = {
  draft: 'draf',
  submitted: 'dikirim',
  returned: 'dikembalikan',
  verified: 'terverifikasi',
  locked: 'terkunci',
};

export type ReviewAction = 'return' | 'verify' | 'lock';

const REVIEW: Record<ReviewAction, { from: RealisationStatus[]; to: RealisationStatus }> = {
  return: { from: ['submitted', 'verified'], to: 'returned' },
  verify: { from: ['submitted'], to: 'verified' },
  lock: { from: ['verified'], to: 'locked' },
};

/** The planning unit returns (with a reason), verifies or locks one realisation. */
export async function reviewRealisation(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  realisationId: string,
  input: { action: ReviewAction; reason?: string | null; version?: number | null },
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const { realisation, code } = await loadRealisation(ctx.db, agencyId, realisationId);
  const place = cellPlace(code, realisation.year, realisation.quarter);
  const reason = input.reason?.trim() || null;
  if (input.action === 'return' && !reason)
    throw invalid([
      fieldError(
        'reason',
        `${place}: alasan pengembalian wajib diisi agar unit tahu apa yang harus diperbaiki.`,
        `${place}: a reason is required when returning.`,
      ),
    ]);
  const rule = REVIEW[input.action];
  if (!rule.from.includes(realisation.status))
    throw new DomainError('REALISATION_STATE', {
      id: `${place}: realisasi berstatus ${STATUS_NAMES[realisation.status]}, tidak dapat di${ACTION_NAMES[input.action]}.`,
      en: `${place}: the realisation is ${realisation.status} and cannot be ${input.action === 'return' ? 'returned' : `${input.action}ed`}.`,
    });
  if (input.version != null && input.version !== realisation.version) throw staleVersion(place);
  const now = ctx.now().toISOString();
  const me = access.actor.personId;
  const next: RealisationRecord = {
    ...realisation,
    status: rule.to,
    returnReason: input.action === 'return' ? reason : realisation.returnReason,
    verifiedBy: input.action === 'verify' ? me : realisation.verifiedBy,
    verifiedAt: input.action === 'verify' ? now : realisation.verifiedAt,
    lockedBy: input.action === 'lock' ? me : realisation.lockedBy,
    lockedAt: input.action === 'lock' ? now : realisation.lockedAt,
    version: realisation.version + 1,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateRealisation(trx, next, realisation.version))) throw staleVersion(place);
    await insertRealisationEvent(trx, {
      id: newId(),
      realisationId,
      action: input.action,
      fromStatus: realisation.status,
      toStatus: rule.to,
      reason,
      personId: me,
      at: now,
    });
  });
  return getRealisation(ctx, actor, agencyId, realisationId);
}

const ACTION_NAMES: Record<ReviewAction, string> = {
  return: 'kembalikan',
  verify: 'verifikasi',
  lock: 'kunci',
};

/**
 * Locks a quarter: every realisation of the year's indicators for that quarter must be verified (or
 * already locked); otherwise nothing is locked and the message lists the indicators still open.
 */
export async function lockQuarter(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: { year: number; quarter: number },
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const indicators = await listYearIndicators(ctx.db, agencyId, input.year);
  const rows = await listRealisations(ctx.db, {
    indicatorIds: indicators.map((i) => i.id),
    year: input.year,
    quarter: input.quarter,
  });
  const open = rows.filter((r) => r.status !== 'verified' && r.status !== 'locked');
  if (open.length > 0) {
    const codes = indicators
      .filter((i) => open.some((r) => r.indicatorId === i.id))
      .map((i) => i.code)
      .join(', ');
    throw new DomainError('REALISATION_STATE', {
      id: `${QUARTER_NAMES[input.quarter]} ${input.year}: belum dapat dikunci; realisasi belum terverifikasi: ${codes}.`,
      en: `Quarter ${input.quarter} ${input.year} cannot be locked yet; not verified: ${codes}.`,
    });
  }
  const now = ctx.now().toISOString();
  const me = access.actor.personId;
  let locked = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of rows.filter((x) => x.status === 'verified')) {
      const next = { ...r, status: 'locked' as const, lockedBy: me, lockedAt: now, version: r.version + 1 };
      if (!(await updateRealisation(trx, next, r.version)))
        throw staleVersion(
          cellPlace(indicators.find((i) => i.id === r.indicatorId)?.code ?? '', r.year, r.quarter),
        );
      await insertRealisationEvent(trx, {
        id: newId(),
        realisationId: r.id,
        action: 'lock',
        fromStatus: 'verified',
        toStatus: 'locked',
        reason: null,
        personId: me,
        at: now,
      });
      locked++;
    }
  });
  return { year: input.year, quarter: input.quarter, locked };
}

/** Changes a locked value through a recorded correction (old value, new value, reason, who, when). */
export async function correctRealisation(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  realisationId: string,
  input: { value: unknown; reason: string },
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const { realisation, code, polarity } = await loadRealisation(ctx.db, agencyId, realisationId);
  const place = cellPlace(code, realisation.year, realisation.quarter);
  if (realisation.status !== 'locked')
    throw new DomainError('REALISATION_STATE', {
      id: `${place}: koreksi hanya untuk realisasi yang sudah dikunci; yang belum dikunci diubah langsung oleh unitnya.`,
      en: `${place}: corrections are for locked realisations only.`,
    });
  const reason = input.reason?.trim();
  if (!reason)
    throw invalid([
      fieldError(
        'reason',
        `${place}: alasan koreksi wajib diisi.`,
        `${place}: a reason for the correction is required.`,
      ),
    ]);
  const value =
    polarity === 'qualitative'
      ? String(input.value ?? '').trim() || null
      : readOptionalDecimal(input.value, { field: 'value', place, label: LABELS.value });
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const next = {
      ...realisation,
      value,
      updatedBy: access.actor.personId,
      updatedAt: now,
      version: realisation.version + 1,
    };
    if (!(await updateRealisation(trx, next, realisation.version))) throw staleVersion(place);
    await insertRealisationCorrection(trx, {
      id: newId(),
      realisationId,
      oldValue: realisation.value,
      newValue: value,
      reason,
      personId: access.actor.personId,
      correctedAt: now,
    });
    await insertRealisationEvent(trx, {
      id: newId(),
      realisationId,
      action: 'correct',
      fromStatus: 'locked',
      toStatus: 'locked',
      reason,
      personId: access.actor.personId,
      at: now,
    });
  });
  return getRealisation(ctx, actor, agencyId, realisationId);
}

/** One realisation with its history of events and corrections. */
export async function getRealisation(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  realisationId: string,
) {
  await loadPerformanceAccess(ctx, actor, agencyId);
  const { realisation, code } = await loadRealisation(ctx.db, agencyId, realisationId);
  const [events, corrections] = await Promise.all([
    listRealisationEvents(ctx.db, [realisationId]),
    listRealisationCorrections(ctx.db, [realisationId]),
  ]);
  return {
    ...publicRealisation(realisation),
    indicatorId: realisation.indicatorId,
    code,
    year: realisation.year,
    quarter: realisation.quarter,
    events,
    corrections,
  };
}

async function loadRealisation(db: Db, agencyId: string, realisationId: string) {
  const realisation = await findRealisation(db, realisationId);
  const owner = realisation && (await findIndicatorAgency(db, realisation.indicatorId));
  if (!realisation || owner !== agencyId)
    throw new DomainError('NOT_FOUND', { id: 'Realisasi tidak ditemukan.', en: 'Realisation not found.' });
  const indicator = await db
    .selectFrom('indicator')
    .select(['code', 'polarity'])
    .where('id', '=', realisation.indicatorId)
    .executeTakeFirstOrThrow();
  return { realisation, code: indicator.code, polarity: indicator.polarity };
}
