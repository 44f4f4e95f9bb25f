/**
 * Documents for the letters, distribution and archive tests, written straight into the `document` and
 * `document_version` tables (the documents service is another area): a document with one version
 * carrying a real PDF and its SHA-256, optionally signed.
 */
import crypto from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Db } from '../../src/db/database';

export interface BuiltDocument {
  documentId: string;
  versionId: string;
  pdf: Buffer;
  pdfSha256: string;
}

export interface DocumentOptions {
  agencyId: string;
  title?: string;
  subject?: string;
  kind?: string;
  status?: string;
  runId?: string | null;
  /** False for a version without a PDF (a DOCX-only draft). */
  withPdf?: boolean;
  /** Signatures to record on the version (each as `document_signature`). */
  signers?: Array<{ name: string; position: string; nip?: string; signedAt: string }>;
  now?: Date;
}

/** A one-page PDF that says `text`. */
export async function testPdf(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(new Date('2026-11-23T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-11-23T00:00:00Z'));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText(text, { x: 72, y: 760, size: 14, font });
  return Buffer.from(await pdf.save());
}

export const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Inserts a document with version 1 (a signed version when `signers` are given). */
export async function insertTestDocument(db: Db, options: DocumentOptions): Promise<BuiltDocument> {
  const at = (options.now ?? new Date('2026-11-23T02:00:00Z')).toISOString();
  const documentId = crypto.randomUUID();
  const versionId = crypto.randomUUID();
  const title = options.title ?? 'Surat Pengantar LKjIP 2026';
  const pdf = await testPdf(title);
  const withPdf = options.withPdf !== false;
  await db
    .insertInto('document')
    .values({
      id: documentId,
      agency_id: options.agencyId,
      kind: options.kind ?? 'surat_pengantar',
      title,
      subject: options.subject ?? `Penyampaian ${title}`,
      period_year: 2026,
      period_quarter: null,
      source_ref: null,
      run_id: options.runId ?? null,
      status: options.status ?? (options.signers?.length ? 'signed' : 'final'),
      narrative: null,
      verification_token: null,
      letter_number_id: null,
      created_by: null,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  await db
    .insertInto('document_version')
    .values({
      id: versionId,
      document_id: documentId,
      number: 1,
      origin: options.signers?.length ? 'signed' : 'generated',
      narrative: null,
      content_sha256: sha256(Buffer.from(title)),
      pdf: withPdf ? pdf : null,
      pdf_sha256: withPdf ? sha256(pdf) : null,
      docx: null,
      docx_sha256: null,
      upload: null,
      upload_name: null,
      upload_type: null,
      upload_sha256: null,
      run_id: options.runId ?? null,
      task_id: null,
      step_number: null,
      note: null,
      author_person_id: null,
      author_name: 'Penguji',
      created_at: at,
    })
    .execute();
  for (const [i, signer] of (options.signers ?? []).entries()) {
    await db
      .insertInto('document_signature')
      .values({
        id: crypto.randomUUID(),
        document_id: documentId,
        version_id: versionId,
        signatory_key: `signer-${i + 1}`,
        person_id: null,
        person_name: signer.name,
        position_title: signer.position,
        nip: signer.nip ?? null,
        certificate_id: null,
        certificate_subject: `CN=${signer.name}`,
        certificate_serial: `0${i + 1}`,
        signer_kind: 'local_p12',
        signed_sha256: sha256(pdf),
        run_id: options.runId ?? null,
        task_id: null,
        signed_at: signer.signedAt,
      })
      .execute();
  }
  return { documentId, versionId, pdf, pdfSha256: sha256(pdf) };
}
