import { describe, expect, it } from 'vitest';
import type { SopFieldError } from './sop-field-error';
import { aSop, aStep } from './sop-test-builders';
import { timeStandard } from './time-standard';
import { validateForPublish } from './validate-for-publish';
import { validateSop } from './validate-sop';

const fields = (errors: SopFieldError[]) => errors.map((e) => e.field);

describe('validateSop', () => {
  it('accepts a sound SOP', () => {
    expect(validateSop(aSop())).toEqual([]);
  });

  it('names the step and field of a lane nobody declared', () => {
    const def = aSop();
    def.steps[1]!.lane = 'kabid';
    const errors = validateSop(def);
    expect(fields(errors)).toEqual(['steps[2].lane']);
    expect(errors[0]!.path).toEqual(['steps', 1, 'lane']);
    expect(errors[0]!.step).toBe(2);
    expect(errors[0]!.message.id).toBe(
      'Langkah 2: pelaksana "kabid" tidak ada dalam daftar pelaksana (lanes).',
    );
    expect(errors[0]!.message.en).toBe('Step 2: lane "kabid" is not declared in the lanes.');
  });

  it('rejects a decision with one exit', () => {
    const def = aSop();
    def.steps[2]!.exits = { yes: 4, no: null };
    const errors = validateSop(def);
    expect(fields(errors)).toEqual(['steps[3].exits.no']);
    expect(errors[0]!.message.id).toBe('Langkah 3: keputusan belum punya jalan keluar Tidak.');
    expect(errors[0]!.message.en).toBe('Step 3: the decision has no Tidak (no) exit.');
  });

  it('rejects a decision whose Ya cannot default because no step follows', () => {
    const def = aSop([
      aStep(1, { kinds: ['start', 'process'], lane: 'kadis' }),
      aStep(2, { kinds: ['process', 'end'] }),
      aStep(3, { kinds: ['decision'], lane: 'sekretaris', exits: { yes: null, no: 2 } }),
    ]);
    expect(fields(validateSop(def))).toEqual(['steps[3].exits.yes']);
  });

  it('rejects a decision whose two exits are one', () => {
    const def = aSop();
    def.steps[2]!.exits = { yes: 2, no: 2 };
    expect(fields(validateSop(def))).toContain('steps[3].exits');
  });

  it('finds a loop with no way out, naming every step caught in it', () => {
    const def = aSop([
      aStep(1, { kinds: ['start', 'process'], lane: 'kadis' }),
      aStep(2),
      aStep(3, { next: 2 }),
      aStep(4, { kinds: ['process', 'end'] }),
    ]);
    const errors = validateSop(def);
    expect(fields(errors)).toEqual(['steps[1]', 'steps[2]', 'steps[3]', 'steps[4]']);
    expect(errors[1]!.message.id).toBe(
      'Langkah 2: terjebak dalam putaran tanpa jalan keluar: dari sini tidak ada jalan ke langkah akhir.',
    );
    expect(errors[0]!.message.en).toBe('Step 1: no path leads from this step to an end step.');
    expect(errors[3]!.message.en).toBe('Step 4: cannot be reached from the start (step 1).');
  });

  it("accepts a loop that a decision can leave (the seeds' return loops)", () => {
    const def = aSop();
    def.steps[2]!.exits = { yes: 4, no: 1 };
    expect(validateSop(def)).toEqual([]);
  });

  it('rejects duplicate step numbers, naming the second entry', () => {
    const def = aSop();
    def.steps[3]!.no = 3;
    const errors = validateSop(def);
    expect(fields(errors)).toEqual(['steps[3].no']);
    expect(errors[0]!.path).toEqual(['steps', 3, 'no']);
    expect(errors[0]!.message.id).toBe(
      'Langkah 3: nomor 3 sudah dipakai langkah ke-3 dalam daftar (ini yang ke-4).',
    );
  });

  it('rejects a time standard nobody can read ("sebentar")', () => {
    const def = aSop();
    def.steps[3]!.mutuBaku = [
      { inputs: 'A', time: timeStandard('20 Mnit'), output: 'B' },
      { inputs: 'C', time: timeStandard('sebentar'), output: 'D' },
    ];
    const errors = validateSop(def);
    expect(fields(errors)).toEqual(['steps[4].mutuBaku[1].time']);
    expect(errors[0]!.message.id).toBe(
      'Langkah 4: waktu "sebentar" tidak terbaca; tulis seperti "15 menit", "2 jam" atau "1 hari".',
    );
  });

  it('rejects a stored duration that disagrees with its text', () => {
    const def = aSop();
    def.steps[0]!.mutuBaku[0]!.time = { written: '15 menit', duration: { amount: 15, unit: 'hour' } };
    expect(fields(validateSop(def))).toEqual(['steps[1].mutuBaku[0].time']);
  });

  it('needs exactly one start and at least one end', () => {
    const none = aSop();
    none.steps[0]!.kinds = ['process'];
    none.steps[4]!.kinds = ['process'];
    const errors = validateSop(none);
    expect(errors.map((e) => e.message.en)).toEqual([
      'Step 5: not an end step, yet no step follows it; mark it as an end or give its next step.',
      'An SOP must have exactly one start step (Mulai); it has none.',
      'An SOP must have at least one end step (Selesai).',
    ]);
    const two = aSop();
    two.steps[1]!.kinds = ['start', 'process'];
    expect(validateSop(two).map((e) => e.message.id)).toEqual([
      'SOP harus punya tepat satu langkah awal (Mulai); ada 2: langkah 1, 2.',
    ]);
  });

  it('rejects next and exits that point nowhere, and exits on a process', () => {
    const def = aSop();
    def.steps[1]!.next = 9;
    def.steps[2]!.exits = { yes: 4, no: 12 };
    def.steps[3]!.exits = { yes: 5, no: 1 };
    expect(fields(validateSop(def))).toEqual(['steps[2].next', 'steps[3].exits.no', 'steps[4].exits']);
  });

  it('rejects unknown unit kinds and a per-unit decision', () => {
    const def = aSop();
    def.steps[1]!.perUnit = { unitKinds: ['bidang', 'divisi'] };
    def.steps[2]!.perUnit = { unitKinds: ['bidang'] };
    expect(fields(validateSop(def))).toEqual(['steps[2].perUnit.unitKinds[1]', 'steps[3].perUnit']);
  });

  it('rejects a step that is both process and decision, or an end with a next', () => {
    const def = aSop();
    def.steps[2]!.kinds = ['process', 'decision'];
    def.steps[4]!.next = 1;
    expect(fields(validateSop(def))).toEqual(['steps[3].kinds', 'steps[5].next']);
  });

  it('accepts document acts, a letter number without any cover letter included', () => {
    const def = aSop();
    def.steps[0]!.documentActs = ['disposition_sheet'];
    def.steps[1]!.documentActs = ['collection_format', 'report'];
    def.steps[4]!.documentActs = ['letter_number', 'send', 'archive'];
    expect(validateSop(def)).toEqual([]);
  });

  it('names the step of a document act listed twice', () => {
    const def = aSop();
    def.steps[1]!.documentActs = ['report', 'cover_letter', 'report'];
    const errors = validateSop(def);
    expect(fields(errors)).toEqual(['steps[2].documentActs[2]']);
    expect(errors[0]!.path).toEqual(['steps', 1, 'documentActs', 2]);
    expect(errors[0]!.message.id).toBe('Langkah 2: tindakan dokumen "report" tercantum dua kali.');
    expect(errors[0]!.message.en).toBe('Step 2: document act "report" is listed twice.');
  });

  it('allows the disposition sheet only on the start step', () => {
    const def = aSop();
    def.steps[1]!.documentActs = ['disposition_sheet'];
    const errors = validateSop(def);
    expect(fields(errors)).toEqual(['steps[2].documentActs[0]']);
    expect(errors[0]!.message.id).toBe(
      'Langkah 2: lembar disposisi hanya dapat dibuat di langkah awal (Mulai), tempat disposisi diberikan.',
    );
    expect(errors[0]!.message.en).toBe(
      'Step 2: the disposition sheet can only be made at the start step (Mulai), where the disposition is given.',
    );
  });

  it('names an unknown document act (a hand-edited BPMN or stored file)', () => {
    const def = aSop();
    (def.steps[3]!.documentActs as string[]) = ['laporan'];
    const errors = validateSop(def);
    expect(fields(errors)).toEqual(['steps[4].documentActs[0]']);
    expect(errors[0]!.message.en).toBe(
      'Step 4: document act "laporan" is unknown (disposition_sheet, collection_format, report, cover_letter, letter_number, send, archive).',
    );
  });

  it('reads a definition stored before document acts existed as having none', () => {
    const def = aSop();
    for (const step of def.steps) delete (step as Partial<typeof step>).documentActs;
    expect(validateSop(def)).toEqual([]);
  });

  it('checks identity: codes, required texts, dates, NIP, lane keys', () => {
    const def = aSop();
    def.code = 'Contoh SOP';
    def.identity.title = ' ';
    def.identity.createdOn = 'awal tahun';
    def.identity.approvedBy!.nip = '19671129 199803 1 003';
    def.lanes.push({ key: 'staf', label: 'Staf lagi' });
    const errors = validateSop(def);
    expect(fields(errors)).toEqual([
      'code',
      'identity.title',
      'identity.createdOn',
      'identity.approvedBy.nip',
      'lanes[staf].key',
    ]);
    expect(errors[2]!.message.id).toBe(
      'Tanggal Pembuatan "awal tahun" tidak terbaca; tulis seperti "6 Januari 2023" atau "Januari 2023".',
    );
  });
});

