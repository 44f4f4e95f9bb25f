import { diffWords } from 'diff';
import type { Actor, ServiceContext } from '../context';
import { loadDocumentFor } from './document-access';
import { versionNotFound } from './document-errors';
import { findVersionMeta, parseNarrative } from './document-rows';

/** A run of words: unchanged, added in the newer version, or removed from the older one. */
export interface ChangeRun {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface SectionDifference {
  key: string;
  /** `changed`, `added` (only in the newer version), `removed` (only in the older), `same`. */
  status: 'changed' | 'added' | 'removed' | 'same';
  runs: ChangeRun[];
}

export interface VersionComparison {
  from: { id: string; number: number };
  to: { id: string; number: number };
  sections: SectionDifference[];
  /** Either version has no narrative (an upload, an SOP sheet): only whether the content differs is known. */
  narrativeAvailable: boolean;
  sameContent: boolean;
}

/**
 * The narrative difference between two versions of a document, per section and word by word
 * (`diff`'s word diff): what a reviewer reads to see what changed after their comments.
 */
export async function compareVersions(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
  fromVersionId: string,
  toVersionId: string,
): Promise<VersionComparison> {
  const { document } = await loadDocumentFor(ctx, actor, documentId);
  const from = await findVersionMeta(ctx.db, document.id, fromVersionId);
  if (!from) throw versionNotFound('from');
  const to = await findVersionMeta(ctx.db, document.id, toVersionId);
  if (!to) throw versionNotFound('to');
  const older = parseNarrative(from.narrative);
  const newer = parseNarrative(to.narrative);
  const result: VersionComparison = {
    from: { id: from.id, number: Number(from.number) },
    to: { id: to.id, number: Number(to.number) },
    sections: [],
    narrativeAvailable: !!older && !!newer,
    sameContent: from.content_sha256 === to.content_sha256,
  };
  if (!older || !newer) return result;
  const keys = [...Object.keys(older)];
  for (const key of Object.keys(newer)) if (!(key in older)) keys.push(key);
  for (const key of keys) result.sections.push(compareSection(key, older[key], newer[key]));
  return result;
}

export function compareSection(
  key: string,
  before: string | undefined,
  after: string | undefined,
): SectionDifference {
  if (before === undefined) return { key, status: 'added', runs: [{ text: after ?? '', change: 'added' }] };
  if (after === undefined) return { key, status: 'removed', runs: [{ text: before, change: 'removed' }] };
  if (before === after) return { key, status: 'same', runs: [{ text: after, change: 'same' }] };
  const runs: ChangeRun[] = diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
  return { key, status: 'changed', runs };
}
