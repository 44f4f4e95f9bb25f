import { fieldError, invalid } from '../../core/errors';
import type { SopDefinition } from '../../core/sop';
import { readSopBpmn } from '../../formats/sop-bpmn';
import { readSopXlsx } from '../../formats/sop-xlsx';
import { parseSopJson, parseSopYaml } from '../../formats/sop-yaml';
import type { Actor, ServiceContext } from '../context';
import { saveSopDraft } from './sop-library';

export interface SopFile {
  fileName: string;
  content: Buffer;
}

/** Reads an SOP file by its extension; every problem names the file, line or row, step and field. */
export async function readSopFile(file: SopFile): Promise<SopDefinition> {
  const name = file.fileName.toLowerCase();
  if (name.endsWith('.yaml') || name.endsWith('.yml'))
    return parseSopYaml(file.content.toString('utf8'), file.fileName);
  if (name.endsWith('.json')) return parseSopJson(file.content.toString('utf8'), file.fileName);
  if (name.endsWith('.xlsx')) return readSopXlsx(file.content, file.fileName);
  if (name.endsWith('.bpmn') || name.endsWith('.xml'))
    return readSopBpmn(file.content.toString('utf8'), file.fileName);
  throw invalid([
    fieldError(
      'fileName',
      `${file.fileName}: jenis berkas tidak dikenal; gunakan .yaml, .yml, .json, .xlsx atau .bpmn.`,
      `${file.fileName}: unknown file type; use .yaml, .yml, .json, .xlsx or .bpmn.`,
    ),
  ]);
}

/** `alur sop import` and the import button: read, validate, save as the SOP's draft. Nothing is saved when invalid. */
export async function importSopFile(ctx: ServiceContext, actor: Actor, agencyId: string, file: SopFile) {
  const definition = await readSopFile(file);
  const saved = await saveSopDraft(ctx, actor, agencyId, definition);
  return { ...saved, code: definition.code };
}
