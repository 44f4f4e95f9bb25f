import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SopDefinition } from '../../src/core/sop';
import { parseSopYaml } from '../../src/formats/sop-yaml';

const SOPS_DIR = join(import.meta.dirname, '..', '..', 'sops');

/** The curated seed SOPs (`sops/*.yaml`), read through the YAML adapter, by file name. */
export function seedSops(): Array<{ file: string; def: SopDefinition }> {
  return readdirSync(SOPS_DIR)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, def: parseSopYaml(readFileSync(join(SOPS_DIR, file), 'utf8'), file) }));
}

export function seedSop(code: string): SopDefinition {
  const found = seedSops().find((seed) => seed.def.code === code);
  if (!found) throw new Error(`no seed SOP ${code}`);
  return found.def;
}
