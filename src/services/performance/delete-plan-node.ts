import { DomainError } from '../../core/errors';
import {
  deletePlanNodeRow,
  findAgencyPlanNode,
  findPlanNode,
  listFunding,
  lockRow,
  planNodeDependents,
} from '../../db/repositories/performance-editing-repository';
import type { Actor, ServiceContext } from '../context';
import { assertCurrent, planNodeRevision } from './edit-revision';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { NODE_KIND_NAMES } from './renstra';
import { planNodeNotFound } from './update-plan-node';

/**
 * Deletes a Renstra node with its indicative funding. Refused (409 `PLAN_NODE_IN_USE`) while it has
 * child nodes, indicators or a budget line: those carry the PK, realisation and budget history, and
 * must be moved or deleted first, each on its own.
 */
export async function deletePlanNode(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  nodeId: string,
  input: { revision?: string | null } = {},
): Promise<void> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  if (!(await findAgencyPlanNode(ctx.db, agencyId, nodeId))) throw planNodeNotFound();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockRow(trx, 'plan_node', nodeId))) throw planNodeNotFound();
    const node = (await findPlanNode(trx, nodeId))!;
    const funding = (await listFunding(trx, [nodeId])).get(nodeId) ?? [];
    const place = `${NODE_KIND_NAMES[node.kind]} ${node.code}`;
    assertCurrent(input.revision, planNodeRevision(node, funding), {
      id: place,
      en: `${node.kind} ${node.code}`,
    });
    const uses = await planNodeDependents(trx, nodeId);
    const id: string[] = [];
    const en: string[] = [];
    if (uses.children > 0) {
      id.push(`${uses.children} simpul turunan`);
      en.push(`${uses.children} child node(s)`);
    }
    if (uses.indicators > 0) {
      id.push(`${uses.indicators} indikator`);
      en.push(`${uses.indicators} indicator(s)`);
    }
    if (uses.budgetYears.length > 0) {
      id.push(`anggaran tahun ${uses.budgetYears.join(', ')}`);
      en.push(`a budget for ${uses.budgetYears.join(', ')}`);
    }
    if (id.length > 0)
      throw new DomainError('PLAN_NODE_IN_USE', {
        id: `${place} tidak dapat dihapus karena masih memiliki ${id.join(', ')}. Hapus atau pindahkan dulu isinya.`,
        en: `${node.kind} ${node.code} cannot be deleted: it still has ${en.join(', ')}. Delete or move those first.`,
      });
    await deletePlanNodeRow(trx, nodeId);
  });
}
