import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { readPdfSignatures } from '../../src/formats/pdf-signature';
import type { Actor, ServiceContext } from '../../src/services/context';
import { seedDemo } from '../../src/services/demo/seed-demo';
import { listSigningCertificates } from '../../src/services/signing/list-signing-certificates';
import { revokeSigningCertificate } from '../../src/services/signing/revoke-signing-certificate';
import { DEMO_SIGNING_PASSPHRASE } from '../../src/services/signing/seed-demo-signing-certificates';
import { signPdfAs } from '../../src/services/signing/sign-pdf-as';
import { uploadSigningCertificate } from '../../src/services/signing/upload-signing-certificate';
import { engines, freshDatabase } from '../database-context';
import { actorFor, certificateSnapshot, DEMO_NOW, failureOf, personOf } from './signing-context';
import { aCertificate, aRealPdf } from './signing-fixtures';

describe.each(engines())('signing certificates and signing (%s)', (engine) => {
  let database: Database;
  let ctx: ServiceContext;
  let admin: Actor;
  let desdm: string;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    ctx = { db: database.db, now: () => DEMO_NOW };
    await seedDemo(ctx);
    admin = await actorFor(ctx, 'desdm.admin');
    desdm = (await personOf(ctx.db, 'desdm.admin')).agencyId;
  }, 120_000);
  afterAll(() => database.close());

  it('the demo gives heads, secretaries and division heads a certificate, and nobody else', async () => {
    const list = await listSigningCertificates(ctx, admin, desdm);
    expect(list.map((c) => c.personName).sort()).toEqual([
      'Bayu Saputra',
      'Fajar Nugroho',
      'Hendra Wijaya',
      'Maya Anggraini',
      'Rina Kartika',
      'Surya Pratama',
    ]);
    expect(list.every((c) => c.status === 'valid' && c.issuer.includes('CN=Alur Demo CA (fiktif)'))).toBe(
      true,
    );
    const head = list.find((c) => c.personName === 'Hendra Wijaya')!;
    expect(head.subject).toContain(`serialNumber=${head.personNip}`);
  });

  it('signs as a person with their certificate; two people sign one after the other', {
    timeout: 60_000,
  }, async () => {
    const head = await personOf(ctx.db, 'desdm.kadis');
    const secretary = await personOf(ctx.db, 'desdm.sekretaris');
    const first = await signPdfAs(ctx.db, {
      ...head,
      pdf: await aRealPdf(),
      passphrase: DEMO_SIGNING_PASSPHRASE,
      reason: 'Menyetujui',
      location: 'Samarinda',
      now: DEMO_NOW,
    });
    expect(first.signerKind).toBe('local_p12');
    expect(first.certificate.subject).toContain('CN=Hendra Wijaya');
    const second = await signPdfAs(ctx.db, {
      ...secretary,
      pdf: first.pdf,
      passphrase: DEMO_SIGNING_PASSPHRASE,
      reason: 'Menyetujui',
      location: 'Samarinda',
      now: new Date(DEMO_NOW.getTime() + 60_000),
    });
    const read = readPdfSignatures(second.pdf);
    expect(read.signatures.map((s) => [s.signerName, s.intact, s.certificate?.serial])).toEqual([
      ['Hendra Wijaya', true, first.certificate.serial],
      ['Rina Kartika', true, second.certificate.serial],
    ]);
  });

  it('a person without a certificate: a clear error telling the admin to upload one', async () => {
    const staff = await personOf(ctx.db, 'desdm.staf_program');
    const error = await failureOf(
      signPdfAs(ctx.db, {
        ...staff,
        pdf: await aRealPdf(),
        passphrase: 'x',
        reason: 'r',
        location: 'l',
        now: DEMO_NOW,
      }),
    );
    expect(error.code).toBe('NO_SIGNING_CERTIFICATE');
    expect(error.fields.map((f) => f.field)).toEqual(['certificate']);
    expect(error.userMessage.id).toContain('Minta administrator instansi mengunggah sertifikat');
  });

  it('a wrong passphrase at signing names the passphrase field', async () => {
    const head = await personOf(ctx.db, 'desdm.kadis');
    const error = await failureOf(
      signPdfAs(ctx.db, {
        ...head,
        pdf: await aRealPdf(),
        passphrase: 'bukan-ini',
        reason: 'r',
        location: 'l',
        now: DEMO_NOW,
      }),
    );
    expect(error.code).toBe('CERTIFICATE_PASSPHRASE_WRONG');
    expect(error.fields.map((f) => f.field)).toEqual(['passphrase']);
  });

  it('certificates valid at the signing time only: after they expire nothing signs', async () => {
    const head = await personOf(ctx.db, 'desdm.kadis');
    const error = await failureOf(
      signPdfAs(ctx.db, {
        ...head,
        pdf: await aRealPdf(),
        passphrase: DEMO_SIGNING_PASSPHRASE,
        reason: 'r',
        location: 'l',
        now: new Date('2031-01-01T00:00:00Z'),
      }),
    );
    expect(error.code).toBe('NO_SIGNING_CERTIFICATE');
  });

  it('an admin uploads a certificate; the passphrase is kept nowhere; revoking stops it signing', {
    timeout: 60_000,
  }, async () => {
    const staff = await personOf(ctx.db, 'desdm.perencana');
    const passphrase = 'Frasa-Rahasia-Unik-7731';
    const p12 = aCertificate('Irfan Hakim, S.T.', { passphrase });
    const record = await uploadSigningCertificate(ctx, admin, desdm, {
      personId: staff.personId,
      p12,
      passphrase,
    });
    expect(record).toMatchObject({ personName: 'Irfan Hakim', status: 'valid', revokedAt: null });
    expect(record.subject).toContain('CN=Irfan Hakim\\, S.T.');
    expect(record.issuer).toBe('C=ID, O=Alur Test, CN=Alur Test CA');

    const row = await ctx.db
      .selectFrom('signing_certificate')
      .selectAll()
      .where('id', '=', record.id)
      .executeTakeFirstOrThrow();
    const { p12: stored, ...columns } = row;
    expect(JSON.stringify(columns)).not.toContain(passphrase);
    const bytes = Buffer.from(stored);
    expect(bytes.equals(p12)).toBe(true);
    for (const encoding of ['utf8', 'utf16le'] as const)
      expect(bytes.includes(Buffer.from(passphrase, encoding))).toBe(false);

    const signed = await signPdfAs(ctx.db, {
      ...staff,
      pdf: await aRealPdf(),
      passphrase,
      reason: 'Menyetujui',
      location: 'Samarinda',
      now: DEMO_NOW,
    });
    expect(signed.certificate.id).toBe(record.id);

    const revoked = await revokeSigningCertificate(ctx, admin, desdm, record.id);
    expect(revoked.status).toBe('revoked');
    const error = await failureOf(
      signPdfAs(ctx.db, {
        ...staff,
        pdf: await aRealPdf(),
        passphrase,
        reason: 'r',
        location: 'l',
        now: DEMO_NOW,
      }),
    );
    expect(error.code).toBe('NO_SIGNING_CERTIFICATE');
    const twice = await failureOf(revokeSigningCertificate(ctx, admin, desdm, record.id));
    expect(twice.code).toBe('CERTIFICATE_REVOKED');
  });

  describe('bad uploads change nothing', () => {
    /** Takes a thunk: the call starts after the snapshot, so its rejection is awaited at once. */
    const attempt = async (call: () => Promise<unknown>) => {
      const before = await certificateSnapshot(ctx.db);
      const failure = await failureOf(call());
      expect(await certificateSnapshot(ctx.db)).toEqual(before);
      return failure;
    };

    it('wrong passphrase: names the passphrase field', async () => {
      const staff = await personOf(ctx.db, 'desdm.inspektur_gatrik');
      const p12 = aCertificate('Reza Firmansyah', { passphrase: 'yang-benar-123' });
      const error = await attempt(() =>
        uploadSigningCertificate(ctx, admin, desdm, {
          personId: staff.personId,
          p12,
          passphrase: 'yang-salah-456',
        }),
      );
      expect(error.code).toBe('CERTIFICATE_PASSPHRASE_WRONG');
      expect(error.fields.map((f) => f.field)).toEqual(['passphrase']);
    });

    it('not a certificate file: names the file field', async () => {
      const staff = await personOf(ctx.db, 'desdm.inspektur_gatrik');
      const error = await attempt(() =>
        uploadSigningCertificate(ctx, admin, desdm, {
          personId: staff.personId,
          p12: Buffer.from('%PDF-1.7 bukan sertifikat'),
          passphrase: 'x',
        }),
      );
      expect(error.code).toBe('CERTIFICATE_INVALID');
      expect(error.fields.map((f) => f.field)).toEqual(['p12']);
    });

    it('an expired certificate: names the file field and the end of validity', async () => {
      const staff = await personOf(ctx.db, 'desdm.inspektur_gatrik');
      const p12 = aCertificate('Reza Firmansyah', {
        validFrom: new Date('2024-01-01T00:00:00Z'),
        validTo: new Date('2025-12-31T00:00:00Z'),
      });
      const error = await attempt(() =>
        uploadSigningCertificate(ctx, admin, desdm, {
          personId: staff.personId,
          p12,
          passphrase: 'rahasia-uji-1',
        }),
      );
      expect(error.code).toBe('CERTIFICATE_EXPIRED');
      expect(error.fields.map((f) => f.field)).toEqual(['p12']);
      expect(error.userMessage.id).toContain('berlaku sampai 2025-12-31');
    });

    it('the same certificate twice for one person: a conflict', async () => {
      const staff = await personOf(ctx.db, 'desdm.penyelidik_bumi');
      const p12 = aCertificate('Lukman Hakim');
      await uploadSigningCertificate(ctx, admin, desdm, {
        personId: staff.personId,
        p12,
        passphrase: 'rahasia-uji-1',
      });
      const error = await attempt(() =>
        uploadSigningCertificate(ctx, admin, desdm, {
          personId: staff.personId,
          p12,
          passphrase: 'rahasia-uji-1',
        }),
      );
      expect(error.code).toBe('CERTIFICATE_TAKEN');
      expect(error.fields.map((f) => f.field)).toEqual(['p12']);
    });

    it("not an administrator: forbidden; another agency's person: not found", async () => {
      const staff = await personOf(ctx.db, 'desdm.inspektur_gatrik');
      const p12 = aCertificate('Reza Firmansyah');
      const user = await actorFor(ctx, 'desdm.kadis');
      expect(
        (
          await attempt(() =>
            uploadSigningCertificate(ctx, user, desdm, {
              personId: staff.personId,
              p12,
              passphrase: 'rahasia-uji-1',
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      const other = await personOf(ctx.db, 'bpkpd.kaban');
      expect(
        (
          await attempt(() =>
            uploadSigningCertificate(ctx, admin, desdm, {
              personId: other.personId,
              p12,
              passphrase: 'rahasia-uji-1',
            }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      const otherAdmin = await actorFor(ctx, 'bpkpd.admin');
      expect((await attempt(() => listSigningCertificates(ctx, otherAdmin, desdm))).code).toBe('NOT_FOUND');
    });
  });
});
