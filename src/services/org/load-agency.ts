import { forbidden, notFound } from '../../core/errors';
import type { Db } from '../../db/database';
import { type AgencyRecord, findAgency } from '../../db/repositories/org-repository';
import { type Actor, canAdminister, canRead } from '../context';

/**
 * Loads an agency the actor may see (or administer, with `admin`). An agency the actor may not see
 * answers "not found", not "forbidden": its existence is not the actor's business.
 */
export async function loadAgency(
  db: Db,
  actor: Actor,
  agencyId: string,
  access: 'read' | 'admin',
): Promise<AgencyRecord> {
  const agency = await findAgency(db, agencyId);
  if (!agency || !canRead(actor, agency)) throw notFound('agency');
  if (access === 'admin' && !canAdminister(actor, agency)) throw forbidden();
  return agency;
}
