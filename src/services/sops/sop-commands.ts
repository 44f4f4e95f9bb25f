import fs from 'node:fs';
import path from 'node:path';
import { DomainError, notFound } from '../../core/errors';
import { validateSop } from '../../core/sop';
import { listAgencies } from '../../db/repositories/org-repository';
import type { ServiceContext } from '../context';
import { getAgencyByCode, systemActor } from '../org/agencies';
import { exportSop, type SopExportFormat } from './export-sop';
import { importSopFile, readSopFile } from './import-sop-file';
import { listSops } from './sop-library';

/** `alur sop list`: every SOP of every agency (or one agency), newest version first. */
export async function listAllSops(ctx: ServiceContext, agencyCode?: string) {
  const agencies = agencyCode ? [await getAgencyByCode(ctx, agencyCode)] : await listAgencies(ctx.db);
  const out = [];
  for (const agency of agencies) {
    for (const sop of await listSops(ctx, systemActor(agency), agency.id))
      out.push({ agency: agency.code, ...sop });
  }
  return out;
}

/** `alur sop import <file>`: into the agency the file names (or the one given). */
export async function importSopFromPath(ctx: ServiceContext, file: string, agencyCode?: string) {
  const content = fs.readFileSync(file);
  const definition = await readSopFile({ fileName: path.basename(file), content });
  const agency = await getAgencyByCode(ctx, agencyCode ?? definition.agency);
  return importSopFile(ctx, systemActor(agency), agency.id, { fileName: path.basename(file), content });
}

/** `alur sop validate <file>`: reads and validates without a database; throws with every problem. */
export async function validateSopFile(file: string) {
  const definition = await readSopFile({ fileName: path.basename(file), content: fs.readFileSync(file) });
  const problems = validateSop(definition);
  return { definition, problems };
}

/** `alur sop export <code>`: the latest version of the SOP with that code, in a file format. */
export async function exportSopByCode(
  ctx: ServiceContext,
  code: string,
  format: SopExportFormat,
  agencyCode?: string,
) {
  let q = ctx.db
    .selectFrom('sop')
    .innerJoin('agency', 'agency.id', 'sop.agency_id')
    .select(['sop.id as id', 'agency.code as agency']);
  q = q.where('sop.code', '=', code);
  if (agencyCode) q = q.where('agency.code', '=', agencyCode);
  const rows = await q.execute();
  if (rows.length === 0) throw notFound('sop');
  if (rows.length > 1)
    throw new DomainError('SOP_CODE_AMBIGUOUS', {
      id: `Kode SOP ${code} dipakai beberapa instansi; sebutkan --agency.`,
      en: `SOP code ${code} is used by several agencies; name one with --agency.`,
    });
  const agency = await getAgencyByCode(ctx, rows[0]!.agency);
  return exportSop(ctx, systemActor(agency), rows[0]!.id, format);
}
