import { conflict, DomainError, fieldError, notFound } from '../../core/errors';
import { inspectP12 } from '../../formats/pdf-signature';
import { type Actor, newId, type ServiceContext } from '../context';
import { loadAgency } from '../org/load-agency';
import { type SigningCertificateRecord, selectCertificates } from './signing-certificate-rows';

export interface CertificateUpload {
  personId: string;
  p12: Buffer;
  /** Opens the file once, to prove it and read the certificate; never stored, never logged. */
  passphrase: string;
}

/** A PKCS#12 larger than this is not a signing certificate (a chain of a few certificates is ~10 KB). */
export const MAX_P12_BYTES = 256 * 1024;

/**
 * Stores a person's signing certificate (agency administrators). The file is opened with the
 * passphrase to prove both and to read the subject, issuer, serial and validity; the passphrase is
 * then dropped: the signer gives it again at each signing.
 *
 * @throws DomainError `CERTIFICATE_PASSPHRASE_WRONG` (field `passphrase`), `CERTIFICATE_INVALID`
 * or `CERTIFICATE_EXPIRED` (field `p12`), `CERTIFICATE_TAKEN` (409), `NOT_FOUND` for another agency's person.
 */
export async function uploadSigningCertificate(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  upload: CertificateUpload,
): Promise<SigningCertificateRecord> {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const person = await ctx.db
    .selectFrom('person')
    .select(['id', 'full_name'])
    .where('id', '=', upload.personId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!person) throw notFound('person');
  if (upload.p12.length === 0 || upload.p12.length > MAX_P12_BYTES) {
    const id = `Pilih berkas sertifikat .p12/.pfx (paling besar ${MAX_P12_BYTES / 1024} KB).`;
    const en = `Choose a .p12/.pfx certificate file (at most ${MAX_P12_BYTES / 1024} KB).`;
    throw new DomainError('VALIDATION_FAILED', { id, en }, [fieldError('p12', id, en)]);
  }
  const certificate = inspectP12(upload.p12, upload.passphrase);
  const now = ctx.now();
  if (certificate.notAfter < now) {
    const until = certificate.notAfter.toISOString().slice(0, 10);
    const id = `Sertifikat sudah kedaluwarsa (berlaku sampai ${until}). Unggah sertifikat yang masih berlaku.`;
    const en = `The certificate has expired (valid until ${until}). Upload a certificate that is still valid.`;
    throw new DomainError('CERTIFICATE_EXPIRED', { id, en }, [fieldError('p12', id, en)]);
  }
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const same = await trx
      .selectFrom('signing_certificate')
      .select('id')
      .where('person_id', '=', person.id)
      .where('fingerprint_sha256', '=', certificate.fingerprint)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (same)
      throw conflict(
        'CERTIFICATE_TAKEN',
        'p12',
        `Sertifikat ini sudah terdaftar untuk ${person.full_name}.`,
        `This certificate is already registered for ${person.full_name}.`,
      );
    await trx
      .insertInto('signing_certificate')
      .values({
        id,
        agency_id: agencyId,
        person_id: person.id,
        p12: upload.p12,
        subject: certificate.subject,
        issuer: certificate.issuer,
        serial: certificate.serial,
        not_before: certificate.notBefore.toISOString(),
        not_after: certificate.notAfter.toISOString(),
        fingerprint_sha256: certificate.fingerprint,
        uploaded_by: actor.personId,
        created_at: now.toISOString(),
        revoked_at: null,
      })
      .execute();
  });
  const [record] = await selectCertificates(ctx.db, agencyId, now, id);
  return record!;
}
