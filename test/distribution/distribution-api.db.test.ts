import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { insertTestDocument, sha256 } from '../documents/letters-builders';
import { TestClient } from '../http-client';

const fieldsOf = (res: { json(): unknown }) =>
  ((res.json() as { error: { fields?: Array<{ field: string }> } }).error.fields ?? []).map((f) => f.field);

describe.each(engines())('distribution and archive over HTTP (%s)', (engine) => {
  let t: TestApp;
  const c: Record<string, TestClient> = {};
  let desdm: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => new Date('2026-11-23T02:00:00Z') });
    for (const u of ['desdm.sekretaris', 'desdm.kabid_gatrik', 'bpkpd.sekretaris']) {
      c[u] = new TestClient(t.app);
      await c[u].signIn(u);
    }
    desdm = (
      await t.ctx.db
        .selectFrom('agency')
        .select('id')
        .where('code', '=', 'desdm-kaltim')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => t.close());

  it('adds recipients, sends, lists deliveries; archives once; downloads the package', async () => {
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Surat Pengantar LKjIP 2026' });
    const url = `/api/documents/${doc.documentId}`;
    const kadis = await t.ctx.db
      .selectFrom('position')
      .select('id')
      .where('agency_id', '=', desdm)
      .where('code', '=', 'kadis')
      .executeTakeFirstOrThrow();
    const s = c['desdm.sekretaris']!;
    const added = await s.post(`${url}/distributions`, {
      versionId: doc.versionId,
      recipients: [
        { kind: 'internal', positionId: kadis.id },
        { kind: 'external', name: 'Inspektorat', email: 'inspektorat@kaltim.test' },
      ],
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toHaveLength(2);
    const sent = await s.post(`${url}/distributions/send`, { versionId: doc.versionId });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().map((d: { status: string }) => d.status)).toEqual(['pending', 'pending']);
    const list = await c['desdm.kabid_gatrik']!.get(`${url}/distributions`);
    expect(list.json()).toMatchObject({ agencyId: desdm, canSend: false });
    expect(list.json().recipients).toHaveLength(2);

    const archive = {
      versionId: doc.versionId,
      classificationCode: '000.8.3.3',
      retentionActiveYears: 2,
      retentionInactiveYears: 8,
      finalDisposition: 'permanen',
      accessClass: 'biasa',
    };
    expect((await s.get(`${url}/archive`)).json()).toMatchObject({ canArchive: true, record: null });
    const archived = await s.post(`${url}/archive`, archive);
    expect(archived.statusCode).toBe(201);
    expect(archived.json()).toMatchObject({ classificationCode: '000.8.3.3', pdfSha256: doc.pdfSha256 });
    const twice = await s.post(`${url}/archive`, archive);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('DOCUMENT_ALREADY_ARCHIVED');

    const pkg = await c['desdm.kabid_gatrik']!.get(`${url}/archive/package`);
    expect(pkg.statusCode).toBe(200);
    expect(pkg.headers['content-type']).toBe('application/zip');
    expect(pkg.headers['content-disposition']).toContain('arsip-Surat Pengantar LKjIP 2026.zip');
    const zip = await JSZip.loadAsync(pkg.rawPayload);
    const metadata = JSON.parse(await zip.file('metadata.json')!.async('string'));
    const pdf = await zip.file(metadata.file.name)!.async('nodebuffer');
    expect(metadata.file.sha256).toBe(sha256(pdf));
  });

  it('answers 422 naming the field, 403 to those who may not send, 404 to another agency', async () => {
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm });
    const url = `/api/documents/${doc.documentId}`;
    const s = c['desdm.sekretaris']!;
    const badKind = await s.post(`${url}/distributions`, {
      versionId: doc.versionId,
      recipients: [{ kind: 'internal', positionId: 'nope' }],
    });
    expect(badKind.statusCode).toBe(422);
    expect(fieldsOf(badKind)).toEqual(['recipients.0.positionId']);
    const badEmail = await s.post(`${url}/distributions`, {
      versionId: doc.versionId,
      recipients: [{ kind: 'external', name: 'Biro Hukum', email: 'bukan email' }],
    });
    expect(fieldsOf(badEmail)).toEqual(['recipients.0.email']);
    expect(badEmail.json().error.fields[0].message).toBe('Alamat e-mail "bukan email" tidak valid.');
    const noRecipients = await s.post(`${url}/distributions/send`, { versionId: doc.versionId });
    expect(fieldsOf(noRecipients)).toEqual(['recipients']);
    const badArchive = await s.post(`${url}/archive`, {
      versionId: doc.versionId,
      classificationCode: '000/8',
      retentionActiveYears: 2,
      retentionInactiveYears: 8,
      finalDisposition: 'dibakar',
      accessClass: 'biasa',
    });
    expect(badArchive.statusCode).toBe(422);
    expect(fieldsOf(badArchive)).toEqual(['finalDisposition']);
    const badCode = await s.post(`${url}/archive`, {
      versionId: doc.versionId,
      classificationCode: '000/8',
      retentionActiveYears: -2,
      retentionInactiveYears: 8,
      finalDisposition: 'musnah',
      accessClass: 'biasa',
    });
    expect(fieldsOf(badCode)).toEqual(['classificationCode', 'retentionActiveYears']);
    expect((await s.get(`${url}/archive/package`)).statusCode).toBe(409);
    expect(
      (
        await t.ctx.db
          .selectFrom('distribution')
          .select('id')
          .where('document_id', '=', doc.documentId)
          .execute()
      ).length,
    ).toBe(0);

    const forbidden = await c['desdm.kabid_gatrik']!.post(`${url}/distributions`, {
      versionId: doc.versionId,
      recipients: [{ kind: 'external', name: 'X' }],
    });
    expect(forbidden.statusCode).toBe(403);
    const other = c['bpkpd.sekretaris']!;
    expect((await other.get(`${url}/distributions`)).statusCode).toBe(404);
    expect((await other.get(`${url}/archive`)).statusCode).toBe(404);
    expect((await other.get(`${url}/archive/package`)).statusCode).toBe(404);
    const foreign = await other.post(`${url}/distributions/send`, { versionId: doc.versionId });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toBe('Dokumen tidak ditemukan.');
  });
});
