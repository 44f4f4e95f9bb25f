import type { ServiceContext } from '../context';
import { loadMe, type Me } from './load-me';
import { sessionIdOf } from './sign-in';

/** The person behind a session cookie, or undefined when it is unknown or expired. */
export async function resolveSession(
  ctx: ServiceContext,
  token: string | undefined,
): Promise<Me | undefined> {
  if (!token) return undefined;
  const session = await ctx.db
    .selectFrom('session')
    .select(['user_id', 'expires_at'])
    .where('id', '=', sessionIdOf(token))
    .executeTakeFirst();
  if (!session || new Date(session.expires_at) <= ctx.now()) return undefined;
  return loadMe(ctx.db, session.user_id);
}

export async function signOut(ctx: ServiceContext, token: string | undefined): Promise<void> {
  if (!token) return;
  await ctx.db.deleteFrom('session').where('id', '=', sessionIdOf(token)).execute();
}
