import type { Block, Inline } from './document-model';

/**
 * The editable text of a generated document: section key → text, paragraphs split by blank lines.
 * A paragraph whose lines all start with "- " is a bulleted list; with "1. ", "2. " a numbered list.
 */
export type Narrative = Record<string, string>;

/**
 * Text for what only people know, written so a reviewer cannot miss it: in square brackets and
 * printed in italics. It starts with a verb saying what to write ("[Uraikan …]").
 */
export function prompt(text: string): string {
  return `[${text}]`;
}

/** Whether a text is (still) a prompt: one bracketed paragraph nobody has replaced. */
export function isPrompt(text: string | null | undefined): boolean {
  const t = (text ?? '').trim();
  return t.startsWith('[') && t.endsWith(']') && !t.slice(1, -1).includes('[');
}

/**
 * What people wrote last year for `key`, when there is such text and it is not itself a prompt;
 * otherwise the prompt.
 */
export function carriedOver(previous: Narrative | undefined, key: string, promptText: string): string {
  const text = previous?.[key]?.trim();
  return text && !isPrompt(text) ? text : prompt(promptText);
}

/** The keys of `narrative` that are still prompts (what a reviewer must write before signing). */
export function promptsLeft(narrative: Narrative): string[] {
  return Object.entries(narrative)
    .filter(([, text]) => text.split(/\n\s*\n/).some((p) => isPrompt(p)))
    .map(([key]) => key);
}

const BULLET = /^\s*[-•]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;

/** Paragraph and list blocks of a narrative text; prompts in italics. Empty text gives no blocks. */
export function narrativeBlocks(text: string | null | undefined): Block[] {
  const chunks = (text ?? '')
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  return chunks.map((chunk): Block => {
    const lines = chunk.split('\n').map((l) => l.trim());
    if (lines.every((l) => BULLET.test(l)))
      return { kind: 'list', ordered: false, items: lines.map((l) => inline(l.replace(BULLET, ''))) };
    if (lines.length > 1 && lines.every((l) => NUMBERED.test(l)))
      return { kind: 'list', ordered: true, items: lines.map((l) => inline(l.replace(NUMBERED, ''))) };
    return { kind: 'paragraph', runs: inline(lines.join(' ')), align: 'justify', indent: true };
  });
}

function inline(text: string): Inline[] {
  return isPrompt(text) ? [{ text, italic: true }] : [text];
}
