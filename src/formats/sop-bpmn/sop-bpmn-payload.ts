import type { DocumentAct, MutuBakuRow, SopDefinition, SopIdentity } from '../../core/sop';

/**
 * What Alur keeps in `bpmn:documentation` elements (`textFormat="application/json"`) beside the BPMN
 * structure. The structure (lanes, task names, flows, Ya/Tidak exits, multi-instance) is read from
 * the BPMN itself, so an edit in a modeler counts; these payloads carry what BPMN has no element for.
 */
export const SOP_BPMN_FORMAT = 'alur-sop-bpmn/v1';
export const JSON_TEXT_FORMAT = 'application/json';

/** On the process: the SOP's identity and library data. */
export interface ProcessPayload {
  format: typeof SOP_BPMN_FORMAT;
  code: string;
  agency: string;
  identity: SopIdentity;
  curationNotes: string[];
}

/**
 * On a step's task (or event, for a bare start/end capsule). `next` and `yes` are the values as
 * declared, so a default ("the following step") stays a default after a round trip.
 */
export interface StepPayload {
  no: number;
  kinds: SopDefinition['steps'][number]['kinds'];
  mutuBaku: MutuBakuRow[];
  note: string | null;
  next: number | null;
  yes: number | null;
  unitKinds: string[] | null;
  meeting: boolean;
  paraf: boolean;
  signature: boolean;
  /** Absent in files written before document acts existed: read as none. */
  documentActs?: DocumentAct[];
  laneReading: string | null;
}