describe('validateForPublish', () => {
  it('needs every lane that a step uses mapped to a position', () => {
    const def = aSop();
    const errors = validateForPublish(def, { kadis: 'pos-1', staf: 'pos-3' });
    expect(fields(errors)).toEqual(['lanes[sekretaris]']);
    expect(errors[0]!.message.id).toBe('Pelaksana "Sekretaris" belum dipetakan ke jabatan.');
    expect(validateForPublish(def, { kadis: 'pos-1', sekretaris: 'pos-2', staf: 'pos-3' })).toEqual([]);
  });

  it('exempts a lane used only by per-unit steps (their tasks go to each unit)', () => {
    const def = aSop();
    def.lanes.push({ key: 'kabid', label: 'Kabid' });
    def.steps[1]!.lane = 'kabid';
    def.steps[1]!.perUnit = { unitKinds: ['bidang'] };
    expect(validateForPublish(def, { kadis: 'a', sekretaris: 'b', staf: 'c' })).toEqual([]);
  });

  it('includes the definition errors', () => {
    const def = aSop();
    def.steps[2]!.exits = null;
    expect(fields(validateForPublish(def, {}))).toEqual([
      'steps[3].exits.no',
      'lanes[kadis]',
      'lanes[sekretaris]',
      'lanes[staf]',
    ]);
  });
});
