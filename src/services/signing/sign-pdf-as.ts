import { DomainError, fieldError, notFound } from '../../core/errors';
import type { Db } from '../../db/database';
import { LocalP12Signer } from '../../formats/pdf-signature';

export interface SignPdfAsInput {
  agencyId: string;
  personId: string;
  pdf: Buffer;
  /** The signer's certificate passphrase, given for this signing only: never stored, never logged. */
  passphrase: string;
  reason: string;
  location: string;
  /** The signing time: written into the signature and checked against the certificate's validity. */
  now: Date;
  contactInfo?: string;
}

export interface SignPdfAsResult {
  /** The PDF with one more signature appended as an incremental update. */
  pdf: Buffer;
  certificate: { id: string; subject: string; serial: string };
  signerKind: 'local_p12';
}

/**
 * Signs a PDF as a person with their valid, non-revoked certificate (the most recently uploaded when
 * several are valid). Only reads the database: the caller records the signature in its own transaction.
 *
 * @throws DomainError `NO_SIGNING_CERTIFICATE` (409, field `certificate`) when the person has none
 * valid now; `CERTIFICATE_PASSPHRASE_WRONG` (field `passphrase`); `PDF_NOT_SIGNABLE` (field `pdf`).
 */
export async function signPdfAs(db: Db, input: SignPdfAsInput): Promise<SignPdfAsResult> {
  const person = await db
    .selectFrom('person')
    .select(['id', 'full_name'])
    .where('id', '=', input.personId)
    .where('agency_id', '=', input.agencyId)
    .executeTakeFirst();
  if (!person) throw notFound('person');
  const at = input.now.toISOString();
  const certificate = await db
    .selectFrom('signing_certificate')
    .select(['id', 'p12', 'subject', 'serial'])
    .where('agency_id', '=', input.agencyId)
    .where('person_id', '=', person.id)
    .where('revoked_at', 'is', null)
    .where('not_before', '<=', at)
    .where('not_after', '>=', at)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!certificate) throw noCertificate(person.full_name);
  const signer = new LocalP12Signer(Buffer.from(certificate.p12), input.passphrase);
  const pdf = await signer.sign(input.pdf, {
    reason: input.reason,
    location: input.location,
    name: person.full_name,
    signingTime: input.now,
    contactInfo: input.contactInfo,
  });
  return {
    pdf,
    certificate: { id: certificate.id, subject: certificate.subject, serial: certificate.serial },
    signerKind: signer.kind,
  };
}

function noCertificate(name: string): DomainError {
  const id = `${name} belum memiliki sertifikat tanda tangan elektronik yang berlaku. Minta administrator instansi mengunggah sertifikat (.p12) di Administrasi → Sertifikat TTE.`;
  const en = `${name} has no valid electronic signature certificate. Ask the agency administrator to upload one (.p12) under Administration → Signing certificates.`;
  return new DomainError('NO_SIGNING_CERTIFICATE', { id, en }, [fieldError('certificate', id, en)]);
}
