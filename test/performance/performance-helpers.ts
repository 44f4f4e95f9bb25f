import type { TestApp } from '../app-context';
import type { TestClient } from '../http-client';

/** The demo's "today": TW I–III are locked, TW IV is being entered. */
export const DEMO_NOW = () => new Date('2026-11-23T03:00:00.000Z');

const TABLES = [
  'renstra',
  'plan_node',
  'indicator',
  'indicator_target',
  'indicator_history',
  'performance_agreement',
  'agreement_indicator',
  'action_plan_target',
  'realisation',
  'realisation_event',
  'realisation_correction',
  'budget_line',
  'budget_quarter',
  'performance_setting',
] as const;

/** Row counts and a digest of the mutable values, so a refused request can be shown to change nothing. */
export async function snapshot(t: TestApp) {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) {
    const row = await t.ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  out.realisations = await t.ctx.db
    .selectFrom('realisation')
    .select(['id', 'value', 'status', 'version'])
    .orderBy('id')
    .execute();
  out.targets = await t.ctx.db
    .selectFrom('action_plan_target')
    .select(['indicator_id', 'quarter', 'target', 'reason'])
    .orderBy('indicator_id')
    .orderBy('quarter')
    .execute();
  out.budget = await t.ctx.db.selectFrom('budget_line').select(['id', 'pagu']).orderBy('id').execute();
  return out;
}

export async function agencyIdOf(client: TestClient): Promise<string> {
  return (await client.get('/api/agencies')).json()[0].id;
}

export interface GridRow {
  indicatorId: string;
  code: string;
  annualTarget: string | null;
  polarity: string;
  negativeFormula: string | null;
  aggregation: string;
  canEnter: boolean;
  annualAchievement?: { status: string; display: string | null; category: string | null } | null;
  quarters: {
    quarter: number;
    target: string | null;
    cumulativeValue: string | null;
    realisation: { id: string; value: string | null; status: string; version: number } | null;
    achievement?: {
      status: string;
      display: string | null;
      category: string | null;
      formula: string | null;
      reason: string | null;
    } | null;
  }[];
}

export async function grid(client: TestClient, agencyId: string, year = 2026): Promise<GridRow[]> {
  const res = await client.get(`/api/agencies/${agencyId}/realisations?year=${year}`);
  if (res.statusCode !== 200) throw new Error(`grid: ${res.statusCode} ${res.body}`);
  return res.json().rows;
}

export function row(rows: GridRow[], code: string): GridRow {
  const found = rows.find((r) => r.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
}
