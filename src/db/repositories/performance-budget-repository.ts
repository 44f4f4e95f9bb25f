import type { Db } from '../database';

export interface BudgetQuarterRecord {
  quarter: 1 | 2 | 3 | 4;
  /** Anggaran kas (RPD) of this quarter alone, decimal text in Rupiah. */
  cashPlan: string;
  /** Realisation of this quarter alone, decimal text in Rupiah. */
  realisation: string;
}

export interface BudgetLineRecord {
  id: string;
  agencyId: string;
  year: number;
  nodeId: string;
  pagu: string;
  updatedAt: string;
  quarters: BudgetQuarterRecord[];
}

export async function listBudgetLines(
  db: Db,
  agencyId: string,
  year: number,
  nodeId?: string,
): Promise<BudgetLineRecord[]> {
  let q = db.selectFrom('budget_line').selectAll().where('agency_id', '=', agencyId).where('year', '=', year);
  if (nodeId) q = q.where('node_id', '=', nodeId);
  const lines = await q.execute();
  if (lines.length === 0) return [];
  const quarters = await db
    .selectFrom('budget_quarter')
    .selectAll()
    .where(
      'budget_line_id',
      'in',
      lines.map((l) => l.id),
    )
    .orderBy('quarter')
    .execute();
  return lines.map((l) => ({
    id: l.id,
    agencyId: l.agency_id,
    year: Number(l.year),
    nodeId: l.node_id,
    pagu: l.pagu,
    updatedAt: l.updated_at,
    quarters: quarters
      .filter((q) => q.budget_line_id === l.id)
      .map((q) => ({
        quarter: Number(q.quarter) as 1 | 2 | 3 | 4,
        cashPlan: q.cash_plan,
        realisation: q.realisation,
      })),
  }));
}

/** Creates or replaces the budget line of a node for a year, with its four quarters. */
export async function saveBudgetLine(db: Db, line: BudgetLineRecord): Promise<string> {
  const existing = await db
    .selectFrom('budget_line')
    .select('id')
    .where('node_id', '=', line.nodeId)
    .where('year', '=', line.year)
    .executeTakeFirst();
  const id = existing?.id ?? line.id;
  if (existing) {
    await db
      .updateTable('budget_line')
      .set({ pagu: line.pagu, updated_at: line.updatedAt })
      .where('id', '=', id)
      .execute();
    await db.deleteFrom('budget_quarter').where('budget_line_id', '=', id).execute();
  } else {
    await db
      .insertInto('budget_line')
      .values({
        id,
        agency_id: line.agencyId,
        year: line.year,
        node_id: line.nodeId,
        pagu: line.pagu,
        updated_at: line.updatedAt,
      })
      .execute();
  }
  if (line.quarters.length > 0)
    await db
      .insertInto('budget_quarter')
      .values(
        line.quarters.map((q) => ({
          budget_line_id: id,
          quarter: q.quarter,
          cash_plan: q.cashPlan,
          realisation: q.realisation,
        })),
      )
      .execute();
  return id;
}
