/**
 * Documents (generated or uploaded, with versions, review comments, paraf and signatures), signing
 * certificates, generation jobs, letter numbers, distribution and archive. Frozen in time: this file
 * never imports application code. Bytes are stored in the database (blob / bytea) with their SHA-256.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the schema as it was, untyped.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const blob = postgres ? 'bytea' : 'blob';

  await db.schema
    .createTable('document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('period_year', 'integer')
    .addColumn('period_quarter', 'integer')
    .addColumn('source_ref', 'text')
    .addColumn('run_id', 'text', (c) => c.references('run.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('narrative', 'text')
    .addColumn('verification_token', 'text', (c) => c.unique())
    .addColumn('letter_number_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_agency').on('document').columns(['agency_id', 'kind']).execute();
  await db.schema.createIndex('document_run').on('document').column('run_id').execute();

  await db.schema
    .createTable('document_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('narrative', 'text')
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('pdf', blob)
    .addColumn('pdf_sha256', 'text')
    .addColumn('docx', blob)
    .addColumn('docx_sha256', 'text')
    .addColumn('upload', blob)
    .addColumn('upload_name', 'text')
    .addColumn('upload_type', 'text')
    .addColumn('upload_sha256', 'text')
    .addColumn('run_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('step_number', 'integer')
    .addColumn('note', 'text')
    .addColumn('author_person_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_version_number', ['document_id', 'number'])
    .execute();
  await db.schema
    .createIndex('document_version_pdf_hash')
    .on('document_version')
    .column('pdf_sha256')
    .execute();

  await db.schema
    .createTable('document_comment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('document_version.id'))
    .addColumn('section_key', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_person_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('document_comment_version')
    .on('document_comment')
    .column('version_id')
    .execute();

  await db.schema
    .createTable('document_paraf')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('document_version.id'))
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('position_id', 'text')
    .addColumn('position_title', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('signing_certificate')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('p12', blob, (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('not_after', 'text', (c) => c.notNull())
    .addColumn('fingerprint_sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('signing_certificate_person')
    .on('signing_certificate')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('document_signature')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('document_version.id'))
    .addColumn('signatory_key', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('position_title', 'text', (c) => c.notNull())
    .addColumn('nip', 'text')
    .addColumn('certificate_id', 'text')
    .addColumn('certificate_subject', 'text', (c) => c.notNull())
    .addColumn('certificate_serial', 'text', (c) => c.notNull())
    .addColumn('signer_kind', 'text', (c) => c.notNull())
    .addColumn('signed_sha256', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_signature_once', ['version_id', 'signatory_key'])
    .execute();

  await db.schema
    .createTable('generation_job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('document_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text')
    .addColumn('error', 'text')
    .addColumn('version_id', 'text')
    .addColumn('requested_by', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('generation_job_status')
    .on('generation_job')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('letter_number_pattern')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('pattern', 'text', (c) => c.notNull())
    .addColumn('classification_code', 'text')
    .addColumn('unit_code', 'text')
    .addColumn('sequence_per_classification', 'integer', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('letter_number_pattern_name', ['agency_id', 'name'])
    .execute();

  await db.schema
    .createTable('letter_sequence')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_sequence_pk', ['agency_id', 'year', 'scope'])
    .execute();

  await db.schema
    .createTable('letter_number')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('pattern_id', 'text', (c) => c.notNull().references('letter_number_pattern.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('classification_code', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('document_id', 'text')
    .addColumn('issued_by', 'text')
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_by', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addUniqueConstraint('letter_number_sequence', ['agency_id', 'year', 'scope', 'sequence'])
    .addUniqueConstraint('letter_number_text', ['agency_id', 'number'])
    .execute();

  await db.schema
    .createTable('distribution')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('document_version.id'))
    .addColumn('recipient_kind', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('recipient_email', 'text')
    .addColumn('position_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('error', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('claimed_at', 'text')
    .execute();
  await db.schema.createIndex('distribution_status').on('distribution').column('status').execute();

  await db.schema
    .createTable('archive_record')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().unique().references('document.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('document_version.id'))
    .addColumn('classification_code', 'text', (c) => c.notNull())
    .addColumn('retention_active_years', 'integer', (c) => c.notNull())
    .addColumn('retention_inactive_years', 'integer', (c) => c.notNull())
    .addColumn('final_disposition', 'text', (c) => c.notNull())
    .addColumn('access_class', 'text', (c) => c.notNull())
    .addColumn('archived_by', 'text')
    .addColumn('archived_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'archive_record',
    'distribution',
    'letter_number',
    'letter_sequence',
    'letter_number_pattern',
    'generation_job',
    'document_signature',
    'signing_certificate',
    'document_paraf',
    'document_comment',
    'document_version',
    'document',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
