import type { Command } from 'commander';
import { getAgencyByCode } from '../services/org/agencies';
import { computeDueTime, listNonWorkingDays } from '../services/org/calendar';
import type { Runtime } from '../services/runtime';

type WithRuntime = (action: (runtime: Runtime) => Promise<void>) => Promise<void>;

/** `alur calendar due` and `alur calendar days`: for administrators checking an agency's working calendar. */
export function registerCalendarCommands(program: Command, withRuntime: WithRuntime): void {
  const calendar = program.command('calendar').description("an agency's working calendar");
  calendar
    .command('due')
    .description('due time of a time standard started at a moment, in the agency working time')
    .requiredOption('--agency <code>', 'agency code')
    .requiredOption(
      '--from <ISO date-time>',
      'start, e.g. 2026-03-19T10:00 (agency local time) or with offset/Z',
    )
    .requiredOption('--duration <text>', 'time standard as written in the SOP, e.g. "32 Jam", "1 Hari"')
    .action(async (options) => {
      await withRuntime(async (runtime) => {
        const agency = await getAgencyByCode(runtime.ctx, options.agency);
        const result = await computeDueTime(runtime.ctx.db, agency.id, options.from, options.duration);
        console.log(result.due);
        console.log(`(from ${result.from}; ${result.duration} = ${result.workingMinutes} working minutes)`);
      });
    });
  calendar
    .command('days')
    .description('non-working days of a year with their kind and decree')
    .requiredOption('--agency <code>', 'agency code')
    .requiredOption('--year <year>', 'e.g. 2026')
    .action(async (options) => {
      await withRuntime(async (runtime) => {
        const agency = await getAgencyByCode(runtime.ctx, options.agency);
        const days = await listNonWorkingDays(runtime.ctx.db, agency.id, Number(options.year));
        for (const d of days)
          console.log(`${d.date}\t${d.weekday}\t${d.kind}\t${d.name}${d.decree ? `\t${d.decree}` : ''}`);
      });
    });
}
