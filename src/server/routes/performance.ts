import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionPlanInputSchema,
  actionPlanSavedSchema,
  actionPlanSchema,
  agencyDashboardSchema,
  agreementIndicatorUpdateSchema,
  agreementInputSchema,
  agreementSchema,
  budgetLineInputSchema,
  budgetSchema,
  idSchema,
  indicatorInputSchema,
  indicatorSchema,
  lockQuarterInputSchema,
  lockQuarterResultSchema,
  performanceAnalysisSchema,
  performanceImportInputSchema,
  performanceImportResultSchema,
  performanceSettingsSchema,
  periodQuerySchema,
  planNodeInputSchema,
  planNodeSchema,
  realisationCorrectionInputSchema,
  realisationDetailSchema,
  realisationGridSchema,
  realisationReviewSchema,
  realisationSaveSchema,
  realisationXlsxImportResultSchema,
  realisationXlsxQuerySchema,
  realisationXlsxUploadSchema,
  regionDashboardSchema,
  renstraInputSchema,
  renstraSchema,
  renstraTableSchema,
  renstraTreeSchema,
  yearSchema,
} from '../../contract';
import type { ServiceContext } from '../../services/context';
import { getActionPlan, saveActionPlan } from '../../services/performance/action-plan';
import { getAgencyDashboard } from '../../services/performance/agency-dashboard';
import {
  createAgreement,
  getAgreement,
  listAgencyAgreements,
  updateAgreementIndicator,
} from '../../services/performance/agreements';
import { getBudget, saveBudget } from '../../services/performance/budget';
import { exportAgreementsXlsx } from '../../services/performance/export-agreements-xlsx';
import { exportRenstraXlsx } from '../../services/performance/export-renstra-xlsx';
import { importPerformanceFile } from '../../services/performance/import-performance';
import {
  correctRealisation,
  getRealisation,
  getRealisationGrid,
  lockQuarter,
  reviewRealisation,
  saveRealisation,
} from '../../services/performance/realisation';
import { exportRealisationXlsx, importRealisationXlsx } from '../../services/performance/realisation-xlsx';
import { getRegionDashboard } from '../../services/performance/region-dashboard';
import {
  createIndicator,
  createPlanNode,
  createRenstra,
  getRenstraTable,
  getRenstraTree,
  listAgencyRenstras,
} from '../../services/performance/renstra';
import { analysisFor } from '../../services/performance/run-link';
import { getPerformanceSettings, savePerformanceSettings } from '../../services/performance/settings';
import { completeCollectionTasks } from '../../services/runs/complete-collection-tasks';
import { requireActor, requireMe } from '../auth-plugin';

const agencyParams = z.object({ agencyId: idSchema });
const renstraParams = agencyParams.extend({ renstraId: idSchema });
const agreementParams = agencyParams.extend({ agreementId: idSchema });
const realisationParams = agencyParams.extend({ realisationId: idSchema });
const yearQuery = z.object({ year: yearSchema });

