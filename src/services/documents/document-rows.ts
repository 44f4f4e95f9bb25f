import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import { canonicalJson } from '../../core/history/canonical-json';
import type { Db } from '../../db/database';
import type { DocumentTable, DocumentVersionTable } from '../../db/schema-documents';

export type DocumentRow = Selectable<DocumentTable>;
export type VersionRow = Selectable<DocumentVersionTable>;

/** A narrative: section key → text (paragraphs split by blank lines). */
export type Narrative = Record<string, string>;

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a generated version says: the SHA-256 of its model's canonical JSON (key order never matters). */
export function contentSha256(value: unknown): string {
  return sha256(canonicalJson(value));
}

export function parseNarrative(text: string | null): Narrative | null {
  if (!text) return null;
  const value = JSON.parse(text) as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === 'string'),
  ) as Narrative;
}

export async function findDocumentRow(db: Db, id: string): Promise<DocumentRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('document').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Version metadata without the bytes (lists and checks never need them). */
export const VERSION_META = [
  'id',
  'document_id',
  'number',
  'origin',
  'narrative',
  'content_sha256',
  'pdf_sha256',
  'docx_sha256',
  'upload_name',
  'upload_type',
  'upload_sha256',
  'run_id',
  'task_id',
  'step_number',
  'note',
  'author_person_id',
  'author_name',
  'created_at',
] as const;

export type VersionMeta = Pick<VersionRow, (typeof VERSION_META)[number]>;

export async function latestVersionMeta(db: Db, documentId: string): Promise<VersionMeta | undefined> {
  return db
    .selectFrom('document_version')
    .select(VERSION_META)
    .where('document_id', '=', documentId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findVersionMeta(
  db: Db,
  documentId: string,
  versionId: string,
): Promise<VersionMeta | undefined> {
  if (!isUuid(versionId)) return undefined;
  return db
    .selectFrom('document_version')
    .select(VERSION_META)
    .where('document_id', '=', documentId)
    .where('id', '=', versionId)
    .executeTakeFirst();
}

export async function nextVersionNumber(db: Db, documentId: string): Promise<number> {
  const row = await db
    .selectFrom('document_version')
    .select((eb) => eb.fn.max('number').as('max'))
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** Ids are UUIDs: anything else cannot exist (and PostgreSQL would not compare it with a uuid text). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** The name of the person acting, for author columns kept even if the person is later removed. */
export async function personName(db: Db, personId: string): Promise<string> {
  const row = await db.selectFrom('person').select('full_name').where('id', '=', personId).executeTakeFirst();
  return row?.full_name ?? 'Sistem';
}

/** A signature block of a version prepared for signing, as stored in `document_version.signatories`. */
export interface StoredSignatory {
  key: string;
  name: string;
  nip?: string;
  roleLines: string[];
  actingPrefix?: string;
  /** The town written above the blocks: the signature's location. */
  place?: string;
}

export function parseSignatories(text: string | null): StoredSignatory[] {
  if (!text) return [];
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? (value as StoredSignatory[]) : [];
}
