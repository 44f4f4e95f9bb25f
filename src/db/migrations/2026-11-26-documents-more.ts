/**
 * Two facts about a document that the pipeline knows only while it builds the model, kept so later
 * steps need not rebuild it: the narrative's outline (section keys with the titles the document prints,
 * for the editor, comments and comparison) and, on a version prepared for signing, its signature
 * blocks (key, name, NIP, role lines), which the signing step matches the signer against.
 * Frozen in time: never imports application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the schema as it was, untyped.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('document').addColumn('narrative_outline', 'text').execute();
  await db.schema.alterTable('document_version').addColumn('signatories', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('document_version').dropColumn('signatories').execute();
  await db.schema.alterTable('document').dropColumn('narrative_outline').execute();
}
