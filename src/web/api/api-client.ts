import type { ApiError } from '../../contract';
import { currentLanguage, i18n } from '../i18n/i18n';
import { ApiRequestError } from './api-request-error';

let csrfToken: string | null = null;
let onUnauthorized: () => void = () => {};

/** Remembers the token from `GET /api/auth/session`; every state-changing request sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request finds the session gone (expired or signed out elsewhere). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls the Alur API on the same origin with the session cookie, the CSRF token and the interface
 * language. Resolves with the JSON body; rejects with an {@link ApiRequestError}.
 *
 * @example await apiRequest<Agency[]>('GET', '/api/agencies')
 */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  if (response.status === 403 && method !== 'GET') {
    // A stale CSRF token (another tab signed in or out): take a fresh one and try once more.
    const failure = await readError(response);
    if (failure.code !== 'CSRF_INVALID') throw failure;
    await refreshCsrfToken();
    return parse<T>(await send(method, path, body), path);
  }
  return parse<T>(response, path);
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': currentLanguage(),
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK', message: i18n.t('errors.network') });
  }
}

async function parse<T>(response: Response, path: string): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  const failure = await readError(response);
  if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized();
  throw failure;
}

async function readError(response: Response): Promise<ApiRequestError> {
  try {
    const body = (await response.json()) as ApiError;
    if (body?.error?.message) return new ApiRequestError(response.status, body.error);
  } catch {
    // Not JSON (a proxy error page): fall through to a generic message.
  }
  return new ApiRequestError(response.status, {
    code: `HTTP_${response.status}`,
    message: i18n.t('errors.unexpected', { status: response.status }),
  });
}

async function refreshCsrfToken(): Promise<void> {
  const response = await send('GET', '/api/auth/session', undefined);
  if (response.ok) setCsrfToken(((await response.json()) as { csrfToken: string }).csrfToken);
}
