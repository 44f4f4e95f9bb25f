/**
 * Element ids of an exported SOP. Ids are XML NCNames: lane keys and SOP codes are slugs
 * (`kasubbag-program`), which are valid after a letter prefix.
 */
export const START_EVENT_ID = 'Start';

export function stepElementId(no: number): string {
  return `Step_${no}`;
}

export function gatewayId(no: number): string {
  return `Gateway_${no}`;
}

export function endEventId(no: number): string {
  return `End_${no}`;
}

export function laneId(key: string): string {
  return `Lane_${safeIdPart(key)}`;
}

/** Reads a lane key back from `Lane_<key>`; null when the id was not written by Alur. */
export function laneKeyFromId(id: string): string | null {
  return id.startsWith('Lane_') && id.length > 5 ? id.slice(5) : null;
}

/** Reads a step number back from `Step_<no>`. */
export function stepNoFromId(id: string): number | null {
  const match = /^Step_(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

export function safeIdPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '_');
}

/** Variable that, when truthy, sends a run of the export through the decision's Tidak exit. */
export function returnVariable(no: number): string {
  return `returned_${no}`;
}

/** Variable holding how many units do a per-unit step in a run of the export. */
export function unitCountVariable(no: number): string {
  return `unitCount_${no}`;
}
