import { LineCounter, parseDocument } from 'yaml';
import { fieldError, invalid } from '../../core/errors';
import type { SopDefinition } from '../../core/sop';
import { type ParseSopOptions, readSopData, type SopFileFieldError } from './read-sop-data';

/**
 * Reads an SOP file in JSON: the same `alur-sop/v1` shape as the YAML form (a time standard may also
 * be given in the stored form `{ written, duration }`, so a definition sent over HTTP reads back).
 * Errors as `parseSopYaml`'s, with line numbers.
 */
export function parseSopJson(
  text: string,
  fileName = 'sop.json',
  options: ParseSopOptions = {},
): SopDefinition {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const line = jsonErrorLine(text, detail);
    const where =
      line === null
        ? { id: fileName, en: fileName }
        : { id: `${fileName} baris ${line}`, en: `${fileName} line ${line}` };
    const base = fieldError(
      line === null ? fileName : `${fileName}:${line}`,
      `${where.id}: JSON tidak dapat dibaca (${detail}).`,
      `${where.en}: the JSON cannot be read (${detail}).`,
    );
    const located: SopFileFieldError = { ...base, path: [], step: null, file: fileName, line, column: null };
    throw invalid([located], {
      id: `Berkas SOP ${fileName} bukan JSON yang sah.`,
      en: `SOP file ${fileName} is not valid JSON.`,
    });
  }
  // JSON is YAML too: the YAML parser gives the positions for naming lines in later errors.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return readSopData({ data, doc, lineCounter }, fileName, options);
}

function jsonErrorLine(text: string, detail: string): number | null {
  const lineColumn = /line (\d+) column \d+/.exec(detail);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(detail);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  return null;
}
