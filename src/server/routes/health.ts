import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../services/context';
import { checkDatabase } from '../../services/health';

export const healthRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Liveness and database reachability',
          response: { 200: z.object({ ok: z.literal(true), database: z.string() }) },
        },
      },
      async () => ({ ok: true as const, database: await checkDatabase(ctx) }),
    );
  };
