import JSZip from 'jszip';
import { fieldError, invalid } from '../../core/errors';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, newId, type ServiceContext } from '../context';
import { assertCanWriteDocument, loadDocumentAccess, loadDocumentFor } from './document-access';
import { isUuid, nextVersionNumber, personName, sha256 } from './document-rows';
import { assertDraft } from './generate-document';

/** The largest file accepted as a version (a scanned, signed letter of a few dozen pages fits). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const OOXML = 'application/vnd.openxmlformats-officedocument';
/** What may be uploaded, by extension: the type stored and how the bytes must begin. */
const ACCEPTED: Record<string, { type: string; check: (b: Buffer) => boolean | Promise<boolean> }> = {
  pdf: { type: 'application/pdf', check: (b) => b.subarray(0, 1024).includes('%PDF-') },
  docx: { type: `${OOXML}.wordprocessingml.document`, check: (b) => zipHas(b, 'word/document.xml') },
  xlsx: { type: `${OOXML}.spreadsheetml.sheet`, check: (b) => zipHas(b, 'xl/workbook.xml') },
  odt: { type: 'application/vnd.oasis.opendocument.text', check: (b) => zipHas(b, 'content.xml') },
  png: {
    type: 'image/png',
    check: (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  },
  jpg: { type: 'image/jpeg', check: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  jpeg: { type: 'image/jpeg', check: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
};

async function zipHas(bytes: Buffer, entry: string): Promise<boolean> {
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') return false;
  try {
    return (await JSZip.loadAsync(bytes)).file(entry) !== null;
  } catch {
    return false;
  }
}

export interface UploadInput {
  /** A new version of this document… */
  documentId?: string | null;
  /** …or a new document of kind `upload` in this agency, with this title. */
  agencyId?: string | null;
  title?: string | null;
  fileName: string;
  content: Buffer;
  note?: string | null;
  runId?: string | null;
  taskId?: string | null;
}

/**
 * Stores an uploaded file (PDF, DOCX, XLSX, ODT, PNG, JPEG; at most 20 MB; the bytes must be what the
 * name says) as the next version of a draft document, or as version 1 of a new `upload` document.
 * A PDF or DOCX is also kept as the version's PDF/DOCX, so it can be downloaded, initialled and signed
 * like a generated one. One transaction; bad input names the field and stores nothing.
 */
export async function uploadVersion(
  ctx: ServiceContext,
  actor: Actor,
  input: UploadInput,
): Promise<{ documentId: string; versionId: string; number: number }> {
  const fileName = cleanFileName(input.fileName);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const accepted = ACCEPTED[extension];
  const errors = [];
  if (input.content.length === 0) errors.push(fieldError('file', 'Berkas kosong.', 'The file is empty.'));
  else if (input.content.length > MAX_UPLOAD_BYTES)
    errors.push(
      fieldError(
        'file',
        `Berkas terlalu besar (${mb(input.content.length)}); paling besar ${mb(MAX_UPLOAD_BYTES)}.`,
        `The file is too large (${mb(input.content.length)}); at most ${mb(MAX_UPLOAD_BYTES)}.`,
      ),
    );
  else if (!accepted)
    errors.push(
      fieldError(
        'file',
        'Jenis berkas tidak diterima. Unggah PDF, DOCX, XLSX, ODT, PNG atau JPEG.',
        'File type not accepted. Upload a PDF, DOCX, XLSX, ODT, PNG or JPEG.',
      ),
    );
  else if (!(await accepted.check(input.content)))
    errors.push(
      fieldError(
        'file',
        `Isi berkas bukan ${extension.toUpperCase()} seperti namanya (rusak atau salah nama).`,
        `The file's content is not a ${extension.toUpperCase()} as its name says (damaged or misnamed).`,
      ),
    );
  const note = input.note?.trim() || null;
  if (note && note.length > 2000)
    errors.push(
      fieldError('note', 'Catatan paling banyak 2000 karakter.', 'The note is at most 2000 characters.'),
    );
  const title = input.title?.trim() ?? '';
  if (!input.documentId && (title.length < 3 || title.length > 300))
    errors.push(
      fieldError(
        'title',
        'Judul dokumen 3 sampai 300 karakter.',
        'The document title is 3 to 300 characters.',
      ),
    );
  if (!input.documentId && !input.agencyId)
    errors.push(fieldError('agencyId', 'Pilih instansi dokumen.', "Choose the document's agency."));

  // Access first: another agency's document is "not found" whatever the file.
  const target = input.documentId
    ? await loadDocumentFor(ctx, actor, input.documentId)
    : { document: null, access: await loadDocumentAccess(ctx, actor, input.agencyId ?? '') };
  const runId = input.runId ?? target.document?.run_id ?? null;
  if (
    input.runId &&
    (!isUuid(input.runId) || !(await runOfAgency(ctx, input.runId, target.access.agency.id)))
  )
    errors.push(fieldError('runId', 'Proses tidak ditemukan.', 'Run not found.'));
  if (errors.length > 0) throw invalid(errors);
  if (target.document) assertDraft(target.document.status);
  await assertCanWriteDocument(ctx.db, target.access, { runId, taskId: input.taskId });

  const type = accepted!.type;
  const hash = sha256(input.content);
  const now = ctx.now().toISOString();
  const authorName = await personName(ctx.db, actor.personId);
  const step =
    input.taskId && isUuid(input.taskId)
      ? await ctx.db
          .selectFrom('run_task')
          .select('step_no')
          .where('id', '=', input.taskId)
          .where('run_id', '=', runId ?? '')
          .executeTakeFirst()
      : undefined;
  const store = () =>
    ctx.db.transaction().execute(async (trx) => {
      let documentId = target.document?.id;
      if (documentId) {
        const changed = await trx
          .updateTable('document')
          .set((eb) => ({ updated_at: now, version: eb('version', '+', 1) }))
          .where('id', '=', documentId)
          .where('status', '=', 'draft')
          .executeTakeFirst();
        if (Number(changed.numUpdatedRows) !== 1) assertDraft('final');
      } else {
        documentId = newId();
        await trx
          .insertInto('document')
          .values({
            id: documentId,
            agency_id: target.access.agency.id,
            kind: 'upload',
            title,
            subject: fileName,
            period_year: null,
            period_quarter: null,
            source_ref: null,
            run_id: runId,
            status: 'draft',
            narrative: null,
            verification_token: null,
            letter_number_id: null,
            created_by: actor.personId,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
      }
      const number = await nextVersionNumber(trx, documentId);
      const versionId = newId();
      await trx
        .insertInto('document_version')
        .values({
          id: versionId,
          document_id: documentId,
          number,
          origin: 'upload',
          narrative: null,
          content_sha256: hash,
          pdf: extension === 'pdf' ? input.content : null,
          pdf_sha256: extension === 'pdf' ? hash : null,
          docx: extension === 'docx' ? input.content : null,
          docx_sha256: extension === 'docx' ? hash : null,
          upload: input.content,
          upload_name: fileName,
          upload_type: type,
          upload_sha256: hash,
          run_id: runId,
          task_id: step ? input.taskId! : null,
          step_number: step ? Number(step.step_no) : null,
          note,
          author_person_id: actor.personId,
          author_name: authorName,
          created_at: now,
        })
        .execute();
      return { documentId, versionId, number };
    });
  try {
    return await store();
  } catch (error) {
    if (isUniqueViolation(error)) return store();
    throw error;
  }
}

async function runOfAgency(ctx: ServiceContext, runId: string, agencyId: string): Promise<boolean> {
  return !!(await ctx.db
    .selectFrom('run')
    .select('id')
    .where('id', '=', runId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst());
}

/** The file's own name without any folder, control characters or quotes (it goes into headers). */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'berkas').slice(-200);
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
