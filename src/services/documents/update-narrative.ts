import { DomainError, type FieldError, fieldError, invalid } from '../../core/errors';
import type { Actor, ServiceContext } from '../context';
import { assertCanWriteDocument, loadDocumentFor } from './document-access';
import { documentConflict } from './document-errors';
import { type Narrative, parseNarrative } from './document-rows';
import { assertDraft } from './generate-document';

/** The longest text of one section (a long analysis of one sasaran fits). */
export const MAX_SECTION_CHARS = 20_000;

export interface NarrativeView {
  documentId: string;
  /** The document's `version`: send it back when saving. */
  version: number;
  status: string;
  narrative: Narrative;
  outline: NarrativeSection[];
}

/** A narrative section with the title the document prints (from the generation that made it). */
export interface NarrativeSection {
  key: string;
  title: string;
  source?: string;
}

export function parseOutline(text: string | null): NarrativeSection[] {
  if (!text) return [];
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? (value as NarrativeSection[]) : [];
}

/** The document's current narrative (section key → text); empty for documents without editable text. */
export async function getNarrative(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
): Promise<NarrativeView> {
  const { document } = await loadDocumentFor(ctx, actor, documentId);
  return {
    documentId: document.id,
    version: document.version,
    status: document.status,
    narrative: parseNarrative(document.narrative) ?? {},
    outline: parseOutline(document.narrative_outline),
  };
}

/**
 * Saves edited section texts of a draft document. `version` is the document version the editor
 * started from: when someone saved in between, DOCUMENT_CONFLICT and nothing is saved (no silent
 * overwrite). Only the sections the document has can be edited; the next generation renders them.
 */
export async function updateNarrative(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
  input: { version: number; sections: Record<string, string> },
): Promise<NarrativeView> {
  const { document, access } = await loadDocumentFor(ctx, actor, documentId);
  const current = parseNarrative(document.narrative);
  const errors: FieldError[] = [];
  if (!current)
    throw new DomainError('DOCUMENT_NO_NARRATIVE', {
      id: 'Dokumen ini tidak memiliki teks naratif yang dapat diubah.',
      en: 'This document has no narrative text to edit.',
    });
  if (!Number.isInteger(input.version))
    errors.push(fieldError('version', 'Versi dokumen wajib dikirim.', 'The document version is required.'));
  const entries = Object.entries(input.sections ?? {});
  if (entries.length === 0)
    errors.push(fieldError('sections', 'Tidak ada bagian yang diubah.', 'No section was changed.'));
  for (const [key, text] of entries) {
    if (!(key in current))
      errors.push(
        fieldError(
          `sections.${key}`,
          'Bagian ini tidak ada di dokumen.',
          'This section is not in the document.',
        ),
      );
    else if (typeof text !== 'string')
      errors.push(fieldError(`sections.${key}`, 'Isi bagian harus berupa teks.', 'A section must be text.'));
    else if (text.length > MAX_SECTION_CHARS)
      errors.push(
        fieldError(
          `sections.${key}`,
          `Teks bagian ini paling banyak ${MAX_SECTION_CHARS.toLocaleString('id-ID')} karakter.`,
          `This section is at most ${MAX_SECTION_CHARS.toLocaleString('en-US')} characters.`,
        ),
      );
  }
  if (errors.length > 0) throw invalid(errors);
  assertDraft(document.status);
  await assertCanWriteDocument(ctx.db, access, { runId: document.run_id });
  const narrative: Narrative = { ...current };
  for (const [key, text] of entries) narrative[key] = normaliseText(text);
  const saved = await ctx.db.transaction().execute(async (trx) =>
    trx
      .updateTable('document')
      .set({
        narrative: JSON.stringify(narrative),
        updated_at: ctx.now().toISOString(),
        version: input.version + 1,
      })
      .where('id', '=', document.id)
      .where('version', '=', input.version)
      .where('status', '=', 'draft')
      .executeTakeFirst(),
  );
  if (Number(saved.numUpdatedRows) !== 1) throw documentConflict();
  return {
    documentId: document.id,
    version: input.version + 1,
    status: document.status,
    narrative,
    outline: parseOutline(document.narrative_outline),
  };
}

/** Line ends as `\n`, no trailing spaces on lines, no blank lines at either end. */
function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
