import { z } from 'zod';
import { sopFileSchema } from './sop-file-schema';

/**
 * The JSON Schema of the SOP file form, published as `sops/sop.schema.json` (editors use it to check
 * and complete the YAML). A test keeps the published file equal to this.
 */
export function sopJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(sopFileSchema, { io: 'input', target: 'draft-2020-12' });
  return { ...schema, title: 'Alur SOP (alur-sop/v1)' };
}
