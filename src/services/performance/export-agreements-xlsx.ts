import { writeAgreementXlsx } from '../../formats/performance-xlsx/write-agreement-xlsx';
import type { Actor, ServiceContext } from '../context';
import { getActionPlan } from './action-plan';
import { listAgencyAgreements } from './agreements';
import { loadPerformanceAccess } from './performance-access';

/** The year's Perjanjian Kinerja (one sheet per PK) and its Rencana Aksi as an XLSX download. */
export async function exportAgreementsXlsx(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
): Promise<{ fileName: string; buffer: Buffer }> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const [agreements, plan] = await Promise.all([
    listAgencyAgreements(ctx, actor, agencyId, year),
    getActionPlan(ctx, actor, agencyId, year),
  ]);
  const party = (p: (typeof agreements)[number]['firstParty']) => ({
    title: p.title,
    personName: p.person?.fullName ?? null,
    nip: p.person?.nip ?? null,
  });
  const buffer = await writeAgreementXlsx({
    agencyName: access.agency.name,
    year,
    agreements: agreements.map((a) => ({
      level: a.level,
      number: a.number,
      signedOn: a.signedOn,
      firstParty: party(a.firstParty),
      secondParty: party(a.secondParty),
      indicators: a.indicators.map((i) => ({
        code: i.code,
        name: i.name,
        unitLabel: i.unitLabel,
        target: i.target,
        targetHigh: i.targetHigh,
        reason: i.targetReason,
      })),
    })),
    actionPlan: plan.rows.map((r) => ({
      code: r.code,
      name: r.name,
      unitLabel: r.unitLabel,
      aggregation: r.aggregation,
      annualTarget: r.annualTarget,
      quarters: r.quarters,
      reason: r.reason,
    })),
  });
  return { fileName: `perjanjian-kinerja-${year}.xlsx`, buffer };
}