/** Performance data under `/api/agencies/:agencyId/…`: Renstra, PK, Rencana Aksi, realisation, budget. */
export const performanceRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['performance'];
    const base = '/agencies/:agencyId';

    app.get(
      `${base}/renstra`,
      { schema: { tags, params: agencyParams, response: { 200: z.array(renstraSchema) } } },
      async (request) => listAgencyRenstras(ctx, requireActor(request), request.params.agencyId),
    );
    app.post(
      `${base}/renstra`,
      { schema: { tags, params: agencyParams, body: renstraInputSchema, response: { 201: renstraSchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createRenstra(ctx, requireActor(request), request.params.agencyId, request.body)),
    );
    app.get(
      `${base}/renstra/:renstraId/tree`,
      { schema: { tags, params: renstraParams, response: { 200: renstraTreeSchema } } },
      async (request) =>
        getRenstraTree(ctx, requireActor(request), request.params.agencyId, request.params.renstraId),
    );
    app.get(
      `${base}/renstra/:renstraId/table`,
      { schema: { tags, params: renstraParams, response: { 200: renstraTableSchema } } },
      async (request) =>
        getRenstraTable(ctx, requireActor(request), request.params.agencyId, request.params.renstraId),
    );
    app.post(
      `${base}/renstra/:renstraId/nodes`,
      {
        schema: { tags, params: renstraParams, body: planNodeInputSchema, response: { 201: planNodeSchema } },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await createPlanNode(
              ctx,
              requireActor(request),
              request.params.agencyId,
              request.params.renstraId,
              request.body,
            ),
          ),
    );
    app.post(
      `${base}/renstra/:renstraId/indicators`,
      {
        schema: {
          tags,
          params: renstraParams,
          body: indicatorInputSchema,
          response: { 201: indicatorSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await createIndicator(
              ctx,
              requireActor(request),
              request.params.agencyId,
              request.params.renstraId,
              request.body,
            ),
          ),
    );

    app.get(
      `${base}/agreements`,
      {
        schema: {
          tags,
          params: agencyParams,
          querystring: z.object({ year: yearSchema.optional() }),
          response: { 200: z.array(agreementSchema) },
        },
      },
      async (request) =>
        listAgencyAgreements(ctx, requireActor(request), request.params.agencyId, request.query.year),
    );
    app.post(
      `${base}/agreements`,
      {
        schema: {
          tags,
          params: agencyParams,
          body: agreementInputSchema,
          response: { 201: agreementSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createAgreement(ctx, requireActor(request), request.params.agencyId, request.body)),
    );
    app.get(
      `${base}/agreements/:agreementId`,
      { schema: { tags, params: agreementParams, response: { 200: agreementSchema } } },
      async (request) =>
        getAgreement(ctx, requireActor(request), request.params.agencyId, request.params.agreementId),
    );
    app.patch(
      `${base}/agreements/:agreementId/indicators/:agreementIndicatorId`,
      {
        schema: {
          tags,
          params: agreementParams.extend({ agreementIndicatorId: idSchema }),
          body: agreementIndicatorUpdateSchema,
          response: { 200: agreementSchema },
        },
      },
      async (request) =>
        updateAgreementIndicator(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.agreementId,
          request.params.agreementIndicatorId,
          request.body,
        ),
    );

    app.get(
      `${base}/action-plan`,
      { schema: { tags, params: agencyParams, querystring: yearQuery, response: { 200: actionPlanSchema } } },
      async (request) =>
        getActionPlan(ctx, requireActor(request), request.params.agencyId, request.query.year),
    );
    app.put(
      `${base}/action-plan`,
      {
        schema: {
          tags,
          params: agencyParams,
          body: actionPlanInputSchema,
          response: { 200: actionPlanSavedSchema },
        },
      },
      async (request) => saveActionPlan(ctx, requireActor(request), request.params.agencyId, request.body),
    );

    app.get(
      `${base}/realisations`,
      {
        schema: {
          tags,
          params: agencyParams,
          querystring: yearQuery.extend({ unitId: idSchema.optional() }),
          response: { 200: realisationGridSchema },
        },
      },
      async (request) =>
        getRealisationGrid(ctx, requireActor(request), request.params.agencyId, {
          year: request.query.year,
          unitId: request.query.unitId ?? null,
        }),
    );
    app.post(
      `${base}/realisations`,
      {
        schema: {
          tags,
          params: agencyParams,
          body: realisationSaveSchema,
          response: { 200: realisationGridSchema },
        },
      },
      async (request) => {
        const grid = await saveRealisation(ctx, requireActor(request), request.params.agencyId, request.body);
        if (request.body.submit)
          await completeCollectionTasks(ctx, requireMe(request), request.params.agencyId);
        return grid;
      },
    );
    app.post(
      `${base}/realisations/lock-quarter`,
      {
        schema: {
          tags,
          params: agencyParams,
          body: lockQuarterInputSchema,
          response: { 200: lockQuarterResultSchema },
        },
      },
      async (request) => lockQuarter(ctx, requireActor(request), request.params.agencyId, request.body),
    );
    app.get(
      `${base}/realisations/:realisationId`,
      { schema: { tags, params: realisationParams, response: { 200: realisationDetailSchema } } },
      async (request) =>
        getRealisation(ctx, requireActor(request), request.params.agencyId, request.params.realisationId),
    );
    app.post(
      `${base}/realisations/:realisationId/review`,
      {
        schema: {
          tags,
          params: realisationParams,
          body: realisationReviewSchema,
          response: { 200: realisationDetailSchema },
        },
      },
      async (request) =>
        reviewRealisation(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.realisationId,
          request.body,
        ),
    );
    app.post(
      `${base}/realisations/:realisationId/corrections`,
      {
        schema: {
          tags,
          params: realisationParams,
          body: realisationCorrectionInputSchema,
          response: { 200: realisationDetailSchema },
        },
      },
      async (request) =>
        correctRealisation(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.realisationId,
          request.body,
        ),
    );

    app.get(
      `${base}/budget`,
      { schema: { tags, params: agencyParams, querystring: yearQuery, response: { 200: budgetSchema } } },
      async (request) => getBudget(ctx, requireActor(request), request.params.agencyId, request.query.year),
    );
    app.put(
      `${base}/budget`,
      {
        schema: { tags, params: agencyParams, body: budgetLineInputSchema, response: { 200: budgetSchema } },
      },
      async (request) => saveBudget(ctx, requireActor(request), request.params.agencyId, request.body),
    );

    app.get(
      `${base}/performance-settings`,
      { schema: { tags, params: agencyParams, response: { 200: performanceSettingsSchema } } },
      async (request) => getPerformanceSettings(ctx, requireActor(request), request.params.agencyId),
    );
    app.put(
      `${base}/performance-settings`,
      {
        schema: {
          tags,
          params: agencyParams,
          body: performanceSettingsSchema,
          response: { 200: performanceSettingsSchema },
        },
      },
      async (request) =>
        savePerformanceSettings(ctx, requireActor(request), request.params.agencyId, request.body),
    );
    app.post(
      `${base}/performance-import`,
      {
        schema: {
          tags,
          params: agencyParams,
          body: performanceImportInputSchema,
          response: { 201: performanceImportResultSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await importPerformanceFile(ctx, requireActor(request), request.params.agencyId, request.body),
          ),
    );

    const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const download = (file: { fileName: string; buffer: Buffer }) => ({
      type: XLSX_TYPE,
      disposition: `attachment; filename="${file.fileName}"`,
      buffer: file.buffer,
    });
    app.get(
      `${base}/realisations/xlsx`,
      {
        schema: {
          tags,
          summary: "A unit's data-collection workbook (format pengumpulan data) for a quarter",
          params: agencyParams,
          querystring: realisationXlsxQuerySchema,
        },
      },
      async (request, reply) => {
        const file = download(
          await exportRealisationXlsx(ctx, requireActor(request), request.params.agencyId, request.query),
        );
        return reply.type(file.type).header('content-disposition', file.disposition).send(file.buffer);
      },
    );
    app.post(
      `${base}/realisations/xlsx`,
      {
        bodyLimit: 24 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Upload a filled data-collection workbook: every row is checked; all are saved or none',
          params: agencyParams,
          body: realisationXlsxUploadSchema,
          response: { 200: realisationXlsxImportResultSchema },
        },
      },
      async (request) => {
        const result = await importRealisationXlsx(ctx, requireActor(request), request.params.agencyId, {
          fileName: request.body.fileName,
          content: Buffer.from(request.body.content, 'base64'),
          submit: request.body.submit,
        });
        if (request.body.submit)
          await completeCollectionTasks(ctx, requireMe(request), request.params.agencyId);
        return result;
      },
    );
    app.get(
      `${base}/renstra/:renstraId/xlsx`,
      { schema: { tags, summary: 'The Renstra indicator table as XLSX', params: renstraParams } },
      async (request, reply) => {
        const file = download(
          await exportRenstraXlsx(
            ctx,
            requireActor(request),
            request.params.agencyId,
            request.params.renstraId,
          ),
        );
        return reply.type(file.type).header('content-disposition', file.disposition).send(file.buffer);
      },
    );
    app.get(
      `${base}/agreements/xlsx`,
      {
        schema: {
          tags,
          summary: "The year's Perjanjian Kinerja and Rencana Aksi as XLSX",
          params: agencyParams,
          querystring: yearQuery,
        },
      },
      async (request, reply) => {
        const file = download(
          await exportAgreementsXlsx(ctx, requireActor(request), request.params.agencyId, request.query.year),
        );
        return reply.type(file.type).header('content-disposition', file.disposition).send(file.buffer);
      },
    );
    app.get(
      `${base}/performance-analysis`,
      {
        schema: {
          tags,
          summary: 'Achievement per indicator and sasaran for a quarter or the year (no quarter)',
          params: agencyParams,
          querystring: periodQuerySchema,
          response: { 200: performanceAnalysisSchema },
        },
      },
      async (request) =>
        analysisFor(ctx, requireActor(request), request.params.agencyId, {
          year: request.query.year,
          quarter: request.query.quarter ?? null,
        }),
    );
    app.get(
      `${base}/performance-dashboard`,
      {
        schema: {
          tags,
          params: agencyParams,
          querystring: yearQuery,
          response: { 200: agencyDashboardSchema },
        },
      },
      async (request) =>
        getAgencyDashboard(ctx, requireActor(request), request.params.agencyId, request.query.year),
    );
    app.get(
      '/regions/:regionId/performance-dashboard',
      {
        schema: {
          tags,
          params: z.object({ regionId: idSchema }),
          querystring: yearQuery,
          response: { 200: regionDashboardSchema },
        },
      },
      async (request) =>
        getRegionDashboard(ctx, requireActor(request), request.params.regionId, request.query.year),
    );
  };
