import { DomainError, type FieldError, fieldError, invalid } from '../../core/errors';
import { type Actor, newId, type ServiceContext } from '../context';
import { assertCanWriteDocument, loadDocumentFor } from './document-access';
import { versionNotFound } from './document-errors';
import { findVersionMeta, isUuid, parseNarrative, personName } from './document-rows';

export const MAX_COMMENT_CHARS = 4000;

export interface CommentInput {
  body: string;
  /** The narrative section the comment is about (a key of the version's narrative). */
  sectionKey?: string | null;
  runId?: string | null;
  taskId?: string | null;
}

/**
 * A review comment on a version (optionally on one narrative section). Whoever may read the document
 * may comment: reviewers are often outside the planning unit. A return in a run names the version,
 * so its comments travel with it.
 */
export async function commentOnVersion(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
  versionId: string,
  input: CommentInput,
): Promise<{ id: string }> {
  const { document } = await loadDocumentFor(ctx, actor, documentId);
  const version = await findVersionMeta(ctx.db, document.id, versionId);
  if (!version) throw versionNotFound();
  const errors: FieldError[] = [];
  const body = (input.body ?? '').trim();
  if (body.length === 0) errors.push(fieldError('body', 'Komentar wajib diisi.', 'The comment is required.'));
  if (body.length > MAX_COMMENT_CHARS)
    errors.push(
      fieldError(
        'body',
        `Komentar paling banyak ${MAX_COMMENT_CHARS} karakter.`,
        `A comment is at most ${MAX_COMMENT_CHARS} characters.`,
      ),
    );
  const sectionKey = input.sectionKey?.trim() || null;
  if (sectionKey && !(sectionKey in (parseNarrative(version.narrative) ?? {})))
    errors.push(
      fieldError(
        'sectionKey',
        'Bagian ini tidak ada di versi tersebut.',
        'This section is not in that version.',
      ),
    );
  if (input.taskId && (!isUuid(input.taskId) || !input.runId))
    errors.push(fieldError('taskId', 'Tugas tidak ditemukan pada proses ini.', 'No such task in this run.'));
  if (errors.length > 0) throw invalid(errors);
  const id = newId();
  const authorName = await personName(ctx.db, actor.personId);
  await ctx.db.transaction().execute((trx) =>
    trx
      .insertInto('document_comment')
      .values({
        id,
        document_id: document.id,
        version_id: version.id,
        section_key: sectionKey,
        body,
        author_person_id: actor.personId,
        author_name: authorName,
        run_id: input.runId ?? null,
        task_id: input.taskId ?? null,
        created_at: ctx.now().toISOString(),
        resolved_at: null,
      })
      .execute(),
  );
  return { id };
}

/** Marks a comment resolved: its author, or whoever may change the document. */
export async function resolveComment(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
  commentId: string,
): Promise<void> {
  const { document, access } = await loadDocumentFor(ctx, actor, documentId);
  const comment = isUuid(commentId)
    ? await ctx.db
        .selectFrom('document_comment')
        .select(['id', 'author_person_id', 'resolved_at'])
        .where('id', '=', commentId)
        .where('document_id', '=', document.id)
        .executeTakeFirst()
    : undefined;
  if (!comment)
    throw new DomainError('NOT_FOUND', { id: 'Komentar tidak ditemukan.', en: 'Comment not found.' });
  if (comment.author_person_id !== actor.personId)
    await assertCanWriteDocument(ctx.db, access, { runId: document.run_id });
  if (comment.resolved_at) return;
  await ctx.db
    .transaction()
    .execute((trx) =>
      trx
        .updateTable('document_comment')
        .set({ resolved_at: ctx.now().toISOString() })
        .where('id', '=', comment.id)
        .where('resolved_at', 'is', null)
        .execute(),
    );
}
