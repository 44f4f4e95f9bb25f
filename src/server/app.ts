import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../services/context';
import { registerAuth } from './auth-plugin';
import { registerErrorHandler } from './error-handler';
import { authRoutes } from './routes/auth';
import { calendarRoutes } from './routes/calendar';
import { distributionRoutes } from './routes/distribution';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
import { homeRoutes } from './routes/home';
import { letterRoutes } from './routes/letters';
import { orgRoutes } from './routes/org';
import { performanceRoutes } from './routes/performance';
import { performanceEditingRoutes } from './routes/performance-editing';
import { performanceImportRoutes } from './routes/performance-import';
import { runRoutes } from './routes/runs';
import { signingRoutes } from './routes/signing';
import { sopRoutes } from './routes/sops';
import { verificationRoutes } from './routes/verification';

export interface AppDeps {
  ctx: ServiceContext;
  /** Folder of the built web application (`dist/web`); the UI is not served when it is missing. */
  webRoot?: string;
  logger?: boolean;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies?: boolean;
  trustProxy?: boolean;
}

/** Builds the HTTP application without listening: tests drive it through `inject`, `serve` listens. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: deps.trustProxy ?? false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: 'alur_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: deps.secureCookies ?? false },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Alur API',
        description: 'SAKIP SOP workflows and performance reporting for Indonesian government agencies.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'alur_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuth(app, deps.ctx, { secureCookies: deps.secureCookies ?? false });
  await app.register(healthRoutes(deps.ctx), { prefix: '/api' });
  await app.register(authRoutes(deps.ctx, { secureCookies: deps.secureCookies ?? false }), {
    prefix: '/api',
  });
  await app.register(homeRoutes(deps.ctx), { prefix: '/api' });
  await app.register(orgRoutes(deps.ctx), { prefix: '/api' });
  await app.register(calendarRoutes(deps.ctx), { prefix: '/api' });
  await app.register(sopRoutes(deps.ctx), { prefix: '/api' });
  await app.register(runRoutes(deps.ctx), { prefix: '/api' });
  await app.register(performanceRoutes(deps.ctx), { prefix: '/api' });
  await app.register(performanceEditingRoutes(deps.ctx), { prefix: '/api' });
  await app.register(performanceImportRoutes(deps.ctx), { prefix: '/api' });
  await app.register(letterRoutes(deps.ctx), { prefix: '/api' });
  await app.register(distributionRoutes(deps.ctx), { prefix: '/api' });
  await app.register(documentRoutes(deps.ctx), { prefix: '/api' });
  await app.register(signingRoutes(deps.ctx), { prefix: '/api' });
  await app.register(verificationRoutes(deps.ctx), { prefix: '/api' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot =
    deps.webRoot && fs.existsSync(path.join(deps.webRoot, 'index.html')) ? deps.webRoot : undefined;
  if (webRoot) await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api') || !webRoot || request.method !== 'GET') {
      return reply.code(404).send({
        error: {
          code: 'NOT_FOUND',
          message: request.headers['accept-language']?.startsWith('en') ? 'Not found.' : 'Tidak ditemukan.',
        },
      });
    }
    // Any other path is a page of the single-page application.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
