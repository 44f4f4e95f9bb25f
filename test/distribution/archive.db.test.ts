import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors';
import type { Me } from '../../src/services/auth/load-me';
import { archiveDocument, getArchive } from '../../src/services/distribution/archive-document';
import { exportArchivePackage } from '../../src/services/distribution/export-archive-package';
import { issueLetterNumber } from '../../src/services/letters/issue-letter-number';
import { startRun } from '../../src/services/runs/start-run';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { insertTestDocument, sha256 } from '../documents/letters-builders';
import { meOf, sopIdOf } from '../runs/run-context';

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, fields: error.fields.map((f) => f.field) };
  }
  throw new Error('the call was accepted');
}

const valid = {
  classificationCode: '000.8.3.3',
  retentionActiveYears: 2,
  retentionInactiveYears: 8,
  finalDisposition: 'permanen' as const,
  accessClass: 'biasa' as const,
};

describe.each(engines())('archive and SRIKANDI package (%s)', (engine) => {
  let t: TestApp;
  const me: Record<string, Me> = {};
  let desdm: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => new Date('2026-11-23T02:00:00Z') });
    for (const u of ['desdm.kadis', 'desdm.sekretaris', 'desdm.kabid_gatrik', 'bpkpd.sekretaris'])
      me[u] = await meOf(t.ctx, u);
    desdm = me['desdm.sekretaris']!.agencyId;
  });
  afterAll(async () => t.close());

  it('archives a signed, numbered document of a run once and exports PDF + metadata whose hash is the PDF’s', async () => {
    const run = await startRun(t.ctx, me['desdm.kadis']!, {
      sopId: await sopIdOf(t.ctx, 'desdm-kaltim-sakip'),
      purpose: 'LKjIP 2026',
      period: { year: 2026, quarter: null },
      disposition: { text: 'Susun LKjIP 2026.', addresseePositionIds: [] },
    });
    const doc = await insertTestDocument(t.ctx.db, {
      agencyId: desdm,
      kind: 'lkjip',
      title: 'LKjIP Dinas ESDM 2026',
      runId: run.id,
      signers: [
        {
          name: 'Ir. Kepala Dinas',
          position: 'Kepala Dinas',
          nip: '196711291998031003',
          signedAt: '2026-11-23T03:00:00.000Z',
        },
      ],
    });
    const number = await issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      subject: 'LKjIP 2026',
      classificationCode: '000.8.3.3',
      documentId: doc.documentId,
    });
    const before = await getArchive(t.ctx, me['desdm.kabid_gatrik']!, doc.documentId);
    expect(before).toMatchObject({
      canArchive: false,
      record: null,
      suggestedClassificationCode: '000.8.3.3',
    });
    expect((await refusal(exportArchivePackage(t.ctx, me['desdm.sekretaris']!, doc.documentId))).code).toBe(
      'DOCUMENT_NOT_ARCHIVED',
    );

    const record = await archiveDocument(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
      ...valid,
    });
    expect(record).toMatchObject({ ...valid, versionNumber: 1, pdfSha256: doc.pdfSha256 });
    expect(record.archivedByName).toBe(me['desdm.sekretaris']!.fullName);
    const status = await t.ctx.db
      .selectFrom('document')
      .select('status')
      .where('id', '=', doc.documentId)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('archived');
    const twice = await refusal(
      archiveDocument(t.ctx, me['desdm.sekretaris']!, {
        documentId: doc.documentId,
        versionId: doc.versionId,
        ...valid,
      }),
    );
    expect(twice).toMatchObject({ code: 'DOCUMENT_ALREADY_ARCHIVED', fields: ['documentId'] });

    // A biasa package is for anyone of the agency.
    const pkg = await exportArchivePackage(t.ctx, me['desdm.kabid_gatrik']!, doc.documentId);
    expect(pkg.fileName).toBe('arsip-K. 075-1-DESDM-2026.zip');
    const zip = await JSZip.loadAsync(pkg.buffer);
    expect(Object.keys(zip.files).sort()).toEqual(['K. 075-1-DESDM-2026.pdf', 'metadata.json']);
    const pdf = await zip.file('K. 075-1-DESDM-2026.pdf')!.async('nodebuffer');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const metadata = JSON.parse(await zip.file('metadata.json')!.async('string'));
    expect(metadata.file.sha256).toBe(sha256(pdf));
    expect(metadata.file.sha256).toBe(doc.pdfSha256);
    expect(metadata).toMatchObject({
      format: 'alur-arsip/v1',
      agency: { code: 'desdm-kaltim' },
      document: { title: 'LKjIP Dinas ESDM 2026', kind: 'lkjip' },
      number: number.number,
      date: '2026-11-23',
      classificationCode: '000.8.3.3',
      retention: { activeYears: 2, inactiveYears: 8, finalDisposition: 'permanen' },
      accessClass: 'biasa',
      signers: [{ name: 'Ir. Kepala Dinas', position: 'Kepala Dinas', signedAt: '2026-11-23T03:00:00.000Z' }],
      run: { id: run.id, purpose: 'LKjIP 2026', sop: { code: 'desdm-kaltim-sakip', version: 1 } },
    });
    expect(metadata.run.steps.length).toBeGreaterThanOrEqual(2);
    expect(metadata.run.steps[0]).toMatchObject({ stepNo: 1, status: 'completed' });
  });

  it('keeps a rahasia package to those who may archive', async () => {
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Nota Dinas Rahasia' });
    await archiveDocument(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
      ...valid,
      accessClass: 'rahasia',
    });
    expect((await refusal(exportArchivePackage(t.ctx, me['desdm.kabid_gatrik']!, doc.documentId))).code).toBe(
      'FORBIDDEN',
    );
    const pkg = await exportArchivePackage(t.ctx, me['desdm.sekretaris']!, doc.documentId);
    expect(pkg.fileName).toBe('arsip-Nota Dinas Rahasia.zip');
    expect((await refusal(exportArchivePackage(t.ctx, me['bpkpd.sekretaris']!, doc.documentId))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a bad archive record naming the fields, and archives nothing', async () => {
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Draf' });
    const noPdf = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Tanpa PDF', withPdf: false });
    const count = async () => (await t.ctx.db.selectFrom('archive_record').select('id').execute()).length;
    const before = await count();
    const archive = (input: Record<string, unknown>, target = doc) =>
      refusal(
        archiveDocument(t.ctx, me['desdm.sekretaris']!, {
          documentId: target.documentId,
          versionId: target.versionId,
          ...valid,
          ...input,
        } as Parameters<typeof archiveDocument>[2]),
      );
    expect(
      await archive({
        classificationCode: '000/8',
        retentionActiveYears: -1,
        retentionInactiveYears: 2.5,
        finalDisposition: 'dibakar',
        accessClass: 'umum',
      }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        'classificationCode',
        'retentionActiveYears',
        'retentionInactiveYears',
        'finalDisposition',
        'accessClass',
      ],
    });
    expect(await archive({ classificationCode: ' ' })).toMatchObject({ fields: ['classificationCode'] });
    expect(await archive({ versionId: noPdf.versionId })).toMatchObject({ fields: ['versionId'] });
    expect(await archive({}, noPdf)).toMatchObject({ fields: ['versionId'] });
    const forbidden = await refusal(
      archiveDocument(t.ctx, me['desdm.kabid_gatrik']!, {
        documentId: doc.documentId,
        versionId: doc.versionId,
        ...valid,
      }),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
    const status = await t.ctx.db
      .selectFrom('document')
      .select('status')
      .where('id', '=', doc.documentId)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('final');
  });
});
