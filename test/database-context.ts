/**
 * Fresh, migrated databases for tests, on both engines. Every database test runs on SQLite and on
 * PostgreSQL (the embedded server started by `global-setup.ts`), the way Kysely runs every test on
 * every dialect: `describe.each(engines())('… (%s)', (engine) => …)`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, type Engine, migrateToLatest, openDatabase } from '../src/db/database';

export function engines(): Engine[] {
  return inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A URL of a new, empty database on the engine. */
export async function freshDatabaseUrl(engine: Engine): Promise<string> {
  const name = `alur_test_${crypto.randomBytes(6).toString('hex')}`;
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-test-'));
    return `sqlite:${path.join(dir, `${name}.db`)}`;
  }
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('PostgreSQL lane is off');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

export async function freshDatabase(engine: Engine): Promise<Database> {
  const database = await openDatabase(await freshDatabaseUrl(engine));
  await migrateToLatest(database.db);
  return database;
}
