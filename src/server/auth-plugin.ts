import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../core/errors';
import { actorOf, type Me } from '../services/auth/load-me';
import { resolveSession } from '../services/auth/sessions';
import type { Actor, ServiceContext } from '../services/context';

export const SESSION_COOKIE = 'alur_session';

declare module 'fastify' {
  interface FastifyRequest {
    me: Me | undefined;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie on every API request and checks the CSRF token on every state-changing
 * one (double submit: the secret in an httpOnly SameSite cookie, the token in `x-csrf-token`).
 */
export function registerAuth(
  app: FastifyInstance,
  ctx: ServiceContext,
  _opts: { secureCookies: boolean },
): void {
  app.decorateRequest('me', undefined);
  // The plugin answers a bad token itself (403, mapped to CSRF_INVALID by the error handler).
  app.addHook('onRequest', (request, reply, done) => {
    // `/api/public/` (checking a signed file) changes nothing and is used without a session.
    if (
      request.url.startsWith('/api/') &&
      !request.url.startsWith('/api/public/') &&
      UNSAFE_METHODS.has(request.method)
    ) {
      app.csrfProtection(request, reply, done);
    } else {
      done();
    }
  });
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/'))
      request.me = await resolveSession(ctx, request.cookies[SESSION_COOKIE]);
  });
}

/** The signed-in actor, or a 401 for anonymous requests. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.me)
    throw new DomainError('UNAUTHENTICATED', {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.',
    });
  return actorOf(request.me);
}

export function requireMe(request: FastifyRequest): Me {
  requireActor(request);
  return request.me!;
}

export type Reply = FastifyReply;
