import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import type { Database } from './database';

/** Tables in foreign-key order: restore inserts in this order and deletes in the reverse. */
export const BACKUP_TABLES = [
  'region',
  'agency',
  'unit',
  'position',
  'person',
  'user_account',
  'session',
  'appointment',
  'work_calendar',
  'holiday',
  'performance_setting',
  'renstra',
  'plan_node',
  'plan_node_funding',
  'indicator',
  'indicator_target',
  'indicator_history',
  'performance_agreement',
  'agreement_indicator',
  'action_plan_target',
  'realisation',
  'realisation_event',
  'realisation_correction',
  'budget_line',
  'budget_quarter',
  'sop',
  'sop_version',
  'sop_lane',
  'run',
  'run_task',
  'run_event',
  'notification',
  'document',
  'document_version',
  'document_comment',
  'document_paraf',
  'signing_certificate',
  'document_signature',
  'generation_job',
  'letter_number_pattern',
  'letter_sequence',
  'letter_number',
  'distribution',
  'archive_record',
] as const;

const FORMAT = 'alur-backup/v1';

/**
 * Backs the database up into `file`.
 * - SQLite: an online backup (better-sqlite3's backup API), consistent while the server runs.
 * - PostgreSQL: a logical export as JSON (every table's rows in foreign-key order), restorable into an
 *   empty, migrated Alur database on either engine. For a whole-cluster backup use pg_dump instead.
 */
export async function backup(
  database: Database,
  file: string,
): Promise<{ kind: 'sqlite' | 'json'; rows?: number }> {
  if (database.engine === 'sqlite' && !file.endsWith('.json')) {
    await database.sqlite!.backup(file);
    return { kind: 'sqlite' };
  }
  const tables: Record<string, unknown[]> = {};
  let rows = 0;
  for (const table of BACKUP_TABLES) {
    tables[table] = await database.db.selectFrom(table).selectAll().execute();
    rows += tables[table]!.length;
  }
  const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
    database.db,
  );
  fs.writeFileSync(
    file,
    JSON.stringify(
      { format: FORMAT, migrations: migrations.rows.map((r) => r.name), tables },
      bytesAsBase64,
      1,
    ),
  );
  return { kind: 'json', rows };
}

/**
 * Restores `file` into the database, replacing its content, in one transaction (a failure restores nothing).
 * A SQLite backup file is read as a database; a JSON file as a logical export. Stop the server first.
 */
export async function restore(database: Database, file: string): Promise<{ rows: number }> {
  const source = readSource(file);
  let rows = 0;
  await database.db.transaction().execute(async (trx) => {
    for (const table of [...BACKUP_TABLES].reverse()) await trx.deleteFrom(table).execute();
    for (const table of BACKUP_TABLES) {
      for (const row of source[table] ?? []) {
        await trx
          .insertInto(table)
          .values(row as never)
          .execute();
        rows++;
      }
    }
  });
  return { rows };
}

function readSource(file: string): Record<string, unknown[]> {
  if (!fs.existsSync(file)) throw new Error(`backup file not found: ${file}`);
  const head = fs.readFileSync(file).subarray(0, 16).toString('latin1');
  if (head.startsWith('SQLite format 3')) {
    const src = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      const tables: Record<string, unknown[]> = {};
      for (const table of BACKUP_TABLES) tables[table] = src.prepare(`select * from "${table}"`).all();
      return tables;
    } finally {
      src.close();
    }
  }
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8'), base64AsBytes) as {
    format?: string;
    tables?: Record<string, unknown[]>;
  };
  if (parsed.format !== FORMAT || !parsed.tables)
    throw new Error(`${file} is not an Alur backup (${FORMAT})`);
  return parsed.tables;
}

/** Document bytes (blob/bytea) travel in the JSON export as `{ "$base64": "…" }`. */
function bytesAsBase64(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  if (Buffer.isBuffer(raw) || raw instanceof Uint8Array)
    return { $base64: Buffer.from(raw).toString('base64') };
  return value;
}

function base64AsBytes(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && typeof (value as { $base64?: unknown }).$base64 === 'string')
    return Buffer.from((value as { $base64: string }).$base64, 'base64');
  return value;
}
