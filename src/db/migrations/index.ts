import type { Migration } from 'kysely';
import * as foundation from './2026-11-23-foundation';
import * as performance from './2026-11-24-performance';
import * as sopsRuns from './2026-11-24-sops-runs';
import * as documents from './2026-11-25-documents';
import * as documentsMore from './2026-11-26-documents-more';

/** Every migration, by dated name. Add new ones at the end; never edit a released one. */
export const migrations: Record<string, Migration> = {
  '2026-11-23-foundation': foundation,
  '2026-11-24-performance': performance,
  '2026-11-24-sops-runs': sopsRuns,
  '2026-11-25-documents': documents,
  '2026-11-26-documents-more': documentsMore,
};
