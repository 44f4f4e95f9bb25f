import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SigningCertificate } from '../../src/contract';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { type FormPart, multipartBody } from './multipart';
import { certificateSnapshot, DEMO_NOW, personOf } from './signing-context';
import { aCertificate } from './signing-fixtures';

describe.each(engines())('signing certificates over HTTP (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let agencyId: string;
  let personId: string;
  const upload = (client: TestClient, parts: FormPart[]) => {
    const { body, contentType } = multipartBody(parts);
    return client.request('POST', `/api/agencies/${agencyId}/signing-certificates`, body, {
      'content-type': contentType,
    });
  };
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => DEMO_NOW });
    admin = new TestClient(t.app);
    await admin.signIn('desdm.admin');
    ({ agencyId, personId } = await personOf(t.ctx.db, 'desdm.perencana'));
  }, 120_000);
  afterAll(() => t.close());

  it('uploads a PKCS#12 with its passphrase, lists it with its validity, revokes it', async () => {
    const res = await upload(admin, [
      { name: 'personId', value: personId },
      {
        name: 'file',
        file: aCertificate('Irfan Hakim'),
        fileName: 'irfan.p12',
        contentType: 'application/x-pkcs12',
      },
      { name: 'passphrase', value: 'rahasia-uji-1' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as SigningCertificate;
    expect(created).toMatchObject({
      personName: 'Irfan Hakim',
      status: 'valid',
      issuer: 'C=ID, O=Alur Test, CN=Alur Test CA',
    });
    expect(res.body).not.toContain('rahasia-uji-1');

    const list = (
      await admin.get(`/api/agencies/${agencyId}/signing-certificates`)
    ).json() as SigningCertificate[];
    expect(list.filter((c) => c.personName === 'Irfan Hakim')).toHaveLength(1);
    expect(list).toHaveLength(7);

    const revoked = await admin.post(`/api/agencies/${agencyId}/signing-certificates/${created.id}/revoke`);
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    const again = await admin.post(`/api/agencies/${agencyId}/signing-certificates/${created.id}/revoke`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CERTIFICATE_REVOKED');
  });

  it('a wrong passphrase: 422 naming the passphrase field, nothing stored', async () => {
    const before = await certificateSnapshot(t.ctx.db);
    const res = await upload(admin, [
      { name: 'personId', value: personId },
      { name: 'passphrase', value: 'keliru-sekali' },
      { name: 'file', file: aCertificate('Irfan Hakim'), fileName: 'irfan.p12' },
    ]);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'CERTIFICATE_PASSPHRASE_WRONG',
      message: 'Frasa sandi sertifikat salah.',
      fields: [{ field: 'passphrase', message: 'Frasa sandi sertifikat salah.' }],
    });
    expect(await certificateSnapshot(t.ctx.db)).toEqual(before);
  });

  it('missing parts name their fields; a non-administrator is refused; both change nothing', async () => {
    const before = await certificateSnapshot(t.ctx.db);
    const empty = await upload(admin, [{ name: 'personId', value: 'bukan-uuid' }]);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'personId',
      'passphrase',
      'p12',
    ]);

    const head = new TestClient(t.app);
    await head.signIn('desdm.kadis');
    const refused = await upload(head, [
      { name: 'personId', value: personId },
      { name: 'passphrase', value: 'rahasia-uji-1' },
      { name: 'file', file: aCertificate('Irfan Hakim'), fileName: 'irfan.p12' },
    ]);
    expect(refused.statusCode).toBe(403);
    expect((await head.get(`/api/agencies/${agencyId}/signing-certificates`)).statusCode).toBe(403);
    expect(await certificateSnapshot(t.ctx.db)).toEqual(before);
  });

  it('without a session or a CSRF token the upload is refused', async () => {
    const anonymous = new TestClient(t.app);
    const { body, contentType } = multipartBody([{ name: 'personId', value: personId }]);
    const res = await anonymous.request('POST', `/api/agencies/${agencyId}/signing-certificates`, body, {
      'content-type': contentType,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
  });
});
