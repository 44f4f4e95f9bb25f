import type { SopDefinition, SopStep } from '../../core/sop';
import { SOP_FILE_FORMAT, type SopFile } from './sop-file-schema';

type FileStep = SopFile['steps'][number];

/**
 * The file form of a definition: defaults and empty values left out so the file reads like the
 * sheet; time standards as written; keys in reading order (notes, identity, lanes, steps).
 * `sopFileToDefinition` of the result gives the definition back.
 */
export function definitionToSopFile(def: SopDefinition): SopFile {
  const id = def.identity;
  const approver = id.approvedBy;
  const identity: SopFile['identity'] = {
    ...(id.government !== null && { government: id.government }),
    agencyName: id.agencyName,
    number: id.number,
    title: id.title,
    ...(id.createdOn !== null && { createdOn: id.createdOn }),
    ...(id.revisedOn !== null && { revisedOn: id.revisedOn }),
    ...(id.effectiveOn !== null && { effectiveOn: id.effectiveOn }),
    ...(id.effectiveLabel !== 'pengesahan' && { effectiveLabel: id.effectiveLabel }),
    ...(approver && {
      approvedBy: {
        position: approver.position,
        name: approver.name,
        ...(approver.rank !== null && { rank: approver.rank }),
        ...(approver.nip !== null && { nip: approver.nip }),
      },
    }),
    ...(id.legalBasis.length > 0 && { legalBasis: [...id.legalBasis] }),
    ...(id.qualifications.length > 0 && { qualifications: [...id.qualifications] }),
    ...(id.relatedSops.length > 0 && {
      relatedSops: id.relatedSops.map((entry) =>
        entry.code === null ? entry.text : { text: entry.text, code: entry.code },
      ),
    }),
    ...(id.equipment.length > 0 && { equipment: [...id.equipment] }),
    ...(id.warning !== null && { warning: id.warning }),
    ...(id.recordKeeping !== null && { recordKeeping: id.recordKeeping }),
  };
  return {
    format: SOP_FILE_FORMAT,
    code: def.code,
    agency: def.agency,
    ...(def.curationNotes.length > 0 && { curationNotes: [...def.curationNotes] }),
    identity,
    lanes: def.lanes.map((lane) => ({ key: lane.key, label: lane.label })),
    steps: def.steps.map(fileStep),
  };
}

function fileStep(step: SopStep): FileStep {
  const onlyProcess = step.kinds.length === 1 && step.kinds[0] === 'process';
  return {
    no: step.no,
    ...(!onlyProcess && { kinds: [...step.kinds] }),
    lane: step.lane,
    ...(step.laneReading !== null && { laneReading: step.laneReading }),
    activity: step.activity,
    ...(step.mutuBaku.length > 0 && {
      mutuBaku: step.mutuBaku.map((row) => ({
        inputs: row.inputs,
        time: row.time === null ? null : row.time.written,
        output: row.output,
      })),
    }),
    ...(step.note !== null && { note: step.note }),
    ...(step.next !== null && { next: step.next }),
    ...(step.exits !== null && {
      exits: {
        ...(step.exits.yes !== null && { yes: step.exits.yes }),
        ...(step.exits.no !== null && { no: step.exits.no }),
      },
    }),
    ...(step.perUnit !== null && { perUnit: { unitKinds: [...step.perUnit.unitKinds] } }),
    ...(step.meeting && { meeting: true }),
    ...(step.paraf && { paraf: true }),
    ...(step.signature && { signature: true }),
    ...(step.documentActs.length > 0 && { documentActs: [...step.documentActs] }),
  };
}
