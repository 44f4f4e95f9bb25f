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
export function registerAuth(app: FastifyInstance, ctx: ServiceContext, _opts: { secureCookies: boolean }): void {
  app.decorateRequest('me', undefined);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    request.me = await resolveSession(ctx, request.cookies[SESSION_COOKIE]);
    if (UNSAFE_METHODS.has(request.method)) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (error?: Error) => (error ? reject(csrfError()) : resolve()));
      });
    }
  });
}

function csrfError(): DomainError {
  return new DomainError('CSRF_INVALID', {
    id: 'Sesi formulir kedaluwarsa. Muat ulang halaman lalu coba lagi.',
    en: 'The form session expired. Reload the page and try again.',
  });
}

/** The signed-in actor, or a 401 for anonymous requests. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.me) throw new DomainError('UNAUTHENTICATED', { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' });
  return actorOf(request.me);
}

export function requireMe(request: FastifyRequest): Me {
  requireActor(request);
  return request.me!;
}

export type Reply = FastifyReply;
