import { type Database, type Engine, migrateToLatest, openDatabase } from '../db/database';
import type { ServiceContext } from './context';

export interface Runtime {
  ctx: ServiceContext;
  engine: Engine;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database named by `DATABASE_URL`, brings its schema up to date, and wires the clock. */
export async function openRuntime(
  databaseUrl: string,
  options: { migrate?: boolean } = {},
): Promise<Runtime> {
  const database = await openDatabase(databaseUrl);
  if (options.migrate !== false) await migrateToLatest(database.db);
  return {
    ctx: { db: database.db, now: () => new Date() },
    engine: database.engine,
    database,
    close: () => database.close(),
  };
}

export async function migrate(databaseUrl: string): Promise<string[]> {
  const database = await openDatabase(databaseUrl);
  try {
    return await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
}

export async function isEmpty(ctx: ServiceContext): Promise<boolean> {
  return !(await ctx.db.selectFrom('agency').select('id').limit(1).executeTakeFirst());
}
