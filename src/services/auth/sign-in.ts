import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../core/errors';
import { findAccountByUsername } from '../../db/repositories/people-repository';
import type { ServiceContext } from '../context';
import { loadMe, type Me } from './load-me';
import { verifyPassword } from './passwords';

export const MAX_FAILED_SIGN_INS = 5;
const LOCK_MINUTES = 15;
const SESSION_HOURS = Number(process.env.ALUR_SESSION_HOURS ?? 12);

export interface SignInResult {
  /** The session token for the cookie; only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
  me: Me;
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const wrongCredentials = () =>
  new DomainError('INVALID_CREDENTIALS', {
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  });

/**
 * Signs a person in. Five wrong passwords in a row lock the account for 15 minutes; the lock is
 * stored on the account, so it holds across server processes and restarts.
 */
export async function signIn(
  ctx: ServiceContext,
  input: { username: string; password: string; ip?: string; userAgent?: string },
): Promise<SignInResult> {
  const now = ctx.now();
  const account = await findAccountByUsername(ctx.db, input.username.trim().toLowerCase());
  if (!account) throw wrongCredentials();
  if (account.lockedUntil && new Date(account.lockedUntil) > now)
    throw lockedError(new Date(account.lockedUntil));

  if (!(await verifyPassword(account.passwordHash, input.password))) {
    const failed = account.failedLogins + 1;
    const lock = failed >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await ctx.db
      .updateTable('user_account')
      .set({ failed_logins: lock ? 0 : failed, locked_until: lock?.toISOString() ?? null })
      .where('id', '=', account.id)
      .execute();
    if (lock) throw lockedError(lock);
    throw wrongCredentials();
  }

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user_account')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', account.id)
      .execute();
    await trx
      .insertInto('session')
      .values({
        id: sessionIdOf(token),
        user_id: account.id,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        ip: input.ip ?? null,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
  });
  const me = await loadMe(ctx.db, account.id);
  if (!me) throw wrongCredentials();
  return { token, expiresAt, me };
}

function lockedError(until: Date): DomainError {
  const time = until.toISOString().slice(11, 16);
  return new DomainError('ACCOUNT_LOCKED', {
    id: `Terlalu banyak percobaan dengan kata sandi salah. Akun dikunci sampai ${time} UTC; coba lagi nanti.`,
    en: `Too many wrong passwords. The account is locked until ${time} UTC; try again later.`,
  });
}
