/**
 * Who holds a position on a day. A position has at most one definitive holder and, for a date range,
 * at most one acting official (Plt or Plh) at a time: two acting appointments of one position may not
 * overlap, or a task would have two owners.
 */
export type AppointmentKind = 'definitive' | 'plt' | 'plh';

export interface AppointmentPeriod {
  id?: string;
  kind: AppointmentKind;
  startsOn: string;
  endsOn: string | null;
}

/** Inclusive date ranges `[a.startsOn, a.endsOn]`; a missing end is open. Dates are `YYYY-MM-DD`. */
export function periodsOverlap(a: AppointmentPeriod, b: AppointmentPeriod): boolean {
  const aEnd = a.endsOn ?? '9999-12-31';
  const bEnd = b.endsOn ?? '9999-12-31';
  return a.startsOn <= bEnd && b.startsOn <= aEnd;
}

/** The existing appointment of the same class (definitive vs acting) that the candidate collides with, if any. */
export function findConflictingAppointment<T extends AppointmentPeriod>(
  candidate: AppointmentPeriod,
  existing: T[],
): T | undefined {
  const acting = (k: AppointmentKind) => k !== 'definitive';
  return existing.find(
    (e) => e.id !== candidate.id && acting(e.kind) === acting(candidate.kind) && periodsOverlap(candidate, e),
  );
}

export function isActiveOn(period: AppointmentPeriod, day: string): boolean {
  return period.startsOn <= day && (period.endsOn === null || day <= period.endsOn);
}
