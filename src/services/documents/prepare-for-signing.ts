import { randomBytes } from 'node:crypto';
import type { TimeZoneCode } from '../../core/calendar';
import { formatDateTimeId } from '../../core/document/format-date-id';
import { DomainError, fieldError } from '../../core/errors';
import { type Actor, localDate, newId, type ServiceContext } from '../context';
import { assertCanWriteDocument, loadDocumentFor } from './document-access';
import { documentConflict } from './document-errors';
import { latestVersionMeta, nextVersionNumber, parseNarrative, personName, sha256 } from './document-rows';
import { assertDraft } from './generate-document';
import type { GeneratedKind } from './generation-request';
import { produceDocument } from './produce-document';
import { storedSignatories, withSigningMarks } from './signing-marks';

export interface PrepareOptions {
  /** Where the public verification page is served (`https://alur.example.go.id`); the QR points there. */
  publicBaseUrl: string;
  runId?: string | null;
  taskId?: string | null;
}

/** The kinds Alur builds from a model, which can carry the QR marks and the paraf trail. */
const SIGNABLE: readonly string[] = [
  'lkjip',
  'pemantauan',
  'perjanjian_kinerja',
  'disposisi',
  'surat_pengantar',
];

export function changedAfterParaf(names: string[]): DomainError {
  const who = names.join(', ');
  return new DomainError(
    'DOCUMENT_CHANGED_AFTER_PARAF',
    {
      id: `Isi dokumen berubah sejak diparaf oleh ${who}. Buat versi baru, minta paraf lagi, lalu siapkan untuk tanda tangan.`,
      en: `The document's content changed since ${who} initialled it. Generate a new version, have it initialled again, then prepare it for signing.`,
    },
    [fieldError('paraf', 'Paraf berlaku untuk isi yang lama.', 'The initials are for the old content.')],
  );
}

/**
 * Renders the version to be signed from the SAME narrative and data as the document now says, with the
 * paraf trail and, in every signature block, a QR code to `<publicBaseUrl>/verifikasi/<token>`. Refused
 * with DOCUMENT_CHANGED_AFTER_PARAF when what it would say differs from what was last initialled.
 * Allocates the document's verification token (kept if one exists) and makes the document `final`:
 * its content no longer changes; signatures follow as incremental updates of this PDF.
 */
export async function prepareForSigning(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
  options: PrepareOptions,
): Promise<{ versionId: string; number: number; verificationToken: string }> {
  const { document, access } = await loadDocumentFor(ctx, actor, documentId);
  assertDraft(document.status);
  await assertCanWriteDocument(ctx.db, access, {
    runId: options.runId ?? document.run_id,
    taskId: options.taskId,
  });
  if (!SIGNABLE.includes(document.kind) || document.period_year === null)
    throw new DomainError(
      'DOCUMENT_NOT_SIGNABLE',
      {
        id: 'Hanya dokumen yang dibuat Alur dari data yang dapat disiapkan untuk tanda tangan di sini. Tandatangani berkas unggahan di luar Alur lalu unggah hasilnya.',
        en: 'Only documents Alur generates from data can be prepared for signing here. Sign an uploaded file outside Alur and upload the signed file.',
      },
      [
        fieldError(
          'documentId',
          'Jenis dokumen ini tidak dapat ditandatangani di Alur.',
          'This kind of document cannot be signed in Alur.',
        ),
      ],
    );
  const latest = await latestVersionMeta(ctx.db, document.id);
  if (!latest)
    throw new DomainError('DOCUMENT_NOT_GENERATED', {
      id: 'Dokumen belum memiliki versi. Buat dokumen dari data terlebih dahulu.',
      en: 'The document has no version yet. Generate it from the data first.',
    });
  const paraf = await ctx.db
    .selectFrom('document_paraf')
    .selectAll()
    .where('document_id', '=', document.id)
    .orderBy('at')
    .execute();
  const lastParaf = paraf.at(-1);
  const token = document.verification_token ?? randomBytes(18).toString('base64url');
  const verificationUrl = `${options.publicBaseUrl.replace(/\/+$/, '')}/verifikasi/${token}`;
  const timeZone = access.agency.timeZone as TimeZoneCode;

  // The version for signing reproduces the latest generated one: same date, so the same content.
  const generated = await ctx.db
    .selectFrom('document_version')
    .select('created_at')
    .where('document_id', '=', document.id)
    .where('origin', '=', 'generated')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  const produced = await produceDocument(
    ctx,
    {
      agencyId: document.agency_id,
      kind: document.kind as GeneratedKind,
      year: Number(document.period_year),
      quarter: document.period_quarter === null ? null : Number(document.period_quarter),
      sourceRef: document.source_ref,
      runId: document.run_id,
      documentId: document.id,
    },
    {
      narrative: parseNarrative(document.narrative),
      date: generated ? localDate(new Date(generated.created_at), access.agency.timeZone) : undefined,
      strict: true,
      formats: { pdf: true, docx: false },
      beforeRender: (content) => {
        // What was initialled last must be what is signed; earlier initials on other content drop out.
        if (lastParaf && lastParaf.content_sha256 !== content)
          throw changedAfterParaf(
            paraf.filter((p) => p.content_sha256 === lastParaf.content_sha256).map((p) => p.person_name),
          );
      },
      decorate: (model) =>
        withSigningMarks(
          model,
          verificationUrl,
          paraf
            .filter((p) => p.content_sha256 === lastParaf?.content_sha256)
            .map((p) => ({
              position: p.position_title,
              name: p.person_name,
              at: formatDateTimeId(p.at, timeZone),
            })),
        ),
    },
  );
  const pdf = produced.pdf!;
  const now = ctx.now().toISOString();
  const authorName = await personName(ctx.db, actor.personId);
  const step = options.taskId
    ? await ctx.db
        .selectFrom('run_task')
        .select('step_no')
        .where('id', '=', options.taskId)
        .executeTakeFirst()
    : undefined;
  const versionId = newId();
  const number = await ctx.db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable('document')
      .set({ status: 'final', verification_token: token, updated_at: now, version: document.version + 1 })
      .where('id', '=', document.id)
      .where('version', '=', document.version)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw documentConflict();
    const number = await nextVersionNumber(trx, document.id);
    await trx
      .insertInto('document_version')
      .values({
        id: versionId,
        document_id: document.id,
        number,
        origin: 'for_signing',
        narrative: produced.narrative ? JSON.stringify(produced.narrative) : null,
        content_sha256: produced.contentSha256,
        pdf,
        pdf_sha256: sha256(pdf),
        docx: null,
        docx_sha256: null,
        upload: null,
        upload_name: null,
        upload_type: null,
        upload_sha256: null,
        run_id: options.runId ?? document.run_id,
        task_id: step ? options.taskId! : null,
        step_number: step ? Number(step.step_no) : null,
        note: null,
        author_person_id: actor.personId,
        author_name: authorName,
        created_at: now,
        signatories: JSON.stringify(storedSignatories(produced.model!)),
      })
      .execute();
    return number;
  });
  return { versionId, number, verificationToken: token };
}
