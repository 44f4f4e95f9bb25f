import { conflict, type FieldError, forbidden, invalid, notFound } from '../../core/errors';
import { normalizeNip } from '../../core/org/nip';
import { listPeople, type PersonRecord } from '../../db/repositories/people-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import { hashPassword } from '../auth/passwords';
import { type Actor, newId, type Role, type ServiceContext } from '../context';
import { loadAgency } from './load-agency';

export interface PersonInput {
  fullName: string;
  nip?: string | null;
  rank?: string | null;
  email?: string | null;
  account?: { username: string; password: string; role: Exclude<Role, 'system_admin'> } | null;
}

export async function listAgencyPeople(ctx: ServiceContext, actor: Actor, agencyId: string) {
  await loadAgency(ctx.db, actor, agencyId, 'read');
  return listPeople(ctx.db, agencyId);
}

/**
 * Adds a person, optionally with a sign-in account, in one transaction: a duplicate NIP or username
 * leaves nothing behind.
 */
export async function createPerson(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: PersonInput,
): Promise<PersonRecord> {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const nip = checkNip(input.nip);
  if (input.account) checkRoleGrant(actor, input.account.role);
  const passwordHash = input.account ? await hashPassword(input.account.password) : null;
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await assertUnique(trx, { nip, username: input.account?.username });
    await trx
      .insertInto('person')
      .values({
        id,
        agency_id: agencyId,
        full_name: input.fullName,
        nip,
        rank: input.rank || null,
        email: input.email || null,
        created_at: now,
      })
      .execute()
      .catch(rethrowUnique);
    if (input.account && passwordHash) {
      await trx
        .insertInto('user_account')
        .values({
          id: newId(),
          person_id: id,
          username: input.account.username.toLowerCase(),
          password_hash: passwordHash,
          role: input.account.role,
          password_changed_at: now,
          created_at: now,
        })
        .execute()
        .catch(rethrowUnique);
    }
  });
  return findPersonOrThrow(ctx, agencyId, id);
}

export async function updatePerson(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  personId: string,
  input: Partial<PersonInput>,
): Promise<PersonRecord> {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const current = await findPersonOrThrow(ctx, agencyId, personId);
  const nip = input.nip === undefined ? undefined : checkNip(input.nip);
  if (input.account) checkRoleGrant(actor, input.account.role);
  const passwordHash = input.account ? await hashPassword(input.account.password) : null;
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await assertUnique(trx, {
      nip: nip && nip !== current.nip ? nip : null,
      username:
        input.account && input.account.username.toLowerCase() !== current.username
          ? input.account.username
          : undefined,
    });
    const set: Record<string, string | null> = {};
    if (input.fullName !== undefined) set.full_name = input.fullName;
    if (nip !== undefined) set.nip = nip;
    if (input.rank !== undefined) set.rank = input.rank || null;
    if (input.email !== undefined) set.email = input.email || null;
    if (Object.keys(set).length > 0)
      await trx.updateTable('person').set(set).where('id', '=', personId).execute().catch(rethrowUnique);
    if (input.account && passwordHash) {
      const values = {
        username: input.account.username.toLowerCase(),
        password_hash: passwordHash,
        role: input.account.role,
        password_changed_at: now,
      };
      if (current.username) {
        await trx
          .updateTable('user_account')
          .set(values)
          .where('person_id', '=', personId)
          .execute()
          .catch(rethrowUnique);
      } else {
        await trx
          .insertInto('user_account')
          .values({ id: newId(), person_id: personId, created_at: now, ...values })
          .execute()
          .catch(rethrowUnique);
      }
    }
  });
  return findPersonOrThrow(ctx, agencyId, personId);
}

function checkNip(input: string | null | undefined): string | null {
  if (!input?.trim()) return null;
  const result = normalizeNip(input);
  if ('error' in result) throw invalid([result.error]);
  return result.nip;
}

/** Agency administrators grant at most agency administration; region roles come from region or system admins. */
function checkRoleGrant(actor: Actor, role: Role) {
  if (role === 'region_admin' && actor.role !== 'region_admin' && actor.role !== 'system_admin')
    throw forbidden();
}

async function assertUnique(
  db: ServiceContext['db'],
  values: { nip?: string | null; username?: string | undefined },
): Promise<void> {
  const errors: FieldError[] = [];
  if (
    values.nip &&
    (await db.selectFrom('person').select('id').where('nip', '=', values.nip).executeTakeFirst())
  ) {
    errors.push(nipTaken().fields[0]!);
  }
  if (
    values.username &&
    (await db
      .selectFrom('user_account')
      .select('id')
      .where('username', '=', values.username.toLowerCase())
      .executeTakeFirst())
  ) {
    errors.push(usernameTaken().fields[0]!);
  }
  if (errors.length === 1) throw errors[0]!.field === 'nip' ? nipTaken() : usernameTaken();
  if (errors.length > 1) throw invalid(errors);
}

const nipTaken = () =>
  conflict(
    'NIP_TAKEN',
    'nip',
    'NIP ini sudah terdaftar untuk pegawai lain.',
    'This NIP is already registered.',
  );
const usernameTaken = () =>
  conflict(
    'USERNAME_TAKEN',
    'account.username',
    'Nama pengguna sudah dipakai; pilih yang lain.',
    'This username is taken; choose another.',
  );

/** A race past the pre-check still ends as a clear conflict, never a 500. */
function rethrowUnique(error: unknown): never {
  if (isUniqueViolation(error)) {
    const text = String((error as Error).message);
    throw text.includes('nip') ? nipTaken() : usernameTaken();
  }
  throw error;
}

async function findPersonOrThrow(ctx: ServiceContext, agencyId: string, personId: string) {
  const [person] = await listPeople(ctx.db, agencyId, personId);
  if (!person) throw notFound('person');
  return person;
}
