import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { SopDefinition } from '../../core/sop';
import { definitionToSopFile } from './definition-to-sop-file';

export interface WriteSopYamlOptions {
  /** Adds the editor hint `# yaml-language-server: $schema=<schema>` at the top. */
  schema?: string;
}

const INLINE_KEYS = new Set(['kinds', 'unitKinds', 'exits', 'perUnit']);

/**
 * Writes a definition as readable YAML: defaults left out, short lists and lanes inline (`kinds: [start,
 * process]`), a blank line between steps. `parseSopYaml` of the result gives the definition back.
 */
export function writeSopYaml(def: SopDefinition, options: WriteSopYamlOptions = {}): string {
  const doc = new Document(definitionToSopFile(def));
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (INLINE_KEYS.has(key) && (isSeq(pair.value) || isMap(pair.value))) pair.value.flow = true;
      if (key === 'lanes' && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      }
      if (key === 'steps' && isSeq(pair.value)) {
        pair.value.items.forEach((item, index) => {
          if (index > 0 && isMap(item)) item.spaceBefore = true;
        });
      }
    },
  });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (
        isPair(pair) &&
        isScalar(pair.key) &&
        ['identity', 'lanes', 'steps', 'curationNotes'].includes(String(pair.key.value))
      ) {
        pair.key.spaceBefore = true;
      }
    }
  }
  if (options.schema) doc.commentBefore = ` yaml-language-server: $schema=${options.schema}`;
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
}

/** Writes a definition as JSON in the same file form (`alur-sop/v1`). */
export function writeSopJson(def: SopDefinition): string {
  return `${JSON.stringify(definitionToSopFile(def), null, 2)}\n`;
}
