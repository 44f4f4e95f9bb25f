import type { Actor, ServiceContext } from '../context';
import { loadLetterAccess } from './letter-access';
import { type LetterNumberRecord, type LetterNumberStatus, listNumberRows } from './letter-records';

export interface LetterRegister {
  year: number;
  timeZone: string;
  /** May the reader issue, reserve and cancel (the page shows those actions)? */
  canIssue: boolean;
  numbers: LetterNumberRecord[];
}

/**
 * The letter register of a year (this year in the agency's time zone when absent): every number
 * with its date, subject, status and who issued or cancelled it, newest first. Anyone of the agency.
 */
export async function listLetterNumbers(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  filter: { year?: number; status?: LetterNumberStatus } = {},
): Promise<LetterRegister> {
  const access = await loadLetterAccess(ctx, actor, agencyId);
  const year = filter.year ?? Number(access.today.slice(0, 4));
  return {
    year,
    timeZone: access.agency.timeZone,
    canIssue: access.canIssue,
    numbers: await listNumberRows(ctx.db, { agencyId, year, status: filter.status }),
  };
}
