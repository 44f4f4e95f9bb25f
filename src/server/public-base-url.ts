import type { FastifyRequest } from 'fastify';

/**
 * Where the public verification page is served: `ALUR_PUBLIC_URL` when set (behind a proxy, the
 * address people scan), else the address this request came to. The QR codes on signed documents point there.
 */
export function publicBaseUrl(request: FastifyRequest): string {
  return process.env.ALUR_PUBLIC_URL ?? `${request.protocol}://${request.host}`;
}
