import type { FieldError } from '../errors';

/**
 * A validation error in an SOP definition. `field` is for people and names steps by their printed
 * number and lanes by key (`steps[7].exits.no`, `steps[7].mutuBaku[0].time`, `lanes[kabid].key`);
 * `path` is for programs (an editor that highlights a cell, a file adapter that finds the line) and
 * uses array indices (`['steps', 6, 'exits', 'no']`).
 */
export interface SopFieldError extends FieldError {
  path: Array<string | number>;
  /** The printed number of the step the error is about; null when it is not about one step. */
  step: number | null;
}

/**
 * Names a path for people: a step by its `no`, a lane by its `key` (taken from `source`, the
 * definition or the raw file data), another list entry by index. An entry without a usable number or
 * key is written `[#index]`.
 *
 * @example sopFieldName(['steps', 6, 'exits', 'no'], def) // 'steps[7].exits.no'
 */
export function sopFieldName(path: ReadonlyArray<string | number>, source: unknown): string {
  let name = '';
  let node: unknown = source;
  let parentKey: string | number | undefined;
  for (const segment of path) {
    const child =
      isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      name += `[${entryLabel(parentKey, segment, child)}]`;
    } else {
      name += name === '' ? segment : `.${segment}`;
    }
    parentKey = segment;
    node = child;
  }
  return name;
}

function entryLabel(listKey: string | number | undefined, index: number, entry: unknown): string {
  if (listKey === 'steps') {
    const no = isRecord(entry) ? entry.no : undefined;
    return typeof no === 'number' && Number.isInteger(no) ? String(no) : `#${index}`;
  }
  if (listKey === 'lanes') {
    const key = isRecord(entry) ? entry.key : undefined;
    return typeof key === 'string' && key.trim() !== '' ? key : `#${index}`;
  }
  return String(index);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds an error at `path` inside `def`; a step error's messages start with "Langkah n:"/"Step n:". */
export function sopError(
  def: unknown,
  path: Array<string | number>,
  step: number | null,
  id: string,
  en: string,
): SopFieldError {
  const prefix = step === null ? { id: '', en: '' } : { id: `Langkah ${step}: `, en: `Step ${step}: ` };
  return {
    field: sopFieldName(path, def),
    path,
    step,
    message: { id: prefix.id + id, en: prefix.en + en },
  };
}
