import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appointmentKindSchema,
  holidayKindSchema,
  holidaySchema,
  positionLevelSchema,
  timeZoneSchema,
  unitKindSchema,
  userRoleSchema,
} from '../../contract';

const webRoot = path.resolve(import.meta.dirname, '..');
const i18nDir = import.meta.dirname;

/**
 * The dictionaries as `i18n.ts` merges them: `id.json`/`en.json` plus every feature's
 * `<feature>.id.json`/`<feature>.en.json` beside them.
 */
function dictionary(language: 'id' | 'en'): Record<string, unknown> {
  const files = fs
    .readdirSync(i18nDir)
    .filter((name) => name === `${language}.json` || name.endsWith(`.${language}.json`));
  return Object.assign(
    {},
    ...files.map((name) => JSON.parse(fs.readFileSync(path.join(i18nDir, name), 'utf8'))),
  );
}

const id = dictionary('id');
const en = dictionary('en');

/** Every leaf key of a nested translation object, as i18next addresses it ("home.greeting.morning"). */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

/** i18next plural forms are stored as `key_one`/`key_other` and used as `key`. */
const withoutPlural = (key: string) => key.replace(/_(one|other)$/, '');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('translations', () => {
  it('Indonesian and English have exactly the same keys', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(id).sort());
    expect(leafKeys(id).length).toBeGreaterThan(150);
  });

  it('every literal key the application asks for exists', () => {
    const known = new Set(leafKeys(id).map(withoutPlural));
    const used = new Set<string>();
    for (const file of sourceFiles(webRoot)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !known.has(key)).sort()).toEqual([]);
  });

  it('keys built at run time from contract values exist for every value', () => {
    // A value added to the contract without its label fails here, not in front of a user.
    const families: Record<string, readonly string[]> = {
      unitKind: unitKindSchema.options,
      positionLevel: positionLevelSchema.options,
      holidayKind: holidayKindSchema.options,
      holidaySource: holidaySchema.shape.source.options,
      role: userRoleSchema.options,
      timeZone: timeZoneSchema.options,
      'appointmentKind.short': appointmentKindSchema.options,
      'appointmentKind.long': appointmentKindSchema.options,
      'home.greeting': ['morning', 'midday', 'afternoon', 'evening'],
    };
    for (const dictionary of [id, en]) {
      const keys = new Set(leafKeys(dictionary));
      const missing = Object.entries(families).flatMap(([family, values]) =>
        values.map((v) => `${family}.${v}`).filter((key) => !keys.has(key)),
      );
      expect(missing).toEqual([]);
    }
  });
});
