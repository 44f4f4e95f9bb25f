import { isActiveOn } from '../../core/org/appointments';
import { listAppointments } from '../../db/repositories/appointment-repository';
import type { Me } from '../auth/load-me';
import { localDate, type ServiceContext } from '../context';
import { getInbox } from '../runs/run-views';

export interface WaitingItem {
  id: string;
  kind: string;
  title: string;
  dueAt: string | null;
  overdue: boolean;
  href: string;
}

/** A person's home: the positions they hold today (definitive or acting) and what waits for them. */
export async function getHome(ctx: ServiceContext, me: Me) {
  const today = localDate(ctx.now(), me.timeZone);
  const appointments = (await listAppointments(ctx.db, { personId: me.personId })).filter((a) =>
    isActiveOn(a, today),
  );
  const units = await ctx.db
    .selectFrom('position')
    .innerJoin('unit', 'unit.id', 'position.unit_id')
    .select(['position.id as id', 'unit.name as unitName'])
    .where(
      'position.id',
      'in',
      appointments.length > 0
        ? appointments.map((a) => a.positionId)
        : ['00000000-0000-0000-0000-000000000000'],
    )
    .execute();
  const unitOf = new Map(units.map((u) => [u.id, u.unitName]));
  const waiting: WaitingItem[] = (await getInbox(ctx, me)).map((task) => ({
    id: task.id,
    kind: 'task',
    title: `${task.runPurpose} · ${task.stepNo}. ${task.activity}`,
    dueAt: task.dueAt,
    overdue: task.overdue,
    href: `/runs/${task.runId}?task=${task.id}`,
  }));
  return {
    me,
    positions: appointments.map((a) => ({
      positionId: a.positionId,
      title: a.positionTitle,
      unitName: unitOf.get(a.positionId) ?? '',
      kind: a.kind,
      endsOn: a.endsOn,
    })),
    waiting,
  };
}
