/**
 * Documents signed the way the documents service signs them — a `for_signing` version, then one
 * `signed` version and one `document_signature` row per signer, each from `signPdfAs` — written
 * directly, so signing and verification are tested without the documents service.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/database';
import { signPdfAs } from '../../src/services/signing/sign-pdf-as';
import { aRealPdf } from './signing-fixtures';

export interface SignatoryInput {
  personId: string;
  passphrase: string;
  position: string;
}

export interface SignedDocumentOptions {
  agencyId: string;
  subject?: string;
  title?: string;
  signatories: SignatoryInput[];
  /** Issue a letter number (with a pattern of its own) and attach it to the document. */
  letterNumber?: string;
  /** Signing times; the first signer signs at `signedAt`, each next one a minute later. */
  signedAt?: Date;
}

export interface SignedDocument {
  documentId: string;
  token: string;
  /** The PDF prepared for signing, then after each signature; the last is the final signed file. */
  pdfs: Buffer[];
  finalPdf: Buffer;
  finalSha256: string;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function aSignedDocument(db: Db, options: SignedDocumentOptions): Promise<SignedDocument> {
  const documentId = randomUUID();
  const token = randomBytes(18).toString('base64url');
  const start = options.signedAt ?? new Date('2026-11-23T03:00:00Z');
  const iso = start.toISOString();
  let letterNumberId: string | null = null;
  if (options.letterNumber)
    letterNumberId = await aLetterNumber(db, options.agencyId, options.letterNumber, start);
  await db
    .insertInto('document')
    .values({
      id: documentId,
      agency_id: options.agencyId,
      kind: 'surat_pengantar',
      title: options.title ?? 'Surat Pengantar LKjIP 2026',
      subject: options.subject ?? 'Penyampaian Laporan Kinerja Instansi Pemerintah Tahun 2026',
      period_year: 2026,
      period_quarter: null,
      source_ref: null,
      run_id: null,
      status: 'final',
      narrative: null,
      verification_token: token,
      letter_number_id: letterNumberId,
      created_by: null,
      created_at: iso,
      updated_at: iso,
      version: 1,
    })
    .execute();
  if (letterNumberId)
    await db
      .updateTable('letter_number')
      .set({ document_id: documentId })
      .where('id', '=', letterNumberId)
      .execute();

  const prepared = await aRealPdf();
  await insertVersion(db, documentId, 1, 'for_signing', prepared, iso);
  const pdfs = [prepared];
  let current = prepared;
  for (const [index, signatory] of options.signatories.entries()) {
    const at = new Date(start.getTime() + index * 60_000);
    const person = await db
      .selectFrom('person')
      .select(['full_name', 'nip'])
      .where('id', '=', signatory.personId)
      .executeTakeFirstOrThrow();
    const signed = await signPdfAs(db, {
      agencyId: options.agencyId,
      personId: signatory.personId,
      pdf: current,
      passphrase: signatory.passphrase,
      reason: 'Menyetujui dan menandatangani dokumen',
      location: 'Samarinda',
      now: at,
    });
    const versionId = await insertVersion(db, documentId, index + 2, 'signed', signed.pdf, at.toISOString());
    await db
      .insertInto('document_signature')
      .values({
        id: randomUUID(),
        document_id: documentId,
        version_id: versionId,
        signatory_key: `signer-${index + 1}`,
        person_id: signatory.personId,
        person_name: person.full_name,
        position_title: signatory.position,
        nip: person.nip,
        certificate_id: signed.certificate.id,
        certificate_subject: signed.certificate.subject,
        certificate_serial: signed.certificate.serial,
        signer_kind: signed.signerKind,
        signed_sha256: sha256(signed.pdf),
        run_id: null,
        task_id: null,
        signed_at: at.toISOString(),
      })
      .execute();
    current = signed.pdf;
    pdfs.push(current);
  }
  await db.updateTable('document').set({ status: 'signed' }).where('id', '=', documentId).execute();
  return { documentId, token, pdfs, finalPdf: current, finalSha256: sha256(current) };
}

async function insertVersion(
  db: Db,
  documentId: string,
  number: number,
  origin: string,
  pdf: Buffer,
  at: string,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('document_version')
    .values({
      id,
      document_id: documentId,
      number,
      origin,
      narrative: null,
      content_sha256: sha256(pdf),
      pdf,
      pdf_sha256: sha256(pdf),
      docx: null,
      docx_sha256: null,
      upload: null,
      upload_name: null,
      upload_type: null,
      upload_sha256: null,
      run_id: null,
      task_id: null,
      step_number: null,
      note: null,
      author_person_id: null,
      author_name: 'Alur',
      created_at: at,
    })
    .execute();
  return id;
}

async function aLetterNumber(db: Db, agencyId: string, number: string, at: Date): Promise<string> {
  const patternId = randomUUID();
  await db
    .insertInto('letter_number_pattern')
    .values({
      id: patternId,
      agency_id: agencyId,
      name: `Uji ${patternId.slice(0, 8)}`,
      pattern: '{klasifikasi}/{urut}/{unit}/{tahun}',
      classification_code: '000.8.3.3',
      unit_code: 'UJI',
      sequence_per_classification: 0,
      is_default: 0,
      created_at: at.toISOString(),
    })
    .execute();
  const id = randomUUID();
  await db
    .insertInto('letter_number')
    .values({
      id,
      agency_id: agencyId,
      pattern_id: patternId,
      year: at.getUTCFullYear(),
      scope: `uji-${patternId.slice(0, 8)}`,
      sequence: 1,
      number,
      classification_code: '000.8.3.3',
      status: 'issued',
      subject: null,
      document_id: null,
      issued_by: null,
      issued_at: at.toISOString(),
      cancelled_by: null,
      cancelled_at: null,
      cancel_reason: null,
    })
    .execute();
  return id;
}
