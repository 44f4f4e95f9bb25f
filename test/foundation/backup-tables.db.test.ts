import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../src/db/backup';
import { freshDatabase } from '../database-context';

describe('backup', () => {
  it('covers every table the migrations create, so a restore leaves nothing behind', async () => {
    const database = await freshDatabase('sqlite');
    try {
      const rows = await sql<{ name: string }>`
        select name from sqlite_master
        where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'
      `.execute(database.db);
      expect(rows.rows.map((r) => r.name).sort()).toEqual([...BACKUP_TABLES].sort());
    } finally {
      await database.close();
    }
  });
});
