import { parseWorkDuration } from '../calendar/work-duration';
import type { UnitKind } from '../org/kinds';
import { DOCUMENT_ACTS, type SopDefinition, type SopStep } from './sop-definition';
import { type SopFieldError, sopError } from './sop-field-error';
import { decisionExits, followingStepNo, isDecision, isEnd } from './sop-flow';

const UNIT_KINDS: Record<UnitKind, true> = {
  pimpinan: true,
  sekretariat: true,
  subbagian: true,
  bidang: true,
  uptd: true,
  kelompok_fungsional: true,
  tim: true,
  lainnya: true,
};

/** The checks that look at one step at a time, plus step numbers, start and end. */
export function validateSopSteps(def: SopDefinition): SopFieldError[] {
  const errors: SopFieldError[] = [];
  if (def.steps.length === 0) {
    errors.push(sopError(def, ['steps'], null, 'SOP belum punya langkah.', 'The SOP has no steps.'));
    return errors;
  }

  const firstIndexOf = new Map<number, number>();
  def.steps.forEach((step, index) => {
    if (!Number.isInteger(step.no) || step.no < 1) {
      errors.push(
        sopError(
          def,
          ['steps', index, 'no'],
          null,
          `Nomor langkah "${step.no}" harus bilangan bulat positif.`,
          `Step number "${step.no}" must be a positive whole number.`,
        ),
      );
      return;
    }
    const first = firstIndexOf.get(step.no);
    if (first !== undefined) {
      errors.push(
        sopError(
          def,
          ['steps', index, 'no'],
          step.no,
          `nomor ${step.no} sudah dipakai langkah ke-${first + 1} dalam daftar (ini yang ke-${index + 1}).`,
          `number ${step.no} is already used by entry ${first + 1} of the list (this is entry ${index + 1}).`,
        ),
      );
    } else {
      firstIndexOf.set(step.no, index);
    }
  });

  const lanes = new Set(def.lanes.map((lane) => lane.key));
  def.steps.forEach((step, index) => {
    errors.push(...validateStep(def, step, index, lanes, firstIndexOf));
  });

  const starts = def.steps.filter((step) => step.kinds.includes('start'));
  if (starts.length !== 1) {
    const list = starts.map((step) => step.no).join(', ');
    errors.push(
      sopError(
        def,
        ['steps'],
        null,
        starts.length === 0
          ? 'SOP harus punya tepat satu langkah awal (Mulai); belum ada.'
          : `SOP harus punya tepat satu langkah awal (Mulai); ada ${starts.length}: langkah ${list}.`,
        starts.length === 0
          ? 'An SOP must have exactly one start step (Mulai); it has none.'
          : `An SOP must have exactly one start step (Mulai); it has ${starts.length}: steps ${list}.`,
      ),
    );
  }
  if (!def.steps.some(isEnd)) {
    errors.push(
      sopError(
        def,
        ['steps'],
        null,
        'SOP harus punya sedikitnya satu langkah akhir (Selesai).',
        'An SOP must have at least one end step (Selesai).',
      ),
    );
  }
  return errors;
}

