import { DomainError } from '../../src/core/errors';
import { actorOf } from '../../src/services/auth/load-me';
import type { Actor, ServiceContext } from '../../src/services/context';
import { meOf } from '../runs/run-context';

/** The service actor of a demo user (`desdm.kasubbag_program`, …). */
export async function actorFor(ctx: ServiceContext, username: string): Promise<Actor> {
  return actorOf(await meOf(ctx, username));
}

export async function agencyIdOf(ctx: ServiceContext, code: string): Promise<string> {
  return (await ctx.db.selectFrom('agency').select('id').where('code', '=', code).executeTakeFirstOrThrow())
    .id;
}

/** The DomainError a promise rejects with (its code, message and fields); fails when it resolves. */
export async function failureOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, got success');
}

/** Row counts of the document tables: "nothing changed" is the same counts before and after. */
export async function documentCounts(ctx: ServiceContext) {
  const count = async (
    table: 'document' | 'document_version' | 'document_comment' | 'document_paraf' | 'document_signature',
  ) =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    documents: await count('document'),
    versions: await count('document_version'),
    comments: await count('document_comment'),
    paraf: await count('document_paraf'),
    signatures: await count('document_signature'),
  };
}
