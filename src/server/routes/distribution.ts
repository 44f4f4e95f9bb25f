import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addRecipientsInputSchema,
  archiveInputSchema,
  archiveRecordSchema,
  archiveViewSchema,
  distributionListSchema,
  distributionSchema,
  idSchema,
  sendDocumentInputSchema,
} from '../../contract';
import type { ServiceContext } from '../../services/context';
import { addRecipients } from '../../services/distribution/add-recipients';
import { archiveDocument, getArchive } from '../../services/distribution/archive-document';
import { exportArchivePackage } from '../../services/distribution/export-archive-package';
import { listDistributions } from '../../services/distribution/list-distributions';
import { removeRecipient } from '../../services/distribution/remove-recipient';
import { sendDocument } from '../../services/distribution/send-document';
import { requireActor } from '../auth-plugin';

const documentParams = z.object({ documentId: idSchema });
const distributionParams = documentParams.extend({ distributionId: idSchema });

/** Recipients, sending and deliveries of a document; its archive record and SRIKANDI package. */
export const distributionRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['distribution'];
    const base = '/documents/:documentId';
    app.get(
      `${base}/distributions`,
      {
        schema: {
          tags,
          summary: "A document's recipients and deliveries (status, message id, error, attempts)",
          params: documentParams,
          response: { 200: distributionListSchema },
        },
      },
      async (request) => listDistributions(ctx, requireActor(request), request.params.documentId),
    );
    app.post(
      `${base}/distributions`,
      {
        schema: {
          tags,
          summary: 'Add recipients of a version: positions of the agency, or people outside it',
          params: documentParams,
          body: addRecipientsInputSchema,
          response: { 201: z.array(distributionSchema) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await addRecipients(ctx, requireActor(request), {
            documentId: request.params.documentId,
            ...request.body,
          }),
        ),
    );
    app.delete(
      `${base}/distributions/:distributionId`,
      {
        schema: {
          tags,
          summary: 'Take a recipient off the list before sending',
          params: distributionParams,
          response: { 200: z.array(distributionSchema) },
        },
      },
      async (request) => removeRecipient(ctx, requireActor(request), request.params),
    );
    app.post(
      `${base}/distributions/send`,
      {
        schema: {
          tags,
          summary: 'Send the version to its waiting recipients: e-mail with the PDF, or recorded as by hand',
          params: documentParams,
          body: sendDocumentInputSchema,
          response: { 200: z.array(distributionSchema) },
        },
      },
      async (request) =>
        sendDocument(ctx, requireActor(request), {
          documentId: request.params.documentId,
          versionId: request.body.versionId,
        }),
    );
    app.get(
      `${base}/archive`,
      {
        schema: {
          tags,
          summary: "The document's archive record (null until archived)",
          params: documentParams,
          response: { 200: archiveViewSchema },
        },
      },
      async (request) => getArchive(ctx, requireActor(request), request.params.documentId),
    );
    app.post(
      `${base}/archive`,
      {
        schema: {
          tags,
          summary: 'Archive a version once: classification, JRA retention, access class',
          params: documentParams,
          body: archiveInputSchema,
          response: { 201: archiveRecordSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await archiveDocument(ctx, requireActor(request), {
            documentId: request.params.documentId,
            ...request.body,
          }),
        ),
    );
    app.get(
      `${base}/archive/package`,
      {
        schema: {
          tags,
          summary: 'The archive package for SRIKANDI: a ZIP with the PDF and metadata.json',
          params: documentParams,
        },
      },
      async (request, reply) => {
        const file = await exportArchivePackage(ctx, requireActor(request), request.params.documentId);
        return reply
          .type('application/zip')
          .header(
            'content-disposition',
            `attachment; filename="${file.fileName.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          )
          .send(file.buffer);
      },
    );
  };
