import type { SopDefinition, SopStep } from './sop-definition';
import { timeStandard } from './time-standard';

/** Test builders (not exported from the package index). */

/** A step with defaults: a process in lane `staf` taking 1 jam. */
export function aStep(no: number, overrides: Partial<SopStep> = {}): SopStep {
  return {
    no,
    activity: `Kegiatan ${no}`,
    lane: 'staf',
    laneReading: null,
    kinds: ['process'],
    mutuBaku: [{ inputs: 'Bahan', time: timeStandard('1 jam'), output: 'Hasil' }],
    note: null,
    next: null,
    exits: null,
    perUnit: null,
    meeting: false,
    paraf: false,
    signature: false,
    documentActs: [],
    ...overrides,
  };
}

/** Seed 002's shape in small: start, work, a decision returning to 2, sign, end. */
export function aSop(steps?: SopStep[]): SopDefinition {
  return {
    code: 'contoh-sop',
    agency: 'contoh',
    identity: {
      government: null,
      agencyName: 'DINAS CONTOH',
      number: '1/SOP/2026',
      title: 'Contoh',
      createdOn: '6 Januari 2023',
      revisedOn: null,
      effectiveOn: 'Januari 2023',
      effectiveLabel: 'efektif',
      approvedBy: { position: 'Kepala Dinas', name: 'Nama', nip: '196711291998031003', rank: null },
      legalBasis: ['Perpres 29/2014'],
      qualifications: [],
      relatedSops: [{ text: 'SOP Perjanjian Kinerja', code: null }],
      equipment: [],
      warning: null,
      recordKeeping: null,
    },
    lanes: [
      { key: 'kadis', label: 'Kepala Dinas' },
      { key: 'sekretaris', label: 'Sekretaris' },
      { key: 'staf', label: 'Staf' },
    ],
    steps: steps ?? [
      aStep(1, { kinds: ['start', 'process'], lane: 'kadis' }),
      aStep(2),
      aStep(3, { kinds: ['decision'], lane: 'sekretaris', exits: { yes: null, no: 2 } }),
      aStep(4, { lane: 'kadis', signature: true }),
      aStep(5, { kinds: ['process', 'end'] }),
    ],
    curationNotes: [],
  };
}
