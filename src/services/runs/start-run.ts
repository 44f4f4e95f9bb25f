import { fieldError, invalid, notFound } from '../../core/errors';
import { decide } from '../../core/run/decide';
import type { Disposition, Period, RunState } from '../../core/run/run-state';
import type { Db } from '../../db/database';
import { insertRun, type StoredRunEnvironment } from '../../db/repositories/run-repository';
import type { Me } from '../auth/load-me';
import { localDate, newId, type ServiceContext } from '../context';
import { loadWorkingCalendar } from '../org/calendar';
import { loadFlow, publishedVersion } from './load-flow';
import { appendRunEvent, recordNotifications } from './record-run-change';
import { runActorOf } from './run-actor';

export interface StartRunInput {
  sopId: string;
  purpose: string;
  period: Period;
  disposition: Disposition | null;
}

const LEVEL_RANK: Record<string, number> = {
  jpt_pratama: 0,
  administrator: 1,
  pengawas: 2,
  fungsional: 3,
  pelaksana: 4,
};

/**
 * The position that acts for each unit in a per-unit step: the unit's head, i.e. its highest-level
 * position (Kabid of a Bidang, Sekretaris of the Sekretariat).
 */
export async function unitHeads(db: Db, agencyId: string): Promise<StoredRunEnvironment['units']> {
  const units = await db
    .selectFrom('unit')
    .select(['id', 'kind'])
    .where('agency_id', '=', agencyId)
    .execute();
  const positions = await db
    .selectFrom('position')
    .select(['id', 'unit_id', 'level', 'code'])
    .where('agency_id', '=', agencyId)
    .execute();
  const heads: StoredRunEnvironment['units'] = [];
  for (const unit of units) {
    const candidates = positions
      .filter((p) => p.unit_id === unit.id)
      .sort(
        (a, b) => (LEVEL_RANK[a.level] ?? 9) - (LEVEL_RANK[b.level] ?? 9) || a.code.localeCompare(b.code),
      );
    if (candidates[0]) heads.push({ id: unit.id, kind: unit.kind, headPositionId: candidates[0].id });
  }
  return heads;
}

/** Starts a run of the SOP's current published version; the lane mapping and units are frozen into it. */
export async function startRun(ctx: ServiceContext, me: Me, input: StartRunInput): Promise<RunState> {
  if (!input.purpose.trim())
    throw invalid([fieldError('purpose', 'Keperluan wajib diisi.', 'The purpose is required.')]);
  const actor = await runActorOf(ctx, me);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const sop = await trx.selectFrom('sop').selectAll().where('id', '=', input.sopId).executeTakeFirst();
    if (!sop || sop.agency_id !== me.agencyId) throw notFound('sop');
    const version = await publishedVersion(trx, sop.id);
    const lanes = await trx
      .selectFrom('sop_lane')
      .select(['lane_key', 'position_id'])
      .where('sop_id', '=', sop.id)
      .execute();
    const environment: StoredRunEnvironment = {
      lanePositions: Object.fromEntries(lanes.map((l) => [l.lane_key, l.position_id])),
      units: await unitHeads(trx, me.agencyId),
    };
    const { flow, activity } = await loadFlow(trx, version.id);
    const calendar = await loadWorkingCalendar(trx, me.agencyId);
    const runId = newId();
    const decision = decide(
      null,
      {
        type: 'start',
        runId,
        agencyId: me.agencyId,
        sopId: sop.id,
        sopVersion: Number(version.version),
        purpose: input.purpose,
        period: input.period,
        disposition: input.disposition,
      },
      actor,
      now,
      { flow, ...environment, calendar, newId },
    );
    await insertRun(trx, decision.state, version.id, environment);
    await appendRunEvent(trx, runId, decision.event, {
      commandId: newId(),
      actorPersonId: me.personId,
      actingPositionId: null,
      ip: null,
      userAgent: null,
      at: now.toISOString(),
    });
    await recordNotifications(
      trx,
      decision.state,
      decision.effects,
      activity,
      now.toISOString(),
      localDate(now, calendar.timeZone),
      calendar.timeZone,
    );
    return decision.state;
  });
}
