import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors';
import { parseSopJson } from './parse-sop-json';
import { parseSopYaml } from './parse-sop-yaml';
import type { SopFileFieldError } from './read-sop-data';
import { writeSopYaml } from './write-sop-yaml';

/** A small valid SOP file; tests break one thing at a time by replacing text. */
const GOOD = `format: alur-sop/v1
code: contoh-sop
agency: contoh
identity:
  agencyName: DINAS CONTOH
  number: 1/SOP/2026
  title: Contoh
  createdOn: 6 Januari 2023
  approvedBy: { position: Kepala Dinas, name: Nama, nip: '19671129 199803 1 003' }
lanes:
  - { key: kadis, label: Kepala Dinas }
  - { key: sekretaris, label: Sekretaris }
  - { key: staf, label: Staf }
steps:
  - no: 1
    kinds: [start, process]
    lane: kadis
    activity: Memerintahkan
    mutuBaku:
      - { inputs: Disposisi, time: 15 menit, output: Disposisi }
  - no: 2
    lane: staf
    activity: Menyusun draf
    mutuBaku:
      - { inputs: Data, time: 2 Jam, output: Draf }
  - no: 3
    kinds: [decision]
    lane: sekretaris
    activity: Memeriksa draf
    exits: { yes: 4, no: 2 }
  - no: 4
    kinds: [process, end]
    lane: staf
    activity: Mengarsipkan
    mutuBaku:
      - { inputs: Dokumen, time: 20 Mnit, output: Arsip }
`;

/** The fields of the DomainError a parse throws (fails the test when nothing is thrown). */
function failure(parse: () => unknown): { error: DomainError; fields: SopFileFieldError[] } {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError) return { error, fields: error.fields as SopFileFieldError[] };
    throw error;
  }
  throw new Error('expected a DomainError');
}

const bad = (from: string, to: string) => {
  if (!GOOD.includes(from)) throw new Error(`fixture has no ${from}`);
  return GOOD.replace(from, to);
};

