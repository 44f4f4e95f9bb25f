import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  meSchema,
  okSchema,
  sessionResponseSchema,
} from '../../contract';
import { changePassword } from '../../services/auth/change-password';
import { signOut } from '../../services/auth/sessions';
import { signIn } from '../../services/auth/sign-in';
import type { ServiceContext } from '../../services/context';
import { requireActor, SESSION_COOKIE } from '../auth-plugin';

export const authRoutes =
  (ctx: ServiceContext, opts: { secureCookies: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/auth/session',
      {
        schema: {
          tags: ['auth'],
          summary: 'Who is signed in, and a CSRF token',
          response: { 200: sessionResponseSchema },
        },
      },
      async (request, reply) => ({ user: request.me ?? null, csrfToken: reply.generateCsrf() }),
    );

    app.post(
      '/auth/login',
      {
        config: { rateLimit: { max: Number(process.env.ALUR_LOGIN_RATE ?? 30), timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Sign in; five wrong passwords lock the account for 15 minutes',
          body: loginRequestSchema,
          response: { 200: z.object({ user: meSchema }) },
        },
      },
      async (request, reply) => {
        const result = await signIn(ctx, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        reply.setCookie(SESSION_COOKIE, result.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: opts.secureCookies,
          expires: result.expiresAt,
        });
        return { user: result.me };
      },
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], summary: 'Sign out', response: { 200: okSchema } } },
      async (request, reply) => {
        await signOut(ctx, request.cookies[SESSION_COOKIE]);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.post(
      '/auth/password',
      {
        schema: {
          tags: ['auth'],
          summary: "Change one's own password (ends other sessions)",
          body: changePasswordRequestSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await changePassword(ctx, requireActor(request), {
          ...request.body,
          currentToken: request.cookies[SESSION_COOKIE],
        });
        return { ok: true as const };
      },
    );
  };
