import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app';
import { DEMO_SIGNING_PASSPHRASE } from '../../src/services/signing/seed-demo-signing-certificates';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';
import { pdfsig } from '../signing/pdfsig';
import { agencyIdOf } from './document-context';

const WRONG = 'Frasa-Keliru-Sekali-7781';

/**
 * The quarterly monitoring report of a locked quarter over HTTP: generate (polling the job), edit the
 * narrative (a stale save is a 409), regenerate, compare, initial, prepare, sign; the passphrase never
 * reaches the log.
 */
describe.each(engines())('a monitoring report over HTTP (%s)', (engine) => {
  let t: TestApp;
  const c: Record<string, TestClient> = {};
  let agencyId: string;
  let documentId: string;
  const versions: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => new Date('2026-11-23T01:00:00Z') });
    for (const u of ['desdm.kasubbag_program', 'desdm.sekretaris', 'desdm.kabid_gatrik']) {
      c[u] = new TestClient(t.app, 'en');
      await c[u].signIn(u);
    }
    agencyId = await agencyIdOf(t.ctx, 'desdm-kaltim');
  }, 120_000);
  afterAll(async () => t.close());

  async function generate(body: object) {
    const res = await c['desdm.kasubbag_program']!.post(`/api/agencies/${agencyId}/documents/generate`, body);
    expect(res.statusCode).toBe(202);
    const { jobId } = res.json();
    for (let i = 0; i < 1200; i++) {
      const job = (await c['desdm.kasubbag_program']!.get(`/api/generation-jobs/${jobId}`)).json();
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('job did not finish');
  }

  it('generates TW III 2026, edits its narrative once (a stale save is 409), regenerates and compares', {
    timeout: 180_000,
  }, async () => {
    const first = await generate({ kind: 'pemantauan', year: 2026, quarter: 3 });
    expect(first).toMatchObject({ status: 'done', error: null });
    documentId = first.documentId;
    versions.push(first.versionId);
    const planner = c['desdm.kasubbag_program']!;
    const narrative = (await planner.get(`/api/documents/${documentId}/narrative`)).json();
    const key = narrative.outline.at(-1).key as string;
    const put = (version: number, text: string) =>
      planner.put(`/api/documents/${documentId}/narrative`, { version, sections: { [key]: text } });
    expect(
      (await put(narrative.version, 'Percepat realisasi belanja modal pada triwulan IV.')).statusCode,
    ).toBe(200);
    const stale = await put(narrative.version, 'Teks yang datang terlambat.');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'DOCUMENT_CONFLICT', fields: [{ field: 'version' }] });
    const unknown = await planner.put(`/api/documents/${documentId}/narrative`, {
      version: narrative.version + 1,
      sections: { 'bab9.tidak_ada': 'x' },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields).toEqual([
      { field: 'sections.bab9.tidak_ada', message: 'This section is not in the document.' },
    ]);
    expect(
      (
        await c['desdm.kabid_gatrik']!.put(`/api/documents/${documentId}/narrative`, {
          version: narrative.version + 1,
          sections: { [key]: 'x' },
        })
      ).statusCode,
    ).toBe(403);

    const second = await generate({ kind: 'pemantauan', year: 2026, quarter: 3, documentId });
    expect(second).toMatchObject({ status: 'done', documentId });
    versions.push(second.versionId);
    const diff = (
      await c['desdm.kabid_gatrik']!.get(
        `/api/documents/${documentId}/compare?from=${versions[0]}&to=${versions[1]}`,
      )
    ).json();
    const changed = diff.sections.filter((s: { status: string }) => s.status !== 'same');
    expect(changed.map((s: { key: string }) => s.key)).toEqual([key]);
    expect(
      changed[0].runs
        .filter((r: { change: string }) => r.change === 'added')
        .map((r: { text: string }) => r.text)
        .join(''),
    ).toContain('Percepat realisasi belanja modal');
    const page = (await planner.get(`/api/documents/${documentId}`)).json();
    expect(page.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(page.permissions).toMatchObject({
      canWrite: true,
      canParaf: true,
      canPrepare: true,
      canSign: false,
    });
  });

  it('is initialled, prepared for signing and signed by the Sekretaris; the passphrase is not logged', {
    timeout: 180_000,
  }, async () => {
    const planner = c['desdm.kasubbag_program']!;
    expect(
      (await planner.post(`/api/documents/${documentId}/paraf`, { versionId: versions[1] })).statusCode,
    ).toBe(201);
    const prepared = await planner.post(`/api/documents/${documentId}/prepare-for-signing`, {});
    expect(prepared.statusCode).toBe(201);
    expect(prepared.json()).toMatchObject({ number: 3, verificationToken: expect.any(String) });
    const again = await planner.post(`/api/documents/${documentId}/prepare-for-signing`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DOCUMENT_NOT_DRAFT');

    const signerPage = async (who: string) =>
      (await c[who]!.get(`/api/documents/${documentId}`)).json().permissions;
    expect(await signerPage('desdm.sekretaris')).toMatchObject({
      canSign: true,
      canParaf: false,
      canPrepare: false,
    });
    expect((await signerPage('desdm.kasubbag_program')).canSign).toBe(false);

    // A second instance of the app writing its log: what it prints while someone signs.
    const written: string[] = [];
    const capture = (spy: { mock: { calls: unknown[][] } }) =>
      spy.mock.calls.map((call) => String(call[1] instanceof Uint8Array ? Buffer.from(call[1]) : call[1]));
    const previousLevel = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'trace';
    const write = vi.spyOn(fs, 'write');
    const writeSync = vi.spyOn(fs, 'writeSync');
    const logged = await createApp({ ctx: t.ctx, logger: true });
    try {
      await logged.ready();
      const signer = new TestClient(logged, 'en');
      await signer.signIn('desdm.sekretaris');
      const wrong = await signer.post(`/api/documents/${documentId}/sign`, { passphrase: WRONG });
      expect(wrong.json().error).toMatchObject({
        code: 'CERTIFICATE_PASSPHRASE_WRONG',
        fields: [{ field: 'passphrase' }],
      });
      expect(wrong.body).not.toContain(WRONG);
      const signed = await signer.post(`/api/documents/${documentId}/sign`, {
        passphrase: DEMO_SIGNING_PASSPHRASE,
      });
      expect(signed.statusCode).toBe(201);
      await new Promise((r) => setTimeout(r, 200));
      written.push(...capture(write), ...capture(writeSync));
      const file = await signer.get(`/api/documents/${documentId}/versions/${signed.json().versionId}/pdf`);
      expect((await pdfsig(Buffer.from(file.rawPayload))).validations).toEqual(['Signature is Valid.']);
    } finally {
      write.mockRestore();
      writeSync.mockRestore();
      if (previousLevel === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = previousLevel;
      await logged.close();
    }
    const log = written.join('');
    expect(log).toContain(`/api/documents/${documentId}/sign`);
    expect(log).not.toContain(WRONG);
    expect(log).not.toContain(DEMO_SIGNING_PASSPHRASE);

    expect((await signerPage('desdm.sekretaris')).canSign).toBe(false);
    const page = (await planner.get(`/api/documents/${documentId}`)).json();
    expect(page.status).toBe('signed');
    expect(page.signatures).toEqual([expect.objectContaining({ signatoryKey: expect.any(String) })]);
    expect(page.versions[0]).toMatchObject({ number: 4, origin: 'signed', hasPdf: true, hasDocx: false });
  });
});
