import { createHash } from 'node:crypto';
import { fieldError, invalid } from '../../core/errors';
import type { Db } from '../../db/database';
import { normaliseSerial, type PdfSignature, readPdfSignatures } from '../../formats/pdf-signature';
import {
  loadVerifiedDocument,
  unknownToken,
  type VerificationView,
  type VerifiedDocument,
} from './get-verification';

/**
 * `match`: the final signed file, byte for byte. `not_final`: a version of the document but not its
 * final signed file (signed by some and not yet all, or not signed). `altered`: carries the document's
 * signatures or starts with one of its signed versions, yet differs: changed after signing.
 * `unknown`: not a file Alur signed (for this token, when one is given).
 */
export type FileOutcome = 'match' | 'not_final' | 'altered' | 'unknown';

export interface CheckedSignature {
  signerName: string | null;
  signingTime: string | null;
  reason: string | null;
  location: string | null;
  certificate: {
    subject: string;
    issuer: string;
    serial: string;
    notBefore: string;
    notAfter: string;
  } | null;
  certificateValidAtSigning: boolean | null;
  /** The signed bytes are unchanged (range, digest and signature all check). */
  intact: boolean;
  /** The certificate is one a signature of this document was recorded with. */
  recorded: boolean;
  problems: string[];
}

export interface FileCheck {
  outcome: FileOutcome;
  sha256: string;
  /** The document the file is, or claims to be (the token's, or the one found by hash or signature). */
  document: VerificationView | null;
  signatures: CheckedSignature[];
  /** Bytes written after the last signature (another tool's edit, or an appended page). */
  bytesAfterLastSignature: number;
}

/** Files larger than this are not documents Alur signs (the upload limit of the check). */
export const MAX_CHECK_BYTES = 30 * 1024 * 1024;

/**
 * Is this file the document Alur signed? Compares the bytes' SHA-256 with the final signed version of
 * the token's document — or, without a token, with every document's versions — and reads the
 * signatures in the file. A foreign or altered file is an answer, not an error.
 *
 * @throws DomainError `NOT_FOUND` for an unknown token; `VALIDATION_FAILED` (field `file`) for an empty file.
 */
export async function checkFile(db: Db, token: string | null, bytes: Buffer): Promise<FileCheck> {
  if (bytes.length === 0)
    throw invalid([fieldError('file', 'Pilih berkas PDF yang diperiksa.', 'Choose the PDF file to check.')]);
  const sha256 = hash(bytes);
  const report = isPdf(bytes) ? readPdfSignatures(bytes) : { signatures: [], bytesAfterLastSignature: 0 };
  // The file as it was right after each signature: an Alur signed version with something appended
  // still starts with that version's exact bytes.
  const revisionHashes = report.signatures
    .filter((s) => s.coversRevision)
    .map((s) => hash(bytes.subarray(0, s.revisionEnd)));
  const serials = report.signatures.flatMap((s) => (s.certificate ? [s.certificate.serial] : []));

  let document: VerifiedDocument | undefined;
  if (token) {
    document = await loadVerifiedDocument(db, token);
    if (!document) throw unknownToken();
  } else {
    document = await findDocument(db, [sha256, ...revisionHashes], serials);
  }
  const recordedSerials = new Set((document?.serials ?? []).map(normaliseSerial));
  const signatures = report.signatures.map((s) => describe(s, recordedSerials));
  return {
    outcome: document ? outcomeFor(document, sha256, revisionHashes, signatures) : 'unknown',
    sha256,
    document: document?.view ?? null,
    signatures,
    bytesAfterLastSignature: report.bytesAfterLastSignature,
  };
}

function outcomeFor(
  document: VerifiedDocument,
  sha256: string,
  revisionHashes: string[],
  signatures: CheckedSignature[],
): FileOutcome {
  if (document.view.sha256 === sha256) return 'match';
  if (document.versions.some((v) => v.sha256 === sha256)) return 'not_final';
  const ownRevision = revisionHashes.some((h) => document.versions.some((v) => v.sha256 === h));
  if (ownRevision || signatures.some((s) => s.recorded)) return 'altered';
  return 'unknown';
}

/** Without a token: the document one of whose versions has these bytes, or whose signatures these are. */
async function findDocument(
  db: Db,
  hashes: string[],
  serials: string[],
): Promise<VerifiedDocument | undefined> {
  const byHash = await db
    .selectFrom('document_version as v')
    .innerJoin('document as d', 'd.id', 'v.document_id')
    .select(['d.verification_token', 'v.pdf_sha256'])
    .where('v.pdf_sha256', 'in', hashes)
    .where('d.verification_token', 'is not', null)
    .execute();
  // The whole file's hash first, then the latest revision's.
  const ordered = hashes.flatMap((h) => byHash.filter((row) => row.pdf_sha256 === h));
  let token = ordered[0]?.verification_token ?? null;
  if (!token && serials.length > 0) {
    const bySerial = await db
      .selectFrom('document_signature as s')
      .innerJoin('document as d', 'd.id', 's.document_id')
      .select('d.verification_token')
      .where('s.certificate_serial', 'in', serials)
      .where('d.verification_token', 'is not', null)
      .orderBy('s.signed_at', 'desc')
      .executeTakeFirst();
    token = bySerial?.verification_token ?? null;
  }
  return token ? loadVerifiedDocument(db, token) : undefined;
}

function describe(signature: PdfSignature, recordedSerials: Set<string>): CheckedSignature {
  const certificate = signature.certificate;
  return {
    signerName: signature.signerName,
    signingTime: signature.signingTime?.toISOString() ?? null,
    reason: signature.reason,
    location: signature.location,
    certificate: certificate && {
      subject: certificate.subject,
      issuer: certificate.issuer,
      serial: certificate.serial,
      notBefore: certificate.notBefore.toISOString(),
      notAfter: certificate.notAfter.toISOString(),
    },
    certificateValidAtSigning: signature.certificateValidAtSigning,
    intact: signature.intact,
    recorded: !!certificate && recordedSerials.has(certificate.serial),
    problems: signature.problems,
  };
}

function hash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).includes('%PDF-');
}
