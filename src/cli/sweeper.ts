import type { ServiceContext } from '../services/context';
import { deliverPendingDistributions } from '../services/distribution/deliver-pending-distributions';
import { runGenerationJobs } from '../services/documents/generate-document';
import { mailerFromEnv } from '../services/mail/mailer';
import { sweepNotifications } from '../services/runs/sweep-notifications';

/**
 * Sweeps overdue reminders and pending e-mail at start and then periodically. Safe with several server
 * processes on one database: every reminder and e-mail is claimed through the database.
 */
export function startSweeper(ctx: ServiceContext, seconds: number): () => void {
  const mailer = mailerFromEnv();
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      await sweepNotifications(ctx, mailer);
      await deliverPendingDistributions(ctx, mailer);
      await runGenerationJobs(ctx);
    } catch (error) {
      console.error('sweep failed:', error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  void sweep();
  const timer = setInterval(sweep, Math.max(5, seconds) * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
