import type { Db } from '../database';

export interface AppointmentRecord {
  id: string;
  positionId: string;
  positionTitle: string;
  personId: string;
  fullName: string;
  kind: 'definitive' | 'plt' | 'plh';
  startsOn: string;
  endsOn: string | null;
  decree: string | null;
}

export async function listAppointments(
  db: Db,
  filter: {
    agencyId?: string;
    positionId?: string;
    positionIds?: string[];
    personId?: string;
    activeOn?: string;
  },
): Promise<AppointmentRecord[]> {
  let q = db
    .selectFrom('appointment')
    .innerJoin('position', 'position.id', 'appointment.position_id')
    .innerJoin('person', 'person.id', 'appointment.person_id')
    .select([
      'appointment.id as id',
      'appointment.position_id as positionId',
      'position.title as positionTitle',
      'appointment.person_id as personId',
      'person.full_name as fullName',
      'appointment.kind as kind',
      'appointment.starts_on as startsOn',
      'appointment.ends_on as endsOn',
      'appointment.decree as decree',
    ]);
  if (filter.agencyId) q = q.where('position.agency_id', '=', filter.agencyId);
  if (filter.positionId) q = q.where('appointment.position_id', '=', filter.positionId);
  if (filter.positionIds)
    q = q.where('appointment.position_id', 'in', filter.positionIds.length > 0 ? filter.positionIds : ['-']);
  if (filter.personId) q = q.where('appointment.person_id', '=', filter.personId);
  if (filter.activeOn) {
    const day = filter.activeOn;
    q = q
      .where('appointment.starts_on', '<=', day)
      .where((eb) => eb.or([eb('appointment.ends_on', 'is', null), eb('appointment.ends_on', '>=', day)]));
  }
  return (await q
    .orderBy('position.title')
    .orderBy('appointment.starts_on')
    .execute()) as AppointmentRecord[];
}
