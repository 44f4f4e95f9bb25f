import type { Actor, ServiceContext } from '../context';
import type { AchievementView } from './achievement-view';
import { analyseGrid, type RollUpView } from './analysis';
import { getBudget } from './budget';
import { getRealisationGrid } from './realisation';

export interface AgencyDashboard {
  year: number;
  /** The agency's achievement for the year: mean of its sasaran. */
  agency: RollUpView;
  sasaran: {
    code: string;
    name: string;
    achievement: RollUpView;
    indicators: {
      indicatorId: string;
      code: string;
      name: string;
      unitName: string | null;
      achievement: AchievementView;
    }[];
  }[];
  /** Per quarter: the agency's achievement against the Rencana Aksi and budget absorption to that quarter. */
  trend: {
    quarter: number;
    achievement: RollUpView;
    absorption: string | null;
    againstCashPlan: string | null;
  }[];
  budget: { pagu: string; realisationTotal: string; absorption: string | null };
  programs: {
    code: string;
    name: string;
    pagu: string;
    realisationTotal: string;
    absorption: string | null;
  }[];
}

/**
 * An agency's performance dashboard for a year: achievement per sasaran and indicator (the year
 * against the PK), the quarterly trend of achievement beside budget absorption, and absorption per
 * program. Everything is computed on read from the same sources as the realisation grid and budget.
 */
export async function getAgencyDashboard(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
): Promise<AgencyDashboard> {
  const [grid, budget] = await Promise.all([
    getRealisationGrid(ctx, actor, agencyId, { year }),
    getBudget(ctx, actor, agencyId, year),
  ]);
  const annual = analyseGrid(grid, { year, quarter: null });
  return {
    year,
    agency: annual.agency,
    sasaran: annual.sasaran.map((s) => ({
      code: s.code,
      name: s.name,
      achievement: s.achievement,
      indicators: s.indicators.map((i) => ({
        indicatorId: i.indicatorId,
        code: i.code,
        name: i.name,
        unitName: i.unitName,
        achievement: i.achievement,
      })),
    })),
    trend: [1, 2, 3, 4].map((quarter) => {
      const b = budget.total.quarters[quarter - 1];
      return {
        quarter,
        achievement: analyseGrid(grid, { year, quarter }).agency,
        absorption: b?.absorption ?? null,
        againstCashPlan: b?.againstCashPlan ?? null,
      };
    }),
    budget: {
      pagu: budget.total.pagu,
      realisationTotal: budget.total.realisationTotal,
      absorption: budget.total.quarters[3]?.absorption ?? null,
    },
    programs: budget.programs.map((p) => ({
      code: p.code,
      name: p.name,
      pagu: p.pagu,
      realisationTotal: p.realisationTotal,
      absorption: p.quarters[3]?.absorption ?? null,
    })),
  };
}
