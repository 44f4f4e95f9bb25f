import { DomainError, notFound } from '../../core/errors';
import { decide } from '../../core/run/decide';
import type { RunCommand } from '../../core/run/run-command';
import type { RunState } from '../../core/run/run-state';
import { findRun, hasCommand, saveRunState } from '../../db/repositories/run-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import type { Me } from '../auth/load-me';
import { localDate, newId, type ServiceContext } from '../context';
import { loadWorkingCalendar } from '../org/calendar';
import { loadFlow } from './load-flow';
import { appendRunEvent, recordNotifications } from './record-run-change';
import { runActorOf } from './run-actor';

export interface RequestMeta {
  /** Chosen by the client; a retry with the same id returns the run without acting twice. */
  commandId?: string;
  /**
   * Acts for these positions instead of the ones the person holds: used when Alur completes a task on a
   * unit's behalf (its realisation was submitted), recorded under the person who submitted.
   */
  actingFor?: string[];
  ip?: string;
  userAgent?: string;
}

const conflict = () =>
  new DomainError('RUN_CONFLICT', {
    id: 'Proses ini baru saja diubah orang lain. Muat ulang lalu coba lagi.',
    en: 'Someone else changed this run just now. Reload and try again.',
  });

/**
 * Applies a command to a run in one transaction: load, decide (core), save with a version check,
 * append the hash-chained event, write notifications. Of two conflicting commands one wins; the other
 * gets RUN_CONFLICT or the rule it now breaks (e.g. TASK_ALREADY_COMPLETED).
 */
export async function executeRunCommand(
  ctx: ServiceContext,
  me: Me,
  runId: string,
  command: Exclude<RunCommand, { type: 'start' }>,
  meta: RequestMeta = {},
): Promise<RunState> {
  const commandId = meta.commandId ?? newId();
  const actor = meta.actingFor
    ? { personId: me.personId, positionIds: meta.actingFor, isAdmin: false }
    : await runActorOf(ctx, me);
  const now = ctx.now();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const stored = await findRun(trx, runId);
      if (!stored || stored.state.agencyId !== me.agencyId) throw notFound('run');
      if (await hasCommand(trx, runId, commandId)) return stored.state;
      const { flow, activity } = await loadFlow(trx, stored.sopVersionId);
      const calendar = await loadWorkingCalendar(trx, stored.state.agencyId);
      const decision = decide(stored.state, command, actor, now, {
        flow,
        ...stored.environment,
        calendar,
        newId,
      });
      if (!(await saveRunState(trx, stored.state, decision.state))) throw conflict();
      const task = decision.state.tasks.find((t) => t.id === decision.event.taskId);
      await appendRunEvent(trx, runId, decision.event, {
        commandId,
        actorPersonId: me.personId,
        actingPositionId: task?.positionId ?? null,
        ip: meta.ip ?? null,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
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
  } catch (error) {
    throw asConflict(error);
  }
}

/** A unique-key race on the event chain (two commands appending seq n+1) is a conflict too. */
function asConflict(error: unknown): unknown {
  if (isUniqueViolation(error)) return conflict();
  // PostgreSQL serialization failure or deadlock: the other command won.
  const code = (error as { code?: string })?.code;
  if (code === '40001' || code === '40P01') return conflict();
  return error;
}
