import { verifyChain } from '../../core/history/event-chain';
import { listRunEvents, listRunIds } from '../../db/repositories/run-repository';
import type { ServiceContext } from '../context';
import { sha256 } from './record-run-change';

export interface HistoryCheck {
  runs: number;
  events: number;
  /** The first broken event of each broken run. */
  broken: Array<{ runId: string; seq: number; reason: string }>;
}

/** `alur history verify`: recomputes every run's hash chain. */
export async function verifyHistories(ctx: ServiceContext): Promise<HistoryCheck> {
  const result: HistoryCheck = { runs: 0, events: 0, broken: [] };
  for (const runId of await listRunIds(ctx.db)) {
    const events = await listRunEvents(ctx.db, runId);
    const check = verifyChain(events, sha256);
    result.runs++;
    result.events += events.length;
    if (!check.ok) result.broken.push({ runId, seq: check.seq, reason: check.reason });
  }
  return result;
}
