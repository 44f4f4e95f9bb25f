import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/db/database';
import type { ServiceContext } from '../../src/services/context';
import { getRegionDashboard } from '../../src/services/performance/region-dashboard';
import { realisationSubmittedFor } from '../../src/services/performance/run-link';
import { type SyntheticResult, seedSynthetic } from '../../src/services/performance/seed-synthetic';
import { engines, freshDatabase } from '../database-context';

describe.each(engines())('synthetic agencies for load tests (%s)', (engine: Engine) => {
  let ctx: ServiceContext;
  let close: () => Promise<void>;
  let made: SyntheticResult;
  beforeAll(async () => {
    const database = await freshDatabase(engine);
    ctx = { db: database.db, now: () => new Date('2026-11-23T03:00:00Z') };
    close = () => database.close();
    made = await seedSynthetic(ctx, { agencies: 3 });
  });
  afterAll(async () => close());

  it('gives each agency 40 indicators in its PK with four quarters, and the same data every time', async () => {
    const dash = await getRegionDashboard(
      ctx,
      { userId: 'x', personId: 'x', role: 'system_admin', agencyId: '', regionId: made.regionId },
      made.regionId,
      2026,
    );
    expect(dash.region.name).toBe('Wilayah Sintetis');
    expect(dash.agencies.map((a) => a.code)).toEqual(['syn-00001', 'syn-00002', 'syn-00003']);
    for (const a of dash.agencies) {
      expect(a.indicators).toBe(40);
      expect(a.sasaran.map((s) => s.code)).toEqual(['S1', 'S2', 'S3', 'S4']);
      expect(a.achievement.status).toBe('ok');
      expect(a.absorption).not.toBeNull();
    }
    const realisations = await ctx.db
      .selectFrom('realisation')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(realisations.n)).toBe(3 * 40 * 4);
    // TW IV is submitted in the synthetic data: every division has handed in the year.
    expect(
      await realisationSubmittedFor(ctx, made.agencyIds[0]!, made.firstDivisions[0]!, {
        year: 2026,
        quarter: null,
      }),
    ).toBe(true);
    // Figures come from a fixed sequence: a second database gets the same achievement.
    const again = await freshDatabase(engine);
    const ctx2 = { db: again.db, now: ctx.now };
    const made2 = await seedSynthetic(ctx2, { agencies: 3 });
    const dash2 = await getRegionDashboard(
      ctx2,
      { userId: 'x', personId: 'x', role: 'system_admin', agencyId: '', regionId: made2.regionId },
      made2.regionId,
      2026,
    );
    expect(dash2.agencies.map((a) => a.achievement.display)).toEqual(
      dash.agencies.map((a) => a.achievement.display),
    );
    await again.close();
  });
});
