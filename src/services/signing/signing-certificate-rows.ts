import type { Db } from '../../db/database';

/** `valid` at the moment asked, or why not. */
export type CertificateStatus = 'valid' | 'expired' | 'not_yet_valid' | 'revoked';

/** A stored signing certificate as the administration screens show it (never its bytes). */
export interface SigningCertificateRecord {
  id: string;
  agencyId: string;
  personId: string;
  personName: string;
  personNip: string | null;
  subject: string;
  issuer: string;
  serial: string;
  notBefore: string;
  notAfter: string;
  fingerprint: string;
  createdAt: string;
  revokedAt: string | null;
  status: CertificateStatus;
}

export function certificateStatus(
  row: { not_before: string; not_after: string; revoked_at: string | null },
  now: Date,
): CertificateStatus {
  if (row.revoked_at) return 'revoked';
  const at = now.toISOString();
  if (at < row.not_before) return 'not_yet_valid';
  if (at > row.not_after) return 'expired';
  return 'valid';
}

/** The agency's certificates (or one of them), newest upload first, with their holders' names. */
export async function selectCertificates(
  db: Db,
  agencyId: string,
  now: Date,
  certificateId?: string,
): Promise<SigningCertificateRecord[]> {
  let query = db
    .selectFrom('signing_certificate as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .select([
      'c.id',
      'c.agency_id',
      'c.person_id',
      'p.full_name',
      'p.nip',
      'c.subject',
      'c.issuer',
      'c.serial',
      'c.not_before',
      'c.not_after',
      'c.fingerprint_sha256',
      'c.created_at',
      'c.revoked_at',
    ])
    .where('c.agency_id', '=', agencyId);
  if (certificateId) query = query.where('c.id', '=', certificateId);
  const rows = await query.orderBy('p.full_name').orderBy('c.created_at', 'desc').execute();
  return rows.map((row) => ({
    id: row.id,
    agencyId: row.agency_id,
    personId: row.person_id,
    personName: row.full_name,
    personNip: row.nip,
    subject: row.subject,
    issuer: row.issuer,
    serial: row.serial,
    notBefore: row.not_before,
    notAfter: row.not_after,
    fingerprint: row.fingerprint_sha256,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    status: certificateStatus(row, now),
  }));
}
