import type { AgencyIdentity } from '../../../core/document';
import type { AgencyRecord } from '../../../db/repositories/org-repository';
import { type Actor, localDate, type ServiceContext } from '../../context';
import { loadAgency } from '../../org/load-agency';

/**
 * The agency as documents name it, for an actor who may read it ("not found" otherwise), and today's
 * date in its zone (the default date of a document).
 */
export async function loadAgencyIdentity(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
): Promise<{ agency: AgencyRecord; identity: AgencyIdentity; today: string }> {
  const agency = await loadAgency(ctx.db, actor, agencyId, 'read');
  return { agency, identity: identityOf(agency), today: localDate(ctx.now(), agency.timeZone) };
}

export function identityOf(agency: AgencyRecord): AgencyIdentity {
  return {
    name: agency.name,
    shortName: agency.shortName,
    government: `Pemerintah ${agency.regionName}`,
    regionName: agency.regionName,
    address: agency.address,
    place: placeOf(agency),
    logoBase64: logoBase64(agency.logo),
    timeZone: agency.timeZone,
  };
}

/** The logo's bytes when it is PNG or JPEG (the document model's formats); an SVG logo is left out. */
function logoBase64(logo: string | null): string | null {
  const match = /^data:image\/(?:png|jpeg);base64,(.+)$/s.exec(logo ?? '');
  return match ? match[1]! : null;
}

const REGION_PREFIX = /^(provinsi|kabupaten|kota)\s+/i;

/**
 * The town written before a document's date. The database holds no such field, so it is read from
 * the address — the first part that is neither a street nor the region ("Jalan M.T. Haryono,
 * Samarinda, Kalimantan Timur" → "Samarinda") — or, without an address, the region's name without
 * its kind ("Provinsi Jambi" → "Jambi", "Kabupaten Tanjung Jabung Barat" → "Tanjung Jabung Barat").
 * Callers that know better pass their own place.
 */
export function placeOf(agency: Pick<AgencyRecord, 'address' | 'regionName'>): string {
  const region = agency.regionName.replace(REGION_PREFIX, '').toLowerCase();
  const parts = (agency.address ?? '')
    .replace(/\([^)]*\)/g, '')
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const town = parts.find(
    (p) =>
      !/^(jalan|jl\.?|jln\.?|gedung|komplek|kompleks|kantor|no\.?|nomor|rt|rw|kode pos|telp|telepon)\b/i.test(
        p,
      ) &&
      !/\d{3,}/.test(p) &&
      !REGION_PREFIX.test(p) &&
      p.toLowerCase() !== region,
  );
  return town ?? agency.regionName.replace(REGION_PREFIX, '');
}
