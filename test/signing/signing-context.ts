import { DomainError } from '../../src/core/errors';
import type { Db } from '../../src/db/database';
import { actorOf, loadMe } from '../../src/services/auth/load-me';
import type { Actor, ServiceContext } from '../../src/services/context';

/** The demo's "today", also the test clock of signing and verification tests. */
export const DEMO_NOW = new Date('2026-11-23T03:00:00.000Z');

export async function actorFor(ctx: ServiceContext, username: string): Promise<Actor> {
  const account = await ctx.db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return actorOf((await loadMe(ctx.db, account.id))!);
}

/** The person behind a demo sign-in (`desdm.kadis`, …) and their agency. */
export async function personOf(
  db: Db,
  username: string,
): Promise<{ personId: string; agencyId: string; name: string }> {
  const row = await db
    .selectFrom('user_account as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .select(['p.id', 'p.agency_id', 'p.full_name'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return { personId: row.id, agencyId: row.agency_id, name: row.full_name };
}

/** The DomainError a promise rejects with; fails when it resolves. */
export async function failureOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, got success');
}

/** Every stored certificate, in a stable order: "nothing changed" is an equal snapshot. */
export async function certificateSnapshot(db: Db) {
  return db
    .selectFrom('signing_certificate')
    .select(['id', 'person_id', 'fingerprint_sha256', 'revoked_at'])
    .orderBy('id')
    .execute();
}
