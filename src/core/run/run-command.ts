import type { Disposition, Period, TaskOutput } from './run-state';

/** Who acts: the person, and the positions they hold or act for today (definitive, Plt, Plh). */
export interface RunActor {
  personId: string;
  positionIds: string[];
  /** Administrators of the agency may cancel any run. */
  isAdmin: boolean;
}

export type RunCommand =
  | {
      type: 'start';
      runId: string;
      agencyId: string;
      sopId: string;
      sopVersion: number;
      purpose: string;
      period: Period;
      disposition: Disposition | null;
    }
  | { type: 'claim'; taskId: string }
  | { type: 'complete'; taskId: string; output: TaskOutput | null }
  | {
      type: 'decide';
      taskId: string;
      decision: 'approve' | 'return';
      reason?: string | null;
      /** The document version the decision is about (a return points at it and its comments). */
      output?: TaskOutput | null;
    }
  | { type: 'paraf'; taskId: string; output?: TaskOutput | null }
  | { type: 'sign'; taskId: string; output?: TaskOutput | null }
  | { type: 'delegate'; taskId: string; toPersonId: string }
  | { type: 'cancel'; reason: string };
