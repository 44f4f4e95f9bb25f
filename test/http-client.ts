/**
 * An in-process HTTP client over `app.inject` that keeps cookies and the CSRF token like a browser,
 * so tests exercise the real session, CSRF and validation paths.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class TestClient {
  private cookies = new Map<string, string>();
  private csrfToken = '';

  constructor(
    readonly app: FastifyInstance,
    readonly language: 'id' | 'en' = 'id',
  ) {}

  async refreshCsrf(): Promise<void> {
    const res = await this.request('GET', '/api/auth/session');
    this.csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  }

  async signIn(username: string, password = 'alur-demo-2026'): Promise<LightMyRequestResponse> {
    await this.refreshCsrf();
    const res = await this.post('/api/auth/login', { username, password });
    await this.refreshCsrf();
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body);
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body);
  }
  put(url: string, body?: unknown) {
    return this.request('PUT', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {
      'accept-language': this.language,
      ...(this.cookies.size > 0 ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
      ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
      ...extraHeaders,
    };
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    for (const c of res.cookies) {
      // A cleared cookie comes back empty or expiring at the epoch (the test clock may differ from the real one).
      if (c.value === '' || (c.expires && c.expires.getTime() < 86_400_000)) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
}
