/** A section of a document's narrative as the editor shows it. */
export interface OutlineSection {
  key: string;
  title: string;
  source?: string;
}

export interface OutlineGroup {
  /** `front`, `bab1`…`bab4`, `sasaran.<code>`, or the key's first part for other documents. */
  id: string;
  /** i18n key and values of the group's heading. */
  label: { key: string; values?: Record<string, string> };
  sections: OutlineSection[];
}

/**
 * Groups narrative sections by chapter (and BAB III by sasaran), keeping document order: the
 * editor shows one group per chapter so a long LKjIP stays navigable.
 *
 * @example groupOf('sasaran.S1.analisis.5') // 'sasaran.S1'
 */
export function groupOf(key: string): string {
  const parts = key.split('.');
  if (parts[0] === 'sasaran' && parts[1]) return `sasaran.${parts[1]}`;
  if (parts.length === 1) return 'front';
  return parts[0]!;
}

/** The chapters each report kind names (its BAB headings); other kinds' chapters are numbered only. */
const NAMED_CHAPTERS: Record<string, string[]> = {
  lkjip: ['bab1', 'bab2', 'bab3', 'bab4'],
  pemantauan: ['bab1', 'bab2', 'bab3', 'bab4', 'bab5'],
};
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function labelOf(id: string, kind: string): OutlineGroup['label'] {
  if (id.startsWith('sasaran.')) return { key: 'documents.chapter.sasaran', values: { code: id.slice(8) } };
  if (id === 'front') return { key: 'documents.chapter.front' };
  if (NAMED_CHAPTERS[kind]?.includes(id)) return { key: `documents.chapter.${kind}.${id}` };
  const n = /^bab(\d+)$/.exec(id)?.[1];
  if (n) return { key: 'documents.chapter.numbered', values: { roman: ROMAN[Number(n) - 1] ?? n } };
  return { key: 'documents.chapter.other', values: { name: id } };
}

/** The outline (from the generation) in groups; keys the outline lacks come last with their key as title. */
export function groupOutline(outline: OutlineSection[], keys: string[], kind = 'lkjip'): OutlineGroup[] {
  const known = new Set(outline.map((s) => s.key));
  const sections = [
    ...outline.filter((s) => keys.includes(s.key)),
    ...keys.filter((k) => !known.has(k)).map((key) => ({ key, title: key })),
  ];
  const groups: OutlineGroup[] = [];
  for (const section of sections) {
    const id = groupOf(section.key);
    let group = groups.find((g) => g.id === id);
    if (!group) {
      group = { id, label: labelOf(id, kind), sections: [] };
      groups.push(group);
    }
    group.sections.push(section);
  }
  return groups;
}

/** Whether a text is still (or contains) a bracketed prompt a person must replace. */
export function hasPrompt(text: string): boolean {
  return text.split(/\n\s*\n/).some((p) => {
    const t = p.trim();
    return t.startsWith('[') && t.endsWith(']');
  });
}