function validateStep(
  def: SopDefinition,
  step: SopStep,
  index: number,
  lanes: Set<string>,
  numbers: Map<number, number>,
): SopFieldError[] {
  const errors: SopFieldError[] = [];
  const err = (path: Array<string | number>, id: string, en: string) =>
    errors.push(sopError(def, ['steps', index, ...path], step.no, id, en));
  const exists = (no: number) => numbers.has(no);

  if (step.activity.trim() === '')
    err(['activity'], 'uraian kegiatan wajib diisi.', 'the activity text is required.');
  if (!lanes.has(step.lane)) {
    err(
      ['lane'],
      `pelaksana "${step.lane}" tidak ada dalam daftar pelaksana (lanes).`,
      `lane "${step.lane}" is not declared in the lanes.`,
    );
  }

  const kinds = new Set(step.kinds);
  if (kinds.size === 0) err(['kinds'], 'jenis langkah wajib diisi.', 'the step kind is required.');
  if (kinds.has('decision') && kinds.has('process')) {
    err(
      ['kinds'],
      'sebuah langkah tidak bisa sekaligus proses dan keputusan.',
      'a step cannot be both a process and a decision.',
    );
  }
  if (kinds.has('decision') && kinds.has('end')) {
    err(
      ['kinds'],
      'langkah keputusan tidak bisa menjadi langkah akhir.',
      'a decision cannot be an end step.',
    );
  }

  if (isDecision(step)) {
    if (step.next !== null) {
      err(
        ['next'],
        'langkah keputusan berlanjut lewat jalan keluar Ya/Tidak, bukan "next".',
        'a decision continues through its Ya/Tidak exits, not "next".',
      );
    }
    const exits = decisionExits(def, step);
    if (exits.yes === null) {
      err(
        ['exits', 'yes'],
        'keputusan belum punya jalan keluar Ya dan tidak ada langkah sesudahnya.',
        'the decision has no Ya (yes) exit and no step follows it.',
      );
    } else if (!exists(exits.yes)) {
      err(
        ['exits', 'yes'],
        `jalan keluar Ya menuju langkah ${exits.yes} yang tidak ada.`,
        `the Ya (yes) exit goes to step ${exits.yes}, which does not exist.`,
      );
    }
    if (exits.no === null) {
      err(
        ['exits', 'no'],
        'keputusan belum punya jalan keluar Tidak.',
        'the decision has no Tidak (no) exit.',
      );
    } else if (!exists(exits.no)) {
      err(
        ['exits', 'no'],
        `jalan keluar Tidak menuju langkah ${exits.no} yang tidak ada.`,
        `the Tidak (no) exit goes to step ${exits.no}, which does not exist.`,
      );
    }
    if (exits.yes !== null && exits.yes === exits.no) {
      err(
        ['exits'],
        `jalan keluar Ya dan Tidak sama-sama menuju langkah ${exits.yes}; keputusan perlu dua jalan keluar.`,
        `the Ya and Tidak exits both go to step ${exits.yes}; a decision needs two exits.`,
      );
    }
    if (step.perUnit) {
      err(
        ['perUnit'],
        'langkah keputusan tidak bisa dikerjakan per unit.',
        'a decision cannot be done per unit.',
      );
    }
  } else {
    if (step.exits !== null) {
      err(
        ['exits'],
        'hanya langkah keputusan yang punya jalan keluar Ya/Tidak.',
        'only a decision has Ya/Tidak exits.',
      );
    }
    if (isEnd(step)) {
      if (step.next !== null)
        err(['next'], 'langkah akhir tidak punya langkah berikutnya.', 'an end step has no next step.');
    } else if (step.next !== null) {
      if (!exists(step.next)) {
        err(
          ['next'],
          `langkah berikutnya ${step.next} tidak ada.`,
          `the next step ${step.next} does not exist.`,
        );
      }
    } else if (followingStepNo(def, step.no) === null) {
      err(
        ['next'],
        'bukan langkah akhir, tetapi tidak ada langkah sesudahnya; tandai sebagai akhir atau isi langkah berikutnya.',
        'not an end step, yet no step follows it; mark it as an end or give its next step.',
      );
    }
  }

  if (step.perUnit) {
    if (step.perUnit.unitKinds.length === 0) {
      err(
        ['perUnit', 'unitKinds'],
        'jenis unit untuk langkah per unit wajib diisi.',
        'a per-unit step needs unit kinds.',
      );
    }
    step.perUnit.unitKinds.forEach((kind, k) => {
      if (!(kind in UNIT_KINDS)) {
        err(
          ['perUnit', 'unitKinds', k],
          `jenis unit "${kind}" tidak dikenal (${Object.keys(UNIT_KINDS).join(', ')}).`,
          `unit kind "${kind}" is unknown (${Object.keys(UNIT_KINDS).join(', ')}).`,
        );
      }
    });
  }

  errors.push(...validateDocumentActs(def, step, index));

  step.mutuBaku.forEach((row, k) => {
    if (!row.time) return;
    const parsed = parseWorkDuration(row.time.written);
    if (parsed === null) {
      err(
        ['mutuBaku', k, 'time'],
        `waktu "${row.time.written}" tidak terbaca; tulis seperti "15 menit", "2 jam" atau "1 hari".`,
        `time standard "${row.time.written}" cannot be read; write it like "15 menit", "2 jam" or "1 hari".`,
      );
    } else if (row.time.duration?.amount !== parsed.amount || row.time.duration.unit !== parsed.unit) {
      err(
        ['mutuBaku', k, 'time'],
        `waktu "${row.time.written}" tidak sesuai dengan nilai terbacanya.`,
        `time standard "${row.time.written}" does not match its parsed value.`,
      );
    }
  });
  return errors;
}

/**
 * A step's document acts: each known and listed once, and the lembar disposisi only on the start step
 * (it prints the disposition that starts the run). A letter number without a cover letter in the SOP
 * is fine: the report itself is numbered then. A definition stored before the field existed has none.
 */
function validateDocumentActs(def: SopDefinition, step: SopStep, index: number): SopFieldError[] {
  const errors: SopFieldError[] = [];
  const seen = new Set<string>();
  (step.documentActs ?? []).forEach((act, k) => {
    const err = (id: string, en: string) =>
      errors.push(sopError(def, ['steps', index, 'documentActs', k], step.no, id, en));
    if (!DOCUMENT_ACTS.includes(act)) {
      err(
        `tindakan dokumen "${act}" tidak dikenal (${DOCUMENT_ACTS.join(', ')}).`,
        `document act "${act}" is unknown (${DOCUMENT_ACTS.join(', ')}).`,
      );
    } else if (seen.has(act)) {
      err(`tindakan dokumen "${act}" tercantum dua kali.`, `document act "${act}" is listed twice.`);
    } else if (act === 'disposition_sheet' && !step.kinds.includes('start')) {
      err(
        'lembar disposisi hanya dapat dibuat di langkah awal (Mulai), tempat disposisi diberikan.',
        'the disposition sheet can only be made at the start step (Mulai), where the disposition is given.',
      );
    }
    seen.add(act);
  });
  return errors;
}
