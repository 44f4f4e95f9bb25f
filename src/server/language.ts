import type { FastifyRequest } from 'fastify';

export type Language = 'id' | 'en';

/** Indonesian unless the request prefers English (`Accept-Language: en…` before any `id`). */
export function languageOf(request: FastifyRequest): Language {
  const header = String(request.headers['accept-language'] ?? '').toLowerCase();
  const en = header.indexOf('en');
  const id = header.indexOf('id');
  return en !== -1 && (id === -1 || en < id) ? 'en' : 'id';
}
