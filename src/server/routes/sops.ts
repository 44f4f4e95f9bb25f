import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  laneMappingRequestSchema,
  okSchema,
  publishRequestSchema,
  sopDefinitionSchema,
  sopImportRequestSchema,
  sopSummarySchema,
  sopVersionSchema,
} from '../../contract';
import type { ServiceContext } from '../../services/context';
import { exportSop } from '../../services/sops/export-sop';
import { importSopFile } from '../../services/sops/import-sop-file';
import {
  getSopVersion,
  listSops,
  publishSop,
  saveSopDraft,
  setLaneMapping,
} from '../../services/sops/sop-library';
import { requireActor } from '../auth-plugin';
import { languageOf } from '../language';

const agencyParams = z.object({ agencyId: idSchema });
const sopParams = z.object({ sopId: idSchema });
const savedSchema = z.object({ sopId: idSchema, version: z.number().int() });

export const sopRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['sops'];
    app.get(
      '/agencies/:agencyId/sops',
      { schema: { tags, params: agencyParams, response: { 200: z.array(sopSummarySchema) } } },
      async (request) => listSops(ctx, requireActor(request), request.params.agencyId),
    );
    app.post(
      '/agencies/:agencyId/sops',
      {
        schema: {
          tags,
          summary: 'Save an SOP definition as its draft (a new SOP, or a new draft of an existing code)',
          params: agencyParams,
          body: z.object({ definition: sopDefinitionSchema }),
          response: { 200: savedSchema },
        },
      },
      async (request) =>
        saveSopDraft(ctx, requireActor(request), request.params.agencyId, request.body.definition),
    );
    app.post(
      '/agencies/:agencyId/sops/import',
      {
        schema: {
          tags,
          summary: 'Import an SOP file (YAML, JSON, XLSX in the paper layout, or BPMN 2.0) as a draft',
          params: agencyParams,
          body: sopImportRequestSchema,
          response: { 200: savedSchema.extend({ code: z.string() }) },
        },
      },
      async (request) =>
        importSopFile(ctx, requireActor(request), request.params.agencyId, {
          fileName: request.body.fileName,
          content: Buffer.from(request.body.content, request.body.encoding === 'base64' ? 'base64' : 'utf8'),
        }),
    );
    app.get(
      '/sops/:sopId',
      {
        schema: {
          tags,
          params: sopParams,
          querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
          response: { 200: sopVersionSchema },
        },
      },
      async (request) => {
        const view = await getSopVersion(
          ctx,
          requireActor(request),
          request.params.sopId,
          request.query.version,
        );
        const lang = languageOf(request);
        return {
          ...view,
          problems: view.problems.map((p) => ({ field: p.field, message: p.message[lang] })),
        };
      },
    );
    app.get(
      '/sops/:sopId/export',
      {
        schema: {
          tags,
          summary:
            'The SOP as a file: data (yaml, json, xlsx, bpmn) or the standard SOP sheet (pdf, docx, svg)',
          params: sopParams,
          querystring: z.object({
            format: z.enum(['yaml', 'json', 'xlsx', 'bpmn', 'pdf', 'docx', 'svg']),
            version: z.coerce.number().int().min(1).optional(),
            paper: z.enum(['A4', 'F4']).default('A4'),
          }),
        },
      },
      async (request, reply) => {
        const file = await exportSop(ctx, requireActor(request), request.params.sopId, request.query.format, {
          version: request.query.version,
          paper: request.query.paper,
        });
        const inline = request.query.format === 'svg' || request.query.format === 'pdf';
        return reply
          .type(file.contentType)
          .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${file.fileName}"`)
          .send(file.content);
      },
    );
    app.put(
      '/sops/:sopId/lanes',
      { schema: { tags, params: sopParams, body: laneMappingRequestSchema, response: { 200: okSchema } } },
      async (request) => {
        await setLaneMapping(ctx, requireActor(request), request.params.sopId, request.body.lanes);
        return { ok: true as const };
      },
    );
    app.post(
      '/sops/:sopId/publish',
      {
        schema: {
          tags,
          params: sopParams,
          body: publishRequestSchema,
          response: { 200: z.object({ version: z.number().int() }) },
        },
      },
      async (request) =>
        publishSop(ctx, requireActor(request), request.params.sopId, request.body.effectiveDate ?? null),
    );
  };
