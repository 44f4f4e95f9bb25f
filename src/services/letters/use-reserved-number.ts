import { conflict, fieldError, invalid } from '../../core/errors';
import type { Actor, ServiceContext } from '../context';
import { attachToDocument } from './issue-letter-number';
import { assertCanIssue, loadLetterAccess } from './letter-access';
import { letterNumberNotFound } from './letter-number-not-found';
import { type LetterNumberRecord, listNumberRows } from './letter-records';

/**
 * Gives a reserved number to the letter it was kept for: `reserved → issued`, linked to the
 * document. Only a reserved number can be used, and only once (a conditional update: of two
 * concurrent uses one wins).
 */
export async function useReservedNumber(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; letterNumberId: string; documentId: string; subject?: string | null },
): Promise<LetterNumberRecord> {
  const access = await loadLetterAccess(ctx, actor, input.agencyId);
  assertCanIssue(access);
  const current = (await listNumberRows(ctx.db, { agencyId: input.agencyId, id: input.letterNumberId }))[0];
  if (!current) throw letterNumberNotFound();
  const subject = (input.subject ?? current.subject ?? '').trim();
  const document = await ctx.db
    .selectFrom('document')
    .select('id')
    .where('id', '=', input.documentId)
    .where('agency_id', '=', input.agencyId)
    .executeTakeFirst();
  const errors = [];
  if (!document)
    errors.push(
      fieldError('documentId', 'Dokumen ini tidak ada di instansi ini.', 'No such document in this agency.'),
    );
  if (subject === '' || subject.length > 500)
    errors.push(
      fieldError(
        'subject',
        'Perihal surat wajib diisi (paling panjang 500).',
        'The subject is required (at most 500).',
      ),
    );
  if (errors.length > 0) throw invalid(errors);
  await ctx.db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('letter_number')
      .set({ status: 'issued', document_id: input.documentId, subject })
      .where('id', '=', input.letterNumberId)
      .where('status', '=', 'reserved')
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1)
      throw conflict(
        'LETTER_NUMBER_NOT_RESERVED',
        'letterNumberId',
        `Nomor ${current.number} tidak (lagi) dicadangkan, sehingga tidak dapat dipakai.`,
        `Number ${current.number} is not (or no longer) reserved, so it cannot be used.`,
      );
    await attachToDocument(trx, input.documentId, input.letterNumberId, ctx.now());
  });
  return (await listNumberRows(ctx.db, { agencyId: input.agencyId, id: input.letterNumberId }))[0]!;
}
