import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type SopDefinition,
  successors,
  sumTimeStandards,
  toFlow,
  validateForPublish,
  validateSop,
} from '../../core/sop';
import { parseSopJson } from './parse-sop-json';
import { parseSopYaml } from './parse-sop-yaml';
import { sopJsonSchema } from './sop-json-schema';
import { writeSopJson, writeSopYaml } from './write-sop-yaml';

const sopsDir = new URL('../../../sops/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, sopsDir), 'utf8');
const load = (code: string) => parseSopYaml(read(`${code}.yaml`), `${code}.yaml`);

/** domain.md §4: steps and the sum of time standards per seed, units kept apart. */
const SEEDS = [
  {
    code: 'bpkpd-jambi-lkj',
    agency: 'bpkpd-jambi',
    number: '10/BPKPD-1.3/IV/2023',
    steps: 10,
    sum: { day: 5, hour: 3, minute: 50 },
  },
  {
    code: 'dpmptsp-tanjabbar-lkjip',
    agency: 'dpmptsp-tanjabbar',
    number: '503 / 02 /DPM PTSP',
    steps: 10,
    sum: { day: 14, hour: 0, minute: 20 },
  },
  {
    code: 'desdm-kaltim-sakip',
    agency: 'desdm-kaltim',
    number: 'K. 075 / 11 / DESDM/2023',
    steps: 11,
    sum: { day: 0, hour: 63, minute: 35 },
  },
] as const;

const flagged = (def: SopDefinition, flag: 'paraf' | 'signature' | 'meeting') =>
  def.steps.filter((step) => step[flag]).map((step) => step.no);

/** The steps that act on the run's documents, with their acts. */
const documentActs = (def: SopDefinition) =>
  def.steps.filter((step) => step.documentActs.length > 0).map((step) => [step.no, step.documentActs]);

describe.each(SEEDS)('seed $code', (seed) => {
  const def = load(seed.code);

  it('loads and validates with zero errors', () => {
    expect(validateSop(def)).toEqual([]);
    expect(def.code).toBe(seed.code);
    expect(def.agency).toBe(seed.agency);
    expect(def.identity.number).toBe(seed.number);
  });

  it(`has ${seed.steps} steps numbered 1..${seed.steps}, starting at 1 and ending at the last`, () => {
    expect(def.steps.map((step) => step.no)).toEqual(Array.from({ length: seed.steps }, (_, i) => i + 1));
    expect(def.steps[0]!.kinds).toEqual(['start', 'process']);
    expect(def.steps.at(-1)!.kinds).toEqual(['process', 'end']);
  });

  it('sums its time standards as domain.md §4 says', () => {
    expect(sumTimeStandards(def)).toEqual(seed.sum);
  });

  it('reads back equal after writing as YAML and as JSON', () => {
    const yaml = writeSopYaml(def);
    expect(parseSopYaml(yaml, 'written.yaml')).toEqual(def);
    expect(parseSopJson(writeSopJson(def), 'written.json')).toEqual(def);
    // The model is plain data: the stored JSON form reads back too.
    expect(parseSopJson(JSON.stringify(def), 'stored.json')).toEqual(def);
    expect(JSON.parse(JSON.stringify(def))).toEqual(def);
  });

  it('gives every step a lane reading and projects onto a run flow', () => {
    expect(def.steps.filter((step) => !step.laneReading).map((step) => step.no)).toEqual([]);
    expect(toFlow(def).steps).toHaveLength(seed.steps);
  });

  it('publishes once every lane a single position plays is mapped', () => {
    const mapping = Object.fromEntries(def.lanes.map((lane) => [lane.key, `pos-${lane.key}`]));
    expect(validateForPublish(def, mapping)).toEqual([]);
  });
});

describe('seed 002, BPKPD Jambi', () => {
  const def = load('bpkpd-jambi-lkj');

  it('decides at step 7: Ya to 8, Tidak back to 5', () => {
    expect(def.steps[6]!.kinds).toEqual(['decision']);
    expect(successors(def, 7)).toEqual([8, 5]);
  });

  it('has the division heads collect in parallel, a meeting and the Sekertaris signing', () => {
    expect(
      def.steps.filter((step) => step.perUnit).map((step) => [step.no, step.lane, step.perUnit!.unitKinds]),
    ).toEqual([
      [2, 'kabid', ['bidang']],
      [3, 'kabid', ['bidang']],
    ]);
    expect(flagged(def, 'meeting')).toEqual([4]);
    expect(flagged(def, 'signature')).toEqual([8]);
    expect(def.steps[7]!.lane).toBe('sekretaris');
  });

  it('acts on its documents: disposition, collection format, report, then number, send, archive', () => {
    expect(documentActs(def)).toEqual([
      [1, ['disposition_sheet']],
      [2, ['collection_format']],
      [5, ['report']],
      [10, ['letter_number', 'send', 'archive']],
    ]);
    expect(def.curationNotes.some((note) => note.includes('(documentActs) ditetapkan Alur'))).toBe(true);
  });

  it("keeps the agency's words", () => {
    expect(def.steps[1]!.activity).toBe(
      'Sekertaris memerintahkan semua Kabid untuk mengumpulkan data dan informasi untuk mengevaluasi dan monitor progress program dan kegiatan dari masing-masing Bidang',
    );
    expect(def.lanes.map((lane) => lane.label)).toEqual(['Sekertaris', 'Kabid', 'Tim LKJ', 'Pelaksana']);
    expect(def.identity.approvedBy).toEqual({
      position: 'KEPALA BADAN PENGELOLAAN KEUANGAN DAN PENDAPATAN DAERAH PROVINSI JAMBI',
      name: 'AGUS PIRNGADI, S.Sos',
      nip: '196912151990031005',
      rank: 'PEMBINA UTAMA MUDA',
    });
    expect(def.identity.legalBasis).toHaveLength(3);
    expect(def.identity.relatedSops.map((r) => r.text)).toEqual([
      'SOP Alur surat masuk dan surat keluar',
      'SOP Renstra',
      'SOP Perjanjian Kinerja',
    ]);
  });
});

describe('seed 003, DPMPTSP Tanjung Jabung Barat', () => {
  const def = load('dpmptsp-tanjabbar-lkjip');

  it('loops revisions through step 6: the review at 5 decides, 6 goes back to 5', () => {
    expect(def.steps[4]!.kinds).toEqual(['decision']);
    expect(successors(def, 5)).toEqual([7, 6]);
    expect(successors(def, 6)).toEqual([5]);
  });

  it('collects paraf from the Kasubbag then the Sekretaris before the head signs', () => {
    expect(flagged(def, 'paraf')).toEqual([7, 8]);
    expect(def.steps.filter((s) => s.paraf).map((s) => s.lane)).toEqual(['kasubbag-ppmep', 'sekretaris']);
    expect(flagged(def, 'signature')).toEqual([9]);
    expect(def.steps[8]!.lane).toBe('kepala-dinas');
  });

  it('drafts the report at 4, revises it at 6, and sends it out with a numbered cover letter at 10', () => {
    expect(documentActs(def)).toEqual([
      [1, ['disposition_sheet']],
      [4, ['report']],
      [6, ['report']],
      [10, ['cover_letter', 'letter_number', 'send', 'archive']],
    ]);
    expect(def.curationNotes.some((note) => note.includes('(documentActs) ditetapkan Alur'))).toBe(true);
  });

  it('asks the other divisions for material one task each', () => {
    expect(def.steps[2]!.lane).toBe('bidang-lain');
    expect(def.steps[2]!.perUnit).toEqual({ unitKinds: ['bidang'] });
  });

  it('keeps the typos and the written dates', () => {
    expect(def.steps[7]!.activity).toContain('LKjLP');
    expect(def.identity.createdOn).toBe('14 Januari 2019');
    expect(def.identity.revisedOn).toBeNull();
    expect(def.identity.warning).toBeNull();
    expect(def.identity.legalBasis[2]).toContain('tata cara reuiu');
  });
});

describe('seed 004, Dinas ESDM Kalimantan Timur', () => {
  const def = load('desdm-kaltim-sakip');

  it('corrects at step 7 (no Mutu Baku) with Tidak back to 6', () => {
    expect(def.steps[6]!.kinds).toEqual(['decision']);
    expect(def.steps[6]!.mutuBaku).toEqual([]);
    expect(successors(def, 7)).toEqual([8, 6]);
  });

  it("puts the cover letter's Mutu Baku row back on step 10, with the reason written down", () => {
    expect(def.steps[9]!.mutuBaku).toEqual([
      {
        inputs: 'Konsep Surat Pengantar',
        time: { written: '20 Mnit', duration: { amount: 20, unit: 'minute' } },
        output: 'Surat Pengantar SAKIP',
      },
    ]);
    expect(def.steps[10]!.mutuBaku.map((row) => row.output)).toEqual(['Dokmen SAKIP']);
    expect(def.curationNotes.some((note) => note.includes('dipindahkan dari langkah 11 ke langkah 10'))).toBe(
      true,
    );
    expect(read('desdm-kaltim-sakip.yaml')).toContain('# Moved here from step 11');
  });

  it('sends the format to every division and the secretariat, one task each; the head signs at 9', () => {
    expect(def.steps.filter((s) => s.perUnit).map((s) => [s.no, s.perUnit!.unitKinds])).toEqual([
      [3, ['bidang', 'sekretariat']],
    ]);
    expect(flagged(def, 'signature')).toEqual([9]);
    expect(def.identity.effectiveLabel).toBe('efektif');
  });

  it('makes the format at 2, the report at 6, the numbered cover letter at 10; sends and archives at 11', () => {
    expect(documentActs(def)).toEqual([
      [1, ['disposition_sheet']],
      [2, ['collection_format']],
      [6, ['report']],
      [10, ['cover_letter', 'letter_number']],
      [11, ['send', 'archive']],
    ]);
    expect(toFlow(def).steps.find((step) => step.no === 10)!.documentActs).toEqual([
      'cover_letter',
      'letter_number',
    ]);
    expect(def.curationNotes.some((note) => note.includes('(documentActs) ditetapkan Alur'))).toBe(true);
  });
});

describe('sops/sop.schema.json', () => {
  // ALUR_WRITE_SOP_SCHEMA=1 rewrites the file (then format it with `npx biome check --write sops`).
  it('is the JSON Schema generated from the file schema', () => {
    const generated = sopJsonSchema();
    if (process.env.ALUR_WRITE_SOP_SCHEMA === '1') {
      writeFileSync(new URL('sop.schema.json', sopsDir), `${JSON.stringify(generated, null, 2)}\n`);
    }
    expect(JSON.parse(read('sop.schema.json'))).toEqual(generated);
  });
});
