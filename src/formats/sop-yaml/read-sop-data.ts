import type { Document, LineCounter } from 'yaml';
import { invalid, type LocalizedText } from '../../core/errors';
import { type SopDefinition, type SopFieldError, sopError, validateSop } from '../../core/sop';
import { describeIssue } from './describe-issue';
import { locatePath } from './locate-path';
import { sopFileSchema } from './sop-file-schema';
import { sopFileToDefinition } from './sop-file-to-definition';

/** A problem in an SOP file: the model's error plus where it is in the file. */
export interface SopFileFieldError extends SopFieldError {
  file: string;
  /** 1-based; null when the place has no line (e.g. the file is empty). */
  line: number | null;
  column: number | null;
}

export interface ParseSopOptions {
  /**
   * Run `validateSop` and reject an unsound definition (default true). An editor that loads a draft
   * passes false and shows `validateSop`'s errors itself; the shape is checked either way.
   */
  validate?: boolean;
}

/** What a parsed file gives the reader: the data, and the document to find places in. */
export interface ParsedSource {
  data: unknown;
  doc: Document;
  lineCounter: LineCounter;
}

/** Shape check (zod), conversion to the model, then `validateSop`; every error names its place. */
export function readSopData(source: ParsedSource, fileName: string, options: ParseSopOptions): SopDefinition {
  const shape = sopFileSchema.safeParse(source.data);
  if (!shape.success) {
    const errors = shape.error.issues.flatMap((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
      return paths.map((at) => {
        const message = describeIssue(issue, valueAt(source.data, at) !== undefined);
        const error = sopError(source.data, at, stepNoAt(source.data, at), message.id, message.en);
        const field = error.field || '(berkas)';
        return located({ ...error, message: prefixField(field, error.message) }, source, fileName);
      });
    });
    throw invalid(errors, {
      id: `Berkas SOP ${fileName} tidak sesuai format alur-sop/v1.`,
      en: `SOP file ${fileName} does not follow the alur-sop/v1 format.`,
    });
  }
  const def = sopFileToDefinition(shape.data);
  if (options.validate !== false) {
    const errors = validateSop(def);
    if (errors.length > 0) {
      throw invalid(
        errors.map((error) => located(error, source, fileName)),
        { id: `SOP dalam berkas ${fileName} tidak valid.`, en: `The SOP in file ${fileName} is not valid.` },
      );
    }
  }
  return def;
}

/** Adds the file and line to an error, in its fields and at the head of its messages. */
export function located(
  error: SopFieldError,
  source: ParsedSource | null,
  fileName: string,
): SopFileFieldError {
  const position = source ? locatePath(source.doc, source.lineCounter, error.path) : null;
  const where =
    position === null
      ? { id: `${fileName}: `, en: `${fileName}: ` }
      : { id: `${fileName} baris ${position.line}: `, en: `${fileName} line ${position.line}: ` };
  return {
    ...error,
    message: { id: where.id + error.message.id, en: where.en + error.message.en },
    file: fileName,
    line: position?.line ?? null,
    column: position?.column ?? null,
  };
}

/** Shape messages say which key they are about ("steps[7].lane wajib diisi."). */
function prefixField(field: string, message: LocalizedText): LocalizedText {
  const strip = (text: string) => text.replace(/^(Langkah|Step) \d+: /, '');
  const step = /^(Langkah \d+: )/.exec(message.id)?.[1] ?? '';
  const stepEn = /^(Step \d+: )/.exec(message.en)?.[1] ?? '';
  return { id: `${step}${field} ${strip(message.id)}`, en: `${stepEn}${field} ${strip(message.en)}` };
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = data;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function stepNoAt(data: unknown, path: ReadonlyArray<string | number>): number | null {
  if (path[0] !== 'steps' || typeof path[1] !== 'number') return null;
  const no = valueAt(data, ['steps', path[1], 'no']);
  return typeof no === 'number' && Number.isInteger(no) ? no : null;
}
