import { DomainError } from '../../core/errors';
import { isActiveOn } from '../../core/org/appointments';
import type { Db } from '../../db/database';
import { listAppointments } from '../../db/repositories/appointment-repository';
import {
  type AgencyRecord,
  listPositions,
  listUnits,
  type UnitRecord,
} from '../../db/repositories/org-repository';
import { findPlanningUnitId } from '../../db/repositories/performance-renstra-repository';
import { type Actor, canAdminister, localDate, type ServiceContext } from '../context';
import { loadAgency } from '../org/load-agency';

/** What an actor may do with an agency's performance data, decided once per request. */
export interface PerformanceAccess {
  agency: AgencyRecord;
  actor: Actor;
  units: UnitRecord[];
  planningUnitId: string | null;
  isAdmin: boolean;
  /** Verify, return, lock, correct; edit Renstra, PK, Rencana Aksi and budget. */
  canPlan: boolean;
  /** Units whose indicators the actor may report (their positions' units and the units under them). */
  enterableUnitIds: Set<string>;
  today: string;
}

const LEADING_LEVELS = new Set(['jpt_pratama', 'administrator', 'pengawas']);

/**
 * Loads the agency (404 when the actor may not see it) and the actor's performance rights: reporting
 * for the units they hold a position in (or above), and planning-unit rights for holders of a position
 * at Pengawas level or above in the planning unit or a unit above it (Kasubbag Program/PPMEP/PEP,
 * Sekretaris, head of agency). Agency administrators have both.
 */
export async function loadPerformanceAccess(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
): Promise<PerformanceAccess> {
  const agency = await loadAgency(ctx.db, actor, agencyId, 'read');
  return accessFor(ctx.db, actor, agency, localDate(ctx.now(), agency.timeZone));
}

async function accessFor(db: Db, actor: Actor, agency: AgencyRecord, today: string) {
  const [units, positions, appointments, planningUnitId] = await Promise.all([
    listUnits(db, agency.id),
    listPositions(db, agency.id),
    listAppointments(db, { agencyId: agency.id, personId: actor.personId }),
    findPlanningUnitId(db, agency.id),
  ]);
  const held = appointments
    .filter((a) => isActiveOn(a, today))
    .map((a) => positions.find((p) => p.id === a.positionId))
    .filter((p) => p !== undefined);
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const isAtOrBelow = (unitId: string, ancestorId: string) => {
    for (let cur: string | null = unitId; cur; cur = parentOf.get(cur) ?? null)
      if (cur === ancestorId) return true;
    return false;
  };
  const enterable = new Set<string>();
  for (const unit of units) if (held.some((p) => isAtOrBelow(unit.id, p.unitId))) enterable.add(unit.id);
  const isAdmin = canAdminister(actor, agency);
  const canPlan =
    isAdmin ||
    (planningUnitId !== null &&
      held.some((p) => LEADING_LEVELS.has(p.level) && isAtOrBelow(planningUnitId, p.unitId)));
  return { agency, actor, units, planningUnitId, isAdmin, canPlan, enterableUnitIds: enterable, today };
}

export function assertCanPlan(access: PerformanceAccess): void {
  if (!access.canPlan)
    throw new DomainError('FORBIDDEN', {
      id: 'Hanya unit perencanaan (Subbagian Program/PPMEP/PEP, Sekretaris) atau administrator yang boleh melakukan ini.',
      en: 'Only the planning unit (Program/PPMEP/PEP subdivision, Secretary) or an administrator may do this.',
    });
}

/** The actor may report for an indicator of `unitId`; `place` names the indicator in the message. */
export function assertCanEnter(access: PerformanceAccess, unitId: string | null, place: string): void {
  if (access.isAdmin) return;
  if (unitId && access.enterableUnitIds.has(unitId)) return;
  const unit = access.units.find((u) => u.id === unitId)?.name ?? '-';
  throw new DomainError('FORBIDDEN', {
    id: `${place}: realisasi indikator ini diisi oleh ${unit}; Anda tidak memegang jabatan di unit tersebut.`,
    en: `${place}: this indicator is reported by ${unit}; you hold no position in that unit.`,
  });
}
