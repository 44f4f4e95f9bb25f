import { conflict, DomainError } from '../../core/errors';
import type { Actor, ServiceContext } from '../context';
import { loadAgency } from '../org/load-agency';
import { type SigningCertificateRecord, selectCertificates } from './signing-certificate-rows';

/**
 * Stops a certificate from signing (a lost token, a person who left). The row stays: signatures
 * already made name it. Revoking twice is a conflict, so the first revocation time is kept.
 */
export async function revokeSigningCertificate(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  certificateId: string,
): Promise<SigningCertificateRecord> {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const now = ctx.now();
  const result = await ctx.db
    .updateTable('signing_certificate')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', certificateId)
    .where('agency_id', '=', agencyId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  const [record] = await selectCertificates(ctx.db, agencyId, now, certificateId);
  if (!record)
    throw new DomainError('NOT_FOUND', {
      id: 'Sertifikat tidak ditemukan.',
      en: 'Certificate not found.',
    });
  if (Number(result.numUpdatedRows) === 0)
    throw conflict(
      'CERTIFICATE_REVOKED',
      'certificateId',
      'Sertifikat ini sudah dicabut.',
      'This certificate has already been revoked.',
    );
  return record;
}
