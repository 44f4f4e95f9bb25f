import { backup as backupDatabase, restore as restoreDatabase } from '../db/backup';
import type { Runtime } from './runtime';

/** `alur backup <file>`: see `src/db/backup.ts` for what each engine writes. */
export function backup(runtime: Runtime, file: string) {
  return backupDatabase(runtime.database, file);
}

/** `alur restore <file>`: replaces the database's content in one transaction. */
export function restore(runtime: Runtime, file: string) {
  return restoreDatabase(runtime.database, file);
}
