import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup } from '../../src/db/backup';
import { openDatabase } from '../../src/db/database';
import { engines, freshDatabaseUrl } from '../database-context';
import { multipartBody } from './multipart';
import { aCertificate } from './signing-fixtures';

const BIN = path.resolve(import.meta.dirname, '../../bin/alur.js');
const SECRET = 'Sangat-Rahasia-Frasa-9134';
const WRONG = 'Tebakan-Keliru-Frasa-5521';

/**
 * The real server process at the most talkative log level: whatever it prints while a certificate is
 * uploaded (with the right and a wrong passphrase) and whatever it stores must not contain either.
 */
describe.each(engines())('a certificate passphrase is never stored or logged (%s)', (engine) => {
  let child: ChildProcess;
  let output = '';
  let base = '';
  let databaseUrl = '';
  const cookies = new Map<string, string>();

  async function call(
    method: string,
    url: string,
    body?: Buffer | string,
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(`${base}${url}`, {
      method,
      body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body),
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...headers },
      signal: AbortSignal.timeout(30_000),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=');
      cookies.set(name!, value ?? '');
    }
    return response;
  }

  beforeAll(async () => {
    databaseUrl = await freshDatabaseUrl(engine);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [BIN, 'serve'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        ALUR_DEMO: '1',
        LOG_LEVEL: 'trace',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited\n${output}`);
      if (Date.now() > deadline) throw new Error(`server did not start\n${output}`);
      try {
        if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 150_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  });

  it('uploads with the right and a wrong passphrase; neither appears in the logs or the database', {
    timeout: 60_000,
  }, async () => {
    let session = await (await call('GET', '/api/auth/session')).json();
    const login = await call(
      'POST',
      '/api/auth/login',
      JSON.stringify({ username: 'desdm.admin', password: 'alur-demo-2026' }),
      {
        'content-type': 'application/json',
        'x-csrf-token': session.csrfToken,
      },
    );
    expect(login.status).toBe(200);
    session = await (await call('GET', '/api/auth/session')).json();
    const agencyId = session.user.agencyId as string;
    const people = (await (await call('GET', `/api/agencies/${agencyId}/people`)).json()) as Array<{
      id: string;
      fullName: string;
    }>;
    const person = people.find((p) => p.fullName === 'Irfan Hakim')!;
    const p12 = aCertificate('Irfan Hakim', { passphrase: SECRET });
    for (const passphrase of [WRONG, SECRET]) {
      const { body, contentType } = multipartBody([
        { name: 'personId', value: person.id },
        { name: 'passphrase', value: passphrase },
        { name: 'file', file: p12, fileName: 'irfan.p12' },
      ]);
      const res = await call('POST', `/api/agencies/${agencyId}/signing-certificates`, body, {
        'content-type': contentType,
        'x-csrf-token': session.csrfToken,
      });
      expect(res.status).toBe(passphrase === SECRET ? 201 : 422);
      expect(await res.text()).not.toContain(passphrase);
    }

    // The log did record the requests (so it was listening), and nothing else of them.
    expect(output).toContain('signing-certificates');
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(WRONG);

    const database = await openDatabase(databaseUrl);
    try {
      const rows = await database.db.selectFrom('signing_certificate').selectAll().execute();
      const text = JSON.stringify(
        rows.map(({ p12: bytes, ...rest }) => ({ ...rest, p12: Buffer.from(bytes).toString('latin1') })),
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(WRONG);
      // No other table received it either: a logical export of every table, bytes as base64.
      const dump = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alur-dump-')), 'all.json');
      await backup(database, dump);
      const everything = fs.readFileSync(dump, 'utf8');
      expect(everything).toContain('Irfan Hakim');
      expect(everything).not.toContain(SECRET);
      expect(everything).not.toContain(WRONG);
      fs.rmSync(path.dirname(dump), { recursive: true, force: true });
    } finally {
      await database.close();
    }
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
