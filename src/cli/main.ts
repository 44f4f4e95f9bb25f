import { Command } from 'commander';
import { DomainError } from '../core/errors';
import { createApp } from '../server/app';
import { DEMO_PASSWORD, type DemoSeedResult, seedDemo } from '../services/demo/seed-demo';
import { backup, restore } from '../services/maintenance';
import { getAgencyByCode, listVisibleAgencies, operatorActor, systemActor } from '../services/org/agencies';
import { createPerson } from '../services/org/people';
import { isEmpty, migrate, openRuntime, type Runtime } from '../services/runtime';
import { DEMO_SIGNING_PASSPHRASE } from '../services/signing/seed-demo-signing-certificates';
import { registerCalendarCommands } from './calendar-commands';
import { readConfig } from './config';
import { registerHistoryCommands } from './history-commands';
import { registerReportCommands } from './report-commands';
import { seedSyntheticCommand } from './seed-synthetic';
import { registerSopCommands } from './sop-commands';
import { startSweeper } from './sweeper';
import { registerVerifyCommand } from './verify-command';

const program = new Command('alur').description('Alur: SAKIP SOP workflows and performance reports');

/** Opens the configured database, runs the action, closes it; prints people-facing errors without a stack. */
async function withRuntime(action: (runtime: Runtime) => Promise<void>): Promise<void> {
  const runtime = await openRuntime(readConfig().databaseUrl);
  try {
    await action(runtime);
  } finally {
    await runtime.close();
  }
}

program
  .command('serve')
  .description('start the web application and API (seeds the demo on an empty database)')
  .action(async () => {
    const config = readConfig();
    const runtime = await openRuntime(config.databaseUrl);
    let seeded: DemoSeedResult | undefined;
    if (config.demo && (await isEmpty(runtime.ctx))) seeded = await seedDemo(runtime.ctx);
    const app = await createApp({
      ctx: runtime.ctx,
      webRoot: config.webRoot,
      logger: process.env.LOG_LEVEL !== 'silent',
      secureCookies: config.secureCookies,
      trustProxy: config.trustProxy,
    });
    await app.listen({ port: config.port, host: config.host });
    startSweeper(runtime.ctx, config.sweepSeconds);
    const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    console.log(
      `\nAlur berjalan di / is running at http://${shown}:${config.port}  (database: ${runtime.engine})`,
    );
    if (seeded && seeded.accounts.length > 0) printDemoAccounts(seeded);
    const stop = async () => {
      await app.close();
      await runtime.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

function printDemoAccounts(seeded: DemoSeedResult) {
  console.log('\n[DEMO] Akun demo / demo sign-ins (fictitious people; change or remove before real use)');
  console.log(`[DEMO] Kata sandi semua akun / password of every account: ${DEMO_PASSWORD}`);
  console.log(
    `[DEMO] Frasa sandi sertifikat tanda tangan (kepala, sekretaris, kepala bidang) / signing certificate passphrase: ${DEMO_SIGNING_PASSPHRASE}`,
  );
  for (const a of seeded.accounts) {
    console.log(`[DEMO]   ${a.username.padEnd(28)} ${a.agencyCode.padEnd(20)} ${a.position}`);
  }
  console.log('');
}

const db = program.command('db').description('database maintenance');
db.command('migrate')
  .description('apply pending migrations')
  .action(async () => {
    const applied = await migrate(readConfig().databaseUrl);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  });

program
  .command('seed')
  .argument('<what>', 'what to seed: demo | synthetic')
  .option('--agencies <n>', 'synthetic: how many agencies (default 50)')
  .description('load seed data')
  .action(async (what: string, options: { agencies?: string }) => {
    if (what === 'synthetic') return withRuntime((runtime) => seedSyntheticCommand(runtime, options));
    if (what !== 'demo') throw new Error(`unknown seed "${what}" (known: demo, synthetic)`);
    await withRuntime(async (runtime) => {
      const result = await seedDemo(runtime.ctx);
      if (result.agencies.length === 0) console.log('demo agencies already present; nothing to do');
      else printDemoAccounts(result);
    });
  });

const agency = program.command('agency').description('agencies');
agency
  .command('list')
  .description('list agencies: code, name, time zone')
  .action(async () => {
    await withRuntime(async (runtime) => {
      const all = await listVisibleAgencies(runtime.ctx, operatorActor());
      for (const a of all) console.log(`${a.code}\t${a.name}\t${a.timeZone}`);
    });
  });

const user = program.command('user').description('sign-in accounts');
user
  .command('create')
  .description('create a person with a sign-in account')
  .requiredOption('--agency <code>', 'agency code, e.g. desdm-kaltim')
  .requiredOption('--username <name>', 'sign-in name (lowercase letters, digits, . _ -)')
  .requiredOption('--name <full name>', 'full name with titles')
  .option('--password <password>', 'at least 10 characters (default: read ALUR_NEW_PASSWORD)')
  .option('--nip <nip>', '18-digit NIP')
  .option('--role <role>', 'user | agency_admin | region_admin', 'user')
  .action(async (options) => {
    const password = options.password ?? process.env.ALUR_NEW_PASSWORD;
    if (!password || password.length < 10) throw new Error('--password: at least 10 characters');
    await withRuntime(async (runtime) => {
      const found = await getAgencyByCode(runtime.ctx, options.agency);
      const person = await createPerson(runtime.ctx, systemActor(found), found.id, {
        fullName: options.name,
        nip: options.nip ?? null,
        account: { username: options.username, password, role: options.role },
      });
      console.log(`created ${person.username} (${person.fullName}) in ${found.code}`);
    });
  });

program
  .command('backup')
  .argument('<file>', 'SQLite: a database file (online backup); PostgreSQL or *.json: a logical JSON export')
  .description('back the database up')
  .action(async (file: string) => {
    await withRuntime(async (runtime) => {
      const result = await backup(runtime, file);
      console.log(
        result.kind === 'sqlite'
          ? `SQLite backup written to ${file}`
          : `${result.rows} rows exported to ${file}`,
      );
    });
  });

program
  .command('restore')
  .argument('<file>', 'a file written by `alur backup`')
  .description('replace the database content with a backup (stop the server first)')
  .action(async (file: string) => {
    await withRuntime(async (runtime) => {
      const result = await restore(runtime, file);
      console.log(`${result.rows} rows restored from ${file}`);
    });
  });

registerCalendarCommands(program, withRuntime);
registerHistoryCommands(program, withRuntime);
registerSopCommands(program, withRuntime);
registerReportCommands(program, withRuntime);
registerVerifyCommand(program, withRuntime);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof DomainError) {
    const fields = error.fields.map((f) => `\n  ${f.field}: ${f.message.en} / ${f.message.id}`).join('');
    console.error(`error: ${error.userMessage.en} / ${error.userMessage.id}${fields}`);
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
