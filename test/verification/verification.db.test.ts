import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { LocalP12Signer } from '../../src/formats/pdf-signature';
import type { ServiceContext } from '../../src/services/context';
import { seedDemo } from '../../src/services/demo/seed-demo';
import { DEMO_SIGNING_PASSPHRASE } from '../../src/services/signing/seed-demo-signing-certificates';
import { checkFile } from '../../src/services/verification/check-file';
import { getVerification } from '../../src/services/verification/get-verification';
import { engines, freshDatabase } from '../database-context';
import { aSignedDocument, type SignedDocument, sha256 } from '../signing/signing-builders';
import { DEMO_NOW, failureOf, personOf } from '../signing/signing-context';
import { aCertificate, aRealPdf } from '../signing/signing-fixtures';

/** One byte of the first page's content stream, inside every signature's signed range. */
function flipOneByte(pdf: Buffer): Buffer {
  const altered = Buffer.from(pdf);
  const at = altered.indexOf('stream') + 20;
  altered[at] = altered[at]! ^ 0x01;
  return altered;
}

describe.each(engines())('verifying signed documents (%s)', (engine) => {
  let database: Database;
  let ctx: ServiceContext;
  let signed: SignedDocument;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    ctx = { db: database.db, now: () => DEMO_NOW };
    await seedDemo(ctx);
    const head = await personOf(ctx.db, 'desdm.kadis');
    const secretary = await personOf(ctx.db, 'desdm.sekretaris');
    signed = await aSignedDocument(ctx.db, {
      agencyId: head.agencyId,
      letterNumber: 'K. 075 / 12 / DESDM/2026',
      signedAt: DEMO_NOW,
      signatories: [
        { personId: secretary.personId, passphrase: DEMO_SIGNING_PASSPHRASE, position: 'Sekretaris' },
        { personId: head.personId, passphrase: DEMO_SIGNING_PASSPHRASE, position: 'Kepala Dinas' },
      ],
    });
  }, 120_000);
  afterAll(() => database.close());

  it('the public record: number, date, subject, agency, signers with times, SHA-256 of the final file', async () => {
    const view = await getVerification(ctx.db, signed.token);
    expect(view).toEqual({
      token: signed.token,
      title: 'Surat Pengantar LKjIP 2026',
      subject: 'Penyampaian Laporan Kinerja Instansi Pemerintah Tahun 2026',
      number: 'K. 075 / 12 / DESDM/2026',
      date: '2026-11-23',
      agency: {
        name: 'Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
        regionName: 'Provinsi Kalimantan Timur',
        timeZone: 'Asia/Makassar',
      },
      signers: [
        { name: 'Rina Kartika', position: 'Sekretaris', signedAt: '2026-11-23T03:00:00.000Z' },
        { name: 'Hendra Wijaya', position: 'Kepala Dinas', signedAt: '2026-11-23T03:01:00.000Z' },
      ],
      sha256: signed.finalSha256,
      signedAt: '2026-11-23T03:01:00.000Z',
    });
  });

  it('an unknown token is "not found", in words a reader understands', async () => {
    const error = await failureOf(getVerification(ctx.db, 'tidak-ada-token-ini'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.userMessage.id).toBe('Kode verifikasi tidak dikenal. Periksa alamat pada kode QR dokumen.');
  });

  it('the final signed file matches, with its token and without one', async () => {
    for (const token of [signed.token, null]) {
      const check = await checkFile(ctx.db, token, signed.finalPdf);
      expect(check.outcome).toBe('match');
      expect(check.sha256).toBe(signed.finalSha256);
      expect(check.document?.token).toBe(signed.token);
      expect(check.bytesAfterLastSignature).toBe(0);
      expect(check.signatures.map((s) => [s.signerName, s.intact, s.recorded])).toEqual([
        ['Rina Kartika', true, true],
        ['Hendra Wijaya', true, true],
      ]);
    }
  });

  it('the file after the first signature only is a version, not the final file', async () => {
    const check = await checkFile(ctx.db, null, signed.pdfs[1]!);
    expect(check.outcome).toBe('not_final');
    expect(check.signatures).toHaveLength(1);
  });

  it('a byte changed after signing: "altered", and the signatures say they are broken', async () => {
    for (const token of [signed.token, null]) {
      const check = await checkFile(ctx.db, token, flipOneByte(signed.finalPdf));
      expect(check.outcome).toBe('altered');
      expect(check.document?.token).toBe(signed.token);
      expect(check.signatures.map((s) => s.intact)).toEqual([false, false]);
      expect(check.signatures[0]!.problems.join(' ')).toContain('changed after signing');
    }
  });

  it('something appended after the last signature: "altered", the signatures themselves intact', async () => {
    const appended = Buffer.concat([signed.finalPdf, Buffer.from('\n% catatan tambahan\n')]);
    const check = await checkFile(ctx.db, null, appended);
    expect(check.outcome).toBe('altered');
    expect(check.bytesAfterLastSignature).toBeGreaterThan(0);
    expect(check.signatures.every((s) => s.intact)).toBe(true);
  });

  it('a foreign file is "unknown": a PDF signed elsewhere, an unsigned PDF, not a PDF at all', async () => {
    const foreign = await new LocalP12Signer(aCertificate('Orang Lain'), 'rahasia-uji-1').sign(
      await aRealPdf(),
      {
        reason: 'Uji',
        location: 'Jambi',
        name: 'Orang Lain',
        signingTime: DEMO_NOW,
      },
    );
    const elsewhere = await checkFile(ctx.db, null, foreign);
    expect(elsewhere.outcome).toBe('unknown');
    expect(elsewhere.document).toBeNull();
    expect(elsewhere.signatures.map((s) => [s.signerName, s.intact, s.recorded])).toEqual([
      ['Orang Lain', true, false],
    ]);

    const onThePage = await checkFile(ctx.db, signed.token, foreign);
    expect(onThePage.outcome).toBe('unknown');
    expect(onThePage.document?.token).toBe(signed.token);

    const unsigned = Buffer.concat([await aRealPdf(), Buffer.from('\n')]);
    expect((await checkFile(ctx.db, signed.token, unsigned)).outcome).toBe('unknown');
    const text = await checkFile(ctx.db, null, Buffer.from('bukan PDF'));
    expect(text).toMatchObject({ outcome: 'unknown', signatures: [], document: null });
    expect(text.sha256).toBe(sha256(Buffer.from('bukan PDF')));
  });

  it('an empty file names the file field; an unknown token is not found', async () => {
    const empty = await failureOf(checkFile(ctx.db, null, Buffer.alloc(0)));
    expect(empty.fields.map((f) => f.field)).toEqual(['file']);
    expect((await failureOf(checkFile(ctx.db, 'tidak-ada', signed.finalPdf))).code).toBe('NOT_FOUND');
  });

  it('a document prepared but not signed yet has no signers and no hash', async () => {
    const head = await personOf(ctx.db, 'desdm.kadis');
    const prepared = await aSignedDocument(ctx.db, { agencyId: head.agencyId, signatories: [] });
    const view = await getVerification(ctx.db, prepared.token);
    expect(view).toMatchObject({ signers: [], sha256: null, number: null, date: null });
    expect((await checkFile(ctx.db, prepared.token, prepared.finalPdf)).outcome).toBe('not_final');
  });
});
