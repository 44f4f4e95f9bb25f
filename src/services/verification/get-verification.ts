import { DomainError } from '../../core/errors';
import type { Db } from '../../db/database';
import { localDate } from '../context';

/** What the public verification page shows of a document: enough to recognise it, nothing internal. */
export interface VerificationView {
  token: string;
  title: string;
  subject: string;
  /** The letter number when the document has one. */
  number: string | null;
  /** `YYYY-MM-DD` in the agency's time zone: the number's issue date, else the last signature's day. */
  date: string | null;
  /** `timeZone`: the agency's (IANA), in which the page shows signing times. */
  agency: { name: string; regionName: string; timeZone: string };
  /** The signatures of the final signed file, in signing order. */
  signers: Array<{ name: string; position: string; signedAt: string }>;
  /** SHA-256 of the final signed PDF (the latest `signed` version), or null before the first signature. */
  sha256: string | null;
  signedAt: string | null;
}

export function unknownToken(): DomainError {
  return new DomainError('NOT_FOUND', {
    id: 'Kode verifikasi tidak dikenal. Periksa alamat pada kode QR dokumen.',
    en: "Unknown verification code. Check the address in the document's QR code.",
  });
}

/**
 * The public record of a signed document, by the token printed in its QR code. No sign-in: whoever
 * holds the paper may check it.
 *
 * @throws DomainError `NOT_FOUND` for an unknown token.
 */
export async function getVerification(db: Db, token: string): Promise<VerificationView> {
  const found = await loadVerifiedDocument(db, token);
  if (!found) throw unknownToken();
  return found.view;
}

/** The document behind a token, its view, and the hashes and serials a file is compared with. */
export interface VerifiedDocument {
  documentId: string;
  view: VerificationView;
  /** SHA-256 of every version's PDF, newest first, with its origin. */
  versions: Array<{ number: number; origin: string; sha256: string }>;
  /** Certificate serials of the signatures of the final file. */
  serials: string[];
}

export async function loadVerifiedDocument(db: Db, token: string): Promise<VerifiedDocument | undefined> {
  const document = await db
    .selectFrom('document as d')
    .innerJoin('agency as a', 'a.id', 'd.agency_id')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .leftJoin('letter_number as n', 'n.id', 'd.letter_number_id')
    .select([
      'd.id',
      'd.title',
      'd.subject',
      'a.name as agency_name',
      'a.time_zone',
      'r.name as region_name',
      'n.number as letter_number',
      'n.status as letter_status',
      'n.issued_at as letter_issued_at',
    ])
    .where('d.verification_token', '=', token)
    .executeTakeFirst();
  if (!document) return undefined;
  const versions = await db
    .selectFrom('document_version')
    .select(['id', 'number', 'origin', 'pdf_sha256', 'created_at'])
    .where('document_id', '=', document.id)
    .orderBy('number', 'desc')
    .execute();
  // Signatures build on the latest version prepared for signing; an older preparation's signatures
  // (a document sent back and prepared again) are not in the final file.
  const prepared = versions.find((v) => v.origin === 'for_signing')?.number ?? 0;
  const signedVersions = versions.filter((v) => v.origin === 'signed' && v.number > prepared);
  const final = signedVersions[0];
  const signatures =
    signedVersions.length === 0
      ? []
      : await db
          .selectFrom('document_signature')
          .select(['person_name', 'position_title', 'signed_at', 'certificate_serial'])
          .where(
            'version_id',
            'in',
            signedVersions.map((v) => v.id),
          )
          .orderBy('signed_at')
          .execute();
  const lastSignedAt = signatures.at(-1)?.signed_at ?? null;
  const numbered = document.letter_number && document.letter_status !== 'cancelled';
  const dateSource = numbered ? document.letter_issued_at : lastSignedAt;
  return {
    documentId: document.id,
    view: {
      token,
      title: document.title,
      subject: document.subject,
      number: numbered ? document.letter_number : null,
      date: dateSource ? localDate(new Date(dateSource), document.time_zone) : null,
      agency: { name: document.agency_name, regionName: document.region_name, timeZone: document.time_zone },
      signers: signatures.map((s) => ({
        name: s.person_name,
        position: s.position_title,
        signedAt: s.signed_at,
      })),
      sha256: final?.pdf_sha256 ?? null,
      signedAt: lastSignedAt,
    },
    versions: versions
      .filter((v): v is typeof v & { pdf_sha256: string } => v.pdf_sha256 !== null)
      .map((v) => ({ number: v.number, origin: v.origin, sha256: v.pdf_sha256 })),
    serials: signatures.map((s) => s.certificate_serial),
  };
}
