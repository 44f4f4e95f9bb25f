import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors';
import type { Me } from '../../src/services/auth/load-me';
import { addRecipients } from '../../src/services/distribution/add-recipients';
import { deliverPendingDistributions } from '../../src/services/distribution/deliver-pending-distributions';
import { listDistributions } from '../../src/services/distribution/list-distributions';
import { removeRecipient } from '../../src/services/distribution/remove-recipient';
import { sendDocument } from '../../src/services/distribution/send-document';
import { issueLetterNumber } from '../../src/services/letters/issue-letter-number';
import { createMailer } from '../../src/services/mail/mailer';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { insertTestDocument, sha256 } from '../documents/letters-builders';
import { meOf } from '../runs/run-context';
import { startSmtpSink } from '../support/smtp-sink';
import { attachmentsOf } from './mime-attachment';

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, fields: error.fields.map((f) => f.field), message: error.userMessage.id };
  }
  throw new Error('the call was accepted');
}

describe.each(engines())('distribution of documents (%s)', (engine) => {
  let now = new Date('2026-11-23T02:00:00Z');
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  const me: Record<string, Me> = {};
  let desdm: string;
  const positionId: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => now });
    sink = await startSmtpSink();
    for (const u of ['desdm.sekretaris', 'desdm.kabid_gatrik', 'bpkpd.sekretaris'])
      me[u] = await meOf(t.ctx, u);
    desdm = me['desdm.sekretaris']!.agencyId;
    for (const p of await t.ctx.db.selectFrom('position').select(['id', 'code', 'agency_id']).execute())
      positionId[`${p.agency_id === desdm ? 'desdm' : 'other'}.${p.code}`] = p.id;
  });
  afterAll(async () => {
    await sink.close();
    await t.close();
  });
  const mailer = () => createMailer(sink.url, 'Alur <alur@dinas.test>');
  const rows = async (documentId: string) =>
    (await listDistributions(t.ctx, me['desdm.kabid_gatrik']!, documentId)).recipients;

  it('sends a numbered letter: internal holders and external addresses by e-mail with the PDF, the rest recorded', async () => {
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Surat Pengantar LKjIP 2026' });
    const number = await issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      subject: 'Penyampaian LKjIP 2026',
      documentId: doc.documentId,
    });
    const added = await addRecipients(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
      recipients: [
        { kind: 'internal', positionId: positionId['desdm.kadis']! },
        { kind: 'external', name: 'Inspektorat Provinsi Kalimantan Timur', email: 'inspektorat@kaltim.test' },
        { kind: 'external', name: 'Biro Organisasi Setda Provinsi Kaltim' },
      ],
    });
    expect(added.map((r) => r.status)).toEqual(['draft', 'draft', 'draft']);
    const sent = await sendDocument(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
    });
    const byKind = (name: string) => sent.find((r) => r.recipientName.includes(name))!;
    expect(byKind('Kepala Dinas')).toMatchObject({
      recipientKind: 'internal',
      recipientEmail: 'desdm.kadis@demo.alur.test',
      status: 'pending',
    });
    expect(byKind('Inspektorat')).toMatchObject({
      status: 'pending',
      recipientEmail: 'inspektorat@kaltim.test',
    });
    expect(byKind('Biro Organisasi')).toMatchObject({ status: 'recorded', recipientEmail: null });
    const status = await t.ctx.db
      .selectFrom('document')
      .select('status')
      .where('id', '=', doc.documentId)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('sent');

    const before = sink.messages.length;
    expect(await deliverPendingDistributions(t.ctx, mailer())).toEqual({ sent: 2, failed: 0 });
    const mails = sink.messages.slice(before);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([
      'desdm.kadis@demo.alur.test',
      'inspektorat@kaltim.test',
    ]);
    for (const mail of mails) {
      expect(mail.raw).toContain(number.number);
      const [attachment] = attachmentsOf(mail.raw);
      expect(attachment).toMatchObject({
        contentType: 'application/pdf',
        filename: 'K. 075-1-DESDM-2026.pdf',
      });
      expect(sha256(attachment!.content)).toBe(doc.pdfSha256);
    }
    const delivered = await rows(doc.documentId);
    for (const r of delivered.filter((d) => d.recipientEmail)) {
      expect(r).toMatchObject({ status: 'sent', attempts: 1, error: null });
      expect(r.messageId).toMatch(/^<.+>$/);
    }
    // Swept again: nothing is sent twice.
    expect(await deliverPendingDistributions(t.ctx, mailer())).toEqual({ sent: 0, failed: 0 });
    expect(sink.messages.length).toBe(before + 2);
  });

  it('never sends a delivery twice, also with two sweepers at once', async () => {
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Undangan Rapat Evaluasi' });
    await addRecipients(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
      recipients: Array.from({ length: 8 }, (_, i) => ({
        kind: 'external' as const,
        name: `Penerima ${i + 1}`,
        email: `penerima${i + 1}@instansi.test`,
      })),
    });
    await sendDocument(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
    });
    const before = sink.messages.length;
    const [a, b] = await Promise.all([
      deliverPendingDistributions(t.ctx, mailer()),
      deliverPendingDistributions(t.ctx, mailer()),
    ]);
    expect(a.sent + b.sent).toBe(8);
    const mails = sink.messages.slice(before);
    expect(mails).toHaveLength(8);
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(8);
    expect((await rows(doc.documentId)).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('marks a failing delivery failed with the error, retries it later, and gives up after 3 attempts', async () => {
    const dead = await startSmtpSink();
    await dead.close();
    const down = createMailer(dead.url, 'Alur <alur@dinas.test>');
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Laporan Pemantauan TW III' });
    const other = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Nota Dinas' });
    for (const d of [doc, other]) {
      await addRecipients(t.ctx, me['desdm.sekretaris']!, {
        documentId: d.documentId,
        versionId: d.versionId,
        recipients: [{ kind: 'external', name: 'Bappeda', email: 'bappeda@kaltim.test' }],
      });
      await sendDocument(t.ctx, me['desdm.sekretaris']!, {
        documentId: d.documentId,
        versionId: d.versionId,
      });
    }
    now = new Date('2026-11-23T03:00:00Z');
    expect(await deliverPendingDistributions(t.ctx, down)).toEqual({ sent: 0, failed: 2 });
    const [failed] = await rows(doc.documentId);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed!.error).toMatch(/ECONNREFUSED|connect/i);
    // Not again at once: a retry waits a few minutes.
    expect(await deliverPendingDistributions(t.ctx, down)).toEqual({ sent: 0, failed: 0 });
    now = new Date('2026-11-23T03:06:00Z');
    expect(await deliverPendingDistributions(t.ctx, down)).toEqual({ sent: 0, failed: 2 });
    // The mail server is back for the first document's third attempt; the second fails a third time.
    now = new Date('2026-11-23T03:12:00Z');
    await t.ctx.db
      .updateTable('distribution')
      .set({ claimed_at: '2026-11-23T03:11:00.000Z' })
      .where('document_id', '=', other.documentId)
      .execute();
    const before = sink.messages.length;
    expect(await deliverPendingDistributions(t.ctx, mailer())).toEqual({ sent: 1, failed: 0 });
    expect(sink.messages.length).toBe(before + 1);
    expect((await rows(doc.documentId))[0]).toMatchObject({ status: 'sent', attempts: 3, error: null });
    now = new Date('2026-11-23T03:20:00Z');
    expect(await deliverPendingDistributions(t.ctx, down)).toEqual({ sent: 0, failed: 1 });
    expect((await rows(other.documentId))[0]).toMatchObject({ status: 'failed', attempts: 3 });
    now = new Date('2026-11-23T04:00:00Z');
    expect(await deliverPendingDistributions(t.ctx, mailer())).toEqual({ sent: 0, failed: 0 });
    expect((await rows(other.documentId))[0]).toMatchObject({ status: 'failed', attempts: 3 });
    now = new Date('2026-11-23T02:00:00Z');
  });

  it('refuses bad recipients naming the field, and changes nothing', async () => {
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm });
    const other = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Dokumen lain' });
    const draft = await insertTestDocument(t.ctx.db, { agencyId: desdm, title: 'Tanpa PDF', withPdf: false });
    await addRecipients(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
      recipients: [{ kind: 'external', name: 'Bappeda', email: 'bappeda@kaltim.test' }],
    });
    const count = async () => (await t.ctx.db.selectFrom('distribution').select('id').execute()).length;
    const before = await count();
    const add = (recipients: Parameters<typeof addRecipients>[2]['recipients'], versionId = doc.versionId) =>
      refusal(
        addRecipients(t.ctx, me['desdm.sekretaris']!, { documentId: doc.documentId, versionId, recipients }),
      );
    expect(await add([{ kind: 'external', name: 'X' }], other.versionId)).toMatchObject({
      fields: ['versionId'],
    });
    expect(await add([])).toMatchObject({ fields: ['recipients'] });
    expect(
      await add([
        { kind: 'internal', positionId: positionId['other.kaban']! },
        { kind: 'external', name: 'Biro Hukum', email: 'bukan-email' },
        { kind: 'external', name: '  ' },
      ]),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: ['recipients.0.positionId', 'recipients.1.email', 'recipients.2.name'],
    });
    expect(
      await add([
        { kind: 'external', name: 'Bappeda Kaltim', email: 'BAPPEDA@kaltim.test' },
        { kind: 'internal', positionId: positionId['desdm.kadis']! },
        { kind: 'internal', positionId: positionId['desdm.kadis']! },
      ]),
    ).toMatchObject({
      code: 'DISTRIBUTION_RECIPIENT_TAKEN',
      fields: ['recipients.0.email', 'recipients.2.positionId'],
    });
    expect(
      await refusal(
        sendDocument(t.ctx, me['desdm.sekretaris']!, {
          documentId: other.documentId,
          versionId: other.versionId,
        }),
      ),
    ).toMatchObject({ fields: ['recipients'] });
    await addRecipients(t.ctx, me['desdm.sekretaris']!, {
      documentId: draft.documentId,
      versionId: draft.versionId,
      recipients: [{ kind: 'external', name: 'Bappeda', email: 'bappeda@kaltim.test' }],
    });
    expect(
      await refusal(
        sendDocument(t.ctx, me['desdm.sekretaris']!, {
          documentId: draft.documentId,
          versionId: draft.versionId,
        }),
      ),
    ).toMatchObject({ fields: ['versionId'] });
    expect(await count()).toBe(before + 1);
    expect((await rows(draft.documentId)).map((r) => r.status)).toEqual(['draft']);
  });

  it('removes a recipient only before sending; only senders change the list; other agencies see nothing', async () => {
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm });
    const [row] = await addRecipients(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
      recipients: [{ kind: 'external', name: 'Bappeda', email: 'bappeda@kaltim.test' }],
    });
    const forbidden = await refusal(
      addRecipients(t.ctx, me['desdm.kabid_gatrik']!, {
        documentId: doc.documentId,
        versionId: doc.versionId,
        recipients: [{ kind: 'external', name: 'X' }],
      }),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    expect((await refusal(listDistributions(t.ctx, me['bpkpd.sekretaris']!, doc.documentId))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      await removeRecipient(t.ctx, me['desdm.sekretaris']!, {
        documentId: doc.documentId,
        distributionId: row!.id,
      }),
    ).toEqual([]);
    const [again] = await addRecipients(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
      recipients: [{ kind: 'external', name: 'Bappeda', email: 'bappeda@kaltim.test' }],
    });
    await sendDocument(t.ctx, me['desdm.sekretaris']!, {
      documentId: doc.documentId,
      versionId: doc.versionId,
    });
    expect(
      (
        await refusal(
          removeRecipient(t.ctx, me['desdm.sekretaris']!, {
            documentId: doc.documentId,
            distributionId: again!.id,
          }),
        )
      ).code,
    ).toBe('DISTRIBUTION_NOT_DRAFT');
  });
});
