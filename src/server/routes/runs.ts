import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  complianceRowSchema,
  idSchema,
  notificationSchema,
  okSchema,
  runCommandRequestSchema,
  runDetailSchema,
  runDocumentActRequestSchema,
  runDocumentSchema,
  runLetterNumberResultSchema,
  runSummarySchema,
  startRunRequestSchema,
  taskViewSchema,
} from '../../contract';
import type { ServiceContext } from '../../services/context';
import { writeComplianceXlsx } from '../../services/runs/compliance-export';
import { executeRunCommand } from '../../services/runs/execute-run-command';
import {
  actOnRunDocument,
  listRunDocuments,
  numberRunLetter,
  queueDispositionSheet,
} from '../../services/runs/run-document-acts';
import {
  getInbox,
  getRunDetail,
  listNotifications,
  listRuns,
  markNotificationRead,
} from '../../services/runs/run-views';
import { sopCompliance } from '../../services/runs/sop-compliance';
import { startRun } from '../../services/runs/start-run';
import { requireMe } from '../auth-plugin';
import { publicBaseUrl } from '../public-base-url';

const runParams = z.object({ runId: idSchema });

export const runRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['runs'];
    app.get('/runs', { schema: { tags, response: { 200: z.array(runSummarySchema) } } }, async (request) =>
      listRuns(ctx, requireMe(request)),
    );
    app.post(
      '/runs',
      {
        schema: {
          tags,
          summary: "Start a run of an SOP's published version with a disposition",
          body: startRunRequestSchema,
          response: { 201: runDetailSchema },
        },
      },
      async (request, reply) => {
        const me = requireMe(request);
        const state = await startRun(ctx, me, request.body);
        await queueDispositionSheet(ctx, me, state.id);
        return reply.code(201).send(await getRunDetail(ctx, me, state.id));
      },
    );
    app.get(
      '/runs/:runId',
      { schema: { tags, params: runParams, response: { 200: runDetailSchema } } },
      async (request) => getRunDetail(ctx, requireMe(request), request.params.runId),
    );
    app.post(
      '/runs/:runId/commands',
      {
        schema: {
          tags,
          summary: 'Act on a run: claim, complete, decide (approve/return), paraf, sign, delegate, cancel',
          params: runParams,
          body: runCommandRequestSchema,
          response: { 200: runDetailSchema },
        },
      },
      async (request) => {
        const me = requireMe(request);
        await executeRunCommand(ctx, me, request.params.runId, request.body.command, {
          commandId: request.body.commandId,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        return getRunDetail(ctx, me, request.params.runId);
      },
    );
    app.get(
      '/runs/:runId/documents',
      { schema: { tags, params: runParams, response: { 200: z.array(runDocumentSchema) } } },
      async (request) => listRunDocuments(ctx, requireMe(request), request.params.runId),
    );
    app.post(
      '/runs/:runId/tasks/:taskId/document-act',
      {
        schema: {
          tags,
          summary: "Initial or sign the run's report as the act of the task's step (then the step completes)",
          params: runParams.extend({ taskId: idSchema }),
          body: runDocumentActRequestSchema,
          response: { 200: runDetailSchema },
        },
      },
      async (request) => {
        const me = requireMe(request);
        await actOnRunDocument(ctx, me, request.params.runId, request.params.taskId, request.body.act, {
          publicBaseUrl: publicBaseUrl(request),
          meta: {
            commandId: request.body.commandId,
            ip: request.ip,
            userAgent: request.headers['user-agent'],
          },
        });
        return getRunDetail(ctx, me, request.params.runId);
      },
    );
    app.post(
      '/runs/:runId/tasks/:taskId/letter-number',
      {
        schema: {
          tags,
          summary: "Number the run's cover letter (once) and regenerate it with the number",
          params: runParams.extend({ taskId: idSchema }),
          response: { 200: runLetterNumberResultSchema },
        },
      },
      async (request) =>
        numberRunLetter(ctx, requireMe(request), request.params.runId, request.params.taskId),
    );
    app.get('/inbox', { schema: { tags, response: { 200: z.array(taskViewSchema) } } }, async (request) =>
      getInbox(ctx, requireMe(request)),
    );
    app.get(
      '/notifications',
      { schema: { tags, response: { 200: z.array(notificationSchema) } } },
      async (request) => listNotifications(ctx, requireMe(request)),
    );
    app.post(
      '/notifications/:id/read',
      { schema: { tags, params: z.object({ id: idSchema }), response: { 200: okSchema } } },
      async (request) => {
        await markNotificationRead(ctx, requireMe(request), request.params.id);
        return { ok: true as const };
      },
    );
    app.get(
      '/compliance',
      {
        schema: {
          tags,
          summary: 'Actual working time against the SOP time standard, per SOP step across runs',
          querystring: z.object({ sopId: idSchema.optional() }),
          response: { 200: z.array(complianceRowSchema) },
        },
      },
      async (request) => sopCompliance(ctx, requireMe(request), request.query.sopId),
    );
    app.get(
      '/compliance.xlsx',
      {
        schema: {
          tags,
          summary: 'The SOP compliance table as XLSX',
          querystring: z.object({ sopId: idSchema.optional() }),
        },
      },
      async (request, reply) => {
        const me = requireMe(request);
        const buffer = await writeComplianceXlsx(ctx, me, request.query.sopId);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', 'attachment; filename="kepatuhan-sop.xlsx"')
          .send(buffer);
      },
    );
  };
