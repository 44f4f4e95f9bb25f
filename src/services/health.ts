import { sql } from 'kysely';
import type { ServiceContext } from './context';

/** Runs a trivial query so a health check fails when the database does. */
export async function checkDatabase(ctx: ServiceContext): Promise<string> {
  await sql`select 1`.execute(ctx.db);
  return 'ok';
}
