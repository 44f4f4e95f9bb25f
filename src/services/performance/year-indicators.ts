import type { Db } from '../../db/database';
import {
  listAgreementIndicators,
  listAgreements,
} from '../../db/repositories/performance-agreement-repository';
import {
  findRenstraForYear,
  type IndicatorWithTargets,
  listIndicators,
  listPlanNodes,
  type PlanNodeRecord,
} from '../../db/repositories/performance-renstra-repository';

export interface YearIndicator extends IndicatorWithTargets {
  /** The PK targets of the year for this indicator (one per PK that carries it; normally all equal). */
  pkTargets: string[];
  /** The year's target to measure against: the PK target, else the Renstra target. */
  annualTarget: string | null;
  sasaran: { code: string; name: string } | null;
}

/**
 * The indicators measured in a year: those in the year's Perjanjian Kinerja, or — before any PK is
 * entered — every Renstra indicator with a target for the year. Ordered as in the Renstra.
 */
export async function listYearIndicators(db: Db, agencyId: string, year: number): Promise<YearIndicator[]> {
  const renstra = await findRenstraForYear(db, agencyId, year);
  if (!renstra) return [];
  const [indicators, nodes, agreements] = await Promise.all([
    listIndicators(db, { renstraId: renstra.id }),
    listPlanNodes(db, renstra.id),
    listAgreements(db, agencyId, { year }),
  ]);
  const rows = await listAgreementIndicators(
    db,
    agreements.map((a) => a.id),
  );
  const inPk = new Set(rows.map((r) => r.indicatorId));
  const chosen =
    inPk.size > 0
      ? indicators.filter((i) => inPk.has(i.id))
      : indicators.filter((i) => i.targets.some((t) => t.year === year));
  const pkTargetsOf = new Map<string, string[]>();
  for (const r of rows) pkTargetsOf.set(r.indicatorId, [...(pkTargetsOf.get(r.indicatorId) ?? []), r.target]);
  return chosen.map((i) => {
    const pkTargets = pkTargetsOf.get(i.id) ?? [];
    return {
      ...i,
      pkTargets,
      annualTarget: pkTargets[0] ?? i.targets.find((t) => t.year === year)?.value ?? null,
      sasaran: sasaranOf(nodes, i.nodeId),
    };
  });
}

function sasaranOf(nodes: PlanNodeRecord[], nodeId: string) {
  for (let cur = nodes.find((n) => n.id === nodeId); cur; cur = nodes.find((n) => n.id === cur?.parentId)) {
    if (cur.kind === 'sasaran' || cur.kind === 'tujuan') return { code: cur.code, name: cur.name };
  }
  return null;
}
