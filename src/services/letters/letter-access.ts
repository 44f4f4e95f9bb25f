import { DomainError } from '../../core/errors';
import { isActiveOn } from '../../core/org/appointments';
import type { Db } from '../../db/database';
import { listAppointments } from '../../db/repositories/appointment-repository';
import { type AgencyRecord, listPositions, listUnits } from '../../db/repositories/org-repository';
import { findPlanningUnitId } from '../../db/repositories/performance-renstra-repository';
import { type Actor, canAdminister, localDate, type ServiceContext } from '../context';
import { loadAgency } from '../org/load-agency';

/** What an actor may do with an agency's letters, documents' distribution and archive. */
export interface LetterAccess {
  agency: AgencyRecord;
  actor: Actor;
  isAdmin: boolean;
  /**
   * Issue, reserve and cancel numbers; send and archive documents: agency administrators and holders
   * (today, definitive or acting) of a position in the secretariat or the planning unit, or in a unit
   * under them (the Subbagian Umum that keeps the letter register sits under the Sekretariat).
   * Besides, whoever holds an open task of a run may number, send and archive that run's document.
   */
  canIssue: boolean;
  /** The agency's local date now. */
  today: string;
}

/**
 * Loads the agency (404 when the actor may not see it: another agency's letters are "not found")
 * and the actor's rights on its letters.
 */
export async function loadLetterAccess(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
): Promise<LetterAccess> {
  const agency = await loadAgency(ctx.db, actor, agencyId, 'read');
  const today = localDate(ctx.now(), agency.timeZone);
  const isAdmin = canAdminister(actor, agency);
  return {
    agency,
    actor,
    isAdmin,
    canIssue: isAdmin || (await holdsIssuingPosition(ctx.db, actor, agency, today)),
    today,
  };
}

async function holdsIssuingPosition(db: Db, actor: Actor, agency: AgencyRecord, today: string) {
  const [units, positions, appointments, planningUnitId] = await Promise.all([
    listUnits(db, agency.id),
    listPositions(db, agency.id),
    listAppointments(db, { agencyId: agency.id, personId: actor.personId }),
    findPlanningUnitId(db, agency.id),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const issuing = (unitId: string) => {
    for (let u = unitById.get(unitId); u; u = u.parentId ? unitById.get(u.parentId) : undefined)
      if (u.kind === 'sekretariat' || u.id === planningUnitId) return true;
    return false;
  };
  return appointments
    .filter((a) => isActiveOn(a, today))
    .some((a) => {
      const position = positions.find((p) => p.id === a.positionId);
      return position !== undefined && issuing(position.unitId);
    });
}

/**
 * Does the actor hold, today, an open task of the run (through a position they hold, or delegated to
 * them)? The person on a run's numbering, sending or archiving step may act on that run's document.
 */
export async function holdsOpenRunTask(db: Db, actor: Actor, runId: string | null, today: string) {
  if (!runId) return false;
  const task = await db
    .selectFrom('run_task')
    .leftJoin('appointment', (join) =>
      join
        .onRef('appointment.position_id', '=', 'run_task.position_id')
        .on('appointment.person_id', '=', actor.personId)
        .on('appointment.starts_on', '<=', today)
        .on((eb) => eb.or([eb('appointment.ends_on', 'is', null), eb('appointment.ends_on', '>=', today)])),
    )
    .select('run_task.id')
    .where('run_task.run_id', '=', runId)
    .where('run_task.status', 'in', ['open', 'claimed'])
    .where((eb) =>
      eb.or([
        eb('run_task.delegated_to', '=', actor.personId),
        eb.and([eb('run_task.delegated_to', 'is', null), eb('appointment.id', 'is not', null)]),
      ]),
    )
    .executeTakeFirst();
  return task !== undefined;
}

export function assertCanIssue(access: LetterAccess): void {
  if (!access.canIssue)
    throw new DomainError('FORBIDDEN', {
      id: 'Hanya Sekretariat, unit perencanaan atau administrator instansi yang boleh mengelola nomor surat, pengiriman dan arsip.',
      en: 'Only the secretariat, the planning unit or an agency administrator may manage letter numbers, sending and archiving.',
    });
}

export function assertIsAdmin(access: LetterAccess): void {
  if (!access.isAdmin)
    throw new DomainError('FORBIDDEN', {
      id: 'Hanya administrator instansi yang boleh mengubah pola nomor surat.',
      en: 'Only an agency administrator may change letter-number patterns.',
    });
}
