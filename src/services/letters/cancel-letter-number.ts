import { conflict, fieldError, invalid } from '../../core/errors';
import type { Actor, ServiceContext } from '../context';
import { assertCanIssue, loadLetterAccess } from './letter-access';
import { letterNumberNotFound } from './letter-number-not-found';
import { type LetterNumberRecord, listNumberRows } from './letter-records';

/**
 * Cancels an issued or reserved number, with the reason. The number stays in the register as
 * `cancelled` and is never given again (the sequence does not step back); its document, if any, is
 * free to get a new number.
 */
export async function cancelLetterNumber(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; letterNumberId: string; reason: string },
): Promise<LetterNumberRecord> {
  const access = await loadLetterAccess(ctx, actor, input.agencyId);
  assertCanIssue(access);
  const current = (await listNumberRows(ctx.db, { agencyId: input.agencyId, id: input.letterNumberId }))[0];
  if (!current) throw letterNumberNotFound();
  const reason = (input.reason ?? '').trim();
  if (reason === '' || reason.length > 500)
    throw invalid([
      fieldError(
        'reason',
        'Alasan pembatalan wajib diisi (paling panjang 500 karakter).',
        'The reason for cancelling is required (at most 500 characters).',
      ),
    ]);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const cancelled = await trx
      .updateTable('letter_number')
      .set({ status: 'cancelled', cancelled_by: actor.personId, cancelled_at: at, cancel_reason: reason })
      .where('id', '=', input.letterNumberId)
      .where('status', 'in', ['issued', 'reserved'])
      .executeTakeFirst();
    if (Number(cancelled.numUpdatedRows) !== 1)
      throw conflict(
        'LETTER_NUMBER_CANCELLED',
        'letterNumberId',
        `Nomor ${current.number} sudah dibatalkan.`,
        `Number ${current.number} is already cancelled.`,
      );
    await trx
      .updateTable('document')
      .set((eb) => ({ letter_number_id: null, updated_at: at, version: eb('version', '+', 1) }))
      .where('letter_number_id', '=', input.letterNumberId)
      .execute();
  });
  return (await listNumberRows(ctx.db, { agencyId: input.agencyId, id: input.letterNumberId }))[0]!;
}
