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

/**
 * Submits (as the agency administrator) and verifies (as the planning head) every realisation of a
 * quarter still in draft or submitted, through the performance services: what the divisions and the
 * planning unit do before a report is signed.
 */
export async function verifyQuarter(ctx: ServiceContext, agencyCode: string, year: number, quarter: number) {
  const { reviewRealisation, saveRealisation } = await import('../../src/services/performance/realisation');
  const agencyId = await agencyIdOf(ctx, agencyCode);
  const prefix = agencyCode.split('-')[0];
  const admin = await actorFor(ctx, `${prefix}.admin`);
  const rows = await ctx.db
    .selectFrom('realisation')
    .innerJoin('indicator', 'indicator.id', 'realisation.indicator_id')
    .innerJoin('renstra', 'renstra.id', 'indicator.renstra_id')
    .select(['realisation.id', 'realisation.indicator_id', 'realisation.value', 'realisation.status'])
    .where('renstra.agency_id', '=', agencyId)
    .where('realisation.year', '=', year)
    .where('realisation.quarter', '=', quarter)
    .where('realisation.status', 'in', ['draft', 'submitted'])
    .execute();
  const drafts = rows.filter((r) => r.status === 'draft' && r.value !== null);
  if (drafts.length > 0)
    await saveRealisation(ctx, admin, agencyId, {
      year,
      submit: true,
      entries: drafts.map((r) => ({
        indicatorId: r.indicator_id,
        quarter,
        value: r.value,
        evidence: 'Laporan bidang',
      })),
    });
  for (const r of rows) await reviewRealisation(ctx, admin, agencyId, r.id, { action: 'verify' });
  return rows.length;
}
