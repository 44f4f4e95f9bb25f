import { conflict, DomainError, fieldError, invalid } from '../../core/errors';
import {
  type FundingRecord,
  findAgencyPlanNode,
  listFunding,
  lockRow,
  replaceFunding,
  updatePlanNodeRow,
} from '../../db/repositories/performance-editing-repository';
import { findRenstra, listPlanNodes } from '../../db/repositories/performance-renstra-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import type { Actor, ServiceContext } from '../context';
import { readOptionalDecimal } from './decimal-input';
import { codeText, FIELD_NAMES, requiredText, TEXT_LIMITS } from './edit-input';
import { assertCurrent, planNodeRevision } from './edit-revision';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { NODE_KIND_NAMES } from './renstra';
import { FUNDED_KINDS, planNodeView } from './renstra-editor-view';

/** A change to a Renstra node; fields left out stay as they are. */
export interface PlanNodeEdit {
  /** The revision the editor was shown (see `edit-revision.ts`). */
  revision?: string | null;
  code?: string;
  name?: string;
  unitId?: string | null;
  /** Indicative funding per Renstra year (Rupiah); an empty amount removes that year. */
  funding?: { year: number; amount: unknown }[];
}

/**
 * Changes a node's code (for programs and activities the SIPD code), description, responsible unit
 * and indicative funding per year, in one transaction, refusing a stale revision.
 */
export async function updatePlanNode(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  nodeId: string,
  edit: PlanNodeEdit,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const found = await findAgencyPlanNode(ctx.db, agencyId, nodeId);
  if (!found) throw planNodeNotFound();
  const renstra = (await findRenstra(ctx.db, found.renstraId))!;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockRow(trx, 'plan_node', nodeId))) throw planNodeNotFound();
    const nodes = await listPlanNodes(trx, found.renstraId);
    const node = nodes.find((n) => n.id === nodeId)!;
    const funding = (await listFunding(trx, [nodeId])).get(nodeId) ?? [];
    const kindName = NODE_KIND_NAMES[node.kind];
    const place = `${kindName} ${node.code}`;
    assertCurrent(edit.revision, planNodeRevision(node, funding), {
      id: place,
      en: `${node.kind} ${node.code}`,
    });
    const code =
      edit.code === undefined
        ? node.code
        : codeText(edit.code, { field: 'code', place, max: TEXT_LIMITS.nodeCode });
    const name =
      edit.name === undefined
        ? node.name
        : requiredText(edit.name, {
            field: 'name',
            place,
            label: FIELD_NAMES.nodeName,
            max: TEXT_LIMITS.nodeName,
          });
    const unitId = edit.unitId === undefined ? node.unitId : edit.unitId;
    if (unitId && !access.units.some((u) => u.id === unitId))
      throw invalid([
        fieldError('unitId', `${place}: unit tidak ada di instansi ini.`, `${place}: no such unit here.`),
      ]);
    if (code !== node.code && nodes.some((n) => n.id !== node.id && n.code === code))
      throw nodeCodeTaken(code);
    const nextFunding =
      edit.funding === undefined ? funding : mergeFunding(node.kind, code, renstra, funding, edit.funding);
    try {
      await updatePlanNodeRow(trx, node.id, { code, name, unitId });
    } catch (error) {
      if (isUniqueViolation(error)) throw nodeCodeTaken(code);
      throw error;
    }
    if (edit.funding !== undefined) await replaceFunding(trx, node.id, nextFunding);
  });
  return planNodeView(ctx.db, access, nodeId);
}

function mergeFunding(
  kind: string,
  code: string,
  renstra: { startYear: number; endYear: number },
  current: FundingRecord[],
  patch: { year: number; amount: unknown }[],
): FundingRecord[] {
  if (!FUNDED_KINDS.has(kind))
    throw invalid([
      fieldError(
        'funding',
        `${code}: pagu indikatif hanya untuk program, kegiatan dan sub kegiatan.`,
        `${code}: indicative funding is for programs and activities only.`,
      ),
    ]);
  const byYear = new Map(current.map((f) => [f.year, f.amount]));
  const seen = new Set<number>();
  for (const [k, row] of patch.entries()) {
    if (
      !Number.isInteger(row.year) ||
      row.year < renstra.startYear ||
      row.year > renstra.endYear ||
      seen.has(row.year)
    )
      throw invalid([
        fieldError(
          `funding.${k}.year`,
          `${code}: tahun pagu indikatif harus dalam periode Renstra ${renstra.startYear}–${renstra.endYear}, sekali saja (tertulis ${row.year}).`,
          `${code}: the funding year must be within ${renstra.startYear}–${renstra.endYear}, once (got ${row.year}).`,
        ),
      ]);
    seen.add(row.year);
    const amount = readOptionalDecimal(row.amount, {
      field: `funding.${k}.amount`,
      place: `${code} ${row.year}`,
      label: { id: 'Pagu indikatif', en: 'Indicative funding' },
      min: 0,
    });
    if (amount === null) byYear.delete(row.year);
    else byYear.set(row.year, amount);
  }
  return [...byYear].map(([year, amount]) => ({ year, amount })).sort((a, b) => a.year - b.year);
}

export function planNodeNotFound() {
  return new DomainError('NOT_FOUND', {
    id: 'Simpul Renstra tidak ditemukan.',
    en: 'Renstra node not found.',
  });
}

function nodeCodeTaken(code: string) {
  return conflict(
    'PLAN_NODE_CODE_TAKEN',
    'code',
    `Kode ${code} sudah dipakai di Renstra ini.`,
    `Code ${code} is already used in this Renstra.`,
  );
}
