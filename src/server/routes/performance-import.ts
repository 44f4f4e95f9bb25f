import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreementsXlsxImportResultSchema,
  idSchema,
  renstraXlsxImportResultSchema,
  xlsxImportInfoSchema,
  xlsxImportRejectedSchema,
} from '../../contract';
import type { ServiceContext } from '../../services/context';
import { importAgreementsXlsx } from '../../services/performance/import-agreements-xlsx';
import {
  importRenstraXlsx,
  MAX_IMPORT_XLSX_BYTES,
  uploadRefused,
  WorkbookRejected,
} from '../../services/performance/import-renstra-xlsx';
import { loadPerformanceAccess } from '../../services/performance/performance-access';
import { requireActor } from '../auth-plugin';
import { languageOf } from '../language';

const agencyParams = z.object({ agencyId: idSchema });

/**
 * Importing the Renstra and the year's PK workbooks (`multipart/form-data`, one `file` part) under
 * `/api/agencies/:agencyId/…`. A refused workbook answers 422 with its problems placed on sheet,
 * row and column, in the request's language.
 */
export const performanceImportRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['performance'];
    // Multipart only in this plugin; a file one byte over the limit is enough to name it too large.
    await app.register(multipart, { limits: { fileSize: MAX_IMPORT_XLSX_BYTES + 1, files: 1, fields: 4 } });
    const bodyLimit = MAX_IMPORT_XLSX_BYTES + 1024 * 1024;

    app.get(
      '/agencies/:agencyId/performance-xlsx-import',
      {
        schema: {
          tags,
          summary: 'Whether the signed-in person may import Renstra and PK workbooks, and the size limit',
          params: agencyParams,
          response: { 200: xlsxImportInfoSchema },
        },
      },
      async (request) => {
        const access = await loadPerformanceAccess(ctx, requireActor(request), request.params.agencyId);
        return { canImport: access.canPlan, maxBytes: MAX_IMPORT_XLSX_BYTES };
      },
    );
    app.post(
      '/agencies/:agencyId/renstra/xlsx',
      {
        bodyLimit,
        schema: {
          tags,
          summary:
            'Import the Renstra table (the layout of its XLSX export): all or nothing; a Renstra of the same period is updated by code',
          consumes: ['multipart/form-data'],
          params: agencyParams,
          response: { 200: renstraXlsxImportResultSchema, 422: xlsxImportRejectedSchema },
        },
      },
      async (request, reply) =>
        answer(request, reply, async () =>
          importRenstraXlsx(ctx, requireActor(request), request.params.agencyId, await readWorkbook(request)),
        ),
    );
    app.post(
      '/agencies/:agencyId/agreements/xlsx',
      {
        bodyLimit,
        schema: {
          tags,
          summary:
            "Import the year's Perjanjian Kinerja and Rencana Aksi (the layout of their XLSX export): all or nothing",
          consumes: ['multipart/form-data'],
          params: agencyParams,
          response: { 200: agreementsXlsxImportResultSchema, 422: xlsxImportRejectedSchema },
        },
      },
      async (request, reply) =>
        answer(request, reply, async () =>
          importAgreementsXlsx(
            ctx,
            requireActor(request),
            request.params.agencyId,
            await readWorkbook(request),
          ),
        ),
    );
  };

/** The result, or a refused workbook as 422 with its placed problems in the request's language. */
async function answer<T>(request: FastifyRequest, reply: FastifyReply, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof WorkbookRejected)) throw error;
    const lang = languageOf(request);
    return reply.code(422).send({
      error: {
        code: error.code,
        message: error.userMessage[lang],
        fields: error.fields.map((f) => ({ field: f.field, message: f.message[lang] })),
        problems: error.problems.map((p) => ({ ...p, message: p.message[lang] })),
      },
    });
  }
}

/** The uploaded `file` part; a missing or too large file is a refused workbook like any other. */
async function readWorkbook(request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart()) throw uploadRefused('berkas', 'not_multipart');
  let fileName = 'berkas';
  try {
    const part = await request.file();
    if (part?.fieldname !== 'file') throw uploadRefused(fileName, 'no_file');
    fileName = part.filename || fileName;
    return { fileName, content: await part.toBuffer() };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw uploadRefused(fileName, 'too_large');
    if (code === 'FST_FILES_LIMIT') throw uploadRefused(fileName, 'several_files');
    throw error;
  }
}
