import {
  createDemoCertificateAuthority,
  generateSigningKey,
  issueCertificateWithDetails,
} from '../../formats/pdf-signature';
import { newId, type ServiceContext } from '../context';

/** Every demo signing certificate opens with this passphrase; start-up prints it, marked as demo. */
export const DEMO_SIGNING_PASSPHRASE = 'alur-demo-2026';

/** Who signs in the demo: the heads of agency (JPT Pratama), secretaries and division heads (Administrator). */
const SIGNING_LEVELS = ['jpt_pratama', 'administrator'] as const;

const KEY_POOL_SIZE = 3;
/**
 * The passphrase is printed at start-up, so key-derivation rounds protect nothing here and only cost
 * seconds in every test that seeds the demo (2048 rounds: ~100 ms a certificate in JavaScript).
 */
const DEMO_P12_ITERATIONS = 16;
let keyPool: Promise<string[]> | undefined;

/**
 * Generating an RSA key costs about half a second and the demo seed runs in nearly every test, so the
 * demo's fictitious people share a few keys made once per process: the CA takes the first, people
 * take the others in turn. Each person still has a certificate of their own (own subject, serial
 * and validity). Real certificates are uploaded, never made here. Call early (the seed does, before
 * loading the agencies) and the keys are generated on the thread pool while the seed works.
 */
export function prepareDemoSigningKeys(): Promise<string[]> {
  keyPool ??= Promise.all(Array.from({ length: KEY_POOL_SIZE }, () => generateSigningKey()));
  return keyPool;
}

/**
 * Creates a demo CA for the agency and a certificate, with passphrase {@link DEMO_SIGNING_PASSPHRASE},
 * for every person appointed to a signing position, valid from a year ago to two years ahead.
 * Returns how many were issued.
 */
export async function seedDemoSigningCertificates(ctx: ServiceContext, agencyCode: string): Promise<number> {
  const agency = await ctx.db
    .selectFrom('agency')
    .select(['id', 'name'])
    .where('code', '=', agencyCode)
    .executeTakeFirstOrThrow();
  const signers = await ctx.db
    .selectFrom('appointment as a')
    .innerJoin('position as pos', 'pos.id', 'a.position_id')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select(['p.id', 'p.full_name', 'p.nip', 'p.email'])
    .distinct()
    .where('pos.agency_id', '=', agency.id)
    .where('pos.level', 'in', [...SIGNING_LEVELS])
    .orderBy('p.full_name')
    .execute();
  if (signers.length === 0) return 0;
  const [caKey, ...holderKeys] = await prepareDemoSigningKeys();
  const now = ctx.now();
  const year = 365 * 24 * 3600 * 1000;
  const ca = createDemoCertificateAuthority({
    commonName: 'Alur Demo CA (fiktif)',
    organization: agency.name,
    validFrom: new Date(now.getTime() - 2 * year),
    privateKeyPem: caKey,
  });
  const rows = signers.map((person, index) => {
    const { p12, certificate } = issueCertificateWithDetails(ca, {
      name: person.full_name,
      nip: person.nip,
      email: person.email,
      validFrom: new Date(now.getTime() - year),
      validTo: new Date(now.getTime() + 2 * year),
      passphrase: DEMO_SIGNING_PASSPHRASE,
      privateKeyPem: holderKeys[index % holderKeys.length],
      iterations: DEMO_P12_ITERATIONS,
    });
    return {
      id: newId(),
      agency_id: agency.id,
      person_id: person.id,
      p12,
      subject: certificate.subject,
      issuer: certificate.issuer,
      serial: certificate.serial,
      not_before: certificate.notBefore.toISOString(),
      not_after: certificate.notAfter.toISOString(),
      fingerprint_sha256: certificate.fingerprint,
      uploaded_by: null,
      created_at: now.toISOString(),
      revoked_at: null,
    };
  });
  await ctx.db.insertInto('signing_certificate').values(rows).execute();
  return rows.length;
}
