import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';

describe.each(engines())('sign-in and sessions (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t.close());

  it('signs a demo person in and shows who they are', async () => {
    const client = new TestClient(t.app);
    const res = await client.signIn('desdm.kadis');
    expect(res.statusCode).toBe(200);
    const session = (await client.get('/api/auth/session')).json();
    expect(session.user.username).toBe('desdm.kadis');
    expect(session.user.agencyCode).toBe('desdm-kaltim');
    expect(session.user.timeZone).toBe('Asia/Makassar');
    const cookie = res.cookies.find((c) => c.name === 'alur_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  it('stores argon2id hashes and never the session token itself', async () => {
    const account = await t.ctx.db
      .selectFrom('user_account')
      .select('password_hash')
      .where('username', '=', 'desdm.kadis')
      .executeTakeFirstOrThrow();
    expect(account.password_hash.startsWith('$argon2id$')).toBe(true);
    const client = new TestClient(t.app);
    const res = await client.signIn('desdm.sekretaris');
    const token = res.cookies.find((c) => c.name === 'alur_session')!.value;
    const stored = await t.ctx.db.selectFrom('session').select('id').where('id', '=', token).execute();
    expect(stored).toHaveLength(0);
  });

  it('refuses a wrong password in the user language', async () => {
    const id = await new TestClient(t.app, 'id').signIn('desdm.kadis', 'salah-sekali-123');
    expect(id.statusCode).toBe(401);
    expect(id.json().error.message).toBe('Nama pengguna atau kata sandi salah.');
    const en = await new TestClient(t.app, 'en').signIn('desdm.kadis', 'wrong-password-1');
    expect(en.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Wrong username or password.',
    });
  });

  it('locks an account after five wrong passwords, even for the right one', async () => {
    const client = new TestClient(t.app);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await client.signIn('desdm.staf_program', `wrong-${i}-password`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 429]);
    const right = await client.signIn('desdm.staf_program');
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(right.json().error.message).toContain('Akun dikunci');
    const sessions = await t.ctx.db
      .selectFrom('session')
      .innerJoin('user_account', 'user_account.id', 'session.user_id')
      .select('session.id')
      .where('user_account.username', '=', 'desdm.staf_program')
      .execute();
    expect(sessions).toHaveLength(0);
  });

  it('rejects a state-changing request without the CSRF token', async () => {
    const client = new TestClient(t.app);
    await client.signIn('desdm.kadis');
    const res = await client.request('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    expect((await client.get('/api/home')).statusCode).toBe(200);
  });

  it('signs out: the session no longer works', async () => {
    const client = new TestClient(t.app);
    await client.signIn('desdm.kadis');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    const home = await client.get('/api/home');
    expect(home.statusCode).toBe(401);
    expect(home.json().error.message).toBe('Silakan masuk terlebih dahulu.');
  });

  it('changes a password: the old one stops working, the new one works', async () => {
    const client = new TestClient(t.app);
    await client.signIn('desdm.kabid_gat');
    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'not-my-password',
      newPassword: 'a-new-secret-2026',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields).toEqual([
      { field: 'currentPassword', message: 'Kata sandi saat ini salah.' },
    ]);
    const short = await client.post('/api/auth/password', {
      currentPassword: 'alur-demo-2026',
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.fields[0]).toEqual({
      field: 'newPassword',
      message: 'Kata sandi baru: minimal 10 karakter.',
    });
    const ok = await client.post('/api/auth/password', {
      currentPassword: 'alur-demo-2026',
      newPassword: 'a-new-secret-2026',
    });
    expect(ok.statusCode).toBe(200);
    expect((await new TestClient(t.app).signIn('desdm.kabid_gat')).statusCode).toBe(401);
    expect((await new TestClient(t.app).signIn('desdm.kabid_gat', 'a-new-secret-2026')).statusCode).toBe(200);
  });

  it('ends sessions at their expiry', async () => {
    let now = new Date('2026-11-23T01:00:00Z');
    const local = await createTestApp(engine, { now: () => now });
    try {
      const client = new TestClient(local.app);
      await client.signIn('bpkpd.sekretaris');
      expect((await client.get('/api/home')).statusCode).toBe(200);
      now = new Date('2026-11-23T13:00:01Z');
      expect((await client.get('/api/home')).statusCode).toBe(401);
    } finally {
      await local.close();
    }
  });
});
