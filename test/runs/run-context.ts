import { loadMe, type Me } from '../../src/services/auth/load-me';
import type { ServiceContext } from '../../src/services/context';

/** The signed-in view of a demo user, as the services see it. */
export async function meOf(ctx: ServiceContext, username: string): Promise<Me> {
  const account = await ctx.db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const me = await loadMe(ctx.db, account.id);
  if (!me) throw new Error(`no such user ${username}`);
  return me;
}

export async function sopIdOf(ctx: ServiceContext, code: string): Promise<string> {
  return (await ctx.db.selectFrom('sop').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}
