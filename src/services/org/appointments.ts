import { conflict, type FieldError, fieldError, invalid, notFound } from '../../core/errors';
import { findConflictingAppointment } from '../../core/org/appointments';
import { isValidIsoDate } from '../../core/org/dates';
import { type AppointmentRecord, listAppointments } from '../../db/repositories/appointment-repository';
import { type Actor, newId, type ServiceContext } from '../context';
import { loadAgency } from './load-agency';

export interface AppointmentInput {
  positionId: string;
  personId: string;
  kind: 'definitive' | 'plt' | 'plh';
  startsOn: string;
  endsOn?: string | null;
  decree?: string | null;
}

export async function listAgencyAppointments(ctx: ServiceContext, actor: Actor, agencyId: string) {
  await loadAgency(ctx.db, actor, agencyId, 'read');
  return listAppointments(ctx.db, { agencyId });
}

/**
 * Appoints a person to a position. An acting official (Plt/Plh) needs an end date, and two acting
 * appointments of one position may not overlap (nor two definitive ones): the check and the insert run
 * in one transaction holding the position's row lock, so two parallel requests cannot both pass.
 */
export async function createAppointment(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: AppointmentInput,
): Promise<AppointmentRecord> {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const errors: FieldError[] = [];
  if (!isValidIsoDate(input.startsOn))
    errors.push(fieldError('startsOn', 'Tanggal mulai tidak valid.', 'Invalid start date.'));
  if (input.endsOn && !isValidIsoDate(input.endsOn))
    errors.push(fieldError('endsOn', 'Tanggal selesai tidak valid.', 'Invalid end date.'));
  if (input.kind !== 'definitive' && !input.endsOn)
    errors.push(
      fieldError(
        'endsOn',
        'Plt/Plh wajib memiliki tanggal selesai.',
        'An acting appointment (Plt/Plh) needs an end date.',
      ),
    );
  if (input.endsOn && isValidIsoDate(input.startsOn) && input.endsOn < input.startsOn)
    errors.push(
      fieldError(
        'endsOn',
        'Tanggal selesai tidak boleh sebelum tanggal mulai.',
        'The end date cannot be before the start date.',
      ),
    );
  if (errors.length > 0) throw invalid(errors);

  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const position = await trx
      .selectFrom('position')
      .select(['id', 'agency_id'])
      .where('id', '=', input.positionId)
      .executeTakeFirst();
    if (!position || position.agency_id !== agencyId)
      throw invalid([
        fieldError('positionId', 'Jabatan tidak ada di instansi ini.', 'No such position here.'),
      ]);
    const person = await trx
      .selectFrom('person')
      .select(['id', 'agency_id'])
      .where('id', '=', input.personId)
      .executeTakeFirst();
    if (!person || person.agency_id !== agencyId)
      throw invalid([fieldError('personId', 'Pegawai tidak ada di instansi ini.', 'No such person here.')]);
    // Touching the position row takes its row lock on PostgreSQL (SQLite serialises writers anyway).
    await trx
      .updateTable('position')
      .set({ id: input.positionId })
      .where('id', '=', input.positionId)
      .execute();
    const existing = await listAppointments(trx, { positionId: input.positionId });
    const clash = findConflictingAppointment(
      { kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn ?? null },
      existing,
    );
    if (clash) {
      const period = `${clash.startsOn} s.d. ${clash.endsOn ?? '…'}`;
      throw conflict(
        'APPOINTMENT_OVERLAP',
        input.kind === 'definitive' ? 'startsOn' : 'endsOn',
        `Periode bertumpang tindih dengan penugasan ${clash.fullName} (${clash.kind.toUpperCase()}, ${period}) pada jabatan ini.`,
        `The period overlaps ${clash.fullName}'s appointment (${clash.kind.toUpperCase()}, ${period}) to this position.`,
      );
    }
    await trx
      .insertInto('appointment')
      .values({
        id,
        position_id: input.positionId,
        person_id: input.personId,
        kind: input.kind,
        starts_on: input.startsOn,
        ends_on: input.endsOn ?? null,
        decree: input.decree ?? null,
        created_at: ctx.now().toISOString(),
      })
      .execute();
  });
  const created = (await listAppointments(ctx.db, { positionId: input.positionId })).find((a) => a.id === id);
  if (!created) throw notFound('appointment');
  return created;
}

export async function deleteAppointment(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  appointmentId: string,
) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const found = (await listAppointments(ctx.db, { agencyId })).find((a) => a.id === appointmentId);
  if (!found) throw notFound('appointment');
  await ctx.db.deleteFrom('appointment').where('id', '=', appointmentId).execute();
}
