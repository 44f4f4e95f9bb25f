import { writeRenstraXlsx } from '../../formats/performance-xlsx/write-renstra-xlsx';
import type { Actor, ServiceContext } from '../context';
import { loadPerformanceAccess } from './performance-access';
import { getRenstraTable } from './renstra';

/** The Renstra's indicator table (path, indicators, targets per year) as an XLSX download. */
export async function exportRenstraXlsx(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  renstraId: string,
): Promise<{ fileName: string; buffer: Buffer }> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const table = await getRenstraTable(ctx, actor, agencyId, renstraId);
  const buffer = await writeRenstraXlsx({
    agencyName: access.agency.name,
    startYear: table.renstra.startYear,
    endYear: table.renstra.endYear,
    visi: table.renstra.visi,
    years: table.years,
    rows: table.rows,
  });
  return { fileName: `renstra-${table.renstra.startYear}-${table.renstra.endYear}.xlsx`, buffer };
}
