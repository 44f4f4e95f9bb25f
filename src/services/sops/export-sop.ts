import { notFound } from '../../core/errors';
import type { SopDefinition } from '../../core/sop';
import { writeSopBpmn } from '../../formats/sop-bpmn';
import { renderSopSheetDocx, renderSopSheetPdf, renderSopSheetSvg } from '../../formats/sop-sheet';
import { writeSopXlsx } from '../../formats/sop-xlsx';
import { writeSopJson, writeSopYaml } from '../../formats/sop-yaml';
import type { Actor, ServiceContext } from '../context';
import { getSopVersion } from './sop-library';

export type SopExportFormat = 'yaml' | 'json' | 'xlsx' | 'bpmn' | 'pdf' | 'docx' | 'svg';

export const SOP_EXPORT_TYPES: Record<SopExportFormat, string> = {
  yaml: 'application/yaml',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  bpmn: 'application/xml',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  svg: 'image/svg+xml',
};

/** Writes a definition in one of the SOP formats: data (YAML, JSON, XLSX, BPMN) or the SOP sheet (PDF, DOCX, SVG). */
export async function renderSop(
  definition: SopDefinition,
  format: SopExportFormat,
  paper: 'A4' | 'F4' = 'A4',
): Promise<Buffer> {
  switch (format) {
    case 'yaml':
      return Buffer.from(writeSopYaml(definition), 'utf8');
    case 'json':
      return Buffer.from(writeSopJson(definition), 'utf8');
    case 'xlsx':
      return writeSopXlsx(definition);
    case 'bpmn':
      return Buffer.from(await writeSopBpmn(definition), 'utf8');
    case 'pdf':
      return renderSopSheetPdf(definition, { paper });
    case 'docx':
      return renderSopSheetDocx(definition, { paper });
    case 'svg':
      return Buffer.from(renderSopSheetSvg(definition, { paper }), 'utf8');
  }
}

/** An SOP version of the actor's agency in a file format, with its file name. */
export async function exportSop(
  ctx: ServiceContext,
  actor: Actor,
  sopId: string,
  format: SopExportFormat,
  options: { version?: number; paper?: 'A4' | 'F4' } = {},
): Promise<{ fileName: string; contentType: string; content: Buffer }> {
  const view = await getSopVersion(ctx, actor, sopId, options.version);
  if (!view) throw notFound('sop');
  return {
    fileName: `${view.code}-v${view.version}.${format}`,
    contentType: SOP_EXPORT_TYPES[format],
    content: await renderSop(view.definition, format, options.paper),
  };
}

/** Finds an SOP of an agency by its code (for the command line). */
export async function sopIdByCode(ctx: ServiceContext, agencyId: string, code: string): Promise<string> {
  const row = await ctx.db
    .selectFrom('sop')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw notFound('sop');
  return row.id;
}
