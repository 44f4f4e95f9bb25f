import { normalizeNip } from '../../core/org/nip';
import { type SopDefinition, type SopStep, timeStandard } from '../../core/sop';
import type { SopFile } from './sop-file-schema';

/**
 * Turns a shape-checked SOP file into the model: defaults filled, absent values as null, time
 * standards read, a NIP with spaces stored as its 18 digits (an invalid one is kept as written and
 * reported by `validateSop`).
 */
export function sopFileToDefinition(file: SopFile): SopDefinition {
  const identity = file.identity;
  const approver = identity.approvedBy ?? null;
  return {
    code: file.code,
    agency: file.agency,
    identity: {
      government: identity.government ?? null,
      agencyName: identity.agencyName,
      number: identity.number,
      title: identity.title,
      createdOn: identity.createdOn ?? null,
      revisedOn: identity.revisedOn ?? null,
      effectiveOn: identity.effectiveOn ?? null,
      effectiveLabel: identity.effectiveLabel ?? 'pengesahan',
      approvedBy: approver && {
        position: approver.position,
        name: approver.name,
        nip: approver.nip == null ? null : storedNip(approver.nip),
        rank: approver.rank ?? null,
      },
      legalBasis: identity.legalBasis ?? [],
      qualifications: identity.qualifications ?? [],
      relatedSops: (identity.relatedSops ?? []).map((entry) =>
        typeof entry === 'string'
          ? { text: entry, code: null }
          : { text: entry.text, code: entry.code ?? null },
      ),
      equipment: identity.equipment ?? [],
      warning: identity.warning ?? null,
      recordKeeping: identity.recordKeeping ?? null,
    },
    lanes: file.lanes.map((lane) => ({ key: lane.key, label: lane.label })),
    steps: file.steps.map(
      (step): SopStep => ({
        no: step.no,
        activity: step.activity,
        lane: step.lane,
        laneReading: step.laneReading ?? null,
        kinds: step.kinds ?? ['process'],
        mutuBaku: (step.mutuBaku ?? []).map((row) => ({
          inputs: row.inputs ?? '',
          time:
            row.time == null
              ? null
              : timeStandard(typeof row.time === 'string' ? row.time : row.time.written),
          output: row.output ?? '',
        })),
        note: step.note ?? null,
        next: step.next ?? null,
        exits: step.exits ? { yes: step.exits.yes ?? null, no: step.exits.no ?? null } : null,
        perUnit: step.perUnit ? { unitKinds: [...step.perUnit.unitKinds] } : null,
        meeting: step.meeting ?? false,
        paraf: step.paraf ?? false,
        signature: step.signature ?? false,
        documentActs: [...(step.documentActs ?? [])],
      }),
    ),
    curationNotes: file.curationNotes ?? [],
  };
}

function storedNip(written: string): string {
  const result = normalizeNip(written);
  return 'nip' in result ? result.nip : written;
}
