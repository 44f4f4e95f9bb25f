import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  commentRequestSchema,
  compareQuerySchema,
  documentListQuerySchema,
  documentPageSchema,
  documentSummarySchema,
  generationJobSchema,
  generationRequestSchema,
  idSchema,
  narrativeSchema,
  narrativeUpdateSchema,
  okSchema,
  parafRequestSchema,
  prepareForSigningRequestSchema,
  signRequestSchema,
  versionComparisonSchema,
  versionResultSchema,
} from '../../contract';
import { fieldError, invalid } from '../../core/errors';
import type { ServiceContext } from '../../services/context';
import { commentOnVersion, resolveComment } from '../../services/documents/comment-on-version';
import { compareVersions } from '../../services/documents/compare-versions';
import { getDocumentPage, getVersionFile, listDocuments } from '../../services/documents/documents-queries';
import { getGenerationJob, requestGeneration } from '../../services/documents/generate-document';
import { runGenerationJobSoon, settleGenerationJobs } from '../../services/documents/generation-worker';
import { parafDocument } from '../../services/documents/paraf-document';
import { prepareForSigning } from '../../services/documents/prepare-for-signing';
import { signDocument } from '../../services/documents/sign-document';
import { getNarrative, updateNarrative } from '../../services/documents/update-narrative';
import { MAX_UPLOAD_BYTES, type UploadInput, uploadVersion } from '../../services/documents/upload-version';
import { requireActor } from '../auth-plugin';
import { publicBaseUrl } from '../public-base-url';

const agencyParams = z.object({ agencyId: idSchema });
const documentParams = z.object({ documentId: idSchema });
const versionParams = documentParams.extend({ versionId: idSchema });
const fileParams = versionParams.extend({ file: z.enum(['pdf', 'docx', 'upload']) });

/**
 * Documents: lists, the document page, generation jobs (request, then poll), version files, uploads
 * (multipart), the narrative editor, comparison, comments, paraf, preparing for signature and signing.
 * Request bodies are never logged (Fastify logs method, URL and status only), so a signing
 * passphrase does not reach the logs.
 */