describe('parseSopYaml', () => {
  it('reads a valid file into the model, with defaults filled and the NIP normalised', () => {
    const def = parseSopYaml(GOOD, 'contoh.yaml');
    expect(def.steps[1]).toMatchObject({
      no: 2,
      kinds: ['process'],
      next: null,
      exits: null,
      paraf: false,
      documentActs: [],
    });
    expect(def.steps[3]!.mutuBaku[0]!.time).toEqual({
      written: '20 Mnit',
      duration: { amount: 20, unit: 'minute' },
    });
    expect(def.identity.approvedBy!.nip).toBe('196711291998031003');
    expect(def.identity.effectiveLabel).toBe('pengesahan');
    expect(def.identity.revisedOn).toBeNull();
  });

  it('names file and line of malformed YAML', () => {
    const { error, fields } = failure(() =>
      parseSopYaml(bad('    activity: Menyusun draf', '    activity: [Menyusun draf'), 'rusak.yaml'),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.userMessage.id).toBe('Berkas SOP rusak.yaml bukan YAML yang sah.');
    expect(fields[0]!.file).toBe('rusak.yaml');
    expect(fields[0]!.line).toBeGreaterThanOrEqual(24);
    expect(fields[0]!.message.id).toMatch(/^rusak\.yaml baris \d+: YAML tidak dapat dibaca/);
  });

  it('names a duplicated key', () => {
    const { fields } = failure(() =>
      parseSopYaml(
        bad(
          '    lane: staf\n    activity: Menyusun',
          '    lane: staf\n    lane: kadis\n    activity: Menyusun',
        ),
        'dup.yaml',
      ),
    );
    expect(fields[0]!.line).toBe(23);
    expect(fields[0]!.message.en).toContain('dup.yaml line 23: the YAML cannot be read');
  });

  it('names step, field and line of a wrong type', () => {
    const { error, fields } = failure(() => parseSopYaml(bad('  - no: 2\n', "  - no: '2'\n"), 'tipe.yaml'));
    expect(error.userMessage.en).toBe('SOP file tipe.yaml does not follow the alur-sop/v1 format.');
    expect(fields.map((f) => [f.field, f.line, f.step])).toEqual([['steps[#1].no', 21, null]]);
    expect(fields[0]!.message.id).toBe('tipe.yaml baris 21: steps[#1].no harus berupa angka.');
  });

  it('names a missing required field and an unknown key', () => {
    const { fields } = failure(() =>
      parseSopYaml(
        bad('    activity: Memeriksa draf\n    exits:', '    exit: { yes: 4, no: 2 }\n    exits:'),
        'kunci.yaml',
      ),
    );
    expect(fields.map((f) => [f.field, f.line])).toEqual([
      ['steps[3].activity', 26],
      ['steps[3].exit', 29],
    ]);
    expect(fields[0]!.message.id).toBe('kunci.yaml baris 26: Langkah 3: steps[3].activity wajib diisi.');
    expect(fields[1]!.message.en).toBe('kunci.yaml line 29: Step 3: steps[3].exit unknown key.');
  });

  it('names step, field and line of a lane nobody declared', () => {
    const { error, fields } = failure(() =>
      parseSopYaml(
        bad('    lane: staf\n    activity: Menyusun', '    lane: kabid\n    activity: Menyusun'),
        'lane.yaml',
      ),
    );
    expect(error.userMessage.id).toBe('SOP dalam berkas lane.yaml tidak valid.');
    expect(fields.map((f) => [f.field, f.line, f.step])).toEqual([['steps[2].lane', 22, 2]]);
    expect(fields[0]!.message.id).toBe(
      'lane.yaml baris 22: Langkah 2: pelaksana "kabid" tidak ada dalam daftar pelaksana (lanes).',
    );
  });

  it('names a decision with one exit', () => {
    const { fields } = failure(() =>
      parseSopYaml(bad('exits: { yes: 4, no: 2 }', 'exits: { yes: 4 }'), 'exit.yaml'),
    );
    expect(fields.map((f) => [f.field, f.line])).toEqual([['steps[3].exits.no', 30]]);
    expect(fields[0]!.message.en).toBe('exit.yaml line 30: Step 3: the decision has no Tidak (no) exit.');
  });

  it('names the steps of a loop with no way out', () => {
    const text = bad('    kinds: [decision]\n', '').replace(
      '    exits: { yes: 4, no: 2 }\n',
      '    next: 2\n',
    );
    const { fields } = failure(() => parseSopYaml(text, 'loop.yaml'));
    expect(fields.map((f) => [f.field, f.line])).toEqual([
      ['steps[1]', 15],
      ['steps[2]', 21],
      ['steps[3]', 26],
      ['steps[4]', 30],
    ]);
    expect(fields[1]!.message.id).toBe(
      'loop.yaml baris 21: Langkah 2: terjebak dalam putaran tanpa jalan keluar: dari sini tidak ada jalan ke langkah akhir.',
    );
  });

  it('names duplicate step numbers', () => {
    const { fields } = failure(() => parseSopYaml(bad('  - no: 4\n', '  - no: 3\n'), 'nomor.yaml'));
    expect(fields.map((f) => [f.field, f.line])).toEqual([
      ['steps[3].no', 31],
      ['steps[3].exits.yes', 30],
    ]);
    expect(fields[0]!.message.en).toBe(
      'nomor.yaml line 31: Step 3: number 3 is already used by entry 3 of the list (this is entry 4).',
    );
  });

  it('reads document acts in the order written and writes them back', () => {
    const text = bad(
      '    activity: Mengarsipkan\n',
      '    activity: Mengarsipkan\n    documentActs: [send, archive]\n',
    );
    const def = parseSopYaml(text, 'acts.yaml');
    expect(def.steps[3]!.documentActs).toEqual(['send', 'archive']);
    expect(writeSopYaml(def)).toContain('documentActs:\n      - send\n      - archive\n');
    expect(parseSopYaml(writeSopYaml(def), 'acts.yaml')).toEqual(def);
  });

  it('names step, field and line of an unknown document act', () => {
    const { fields } = failure(() =>
      parseSopYaml(
        bad('    activity: Mengarsipkan\n', '    activity: Mengarsipkan\n    documentActs: [send, arsip]\n'),
        'acts.yaml',
      ),
    );
    expect(fields.map((f) => [f.field, f.line])).toEqual([['steps[4].documentActs[1]', 35]]);
    expect(fields[0]!.message.en).toContain(
      'acts.yaml line 35: Step 4: steps[4].documentActs[1] must be one of:',
    );
  });

  it('names step, field and line of a document act listed twice or a disposition sheet off the start', () => {
    const text = bad(
      '    activity: Menyusun draf\n',
      '    activity: Menyusun draf\n    documentActs: [report, disposition_sheet, report]\n',
    );
    const { fields } = failure(() => parseSopYaml(text, 'acts.yaml'));
    expect(fields.map((f) => [f.field, f.line, f.step])).toEqual([
      ['steps[2].documentActs[1]', 24, 2],
      ['steps[2].documentActs[2]', 24, 2],
    ]);
    expect(fields[0]!.message.id).toBe(
      'acts.yaml baris 24: Langkah 2: lembar disposisi hanya dapat dibuat di langkah awal (Mulai), tempat disposisi diberikan.',
    );
    expect(fields[1]!.message.en).toBe('acts.yaml line 24: Step 2: document act "report" is listed twice.');
  });

  it('names a time standard nobody can read ("sebentar")', () => {
    const { fields } = failure(() => parseSopYaml(bad('time: 2 Jam', 'time: sebentar'), 'waktu.yaml'));
    expect(fields.map((f) => [f.field, f.line, f.step])).toEqual([['steps[2].mutuBaku[0].time', 25, 2]]);
    expect(fields[0]!.message.id).toBe(
      'waktu.yaml baris 25: Langkah 2: waktu "sebentar" tidak terbaca; tulis seperti "15 menit", "2 jam" atau "1 hari".',
    );
  });

  it('names a NIP written as a number (YAML would lose digits)', () => {
    const { fields } = failure(() =>
      parseSopYaml(bad("nip: '19671129 199803 1 003'", 'nip: 196711291998031003'), 'nip.yaml'),
    );
    expect(fields.map((f) => f.field)).toEqual(['identity.approvedBy.nip']);
    expect(fields[0]!.message.id).toBe('nip.yaml baris 9: identity.approvedBy.nip harus berupa teks.');
  });

  it('rejects an empty file and another format', () => {
    expect(failure(() => parseSopYaml('', 'kosong.yaml')).fields[0]!.message.id).toBe(
      'kosong.yaml: (berkas) harus berupa isian bertingkat (kunci: nilai).',
    );
    const { fields } = failure(() => parseSopYaml(bad('alur-sop/v1', 'alur-sop/v9'), 'versi.yaml'));
    expect(fields[0]!.message.en).toBe('versi.yaml line 1: format must be one of: "alur-sop/v1".');
  });

  it('returns an unsound draft when asked not to validate, but still checks the shape', () => {
    const draft = parseSopYaml(bad('exits: { yes: 4, no: 2 }', 'exits: { yes: 4 }'), 'draf.yaml', {
      validate: false,
    });
    expect(draft.steps[2]!.exits).toEqual({ yes: 4, no: null });
    expect(() => parseSopYaml(bad('  - no: 2\n', "  - no: '2'\n"), 'draf.yaml', { validate: false })).toThrow(
      DomainError,
    );
  });
});

describe('parseSopJson', () => {
  const json = JSON.stringify(parseSopYaml(GOOD), null, 2);

  it('reads the stored model form', () => {
    expect(parseSopJson(json, 'contoh.json')).toEqual(parseSopYaml(GOOD));
  });

  it('names the line of malformed JSON', () => {
    const broken = json.replace('"no": 3,', '"no": 3');
    const { fields } = failure(() => parseSopJson(broken, 'rusak.json'));
    const line = broken.split('\n').findIndex((l) => l.includes('"no": 3')) + 2;
    expect(fields[0]!.line).toBe(line);
    expect(fields[0]!.message.id).toMatch(new RegExp(`^rusak\\.json baris ${line}: JSON tidak dapat dibaca`));
  });

  it('names the line of an undeclared lane', () => {
    const text = json.replace('"lane": "sekretaris"', '"lane": "inspektorat"');
    const { fields } = failure(() => parseSopJson(text, 'lane.json'));
    const line = text.split('\n').findIndex((l) => l.includes('"inspektorat"')) + 1;
    expect(fields.map((f) => [f.field, f.line])).toEqual([['steps[3].lane', line]]);
  });
});
