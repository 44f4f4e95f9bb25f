import { LineCounter, parseDocument } from 'yaml';
import { fieldError, invalid } from '../../core/errors';
import type { SopDefinition } from '../../core/sop';
import { type ParseSopOptions, readSopData, type SopFileFieldError } from './read-sop-data';

/**
 * Reads an SOP file in YAML (`alur-sop/v1`, see `sops/*.yaml` and `sops/sop.schema.json`).
 * Throws a `DomainError` (`VALIDATION_FAILED`) whose fields name the place of each problem: file,
 * line, step and field (`SopFileFieldError`), for malformed YAML, wrong types, unknown keys, and
 * (unless `validate: false`) everything `validateSop` finds, such as an undeclared lane.
 *
 * @example parseSopYaml(readFileSync('sops/desdm-kaltim-sakip.yaml', 'utf8'), 'desdm-kaltim-sakip.yaml')
 */
export function parseSopYaml(
  text: string,
  fileName = 'sop.yaml',
  options: ParseSopOptions = {},
): SopDefinition {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((error): SopFileFieldError => {
      const line = error.linePos?.[0].line ?? null;
      const column = error.linePos?.[0].col ?? null;
      const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const where =
        line === null
          ? { id: fileName, en: fileName }
          : { id: `${fileName} baris ${line}`, en: `${fileName} line ${line}` };
      const base = fieldError(
        line === null ? fileName : `${fileName}:${line}`,
        `${where.id}: YAML tidak dapat dibaca (${detail}).`,
        `${where.en}: the YAML cannot be read (${detail}).`,
      );
      return { ...base, path: [], step: null, file: fileName, line, column };
    });
    throw invalid(errors, {
      id: `Berkas SOP ${fileName} bukan YAML yang sah.`,
      en: `SOP file ${fileName} is not valid YAML.`,
    });
  }
  return readSopData({ data: doc.toJS(), doc, lineCounter }, fileName, options);
}
