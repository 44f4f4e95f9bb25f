import type { Migration } from 'kysely';
import * as foundation from './2026-11-23-foundation';

/** Every migration, by dated name. Add new ones at the end; never edit a released one. */
export const migrations: Record<string, Migration> = {
  '2026-11-23-foundation': foundation,
};
