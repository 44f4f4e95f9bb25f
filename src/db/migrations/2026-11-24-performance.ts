/**
 * Performance data: Renstra and its cascade, indicators with yearly targets and history, Perjanjian
 * Kinerja, Rencana Aksi, quarterly realisation with its events and corrections, and the yearly budget.
 * Numbers are TEXT decimal strings on both engines (exact values). Frozen in time: never imports app code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the schema as it was, untyped.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('performance_setting')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agency.id'))
    .addColumn('planning_unit_id', 'text', (c) => c.references('unit.id'))
    .execute();

  await db.schema
    .createTable('renstra')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('visi', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('renstra_agency_start', ['agency_id', 'start_year'])
    .execute();

  await db.schema
    .createTable('plan_node')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('renstra_id', 'text', (c) => c.notNull().references('renstra.id'))
    .addColumn('parent_id', 'text', (c) => c.references('plan_node.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('plan_node_renstra_code', ['renstra_id', 'code'])
    .execute();
  await db.schema.createIndex('plan_node_parent').on('plan_node').column('parent_id').execute();

  await db.schema
    .createTable('plan_node_funding')
    .addColumn('node_id', 'text', (c) => c.notNull().references('plan_node.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_node_funding_pk', ['node_id', 'year'])
    .execute();

  await db.schema
    .createTable('indicator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('renstra_id', 'text', (c) => c.notNull().references('renstra.id'))
    .addColumn('node_id', 'text', (c) => c.notNull().references('plan_node.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_label', 'text', (c) => c.notNull())
    .addColumn('polarity', 'text', (c) => c.notNull())
    .addColumn('negative_formula', 'text')
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('precision', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text')
    .addColumn('formula_text', 'text')
    .addColumn('data_source', 'text')
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('is_iku', 'integer', (c) => c.notNull())
    .addColumn('baseline_year', 'integer')
    .addColumn('baseline_value', 'text')
    .addColumn('final_target', 'text')
    .addColumn('note', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('indicator_renstra_code', ['renstra_id', 'code'])
    .execute();
  await db.schema.createIndex('indicator_node').on('indicator').column('node_id').execute();

  await db.schema
    .createTable('indicator_target')
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('value_high', 'text')
    .addPrimaryKeyConstraint('indicator_target_pk', ['indicator_id', 'year'])
    .execute();

  await db.schema
    .createTable('indicator_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('target', 'text')
    .addColumn('realisation', 'text')
    .addColumn('note', 'text')
    .addColumn('source', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('indicator_history_indicator')
    .on('indicator_history')
    .column('indicator_id')
    .execute();

  await db.schema
    .createTable('performance_agreement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('renstra_id', 'text', (c) => c.notNull().references('renstra.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('first_party_position_id', 'text', (c) => c.notNull().references('position.id'))
    .addColumn('second_party_position_id', 'text', (c) => c.references('position.id'))
    .addColumn('second_party_title', 'text')
    .addColumn('number', 'text')
    .addColumn('signed_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agreement_year_party', ['agency_id', 'year', 'first_party_position_id'])
    .execute();

  await db.schema
    .createTable('agreement_indicator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('performance_agreement.id'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('target_high', 'text')
    .addColumn('target_reason', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('agreement_indicator_unique', ['agreement_id', 'indicator_id'])
    .execute();

  await db.schema
    .createTable('action_plan_target')
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('quarter', 'integer', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('reason', 'text')
    .addPrimaryKeyConstraint('action_plan_target_pk', ['indicator_id', 'year', 'quarter'])
    .execute();

  await db.schema
    .createTable('realisation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('quarter', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('value', 'text')
    .addColumn('evidence', 'text')
    .addColumn('obstacles', 'text')
    .addColumn('actions', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('return_reason', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('person.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('person.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('verified_by', 'text', (c) => c.references('person.id'))
    .addColumn('verified_at', 'text')
    .addColumn('locked_by', 'text', (c) => c.references('person.id'))
    .addColumn('locked_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('realisation_period', ['indicator_id', 'year', 'quarter'])
    .execute();

  await db.schema
    .createTable('realisation_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('realisation_id', 'text', (c) => c.notNull().references('realisation.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('realisation_event_realisation')
    .on('realisation_event')
    .column('realisation_id')
    .execute();

  await db.schema
    .createTable('realisation_correction')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('realisation_id', 'text', (c) => c.notNull().references('realisation.id'))
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .addColumn('corrected_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('budget_line')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('node_id', 'text', (c) => c.notNull().references('plan_node.id'))
    .addColumn('pagu', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('budget_line_node_year', ['node_id', 'year'])
    .execute();

  await db.schema
    .createTable('budget_quarter')
    .addColumn('budget_line_id', 'text', (c) => c.notNull().references('budget_line.id'))
    .addColumn('quarter', 'integer', (c) => c.notNull())
    .addColumn('cash_plan', 'text', (c) => c.notNull())
    .addColumn('realisation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('budget_quarter_pk', ['budget_line_id', 'quarter'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'budget_quarter',
    'budget_line',
    'realisation_correction',
    'realisation_event',
    'realisation',
    'action_plan_target',
    'agreement_indicator',
    'performance_agreement',
    'indicator_history',
    'indicator_target',
    'indicator',
    'plan_node_funding',
    'plan_node',
    'renstra',
    'performance_setting',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
