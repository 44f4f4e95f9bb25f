import type { Actor, ServiceContext } from '../context';
import { loadAgency } from '../org/load-agency';
import { type SigningCertificateRecord, selectCertificates } from './signing-certificate-rows';

/** The agency's signing certificates with their status now (agency administrators). */
export async function listSigningCertificates(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
): Promise<SigningCertificateRecord[]> {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  return selectCertificates(ctx.db, agencyId, ctx.now());
}
