import type { SopDefinitionDto } from '../../contract';
import type { StepDto } from './step-list';

/**
 * What the editor holds: the definition with the identity's lists as text (one item per line, so a
 * person can type a new line) and the approver as separate fields. {@link toDefinition} turns it into
 * what the API takes.
 */
export interface EditorDraft {
  code: string;
  agency: string;
  identity: {
    government: string;
    agencyName: string;
    number: string;
    title: string;
    createdOn: string;
    revisedOn: string;
    effectiveOn: string;
    effectiveLabel: 'efektif' | 'pengesahan';
    approverPosition: string;
    approverName: string;
    approverNip: string;
    approverRank: string;
    legalBasis: string;
    qualifications: string;
    relatedSops: string;
    equipment: string;
    warning: string;
    recordKeeping: string;
  };
  lanes: Array<{ key: string; label: string }>;
  steps: StepDto[];
  /** Kept as loaded: the editor does not show them, the SOP page does. */
  curationNotes: string[];
  /** Codes of related SOPs by their text, so editing the list keeps the links it can. */
  relatedCodes: Record<string, string | null>;
}

export function emptyDraft(agency: { code: string; name: string }): EditorDraft {
  return {
    code: '',
    agency: agency.code,
    identity: {
      government: '',
      agencyName: agency.name,
      number: '',
      title: '',
      createdOn: '',
      revisedOn: '',
      effectiveOn: '',
      effectiveLabel: 'efektif',
      approverPosition: '',
      approverName: '',
      approverNip: '',
      approverRank: '',
      legalBasis: '',
      qualifications: '',
      relatedSops: '',
      equipment: '',
      warning: '',
      recordKeeping: '',
    },
    lanes: [],
    steps: [],
    curationNotes: [],
    relatedCodes: {},
  };
}

export function draftFromDefinition(def: SopDefinitionDto): EditorDraft {
  const i = def.identity;
  return {
    code: def.code,
    agency: def.agency,
    identity: {
      government: i.government ?? '',
      agencyName: i.agencyName,
      number: i.number,
      title: i.title,
      createdOn: i.createdOn ?? '',
      revisedOn: i.revisedOn ?? '',
      effectiveOn: i.effectiveOn ?? '',
      effectiveLabel: i.effectiveLabel,
      approverPosition: i.approvedBy?.position ?? '',
      approverName: i.approvedBy?.name ?? '',
      approverNip: i.approvedBy?.nip ?? '',
      approverRank: i.approvedBy?.rank ?? '',
      legalBasis: i.legalBasis.join('\n'),
      qualifications: i.qualifications.join('\n'),
      relatedSops: i.relatedSops.map((r) => r.text).join('\n'),
      equipment: i.equipment.join('\n'),
      warning: i.warning ?? '',
      recordKeeping: i.recordKeeping ?? '',
    },
    lanes: def.lanes.map((l) => ({ ...l })),
    // A definition saved before document acts existed arrives without them.
    steps: def.steps.map((step) => ({ ...step, documentActs: step.documentActs ?? [] })),
    curationNotes: def.curationNotes,
    relatedCodes: Object.fromEntries(i.relatedSops.map((r) => [r.text, r.code])),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The definition to send. Blank optional text becomes null; an approver with no field filled is
 * null; a NIP loses its spaces (the sheets print "19671129 199803 1 003", the data keeps 18 digits).
 */
export function toDefinition(draft: EditorDraft): SopDefinitionDto {
  const i = draft.identity;
  const approverGiven = [i.approverPosition, i.approverName, i.approverNip, i.approverRank].some(
    (v) => v.trim() !== '',
  );
  return {
    code: draft.code.trim(),
    agency: draft.agency,
    identity: {
      government: orNull(i.government),
      agencyName: i.agencyName.trim(),
      number: i.number.trim(),
      title: i.title.trim(),
      createdOn: orNull(i.createdOn),
      revisedOn: orNull(i.revisedOn),
      effectiveOn: orNull(i.effectiveOn),
      effectiveLabel: i.effectiveLabel,
      approvedBy: approverGiven
        ? {
            position: i.approverPosition.trim(),
            name: i.approverName.trim(),
            nip: orNull(i.approverNip.replace(/\s+/g, '')),
            rank: orNull(i.approverRank),
          }
        : null,
      legalBasis: lines(i.legalBasis),
      qualifications: lines(i.qualifications),
      relatedSops: lines(i.relatedSops).map((text) => ({ text, code: draft.relatedCodes[text] ?? null })),
      equipment: lines(i.equipment),
      warning: orNull(i.warning),
      recordKeeping: orNull(i.recordKeeping),
    },
    lanes: draft.lanes,
    steps: draft.steps.map((step) => ({
      ...step,
      activity: step.activity.trim(),
      note: step.note === null ? null : orNull(step.note),
      mutuBaku: step.mutuBaku.map((row) => ({
        ...row,
        inputs: row.inputs.trim(),
        output: row.output.trim(),
      })),
    })),
    curationNotes: draft.curationNotes,
  };
}
