/**
 * The state of one run of an SOP: the run header and its tasks. Plain data, stored as rows and
 * rebuilt for every command; `version` guards against two commands deciding on the same state.
 */
export type RunStatus = 'active' | 'completed' | 'cancelled';
export type TaskStatus = 'open' | 'claimed' | 'completed' | 'returned' | 'cancelled';

export interface Period {
  year: number;
  /** 1–4 for a quarterly run, null for a yearly one. */
  quarter: number | null;
}

export interface Disposition {
  text: string;
  /** The incoming letter the disposition is written on (SOP 003: from the regent or the Inspektorat). */
  letter?: { documentId: string; title: string } | null;
  /** Positions the head addresses (e.g. the Sekretaris). */
  addresseePositionIds: string[];
  deadline?: string | null;
}

/** What completing a task produced: a document (generated or uploaded), a meeting record, or data. */
export type TaskOutput =
  /** `versionId`: the version of an Alur document (generated or uploaded) the step produced or looked at. */
  | { kind: 'document'; documentId: string; title: string; versionId?: string | null }
  | { kind: 'disposition'; disposition: Disposition }
  | {
      kind: 'meeting';
      agenda: string;
      heldAt: string;
      place: string;
      attendees: string[];
      minutes: string;
    }
  | { kind: 'data'; reference: string; summary: string }
  | { kind: 'note'; text: string };

export interface Signoff {
  personId: string;
  positionId: string;
  at: string;
}

export interface Task {
  id: string;
  stepNo: number;
  positionId: string;
  /** The unit a per-unit task is for. */
  unitId: string | null;
  status: TaskStatus;
  /** 1 on first pass; a step opened again after a return counts up. */
  attempt: number;
  openedAt: string;
  dueAt: string | null;
  claimedBy: string | null;
  /** Someone the holder delegated the task to (an acting official). */
  delegatedTo: string | null;
  completedAt: string | null;
  completedBy: string | null;
  output: TaskOutput | null;
  decision: 'approved' | 'returned' | null;
  reason: string | null;
  paraf: Signoff | null;
  signature: Signoff | null;
}

export interface RunState {
  id: string;
  agencyId: string;
  sopId: string;
  sopVersion: number;
  purpose: string;
  period: Period;
  status: RunStatus;
  startedAt: string;
  startedBy: string;
  disposition: Disposition | null;
  completedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  version: number;
  tasks: Task[];
}
