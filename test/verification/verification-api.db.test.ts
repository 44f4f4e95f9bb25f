import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileCheck, Verification } from '../../src/contract';
import { createApp } from '../../src/server/app';
import { DEMO_SIGNING_PASSPHRASE } from '../../src/services/signing/seed-demo-signing-certificates';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { multipartBody } from '../signing/multipart';
import { aSignedDocument, type SignedDocument } from '../signing/signing-builders';
import { DEMO_NOW, personOf } from '../signing/signing-context';

describe.each(engines())('public verification over HTTP (%s)', (engine) => {
  let t: TestApp;
  let signed: SignedDocument;
  /** A visitor with no session and no CSRF token: someone who scanned the QR code. */
  let visitor: TestClient;
  const check = (url: string, file: Buffer) => {
    const { body, contentType } = multipartBody([
      { name: 'file', file, fileName: 'surat.pdf', contentType: 'application/pdf' },
    ]);
    return visitor.request('POST', url, body, { 'content-type': contentType });
  };
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => DEMO_NOW });
    const head = await personOf(t.ctx.db, 'desdm.kadis');
    signed = await aSignedDocument(t.ctx.db, {
      agencyId: head.agencyId,
      signatories: [
        { personId: head.personId, passphrase: DEMO_SIGNING_PASSPHRASE, position: 'Kepala Dinas' },
      ],
    });
    visitor = new TestClient(t.app);
  }, 120_000);
  afterAll(() => t.close());

  it('reads the record without signing in', async () => {
    const res = await visitor.get(`/api/public/verifications/${signed.token}`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as Verification;
    expect(view.sha256).toBe(signed.finalSha256);
    expect(view.signers).toEqual([
      { name: 'Hendra Wijaya', position: 'Kepala Dinas', signedAt: '2026-11-23T03:00:00.000Z' },
    ]);
    const unknown = await visitor.get('/api/public/verifications/tidak-ada');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe(
      'Kode verifikasi tidak dikenal. Periksa alamat pada kode QR dokumen.',
    );
  });

  it('checks an uploaded file without a session or CSRF token: match, altered, unknown', async () => {
    const match = await check(`/api/public/verifications/${signed.token}/check`, signed.finalPdf);
    expect(match.statusCode, match.body).toBe(200);
    expect((match.json() as FileCheck).outcome).toBe('match');

    const altered = Buffer.concat([signed.finalPdf, Buffer.from('\n% tambahan\n')]);
    const byHash = await check('/api/public/verifications/check', altered);
    expect(byHash.json()).toMatchObject({ outcome: 'altered', document: { token: signed.token } });

    const foreign = await check('/api/public/verifications/check', Buffer.from('%PDF-1.4\n%%EOF\n'));
    expect(foreign.json()).toMatchObject({ outcome: 'unknown', document: null, signatures: [] });
  });

  it('a form without the file names the file field', async () => {
    const { body, contentType } = multipartBody([{ name: 'catatan', value: 'x' }]);
    const res = await visitor.request('POST', '/api/public/verifications/check', body, {
      'content-type': contentType,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([{ field: 'file', message: 'Pilih berkas PDF yang diperiksa.' }]);
  });
});

describe('the public page and its limits', () => {
  it('the SPA answers /verifikasi/<token> without a session, and the API is rate-limited', async () => {
    const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-web-'));
    fs.writeFileSync(
      path.join(webRoot, 'index.html'),
      '<!doctype html><title>Alur</title><div id="root"></div>',
    );
    const previous = process.env.ALUR_PUBLIC_RATE;
    process.env.ALUR_PUBLIC_RATE = '3';
    const t = await createTestApp('sqlite', { seed: false });
    const app = await createApp({ ctx: t.ctx, webRoot });
    try {
      const page = await app.inject({ method: 'GET', url: '/verifikasi/abcDEF123_-' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('<div id="root">');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await app.inject({ method: 'GET', url: '/api/public/verifications/tidak-ada' })).statusCode,
        );
      expect(statuses).toEqual([404, 404, 404, 429]);
    } finally {
      if (previous === undefined) delete process.env.ALUR_PUBLIC_RATE;
      else process.env.ALUR_PUBLIC_RATE = previous;
      await app.close();
      await t.close();
      fs.rmSync(webRoot, { recursive: true, force: true });
    }
  });
});
