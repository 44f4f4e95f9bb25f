import fs from 'node:fs';
import path from 'node:path';
import { parseSopYaml } from '../../formats/sop-yaml';
import type { ServiceContext } from '../context';
import { getAgencyByCode, systemActor } from '../org/agencies';
import { publishSop, saveSopDraft, setLaneMapping } from '../sops/sop-library';

export const SOPS_DIR = path.resolve(import.meta.dirname, '../../../sops');

/** "Sekertaris (sic, seed spelling)" and "sekretaris" read the same; so do "Kasubag" and "Kasubbag". */
function normalizeRole(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/sekertaris/g, 'sekretaris')
    .replace(/kasubag\b/g, 'kasubbag')
    .replace(/[-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Loads the curated seed SOPs (`sops/*.yaml`) of an agency, maps each lane to the one position whose
 * SOP role (from the demo organisation) names it, and publishes them. Lanes with no single match stay
 * unmapped (per-unit lanes such as "Kabid" need none).
 */
export async function seedDemoSops(
  ctx: ServiceContext,
  agencyCode: string,
  dir = SOPS_DIR,
): Promise<string[]> {
  const agency = await getAgencyByCode(ctx, agencyCode);
  const actor = systemActor(agency);
  const positions = await ctx.db
    .selectFrom('position')
    .select(['id', 'sop_role'])
    .where('agency_id', '=', agency.id)
    .execute();
  const published: string[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const definition = parseSopYaml(fs.readFileSync(path.join(dir, file), 'utf8'), file);
    if (definition.agency !== agencyCode) continue;
    const { sopId } = await saveSopDraft(ctx, actor, agency.id, definition);
    const mapping: Record<string, string | null> = {};
    for (const lane of definition.lanes) {
      const names = [normalizeRole(lane.label), normalizeRole(lane.key)];
      const matches = positions.filter((p) => p.sop_role && names.includes(normalizeRole(p.sop_role)));
      if (matches.length === 1) mapping[lane.key] = matches[0]!.id;
    }
    await setLaneMapping(ctx, actor, sopId, mapping);
    await publishSop(ctx, actor, sopId, null);
    published.push(definition.code);
  }
  return published;
}
