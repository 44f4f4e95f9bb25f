import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/services/context';
import { commentOnVersion } from '../../src/services/documents/comment-on-version';
import { compareVersions } from '../../src/services/documents/compare-versions';
import { getDocumentPage } from '../../src/services/documents/documents-queries';
import {
  getGenerationJob,
  requestGeneration,
  runGenerationJobs,
} from '../../src/services/documents/generate-document';
import { parafDocument } from '../../src/services/documents/paraf-document';
import { prepareForSigning } from '../../src/services/documents/prepare-for-signing';
import { signDocument } from '../../src/services/documents/sign-document';
import { getNarrative, updateNarrative } from '../../src/services/documents/update-narrative';
import { createAgency } from '../../src/services/org/agencies';
import { DEMO_SIGNING_PASSPHRASE } from '../../src/services/signing/seed-demo-signing-certificates';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { pdfsig } from '../signing/pdfsig';
import { actorFor, agencyIdOf, documentCounts, failureOf, verifyQuarter } from './document-context';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PUBLIC = 'https://alur.example.go.id';

async function pdfText(pdf: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-pdftext-'));
  fs.writeFileSync(path.join(dir, 'a.pdf'), pdf);
  try {
    return (await promisify(execFile)('pdftotext', ['-layout', path.join(dir, 'a.pdf'), '-'])).stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(engines())('a document from generation to signatures (%s)', (engine) => {
  let now = new Date('2026-11-23T01:00:00Z');
  let t: TestApp;
  let agencyId: string;
  const a: Record<string, Actor> = {};
  let documentId: string;
  const versions: string[] = [];

  async function generate(actor: Actor, request: Parameters<typeof requestGeneration>[2]) {
    const { jobId } = await requestGeneration(t.ctx, actor, request);
    expect(await runGenerationJobs(t.ctx)).toEqual([jobId]);
    return getGenerationJob(t.ctx, actor, jobId);
  }
  const versionRow = (id: string) =>
    t.ctx.db.selectFrom('document_version').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => now });
    for (const u of [
      'desdm.kasubbag_program',
      'desdm.sekretaris',
      'desdm.kadis',
      'desdm.kabid_gatrik',
      'bpkpd.sekretaris',
      'admin',
    ])
      a[u] = await actorFor(t.ctx, u);
    agencyId = await agencyIdOf(t.ctx, 'desdm-kaltim');
  }, 120_000);
  afterAll(async () => t.close());

  it('generates the DESDM LKjIP 2026 as version 1: PDF and DOCX with their hashes, narrative and outline', {
    timeout: 180_000,
  }, async () => {
    const job = await generate(a['desdm.kasubbag_program']!, { agencyId, kind: 'lkjip', year: 2026 });
    expect(job).toMatchObject({ status: 'done', progress: 100, error: null });
    documentId = job.documentId!;
    versions.push(job.versionId!);
    const version = await versionRow(job.versionId!);
    expect(version).toMatchObject({ number: 1, origin: 'generated' });
    expect(version.pdf_sha256).toBe(sha256(version.pdf!));
    expect(version.docx_sha256).toBe(sha256(version.docx!));
    expect(version.content_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await PDFDocument.load(version.pdf!)).getPageCount()).toBeGreaterThan(10);
    expect((await JSZip.loadAsync(version.docx!)).file('word/document.xml')).not.toBeNull();
    const narrative = await getNarrative(t.ctx, a['desdm.kabid_gatrik']!, documentId);
    expect(narrative.outline.map((s) => s.key)).toEqual(Object.keys(narrative.narrative));
    expect(narrative.outline.find((s) => s.key === 'bab4.langkah')?.title).toBe('Langkah Perbaikan ke Depan');
    expect(JSON.parse(version.narrative!)).toEqual(narrative.narrative);
    expect(await pdfText(version.pdf!)).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH');
  });

  it('saves an edited section once: a save from the same starting version is refused and changes nothing', async () => {
    const planner = a['desdm.kasubbag_program']!;
    const start = await getNarrative(t.ctx, planner, documentId);
    const saved = await updateNarrative(t.ctx, planner, documentId, {
      version: start.version,
      sections: { 'bab4.langkah': 'Pada tahun 2027 Dinas memperkuat pengawasan pertambangan rakyat.' },
    });
    expect(saved.version).toBe(start.version + 1);
    const conflict = await failureOf(
      updateNarrative(t.ctx, a['desdm.sekretaris']!, documentId, {
        version: start.version,
        sections: { 'bab4.langkah': 'Teks lain dari Sekretaris.' },
      }),
    );
    expect(conflict.code).toBe('DOCUMENT_CONFLICT');
    expect((await getNarrative(t.ctx, planner, documentId)).narrative['bab4.langkah']).toBe(
      'Pada tahun 2027 Dinas memperkuat pengawasan pertambangan rakyat.',
    );
    const unknown = await failureOf(
      updateNarrative(t.ctx, planner, documentId, {
        version: saved.version,
        sections: { 'bab9.tidak_ada': 'x' },
      }),
    );
    expect(unknown.fields.map((f) => f.field)).toEqual(['sections.bab9.tidak_ada']);
    const tooLong = await failureOf(
      updateNarrative(t.ctx, planner, documentId, {
        version: saved.version,
        sections: { 'bab4.langkah': 'x'.repeat(20_001) },
      }),
    );
    expect(tooLong.fields[0]?.field).toBe('sections.bab4.langkah');
    const division = await failureOf(
      updateNarrative(t.ctx, a['desdm.kabid_gatrik']!, documentId, {
        version: saved.version,
        sections: { 'bab4.langkah': 'y' },
      }),
    );
    expect(division.code).toBe('FORBIDDEN');
    expect((await getNarrative(t.ctx, planner, documentId)).version).toBe(saved.version);
  });

  it('regenerates from the edited text; the comparison shows the words added and removed', {
    timeout: 180_000,
  }, async () => {
    const job = await generate(a['desdm.kasubbag_program']!, {
      agencyId,
      kind: 'lkjip',
      year: 2026,
      documentId,
    });
    expect(job).toMatchObject({ status: 'done', documentId });
    versions.push(job.versionId!);
    expect((await versionRow(job.versionId!)).number).toBe(2);
    const diff = await compareVersions(
      t.ctx,
      a['desdm.kabid_gatrik']!,
      documentId,
      versions[0]!,
      versions[1]!,
    );
    const changed = diff.sections.filter((s) => s.status !== 'same');
    expect(changed.map((s) => s.key)).toEqual(['bab4.langkah']);
    const runs = changed[0]!.runs;
    expect(
      runs
        .filter((r) => r.change === 'added')
        .map((r) => r.text)
        .join(''),
    ).toContain('memperkuat pengawasan pertambangan rakyat');
    expect(runs.some((r) => r.change === 'removed')).toBe(true);
    expect(diff.sameContent).toBe(false);
    expect(await pdfText((await versionRow(job.versionId!)).pdf!)).toContain(
      'pengawasan pertambangan rakyat',
    );
  });

  it('takes review comments on a version and one of its sections', async () => {
    const comment = await commentOnVersion(t.ctx, a['desdm.sekretaris']!, documentId, versions[1]!, {
      body: 'Sebutkan juga target 2027.',
      sectionKey: 'bab4.langkah',
    });
    const badSection = await failureOf(
      commentOnVersion(t.ctx, a['desdm.sekretaris']!, documentId, versions[1]!, {
        body: 'x',
        sectionKey: 'bab7',
      }),
    );
    expect(badSection.fields.map((f) => f.field)).toEqual(['sectionKey']);
    const page = await getDocumentPage(t.ctx, a['desdm.kasubbag_program']!, documentId);
    expect(page.comments).toEqual([
      expect.objectContaining({
        id: comment.id,
        sectionKey: 'bab4.langkah',
        versionNumber: 2,
        resolvedAt: null,
      }),
    ]);
  });

  it('refuses to prepare for signing when the text changed after the paraf, and prepares it once restored', {
    timeout: 180_000,
  }, async () => {
    const planner = a['desdm.kasubbag_program']!;
    await parafDocument(t.ctx, planner, documentId, { versionId: versions[1]! });
    await parafDocument(t.ctx, a['desdm.sekretaris']!, documentId, { versionId: versions[1]! });
    const initialled = await getNarrative(t.ctx, planner, documentId);
    const edited = await updateNarrative(t.ctx, planner, documentId, {
      version: initialled.version,
      sections: { 'bab4.langkah': `${initialled.narrative['bab4.langkah']} Target 2027 naik.` },
    });
    const before = await documentCounts(t.ctx);
    const refused = await failureOf(prepareForSigning(t.ctx, planner, documentId, { publicBaseUrl: PUBLIC }));
    expect(refused.code).toBe('DOCUMENT_CHANGED_AFTER_PARAF');
    expect(refused.userMessage.en).toContain('changed since');
    expect(await documentCounts(t.ctx)).toEqual(before);
    expect((await getDocumentPage(t.ctx, planner, documentId)).status).toBe('draft');

    // Back to the initialled text: the content is what was initialled, but TW IV is not verified yet.
    await updateNarrative(t.ctx, planner, documentId, {
      version: edited.version,
      sections: { 'bab4.langkah': initialled.narrative['bab4.langkah']! },
    });
    const unverified = await failureOf(
      prepareForSigning(t.ctx, planner, documentId, { publicBaseUrl: PUBLIC }),
    );
    expect(unverified.code).toBe('DOCUMENT_DATA_MISSING');
    expect(unverified.fields[0]?.message.en).toContain('not verified');
    expect(await verifyQuarter(t.ctx, 'desdm-kaltim', 2026, 4)).toBeGreaterThan(0);

    const prepared = await prepareForSigning(t.ctx, planner, documentId, { publicBaseUrl: PUBLIC });
    versions.push(prepared.versionId);
    const version = await versionRow(prepared.versionId);
    expect(version).toMatchObject({ number: 3, origin: 'for_signing', docx: null });
    expect(version.content_sha256).toBe((await versionRow(versions[1]!)).content_sha256);
    expect(JSON.parse(version.signatories!)).toEqual([
      expect.objectContaining({
        key: 'head',
        name: expect.any(String),
        nip: expect.stringMatching(/^\d{18}$/),
      }),
    ]);
    const text = await pdfText(version.pdf!);
    expect(text).toContain('Ditandatangani secara elektronik');
    expect(text).toContain('Paraf');
    const page = await getDocumentPage(t.ctx, planner, documentId);
    expect(page.status).toBe('final');
    expect(page.verificationToken).toBe(prepared.verificationToken);
    expect(page.paraf.every((p) => p.current)).toBe(true);
  });

  it('is signed by the head with the certificate passphrase; a wrong one is named and changes nothing; pdfsig validates', {
    timeout: 120_000,
  }, async () => {
    const head = a['desdm.kadis']!;
    const before = await documentCounts(t.ctx);
    const wrong = await failureOf(signDocument(t.ctx, head, documentId, { passphrase: 'salah-sandi' }));
    expect(wrong.code).toBe('CERTIFICATE_PASSPHRASE_WRONG');
    expect(wrong.fields.map((f) => f.field)).toEqual(['passphrase']);
    const notSigner = await failureOf(
      signDocument(t.ctx, a['desdm.sekretaris']!, documentId, { passphrase: DEMO_SIGNING_PASSPHRASE }),
    );
    expect(notSigner.code).toBe('NOT_A_SIGNATORY');
    expect(await documentCounts(t.ctx)).toEqual(before);

    const signed = await signDocument(t.ctx, head, documentId, { passphrase: DEMO_SIGNING_PASSPHRASE });
    const version = await versionRow(signed.versionId);
    expect(version).toMatchObject({ number: 4, origin: 'signed' });
    expect(version.pdf_sha256).toBe(sha256(version.pdf!));
    const report = await pdfsig(version.pdf!);
    expect(report.validations).toEqual(['Signature is Valid.']);
    const page = await getDocumentPage(t.ctx, head, documentId);
    expect(page.status).toBe('signed');
    expect(page.signatures).toEqual([
      expect.objectContaining({
        signatoryKey: 'head',
        signedSha256: version.pdf_sha256,
        versionId: signed.versionId,
      }),
    ]);
    expect(page.signatories).toEqual([expect.objectContaining({ key: 'head', signed: true })]);
    const again = await failureOf(
      signDocument(t.ctx, head, documentId, { passphrase: DEMO_SIGNING_PASSPHRASE }),
    );
    expect(again.code).toBe('DOCUMENT_ALREADY_SIGNED');
  });

  it('signs a Perjanjian Kinerja twice (pihak pertama, then pihak kedua on top): pdfsig validates both', {
    timeout: 180_000,
  }, async () => {
    const job = await generate(a['desdm.kasubbag_program']!, {
      agencyId,
      kind: 'perjanjian_kinerja',
      year: 2026,
      sourceRef: 'position:sekretaris',
    });
    expect(job.error).toBeNull();
    const pk = job.documentId!;
    const prepared = await prepareForSigning(t.ctx, a['desdm.kasubbag_program']!, pk, {
      publicBaseUrl: PUBLIC,
    });
    const blocks = JSON.parse((await versionRow(prepared.versionId)).signatories!) as { key: string }[];
    expect(blocks.map((b) => b.key).sort()).toEqual(['pihak_kedua', 'pihak_pertama']);

    // Three years on, the demo certificates have expired: the signing service's message passes through.
    const saved = now;
    now = new Date('2029-12-01T01:00:00Z');
    const expired = await failureOf(
      signDocument(t.ctx, a['desdm.sekretaris']!, pk, { passphrase: DEMO_SIGNING_PASSPHRASE }),
    );
    now = saved;
    expect(expired.code).toBe('NO_SIGNING_CERTIFICATE');
    expect(expired.fields.map((f) => f.field)).toEqual(['certificate']);

    const first = await signDocument(t.ctx, a['desdm.sekretaris']!, pk, {
      passphrase: DEMO_SIGNING_PASSPHRASE,
    });
    const second = await signDocument(t.ctx, a['desdm.kadis']!, pk, { passphrase: DEMO_SIGNING_PASSPHRASE });
    const firstPdf = (await versionRow(first.versionId)).pdf!;
    const secondPdf = (await versionRow(second.versionId)).pdf!;
    // An incremental update: the second file begins with the first, byte for byte.
    expect(secondPdf.subarray(0, firstPdf.length).equals(firstPdf)).toBe(true);
    expect((await pdfsig(secondPdf)).validations).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    const page = await getDocumentPage(t.ctx, a['desdm.kadis']!, pk);
    expect(page.signatures.map((s) => s.signatoryKey)).toEqual(['pihak_pertama', 'pihak_kedua']);
    expect(page.signatories.every((s) => s.signed)).toBe(true);
  });

  it('fails the job of a fresh agency with the whole missing-data list and writes no document', async () => {
    const admin = a.admin!;
    const region = await t.ctx.db
      .selectFrom('agency')
      .select('region_id')
      .where('id', '=', agencyId)
      .executeTakeFirstOrThrow();
    const fresh = await createAgency(t.ctx, admin, {
      regionId: region.region_id,
      code: 'dinas-baru',
      name: 'Dinas Baru Provinsi Kalimantan Timur',
      timeZone: 'Asia/Makassar',
    });
    const before = await documentCounts(t.ctx);
    const { jobId } = await requestGeneration(t.ctx, admin, {
      agencyId: fresh.id,
      kind: 'lkjip',
      year: 2026,
    });
    await runGenerationJobs(t.ctx);
    const job = await getGenerationJob(t.ctx, admin, jobId);
    expect(job).toMatchObject({
      status: 'failed',
      documentId: null,
      versionId: null,
      stage: 'documents.stage.failed',
    });
    expect(job.error?.code).toBe('DOCUMENT_DATA_MISSING');
    expect(job.error?.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['Renstra', 'Perjanjian Kinerja 2026', 'Indikator 2026', 'Anggaran 2026']),
    );
    expect(job.error?.fields.length).toBeGreaterThanOrEqual(4);
    expect(await documentCounts(t.ctx)).toEqual(before);
  });
});
