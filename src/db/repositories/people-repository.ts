import type { Db } from '../database';

export interface PersonRecord {
  id: string;
  agencyId: string;
  fullName: string;
  nip: string | null;
  rank: string | null;
  email: string | null;
  username: string | null;
  role: 'user' | 'agency_admin' | 'region_admin' | 'system_admin' | null;
}

export async function listPeople(db: Db, agencyId: string, personId?: string): Promise<PersonRecord[]> {
  let q = db
    .selectFrom('person')
    .leftJoin('user_account', 'user_account.person_id', 'person.id')
    .select([
      'person.id as id',
      'person.agency_id as agencyId',
      'person.full_name as fullName',
      'person.nip as nip',
      'person.rank as rank',
      'person.email as email',
      'user_account.username as username',
      'user_account.role as role',
    ])
    .where('person.agency_id', '=', agencyId);
  if (personId) q = q.where('person.id', '=', personId);
  return (await q.orderBy('person.full_name').execute()) as PersonRecord[];
}

export interface AccountRecord {
  id: string;
  personId: string;
  username: string;
  passwordHash: string;
  role: string;
  failedLogins: number;
  lockedUntil: string | null;
}

export async function findAccountByUsername(db: Db, username: string): Promise<AccountRecord | undefined> {
  const row = await db
    .selectFrom('user_account')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  return row && toAccount(row);
}

export async function findAccountById(db: Db, id: string): Promise<AccountRecord | undefined> {
  const row = await db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

function toAccount(row: {
  id: string;
  person_id: string;
  username: string;
  password_hash: string;
  role: string;
  failed_logins: number | string;
  locked_until: string | null;
}): AccountRecord {
  return {
    id: row.id,
    personId: row.person_id,
    username: row.username,
    passwordHash: row.password_hash,
    role: row.role,
    failedLogins: Number(row.failed_logins),
    lockedUntil: row.locked_until,
  };
}
