import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';

/**
 * A browser-like client over real HTTP (fetch): keeps the cookies and the CSRF token, so every
 * request goes through the listening server's session, CSRF and validation like a person's.
 */
class FetchClient {
  private cookies = new Map<string, string>();
  private csrf = '';
  constructor(private readonly base: string) {}

  async signIn(username: string) {
    await this.refresh();
    const res = await this.send('POST', '/api/auth/login', { username, password: 'alur-demo-2026' });
    expect(res.status).toBe(200);
    await this.refresh();
  }

  private async refresh() {
    this.csrf = (
      (await (await this.send('GET', '/api/auth/session')).json()) as { csrfToken: string }
    ).csrfToken;
  }

  async send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        'accept-language': 'id',
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method === 'POST' ? { 'x-csrf-token': this.csrf, 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return res;
  }
}

describe.each(engines())('1,000 letter numbers issued at once over HTTP (%s)', (engine) => {
  let t: TestApp;
  let client: FetchClient;
  let agencyId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => new Date('2026-11-23T02:00:00Z') });
    // A backlog that holds all 1,000 connections at once: the default (511) makes a busy machine reset some.
    await t.app.listen({ port: 0, host: '127.0.0.1', backlog: 2048 });
    const { port } = t.app.server.address() as AddressInfo;
    client = new FetchClient(`http://127.0.0.1:${port}`);
    await client.signIn('desdm.sekretaris');
    agencyId = (
      await t.ctx.db
        .selectFrom('agency')
        .select('id')
        .where('code', '=', 'desdm-kaltim')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => t.close(), 120_000);

  it('gives 1,000 distinct numbers 1..1000 with no gap and none twice', { timeout: 180_000 }, async () => {
    const responses = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        client.send('POST', `/api/agencies/${agencyId}/letter-numbers`, {
          subject: `Surat serentak ${i + 1}`,
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    const issued = (await Promise.all(responses.map((r) => r.json()))) as Array<{
      sequence: number;
      number: string;
      subject: string;
    }>;
    const sequences = issued.map((n) => n.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(new Set(issued.map((n) => n.number)).size).toBe(1000);
    expect(new Set(issued.map((n) => n.subject)).size).toBe(1000);
    for (const n of issued) expect(n.number).toBe(`K. 075 / ${n.sequence} / DESDM/2026`);

    const stored = await t.ctx.db
      .selectFrom('letter_number')
      .select(['sequence', 'number'])
      .where('agency_id', '=', agencyId)
      .orderBy('sequence')
      .execute();
    expect(stored.map((r) => Number(r.sequence))).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    const sequence = await t.ctx.db
      .selectFrom('letter_sequence')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .executeTakeFirstOrThrow();
    expect(Number(sequence.last_value)).toBe(1000);

    const register = (await (
      await client.send('GET', `/api/agencies/${agencyId}/letter-numbers`)
    ).json()) as {
      numbers: unknown[];
    };
    expect(register.numbers).toHaveLength(1000);
  });
});
