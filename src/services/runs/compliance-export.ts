import { writeComplianceXlsx as write } from '../../formats/compliance-xlsx/write-compliance-xlsx';
import type { Me } from '../auth/load-me';
import type { ServiceContext } from '../context';
import { sopCompliance } from './sop-compliance';

/** The compliance table of the person's agency as an XLSX workbook. */
export async function writeComplianceXlsx(ctx: ServiceContext, me: Me, sopId?: string): Promise<Buffer> {
  return write(
    await sopCompliance(ctx, me, sopId),
    `Kepatuhan SOP terhadap mutu baku waktu — ${me.agencyName}`,
  );
}
