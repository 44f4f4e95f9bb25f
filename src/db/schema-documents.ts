/**
 * Tables of documents, signatures, letter numbers, distribution and archive (migration
 * 2026-11-25-documents). Bytes are `Buffer` (blob on SQLite, bytea on PostgreSQL); JSON columns are text.
 */

export interface DocumentTable {
  id: string;
  agency_id: string;
  /** `lkjip | pemantauan | perjanjian_kinerja | disposisi | surat_pengantar | sop_sheet | upload`. */
  kind: string;
  title: string;
  subject: string;
  period_year: number | null;
  period_quarter: number | null;
  /** What the document was generated from when not the agency and period (a PK id, an SOP version id). */
  source_ref: string | null;
  run_id: string | null;
  /** `draft | final | signed | sent | archived`. */
  status: string;
  /** The current narrative (JSON object: section key → text) of a generated document with editable text. */
  narrative: string | null;
  /** The narrative's sections in document order (JSON `[{key, title, source}]`), from the generation that made it. */
  narrative_outline: string | null;
  /** Public token of `/verifikasi/<token>`, set when the version for signing is prepared. */
  verification_token: string | null;
  letter_number_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** Optimistic concurrency: compared and set by every change. */
  version: number;
}

export interface DocumentVersionTable {
  id: string;
  document_id: string;
  /** 1, 2, … per document. */
  number: number;
  /** `generated | upload | for_signing | signed`. */
  origin: string;
  /** The narrative this version was rendered from (JSON), for differences between versions. */
  narrative: string | null;
  /** SHA-256 of what the version says (canonical JSON of its model, or the upload's bytes). */
  content_sha256: string;
  pdf: Buffer | null;
  pdf_sha256: string | null;
  docx: Buffer | null;
  docx_sha256: string | null;
  upload: Buffer | null;
  upload_name: string | null;
  upload_type: string | null;
  upload_sha256: string | null;
  run_id: string | null;
  task_id: string | null;
  step_number: number | null;
  note: string | null;
  author_person_id: string | null;
  author_name: string;
  created_at: string;
  /** On `for_signing`/`signed` versions: the signature blocks (JSON `[{key, name, nip, roleLines, actingPrefix}]`). */
  signatories: string | null;
}

export interface DocumentCommentTable {
  id: string;
  document_id: string;
  version_id: string;
  /** The narrative section the comment is about, when it is about one. */
  section_key: string | null;
  body: string;
  author_person_id: string | null;
  author_name: string;
  run_id: string | null;
  task_id: string | null;
  created_at: string;
  resolved_at: string | null;
}

export interface DocumentParafTable {
  id: string;
  document_id: string;
  version_id: string;
  /** The version's content hash when initialled: signing refuses a document that changed since. */
  content_sha256: string;
  position_id: string | null;
  position_title: string;
  person_id: string | null;
  person_name: string;
  run_id: string | null;
  task_id: string | null;
  at: string;
}

export interface SigningCertificateTable {
  id: string;
  agency_id: string;
  person_id: string;
  /** The PKCS#12 as uploaded (encrypted by its passphrase, which is never stored). */
  p12: Buffer;
  subject: string;
  issuer: string;
  serial: string;
  not_before: string;
  not_after: string;
  fingerprint_sha256: string;
  uploaded_by: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface DocumentSignatureTable {
  id: string;
  document_id: string;
  /** The `signed` version this signature produced (each signature is an incremental update). */
  version_id: string;
  signatory_key: string;
  person_id: string | null;
  person_name: string;
  position_title: string;
  nip: string | null;
  certificate_id: string | null;
  certificate_subject: string;
  certificate_serial: string;
  /** `local_p12 | bsre`. */
  signer_kind: string;
  /** SHA-256 of the PDF after this signature. */
  signed_sha256: string;
  run_id: string | null;
  task_id: string | null;
  signed_at: string;
}

export interface GenerationJobTable {
  id: string;
  agency_id: string;
  document_id: string | null;
  kind: string;
  /** The generation request (JSON). */
  request: string;
  /** `queued | running | done | failed`. */
  status: string;
  /** 0–100. */
  progress: number;
  /** What is being done now ("Menghitung capaian", "Menggambar grafik", …) as an i18n key. */
  stage: string | null;
  /** A failure as JSON `{code, message:{id,en}, fields}` (e.g. the list of missing data). */
  error: string | null;
  version_id: string | null;
  requested_by: string | null;
  claimed_by: string | null;
  claimed_at: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface LetterNumberPatternTable {
  id: string;
  agency_id: string;
  name: string;
  /** Tokens in braces: `{klasifikasi}/{urut}/{unit}/{bulan_romawi}/{tahun}`. */
  pattern: string;
  classification_code: string | null;
  unit_code: string | null;
  /** 1 when each classification code has a sequence of its own. */
  sequence_per_classification: number;
  is_default: number;
  created_at: string;
}

export interface LetterSequenceTable {
  agency_id: string;
  year: number;
  /** `*` for the agency's one sequence, or a classification code. */
  scope: string;
  last_value: number;
}

export interface LetterNumberTable {
  id: string;
  agency_id: string;
  pattern_id: string;
  year: number;
  scope: string;
  sequence: number;
  /** The number as written on the letter: `K. 075 / 12 / DESDM/2026`. */
  number: string;
  classification_code: string | null;
  /** `issued | reserved | cancelled`. */
  status: string;
  subject: string | null;
  document_id: string | null;
  issued_by: string | null;
  issued_at: string;
  cancelled_by: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

export interface DistributionTable {
  id: string;
  document_id: string;
  version_id: string;
  /** `internal | external`. */
  recipient_kind: string;
  recipient_name: string;
  recipient_email: string | null;
  position_id: string | null;
  /** `pending | sent | failed | recorded` (recorded: delivered by hand, no e-mail). */
  status: string;
  message_id: string | null;
  error: string | null;
  attempts: number;
  created_by: string | null;
  created_at: string;
  sent_at: string | null;
  claimed_at: string | null;
}

export interface ArchiveRecordTable {
  id: string;
  document_id: string;
  version_id: string;
  classification_code: string;
  retention_active_years: number;
  retention_inactive_years: number;
  /** `musnah | permanen | dinilai_kembali` (JRA). */
  final_disposition: string;
  /** `biasa | terbatas | rahasia`. */
  access_class: string;
  archived_by: string | null;
  archived_at: string;
}

export interface DocumentTables {
  document: DocumentTable;
  document_version: DocumentVersionTable;
  document_comment: DocumentCommentTable;
  document_paraf: DocumentParafTable;
  signing_certificate: SigningCertificateTable;
  document_signature: DocumentSignatureTable;
  generation_job: GenerationJobTable;
  letter_number_pattern: LetterNumberPatternTable;
  letter_sequence: LetterSequenceTable;
  letter_number: LetterNumberTable;
  distribution: DistributionTable;
  archive_record: ArchiveRecordTable;
}
