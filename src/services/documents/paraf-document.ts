import { DomainError, fieldError, invalid } from '../../core/errors';
import { type Actor, newId, type ServiceContext } from '../context';
import { assertCanWriteDocument, type DocumentAccess, loadDocumentFor } from './document-access';
import { notLatestVersion, versionNotFound } from './document-errors';
import { findVersionMeta, isUuid, latestVersionMeta, personName } from './document-rows';
import { assertDraft } from './generate-document';

const LEVEL_RANK: Record<string, number> = {
  jpt_pratama: 0,
  administrator: 1,
  pengawas: 2,
  fungsional: 3,
  pelaksana: 4,
};

export interface ParafInput {
  versionId: string;
  /** The position initialled in (one the person holds today); default their highest. */
  positionId?: string | null;
  runId?: string | null;
  taskId?: string | null;
}

/**
 * Initials (paraf) the latest version of a draft document: records the version's content hash with the
 * position and person, so preparing the version for signing can refuse a document that changed since
 * (DOCUMENT_CHANGED_AFTER_PARAF). Initialling the same version twice in one position records it once.
 */
export async function parafDocument(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
  input: ParafInput,
): Promise<{ id: string; contentSha256: string }> {
  const { document, access } = await loadDocumentFor(ctx, actor, documentId);
  const version = await findVersionMeta(ctx.db, document.id, input.versionId);
  if (!version) throw versionNotFound();
  const latest = await latestVersionMeta(ctx.db, document.id);
  if (latest?.id !== version.id) throw notLatestVersion({ id: 'Paraf', en: 'Initialling' });
  assertDraft(document.status);
  await assertCanWriteDocument(ctx.db, access, {
    runId: input.runId ?? document.run_id,
    taskId: input.taskId,
  });
  const position = await heldPosition(ctx, access, input.positionId ?? null);

  const existing = await ctx.db
    .selectFrom('document_paraf')
    .select(['id', 'content_sha256'])
    .where('version_id', '=', version.id)
    .where('position_id', '=', position.id)
    .where('person_id', '=', actor.personId)
    .executeTakeFirst();
  if (existing) return { id: existing.id, contentSha256: existing.content_sha256 };
  const id = newId();
  const name = await personName(ctx.db, actor.personId);
  await ctx.db.transaction().execute((trx) =>
    trx
      .insertInto('document_paraf')
      .values({
        id,
        document_id: document.id,
        version_id: version.id,
        content_sha256: version.content_sha256,
        position_id: position.id,
        position_title: position.title,
        person_id: actor.personId,
        person_name: name,
        run_id: input.runId ?? null,
        task_id: input.taskId && isUuid(input.taskId) ? input.taskId : null,
        at: ctx.now().toISOString(),
      })
      .execute(),
  );
  return { id, contentSha256: version.content_sha256 };
}

async function heldPosition(ctx: ServiceContext, access: DocumentAccess, positionId: string | null) {
  if (access.heldPositionIds.length === 0)
    throw new DomainError('NO_POSITION', {
      id: 'Paraf dibubuhkan dalam jabatan; Anda tidak memegang jabatan di instansi ini hari ini.',
      en: 'Initials are given in a position; you hold no position in this agency today.',
    });
  if (positionId && !access.heldPositionIds.includes(positionId))
    throw invalid([
      fieldError(
        'positionId',
        'Anda tidak memegang jabatan ini hari ini.',
        'You do not hold this position today.',
      ),
    ]);
  const rows = await ctx.db
    .selectFrom('position')
    .select(['id', 'title', 'level'])
    .where('id', 'in', positionId ? [positionId] : access.heldPositionIds)
    .execute();
  rows.sort((a, b) => (LEVEL_RANK[a.level] ?? 9) - (LEVEL_RANK[b.level] ?? 9));
  return rows[0]!;
}
