import type { LocalizedText } from '../../core/errors';

/** The parts of a zod issue this adapter reads. */
export interface ShapeIssue {
  code: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  origin?: string;
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'isian bertingkat (kunci: nilai)', en: 'a mapping (key: value)' },
  null: { id: 'kosong (null)', en: 'empty (null)' },
};

/**
 * A person's message for one shape problem. `present` says whether the value exists at all, so that a
 * missing key reads "wajib diisi" rather than "harus teks".
 */
export function describeIssue(issue: ShapeIssue, present: boolean): LocalizedText {
  switch (issue.code) {
    case 'invalid_type': {
      if (!present) return { id: 'wajib diisi.', en: 'is required.' };
      const type = TYPE_NAMES[issue.expected ?? ''] ?? {
        id: issue.expected ?? '?',
        en: issue.expected ?? '?',
      };
      return { id: `harus berupa ${type.id}.`, en: `must be ${type.en}.` };
    }
    case 'unrecognized_keys':
      return { id: 'kunci tidak dikenal.', en: 'unknown key.' };
    case 'invalid_value': {
      const values = (issue.values ?? []).map((value) => JSON.stringify(value)).join(', ');
      return { id: `harus salah satu dari: ${values}.`, en: `must be one of: ${values}.` };
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return {
          id: `daftar minimal berisi ${issue.minimum} isian.`,
          en: `the list needs at least ${issue.minimum} entries.`,
        };
      }
      if (issue.origin === 'number' || issue.origin === 'int') {
        return { id: `minimal ${issue.minimum}.`, en: `must be at least ${issue.minimum}.` };
      }
      return { id: 'terlalu pendek.', en: 'is too short.' };
    case 'invalid_union':
      return {
        id: 'bentuk isian tidak sesuai (lihat sops/sop.schema.json).',
        en: 'has the wrong form (see sops/sop.schema.json).',
      };
    default:
      return { id: 'isian tidak sesuai.', en: 'is not valid.' };
  }
}
