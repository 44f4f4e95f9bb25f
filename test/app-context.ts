import type { FastifyInstance } from 'fastify';
import type { Engine } from '../src/db/database';
import { createApp } from '../src/server/app';
import type { ServiceContext } from '../src/services/context';
import { seedDemo } from '../src/services/demo/seed-demo';
import { freshDatabase } from './database-context';

export interface TestApp {
  app: FastifyInstance;
  ctx: ServiceContext;
  close(): Promise<void>;
}

/** A real app on a fresh database of the engine, with the demo agencies seeded; the clock can be set. */
export async function createTestApp(engine: Engine, options: { now?: () => Date; seed?: boolean } = {}) {
  const database = await freshDatabase(engine);
  const ctx: ServiceContext = { db: database.db, now: options.now ?? (() => new Date()) };
  if (options.seed !== false) await seedDemo(ctx);
  const app = await createApp({ ctx });
  await app.ready();
  return {
    app,
    ctx,
    close: async () => {
      await app.close();
      await database.close();
    },
  } satisfies TestApp;
}
