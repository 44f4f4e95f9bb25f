import { DomainError, fieldError, invalid } from '../../core/errors';
import { findAccountById } from '../../db/repositories/people-repository';
import type { Actor, ServiceContext } from '../context';
import { hashPassword, verifyPassword } from './passwords';
import { sessionIdOf } from './sign-in';

/** Changes the actor's own password and ends their other sessions. */
export async function changePassword(
  ctx: ServiceContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; currentToken?: string },
): Promise<void> {
  const account = await findAccountById(ctx.db, actor.userId);
  if (!account) throw new DomainError('UNAUTHENTICATED', { id: 'Silakan masuk.', en: 'Please sign in.' });
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw invalid([
      fieldError('currentPassword', 'Kata sandi saat ini salah.', 'The current password is wrong.'),
    ]);
  }
  if (input.newPassword === input.currentPassword) {
    throw invalid([
      fieldError(
        'newPassword',
        'Kata sandi baru harus berbeda dari yang lama.',
        'The new password must differ from the current one.',
      ),
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user_account')
      .set({ password_hash: passwordHash, password_changed_at: ctx.now().toISOString() })
      .where('id', '=', account.id)
      .execute();
    let del = trx.deleteFrom('session').where('user_id', '=', account.id);
    if (input.currentToken) del = del.where('id', '!=', sessionIdOf(input.currentToken));
    await del.execute();
  });
}
