import { formatLocal, type TimeZoneCode } from '../../core/calendar';
import { listAppointments } from '../../db/repositories/appointment-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import { localDate, newId, type ServiceContext } from '../context';
import type { Mailer } from '../mail/mailer';

/** A claim older than this is taken as a crash after or during sending: it is marked failed, never resent. */
const STALE_CLAIM_MS = 10 * 60_000;

export interface SweepResult {
  overdueNotified: number;
  emailed: number;
  failed: number;
}

/**
 * One pass of the background work, safe to run in several processes at once and after restarts:
 * 1. every open task past its due time gets one `task_overdue` notification per holder — the unique
 *    `dedupe_key` makes a second insert fail, so a reminder is never recorded twice;
 * 2. pending e-mails are claimed one by one (`pending → sending` by a conditional update that only one
 *    process can win), sent, and marked `sent` or `failed`: at most once, never twice.
 */
export async function sweepNotifications(ctx: ServiceContext, mailer: Mailer | null): Promise<SweepResult> {
  const now = ctx.now();
  const at = now.toISOString();
  const result: SweepResult = { overdueNotified: 0, emailed: 0, failed: 0 };

  const overdue = await ctx.db
    .selectFrom('run_task')
    .innerJoin('run', 'run.id', 'run_task.run_id')
    .innerJoin('agency', 'agency.id', 'run.agency_id')
    .select([
      'run_task.id as taskId',
      'run_task.step_no as stepNo',
      'run_task.position_id as positionId',
      'run_task.due_at as dueAt',
      'run.id as runId',
      'run.purpose as purpose',
      'agency.time_zone as timeZone',
    ])
    .where('run.status', '=', 'active')
    .where('run_task.status', 'in', ['open', 'claimed'])
    .where('run_task.due_at', '<', at)
    .execute();
  for (const task of overdue) {
    const holders = await listAppointments(ctx.db, {
      positionId: task.positionId,
      activeOn: localDate(now, task.timeZone),
    });
    for (const holder of holders) {
      try {
        await ctx.db
          .insertInto('notification')
          .values({
            id: newId(),
            person_id: holder.personId,
            kind: 'task_overdue',
            run_id: task.runId,
            task_id: task.taskId,
            title: `Terlambat: ${task.purpose} · langkah ${task.stepNo}`,
            body: `Batas waktu mutu baku ${task.dueAt ? formatLocal(new Date(task.dueAt), task.timeZone as TimeZoneCode) : ''} sudah lewat.`,
            created_at: at,
            read_at: null,
            email_status: 'pending',
            email_claimed_at: null,
            dedupe_key: `overdue:${task.taskId}:${holder.personId}`,
          })
          .execute();
        result.overdueNotified++;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }

  await ctx.db
    .updateTable('notification')
    .set({ email_status: 'failed' })
    .where('email_status', '=', 'sending')
    .where('email_claimed_at', '<', new Date(now.getTime() - STALE_CLAIM_MS).toISOString())
    .execute();

  const pending = await ctx.db
    .selectFrom('notification')
    .innerJoin('person', 'person.id', 'notification.person_id')
    .select([
      'notification.id as id',
      'notification.title as title',
      'notification.body as body',
      'person.email as email',
    ])
    .where('notification.email_status', '=', 'pending')
    .orderBy('notification.created_at')
    .limit(200)
    .execute();
  for (const n of pending) {
    const target = mailer && n.email ? 'sending' : 'none';
    const claimed = await ctx.db
      .updateTable('notification')
      .set({ email_status: target, email_claimed_at: at })
      .where('id', '=', n.id)
      .where('email_status', '=', 'pending')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1 || !mailer || !n.email) continue;
    try {
      await mailer.send({ to: [n.email], subject: `[Alur] ${n.title}`, text: `${n.title}\n\n${n.body}\n` });
      await ctx.db.updateTable('notification').set({ email_status: 'sent' }).where('id', '=', n.id).execute();
      result.emailed++;
    } catch {
      await ctx.db
        .updateTable('notification')
        .set({ email_status: 'failed' })
        .where('id', '=', n.id)
        .execute();
      result.failed++;
    }
  }
  return result;
}
