import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { homeResponseSchema } from '../../contract';
import type { ServiceContext } from '../../services/context';
import { getHome } from '../../services/home/get-home';
import { requireMe } from '../auth-plugin';

export const homeRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/home',
      {
        schema: {
          tags: ['home'],
          summary: 'The positions the signed-in person holds and what waits for them',
          response: { 200: homeResponseSchema },
        },
      },
      async (request) => getHome(ctx, requireMe(request)),
    );
  };
