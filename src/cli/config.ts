import path from 'node:path';

/** Every setting is an environment variable; the README lists them. */
export function readConfig() {
  return {
    databaseUrl: process.env.DATABASE_URL ?? 'sqlite:./data/alur.db',
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '127.0.0.1',
    /** Seed the demo agencies when the database is empty (default on; `ALUR_DEMO=0` turns it off). */
    demo: process.env.ALUR_DEMO !== '0',
    secureCookies: process.env.ALUR_SECURE_COOKIES === '1',
    trustProxy: process.env.ALUR_TRUST_PROXY === '1',
    /** How often overdue reminders and e-mails are swept (they are also swept at start). */
    sweepSeconds: Number(process.env.ALUR_SWEEP_SECONDS ?? 60),
    webRoot: path.resolve(import.meta.dirname, '../../dist/web'),
  };
}
