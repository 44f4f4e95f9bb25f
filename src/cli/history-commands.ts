import type { Command } from 'commander';
import { verifyHistories } from '../services/runs/verify-history';
import type { Runtime } from '../services/runtime';

type WithRuntime = (action: (runtime: Runtime) => Promise<void>) => Promise<void>;

/** `alur history verify`: recomputes every run's hash chain; exits 1 naming the first broken event. */
export function registerHistoryCommands(program: Command, withRuntime: WithRuntime): void {
  const history = program.command('history').description('the tamper-evident history of runs');
  history
    .command('verify')
    .description('check every run history chain')
    .action(async () => {
      await withRuntime(async (runtime) => {
        const result = await verifyHistories(runtime.ctx);
        for (const b of result.broken) console.error(`BROKEN run ${b.runId}: event ${b.seq}: ${b.reason}`);
        console.log(`${result.runs} runs, ${result.events} events checked; ${result.broken.length} broken`);
        if (result.broken.length > 0) process.exitCode = 1;
      });
    });
}
