/**
 * The SOP library (SOPs, numbered versions, lane → position mapping) and runs (tasks, hash-chained
 * events, notifications). Frozen in time: this file never imports application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the schema as it was, untyped.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sop')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sop_agency_code', ['agency_id', 'code'])
    .execute();

  await db.schema
    .createTable('sop_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sop_id', 'text', (c) => c.notNull().references('sop.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('effective_date', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sop_version_number', ['sop_id', 'version'])
    .execute();

  await db.schema
    .createTable('sop_lane')
    .addColumn('sop_id', 'text', (c) => c.notNull().references('sop.id'))
    .addColumn('lane_key', 'text', (c) => c.notNull())
    .addColumn('position_id', 'text', (c) => c.notNull().references('position.id'))
    .addPrimaryKeyConstraint('sop_lane_pk', ['sop_id', 'lane_key'])
    .execute();

  await db.schema
    .createTable('run')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('sop_id', 'text', (c) => c.notNull().references('sop.id'))
    .addColumn('sop_version_id', 'text', (c) => c.notNull().references('sop_version.id'))
    .addColumn('sop_version', 'integer', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('period_year', 'integer', (c) => c.notNull())
    .addColumn('period_quarter', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('disposition', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('environment', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('run_agency').on('run').columns(['agency_id', 'status']).execute();

  await db.schema
    .createTable('run_task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('run_id', 'text', (c) => c.notNull().references('run.id'))
    .addColumn('step_no', 'integer', (c) => c.notNull())
    .addColumn('position_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('delegated_to', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text')
    .addColumn('output', 'text')
    .addColumn('decision', 'text')
    .addColumn('reason', 'text')
    .addColumn('paraf', 'text')
    .addColumn('signature', 'text')
    .execute();
  await db.schema.createIndex('run_task_run').on('run_task').column('run_id').execute();
  await db.schema.createIndex('run_task_inbox').on('run_task').columns(['position_id', 'status']).execute();
  await db.schema.createIndex('run_task_due').on('run_task').columns(['status', 'due_at']).execute();

  await db.schema
    .createTable('run_event')
    .addColumn('run_id', 'text', (c) => c.notNull().references('run.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('command_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text')
    .addColumn('step_no', 'integer')
    .addColumn('actor_person_id', 'text', (c) => c.notNull())
    .addColumn('acting_position_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('run_event_pk', ['run_id', 'seq'])
    .addUniqueConstraint('run_event_command', ['run_id', 'command_id'])
    .execute();

  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('email_status', 'text', (c) => c.notNull())
    .addColumn('email_claimed_at', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .execute();
  await db.schema
    .createIndex('notification_person')
    .on('notification')
    .columns(['person_id', 'read_at'])
    .execute();
  await db.schema.createIndex('notification_email').on('notification').column('email_status').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['notification', 'run_event', 'run_task', 'run', 'sop_lane', 'sop_version', 'sop']) {
    await db.schema.dropTable(table).execute();
  }
}
