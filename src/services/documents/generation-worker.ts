import type { ServiceContext } from '../context';
import { runGenerationJob } from './generate-document';

const inFlight = new Set<Promise<unknown>>();

/**
 * Runs a just-requested job in this process without waiting for the background loop, so the person
 * sees progress at once. The job row stays the source of truth: if this process is busy or stops, the
 * loop (or another process) claims the job instead, and never both.
 */
export function runGenerationJobSoon(ctx: ServiceContext, jobId: string): void {
  const running: Promise<unknown> = runGenerationJob(ctx, jobId)
    .catch((error: unknown) =>
      console.error('generation job failed to run:', error instanceof Error ? error.message : error),
    )
    .finally(() => inFlight.delete(running));
  inFlight.add(running);
}

/** Waits for the jobs started by {@link runGenerationJobSoon} (a server closing, a test ending). */
export async function settleGenerationJobs(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
