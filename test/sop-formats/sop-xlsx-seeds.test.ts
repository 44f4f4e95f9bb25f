import { describe, expect, it } from 'vitest';
import { readSopXlsx, writeSopXlsx } from '../../src/formats/sop-xlsx';
import { seedSops } from './seed-sops';

describe.each(seedSops().map((seed) => [seed.file, seed.def] as const))('XLSX of %s', (file, def) => {
  it('imports back to an equal SOP', async () => {
    const buffer = await writeSopXlsx(def);
    expect(await readSopXlsx(buffer, file.replace('.yaml', '.xlsx'))).toEqual(def);
  });
});
