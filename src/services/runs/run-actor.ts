import type { RunActor } from '../../core/run/run-command';
import { listAppointments } from '../../db/repositories/appointment-repository';
import type { Me } from '../auth/load-me';
import { canAdminister, localDate, type ServiceContext } from '../context';

/**
 * The positions a person acts in today: those they hold definitively and those they act for (Plt/Plh)
 * within the acting period, in their agency's time zone.
 */
export async function runActorOf(ctx: ServiceContext, me: Me): Promise<RunActor> {
  const today = localDate(ctx.now(), me.timeZone);
  const appointments = await listAppointments(ctx.db, { personId: me.personId, activeOn: today });
  return {
    personId: me.personId,
    positionIds: appointments.map((a) => a.positionId),
    isAdmin: canAdminister(
      {
        userId: me.userId,
        personId: me.personId,
        role: me.role,
        agencyId: me.agencyId,
        regionId: me.regionId,
      },
      { id: me.agencyId, regionId: me.regionId },
    ),
  };
}