export const documentRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['documents'];
    // Multipart only here (uploads); one file per request, a little above the service's own limit so
    // the service can name the field when a file is too large.
    await app.register(multipart, {
      limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1, fields: 10, fieldSize: 4000 },
    });
    app.addHook('onClose', async () => settleGenerationJobs());

    app.get(
      '/agencies/:agencyId/documents',
      {
        schema: {
          tags,
          summary: "An agency's documents, newest change first",
          params: agencyParams,
          querystring: documentListQuerySchema,
          response: { 200: z.array(documentSummarySchema) },
        },
      },
      async (request) => listDocuments(ctx, requireActor(request), request.params.agencyId, request.query),
    );
    app.post(
      '/agencies/:agencyId/documents/generate',
      {
        schema: {
          tags,
          summary: 'Queue the generation of a document; poll the job for progress',
          params: agencyParams,
          body: generationRequestSchema,
          response: { 202: z.object({ jobId: idSchema }) },
        },
      },
      async (request, reply) => {
        const result = await requestGeneration(ctx, requireActor(request), {
          ...request.body,
          agencyId: request.params.agencyId,
        });
        runGenerationJobSoon(ctx, result.jobId);
        return reply.code(202).send(result);
      },
    );
    app.get(
      '/generation-jobs/:jobId',
      {
        schema: {
          tags,
          summary:
            'A generation job: status, stage (an i18n key), progress, the missing-data list on failure',
          params: z.object({ jobId: idSchema }),
          response: { 200: generationJobSchema },
        },
      },
      async (request) => getGenerationJob(ctx, requireActor(request), request.params.jobId),
    );
    app.post(
      '/agencies/:agencyId/documents/upload',
      {
        bodyLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
        schema: {
          tags,
          summary: 'Upload a file as a new document (multipart: file, title, note?, runId?, taskId?)',
          consumes: ['multipart/form-data'],
          params: agencyParams,
          response: { 201: versionResultSchema },
        },
      },
      async (request, reply) => {
        const form = await readUpload(request);
        const result = await uploadVersion(ctx, requireActor(request), {
          ...form,
          agencyId: request.params.agencyId,
        });
        return reply.code(201).send(result);
      },
    );
    app.get(
      '/documents/:documentId',
      { schema: { tags, params: documentParams, response: { 200: documentPageSchema } } },
      async (request) => getDocumentPage(ctx, requireActor(request), request.params.documentId),
    );
    app.post(
      '/documents/:documentId/versions',
      {
        bodyLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
        schema: {
          tags,
          summary:
            'Upload a file as the next version of a draft document (multipart: file, note?, runId?, taskId?)',
          consumes: ['multipart/form-data'],
          params: documentParams,
          response: { 201: versionResultSchema },
        },
      },
      async (request, reply) => {
        const form = await readUpload(request);
        const result = await uploadVersion(ctx, requireActor(request), {
          ...form,
          documentId: request.params.documentId,
        });
        return reply.code(201).send(result);
      },
    );
    app.get(
      '/documents/:documentId/versions/:versionId/:file',
      { schema: { tags, summary: "A version's PDF, DOCX or uploaded file", params: fileParams } },
      async (request, reply) => {
        const { documentId, versionId, file } = request.params;
        return sendFile(reply, await getVersionFile(ctx, requireActor(request), documentId, versionId, file));
      },
    );
    app.get(
      '/documents/:documentId/narrative',
      { schema: { tags, params: documentParams, response: { 200: narrativeSchema } } },
      async (request) => getNarrative(ctx, requireActor(request), request.params.documentId),
    );
    app.put(
      '/documents/:documentId/narrative',
      {
        schema: {
          tags,
          summary: 'Save edited sections (optimistic: send the version you read)',
          params: documentParams,
          body: narrativeUpdateSchema,
          response: { 200: narrativeSchema },
        },
      },
      async (request) => updateNarrative(ctx, requireActor(request), request.params.documentId, request.body),
    );
    app.get(
      '/documents/:documentId/compare',
      {
        schema: {
          tags,
          summary: 'Word-level narrative differences between two versions',
          params: documentParams,
          querystring: compareQuerySchema,
          response: { 200: versionComparisonSchema },
        },
      },
      async (request) =>
        compareVersions(
          ctx,
          requireActor(request),
          request.params.documentId,
          request.query.from,
          request.query.to,
        ),
    );
    app.post(
      '/documents/:documentId/versions/:versionId/comments',
      {
        schema: {
          tags,
          params: versionParams,
          body: commentRequestSchema,
          response: { 201: z.object({ id: idSchema }) },
        },
      },
      async (request, reply) => {
        const { documentId, versionId } = request.params;
        const created = await commentOnVersion(
          ctx,
          requireActor(request),
          documentId,
          versionId,
          request.body,
        );
        return reply.code(201).send(created);
      },
    );
    app.post(
      '/documents/:documentId/comments/:commentId/resolve',
      {
        schema: {
          tags,
          params: documentParams.extend({ commentId: idSchema }),
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await resolveComment(ctx, requireActor(request), request.params.documentId, request.params.commentId);
        return { ok: true as const };
      },
    );
    app.post(
      '/documents/:documentId/paraf',
      {
        schema: {
          tags,
          summary: 'Initial the latest version (records its content hash)',
          params: documentParams,
          body: parafRequestSchema,
          response: { 201: z.object({ id: idSchema, contentSha256: z.string() }) },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await parafDocument(ctx, requireActor(request), request.params.documentId, request.body)),
    );
    app.post(
      '/documents/:documentId/prepare-for-signing',
      {
        schema: {
          tags,
          summary:
            'Render the version for signing (paraf trail, verification QR); refused when the content changed after a paraf',
          params: documentParams,
          body: prepareForSigningRequestSchema,
          response: { 201: versionResultSchema.extend({ verificationToken: z.string() }) },
        },
      },
      async (request, reply) => {
        const result = await prepareForSigning(ctx, requireActor(request), request.params.documentId, {
          ...request.body,
          publicBaseUrl: publicBaseUrl(request),
        });
        return reply.code(201).send({ documentId: request.params.documentId, ...result });
      },
    );
    app.post(
      '/documents/:documentId/sign',
      {
        schema: {
          tags,
          summary:
            "Sign with the signer's certificate (passphrase in the body: used once, never stored or logged)",
          params: documentParams,
          body: signRequestSchema,
          response: { 201: versionResultSchema.extend({ signatureId: idSchema }) },
        },
      },
      async (request, reply) => {
        const result = await signDocument(
          ctx,
          requireActor(request),
          request.params.documentId,
          request.body,
        );
        return reply.code(201).send({ documentId: request.params.documentId, ...result });
      },
    );
  };

const UPLOAD_FIELDS = ['title', 'note', 'runId', 'taskId'] as const;

/** The multipart form of an upload: one `file` and a few text fields. */
async function readUpload(request: FastifyRequest): Promise<Omit<UploadInput, 'documentId' | 'agencyId'>> {
  if (!request.isMultipart())
    throw invalid([
      fieldError(
        'file',
        'Kirim berkas sebagai multipart/form-data.',
        'Send the file as multipart/form-data.',
      ),
    ]);
  const fields: Record<string, string> = {};
  let file: { name: string; content: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          await part.toBuffer();
          continue;
        }
        file = { name: part.filename, content: await part.toBuffer() };
      } else if ((UPLOAD_FIELDS as readonly string[]).includes(part.fieldname)) {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT')
      throw invalid([
        fieldError(
          'file',
          code === 'FST_FILES_LIMIT'
            ? 'Unggah satu berkas saja.'
            : `Berkas terlalu besar; paling besar ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`,
          code === 'FST_FILES_LIMIT'
            ? 'Upload one file only.'
            : `The file is too large; at most ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`,
        ),
      ]);
    throw error;
  }
  if (!file) throw invalid([fieldError('file', 'Pilih berkas yang diunggah.', 'Choose the file to upload.')]);
  return {
    fileName: file.name,
    content: file.content,
    title: fields.title ?? null,
    note: fields.note ?? null,
    runId: fields.runId || null,
    taskId: fields.taskId || null,
  };
}

/** A file download; the name is given both as ASCII and (RFC 5987) as UTF-8. */
export function sendFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; content: Buffer },
): FastifyReply {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .type(file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.content);
}
