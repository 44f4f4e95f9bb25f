import { createHash } from 'node:crypto';
import { formatLocal, type TimeZoneCode } from '../../core/calendar';
import { appendToChain } from '../../core/history/event-chain';
import type { RunEffect, RunEventBody } from '../../core/run/decide';
import type { RunState } from '../../core/run/run-state';
import type { Db } from '../../db/database';
import { listAppointments } from '../../db/repositories/appointment-repository';
import { insertRunEvent, lastRunEvent, type StoredRunEvent } from '../../db/repositories/run-repository';
import { newId } from '../context';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface CommandMeta {
  commandId: string;
  actorPersonId: string;
  actingPositionId: string | null;
  ip: string | null;
  userAgent: string | null;
  at: string;
}

/** Appends the command's event to the run's hash chain (inside the caller's transaction). */
export async function appendRunEvent(
  db: Db,
  runId: string,
  body: RunEventBody,
  meta: CommandMeta,
): Promise<void> {
  const last = await lastRunEvent(db, runId);
  const event = appendToChain<StoredRunEvent>(
    last,
    {
      runId,
      commandId: meta.commandId,
      type: body.type,
      taskId: body.taskId,
      stepNo: body.stepNo,
      actorPersonId: meta.actorPersonId,
      actingPositionId: meta.actingPositionId,
      at: meta.at,
      ip: meta.ip,
      userAgent: meta.userAgent,
      payload: body.payload,
    },
    sha256,
  );
  await insertRunEvent(db, event);
}

const STEP = (state: RunState, stepNo: number, activity: (no: number) => string) =>
  `${state.purpose} · langkah ${stepNo}: ${activity(stepNo)}`;

/**
 * Turns a decision's effects into notifications for the people holding the positions concerned, written
 * in the same transaction. E-mail goes out later through the sweeper (`email_status = pending`).
 */
export async function recordNotifications(
  db: Db,
  state: RunState,
  effects: RunEffect[],
  activity: (stepNo: number) => string,
  at: string,
  day: string,
  timeZone: TimeZoneCode,
): Promise<void> {
  const notifying = effects.filter(
    (e): e is Extract<RunEffect, { type: 'task_opened' | 'task_returned' }> =>
      e.type === 'task_opened' || e.type === 'task_returned',
  );
  if (notifying.length === 0) return;
  const all = await listAppointments(db, { positionIds: notifying.map((e) => e.positionId), activeOn: day });
  for (const effect of notifying) {
    const holders = all.filter((a) => a.positionId === effect.positionId);
    for (const holder of holders) {
      const returned = effect.type === 'task_returned';
      await db
        .insertInto('notification')
        .values({
          id: newId(),
          person_id: holder.personId,
          kind: returned ? 'task_returned' : 'task_assigned',
          run_id: state.id,
          task_id: effect.taskId,
          title: returned
            ? `Dikembalikan untuk perbaikan: ${STEP(state, effect.stepNo, activity)}`
            : `Tugas baru: ${STEP(state, effect.stepNo, activity)}`,
          body: returned
            ? `Alasan: ${effect.reason}`
            : effect.dueAt
              ? `Batas waktu: ${formatLocal(new Date(effect.dueAt), timeZone)}`
              : 'Tanpa batas waktu mutu baku.',
          created_at: at,
          read_at: null,
          email_status: 'pending',
          email_claimed_at: null,
          dedupe_key: `${returned ? 'returned' : 'assigned'}:${effect.taskId}:${holder.personId}`,
        })
        .execute();
    }
  }
}
