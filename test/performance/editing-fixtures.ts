import { DomainError } from '../../src/core/errors';
import { actorOf } from '../../src/services/auth/load-me';
import type { Actor, ServiceContext } from '../../src/services/context';
import { meOf } from '../runs/run-context';

/** The service actor of a demo user (`desdm.kasubbag_program`, …). */
export async function actorFor(ctx: ServiceContext, username: string): Promise<Actor> {
  return actorOf(await meOf(ctx, username));
}

export async function agencyIdOf(ctx: ServiceContext, code: string): Promise<string> {
  return (await ctx.db.selectFrom('agency').select('id').where('code', '=', code).executeTakeFirstOrThrow())
    .id;
}

/** The DomainError a promise rejects with; fails when it resolves. */
export async function failureOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, got success');
}

/** Every row the editors can change, in a stable order: "nothing changed" is an equal snapshot. */
export async function editingSnapshot(ctx: ServiceContext) {
  const { db } = ctx;
  return {
    nodes: await db.selectFrom('plan_node').selectAll().orderBy('id').execute(),
    funding: await db
      .selectFrom('plan_node_funding')
      .selectAll()
      .orderBy('node_id')
      .orderBy('year')
      .execute(),
    indicators: await db.selectFrom('indicator').selectAll().orderBy('id').execute(),
    targets: await db
      .selectFrom('indicator_target')
      .selectAll()
      .orderBy('indicator_id')
      .orderBy('year')
      .execute(),
    history: await db.selectFrom('indicator_history').select(['id', 'indicator_id']).orderBy('id').execute(),
    agreements: await db.selectFrom('performance_agreement').selectAll().orderBy('id').execute(),
    agreementIndicators: await db.selectFrom('agreement_indicator').selectAll().orderBy('id').execute(),
    actionPlan: await db
      .selectFrom('action_plan_target')
      .selectAll()
      .orderBy('indicator_id')
      .orderBy('year')
      .orderBy('quarter')
      .execute(),
  };
}

/** Ids by code in an agency's Renstra (nodes and indicators) for the tests to address. */
export async function renstraIds(ctx: ServiceContext, agencyId: string) {
  const renstra = await ctx.db
    .selectFrom('renstra')
    .select(['id'])
    .where('agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
  const nodes = await ctx.db
    .selectFrom('plan_node')
    .select(['id', 'code'])
    .where('renstra_id', '=', renstra.id)
    .execute();
  const indicators = await ctx.db
    .selectFrom('indicator')
    .select(['id', 'code'])
    .where('renstra_id', '=', renstra.id)
    .execute();
  const find = (list: { id: string; code: string }[], code: string) => {
    const found = list.find((x) => x.code === code);
    if (!found) throw new Error(`no ${code}`);
    return found.id;
  };
  return {
    renstraId: renstra.id,
    node: (code: string) => find(nodes, code),
    indicator: (code: string) => find(indicators, code),
  };
}

/** The first PK of a year that carries the indicator, and that row. */
export async function agreementRowOf(
  ctx: ServiceContext,
  agencyId: string,
  indicatorId: string,
  year: number,
) {
  return ctx.db
    .selectFrom('agreement_indicator')
    .innerJoin('performance_agreement', 'performance_agreement.id', 'agreement_indicator.agreement_id')
    .select(['agreement_indicator.id as id', 'performance_agreement.id as agreementId'])
    .where('performance_agreement.agency_id', '=', agencyId)
    .where('performance_agreement.year', '=', year)
    .where('agreement_indicator.indicator_id', '=', indicatorId)
    .orderBy('performance_agreement.level')
    .executeTakeFirstOrThrow();
}
