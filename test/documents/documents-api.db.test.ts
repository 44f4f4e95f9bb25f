import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { agencyIdOf, documentCounts } from './document-context';
import { multipart, tinyPdf } from './multipart';

describe.each(engines())('documents over HTTP (%s)', (engine) => {
  let t: TestApp;
  const c: Record<string, TestClient> = {};
  let agencyId: string;
  let otherAgencyId: string;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => new Date('2026-11-23T01:00:00Z') });
    for (const u of [
      'desdm.kasubbag_program',
      'desdm.sekretaris',
      'desdm.kabid_gatrik',
      'bpkpd.sekretaris',
    ]) {
      c[u] = new TestClient(t.app);
      await c[u].signIn(u);
    }
    c.en = new TestClient(t.app, 'en');
    await c.en.signIn('desdm.kasubbag_program');
    agencyId = await agencyIdOf(t.ctx, 'desdm-kaltim');
    otherAgencyId = await agencyIdOf(t.ctx, 'bpkpd-jambi');
    pdf = await tinyPdf();
  }, 120_000);
  afterAll(async () => t.close());

  const upload = (
    client: TestClient,
    url: string,
    fields: Record<string, string>,
    file?: Parameters<typeof multipart>[1],
  ) => {
    const form = multipart(fields, file);
    return client.request('POST', url, form.body, form.headers);
  };

  it('uploads a PDF as a new document, lists it, shows its page and serves the file', async () => {
    const res = await upload(
      c['desdm.kasubbag_program']!,
      `/api/agencies/${agencyId}/documents/upload`,
      {
        title: 'Surat Inspektorat tentang reviu LKjIP',
        note: 'Diterima lewat pos',
      },
      { name: 'surat.pdf', type: 'application/pdf', content: pdf },
    );
    expect(res.statusCode).toBe(201);
    const { documentId, versionId, number } = res.json();
    expect(number).toBe(1);

    const list = await c['desdm.kabid_gatrik']!.get(`/api/agencies/${agencyId}/documents?kind=upload`);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((d: { id: string }) => d.id)).toContain(documentId);

    const page = (await c['desdm.kabid_gatrik']!.get(`/api/documents/${documentId}`)).json();
    expect(page).toMatchObject({
      kind: 'upload',
      status: 'draft',
      title: 'Surat Inspektorat tentang reviu LKjIP',
      permissions: { canWrite: false },
    });
    expect(page.versions[0]).toMatchObject({
      id: versionId,
      origin: 'upload',
      hasPdf: true,
      uploadName: 'surat.pdf',
      note: 'Diterima lewat pos',
      authorName: expect.any(String),
    });

    const file = await c['desdm.kabid_gatrik']!.get(`/api/documents/${documentId}/versions/${versionId}/pdf`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain('surat-inspektorat-tentang-reviu-lkjip-v1.pdf');
    expect(Buffer.from(file.rawPayload).equals(pdf)).toBe(true);
    const noDocx = await c['desdm.kabid_gatrik']!.get(
      `/api/documents/${documentId}/versions/${versionId}/docx`,
    );
    expect(noDocx.statusCode).toBe(422);
    expect(noDocx.json().error.fields[0].field).toBe('file');
  });

  it('refuses bad uploads naming the field, and stores nothing', async () => {
    const before = await documentCounts(t.ctx);
    const url = `/api/agencies/${agencyId}/documents/upload`;
    const client = c.en!;
    const cases: [Record<string, string>, Parameters<typeof multipart>[1] | undefined, string, string][] = [
      [{ title: 'Tanpa berkas' }, undefined, 'file', 'Choose the file to upload.'],
      [
        { title: 'Program' },
        { name: 'virus.exe', content: Buffer.from('MZ....') },
        'file',
        'File type not accepted',
      ],
      [
        { title: 'Palsu' },
        { name: 'palsu.pdf', content: Buffer.from('bukan pdf sama sekali') },
        'file',
        'is not a PDF',
      ],
      [{ title: 'Kosong' }, { name: 'kosong.pdf', content: Buffer.alloc(0) }, 'file', 'The file is empty.'],
      [
        { title: 'Besar' },
        { name: 'besar.pdf', content: Buffer.alloc(21 * 1024 * 1024, 32) },
        'file',
        'too large',
      ],
      [
        { title: 'x' },
        { name: 'surat.pdf', content: pdf },
        'title',
        'The document title is 3 to 300 characters.',
      ],
      [
        { title: 'Docx palsu' },
        { name: 'a.docx', content: Buffer.from('PK\u0003\u0004 bukan zip') },
        'file',
        'is not a DOCX',
      ],
    ];
    for (const [fields, file, field, message] of cases) {
      const res = await upload(client, url, fields, file);
      expect(res.statusCode, `${field}: ${message}`).toBe(422);
      const error = res.json().error;
      expect(error.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(error.fields.map((f: { message: string }) => f.message).join(' ')).toContain(message);
    }
    const json = await client.post(url, { title: 'JSON' });
    expect(json.statusCode).toBe(422);
    expect(json.json().error.fields[0].field).toBe('file');
    expect(await documentCounts(t.ctx)).toEqual(before);
  });

  it('hides another agency: its people get "not found" for the page, files, uploads and jobs', async () => {
    const res = await upload(
      c['desdm.kasubbag_program']!,
      `/api/agencies/${agencyId}/documents/upload`,
      {
        title: 'Nota dinas internal',
      },
      { name: 'nota.pdf', content: pdf },
    );
    const { documentId, versionId } = res.json();
    const outsider = c['bpkpd.sekretaris']!;
    expect((await outsider.get(`/api/documents/${documentId}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/documents/${documentId}/versions/${versionId}/pdf`)).statusCode).toBe(
      404,
    );
    expect((await outsider.get(`/api/documents/${documentId}/narrative`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/agencies/${agencyId}/documents`)).statusCode).toBe(404);
    const again = await upload(
      outsider,
      `/api/documents/${documentId}/versions`,
      {},
      { name: 'b.pdf', content: pdf },
    );
    expect(again.statusCode).toBe(404);
    expect(
      (await outsider.post(`/api/documents/${documentId}/versions/${versionId}/comments`, { body: 'Hai' }))
        .statusCode,
    ).toBe(404);
    // Their own agency's list is theirs alone.
    const own = (await outsider.get(`/api/agencies/${otherAgencyId}/documents`)).json();
    expect(own.map((d: { id: string }) => d.id)).not.toContain(documentId);
    // A division head reads but may not upload a version of the planning unit's document.
    const division = await upload(
      c['desdm.kabid_gatrik']!,
      `/api/documents/${documentId}/versions`,
      {},
      {
        name: 'c.pdf',
        content: pdf,
      },
    );
    expect(division.statusCode).toBe(403);
  });

  it('takes comments on a version and a section, resolves them, and initials only the latest version', async () => {
    const created = (
      await upload(
        c['desdm.kasubbag_program']!,
        `/api/agencies/${agencyId}/documents/upload`,
        {
          title: 'Draf laporan',
        },
        { name: 'draf.pdf', content: pdf },
      )
    ).json();
    const base = `/api/documents/${created.documentId}`;
    const empty = await c.en!.post(`${base}/versions/${created.versionId}/comments`, { body: '   ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.fields).toEqual([{ field: 'body', message: 'The comment is required.' }]);
    const noSection = await c.en!.post(`${base}/versions/${created.versionId}/comments`, {
      body: 'Perbaiki',
      sectionKey: 'bab1.latar_belakang',
    });
    expect(noSection.json().error.fields[0].field).toBe('sectionKey');
    const comment = await c['desdm.sekretaris']!.post(`${base}/versions/${created.versionId}/comments`, {
      body: 'Lampirkan PK kepala dinas.',
    });
    expect(comment.statusCode).toBe(201);
    expect(
      (await c['desdm.kabid_gatrik']!.post(`${base}/comments/${comment.json().id}/resolve`)).statusCode,
    ).toBe(403);
    expect(
      (await c['desdm.sekretaris']!.post(`${base}/comments/${comment.json().id}/resolve`)).statusCode,
    ).toBe(200);
    const page = (await c['desdm.sekretaris']!.get(base)).json();
    expect(page.comments).toEqual([
      expect.objectContaining({
        body: 'Lampirkan PK kepala dinas.',
        versionNumber: 1,
        mine: true,
        resolvedAt: expect.any(String),
      }),
    ]);

    const paraf = await c['desdm.kasubbag_program']!.post(`${base}/paraf`, { versionId: created.versionId });
    expect(paraf.statusCode).toBe(201);
    const second = await upload(
      c['desdm.kasubbag_program']!,
      `${base}/versions`,
      { note: 'Perbaikan' },
      {
        name: 'draf-2.pdf',
        content: await tinyPdf('Draf kedua'),
      },
    );
    expect(second.json().number).toBe(2);
    const stale = await c.en!.post(`${base}/paraf`, { versionId: created.versionId });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('DOCUMENT_NOT_LATEST_VERSION');
    const after = (await c['desdm.sekretaris']!.get(base)).json();
    expect(after.paraf).toEqual([expect.objectContaining({ versionNumber: 1, current: false })]);
  });

  it('generates a document through a job the client polls, and hides the job from another agency', async () => {
    const sopVersionId = (
      await t.ctx.db
        .selectFrom('sop_version')
        .innerJoin('sop', 'sop.id', 'sop_version.sop_id')
        .select('sop_version.id')
        .where('sop.code', '=', 'desdm-kaltim-sakip')
        .executeTakeFirstOrThrow()
    ).id;
    const res = await c['desdm.kasubbag_program']!.post(`/api/agencies/${agencyId}/documents/generate`, {
      kind: 'sop_sheet',
      year: 2026,
      sourceRef: sopVersionId,
    });
    expect(res.statusCode).toBe(202);
    const { jobId } = res.json();
    let job = (await c['desdm.kasubbag_program']!.get(`/api/generation-jobs/${jobId}`)).json();
    for (let i = 0; i < 200 && job.status !== 'done' && job.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await c['desdm.kasubbag_program']!.get(`/api/generation-jobs/${jobId}`)).json();
    }
    expect(job).toMatchObject({ status: 'done', progress: 100, stage: 'documents.stage.done' });
    expect((await c['bpkpd.sekretaris']!.get(`/api/generation-jobs/${jobId}`)).statusCode).toBe(404);
    const bad = await c.en!.post(`/api/agencies/${agencyId}/documents/generate`, {
      kind: 'pemantauan',
      year: 2026,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields).toEqual([
      { field: 'quarter', message: 'A monitoring report needs a quarter.' },
    ]);
  });
});
