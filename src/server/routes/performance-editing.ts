import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionPlanRowEditSchema,
  actionPlanRowSavedSchema,
  agreementEditSchema,
  agreementIndicatorAddSchema,
  agreementsEditorSchema,
  agreementTargetEditSchema,
  editedPlanNodeSchema,
  editorAgreementSchema,
  editRevisionQuerySchema,
  idSchema,
  indicatorEditedSchema,
  indicatorEditSchema,
  okSchema,
  planNodeEditSchema,
  renstraEditorSchema,
  yearSchema,
} from '../../contract';
import type { ServiceContext } from '../../services/context';
import { addAgreementIndicator } from '../../services/performance/add-agreement-indicator';
import { getAgreementsEditor } from '../../services/performance/agreements-editor-view';
import { deleteIndicator } from '../../services/performance/delete-indicator';
import { deletePlanNode } from '../../services/performance/delete-plan-node';
import { removeAgreementIndicator } from '../../services/performance/remove-agreement-indicator';
import { getRenstraEditor } from '../../services/performance/renstra-editor-view';
import { updateActionPlanRow } from '../../services/performance/update-action-plan-row';
import { updateAgreement } from '../../services/performance/update-agreement';
import { updateAgreementTarget } from '../../services/performance/update-agreement-target';
import { updateIndicator } from '../../services/performance/update-indicator';
import { updatePlanNode } from '../../services/performance/update-plan-node';
import { requireActor } from '../auth-plugin';

const agencyParams = z.object({ agencyId: idSchema });
const withId = <K extends string>(key: K) =>
  agencyParams.extend({ [key]: idSchema } as Record<K, typeof idSchema>);

/**
 * The Renstra and PK editors under `/api/agencies/:agencyId/…`: views with each row's revision, and
 * changes that send it back (creation stays in `performance.ts`). Every write answers 409
 * `PERFORMANCE_EDIT_CONFLICT` when the row changed since the editor loaded it.
 */
export const performanceEditingRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['performance'];
    const base = '/agencies/:agencyId';

    app.get(
      `${base}/renstra/:renstraId/editor`,
      {
        schema: {
          tags,
          summary: 'The Renstra cascade with indicators, funding and revisions, for the editor',
          params: withId('renstraId'),
          response: { 200: renstraEditorSchema },
        },
      },
      async (request) =>
        getRenstraEditor(ctx, requireActor(request), request.params.agencyId, request.params.renstraId),
    );
    app.patch(
      `${base}/plan-nodes/:nodeId`,
      {
        schema: {
          tags,
          summary: "Change a node's code, description, unit or indicative funding",
          params: withId('nodeId'),
          body: planNodeEditSchema,
          response: { 200: editedPlanNodeSchema },
        },
      },
      async (request) =>
        updatePlanNode(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.nodeId,
          request.body,
        ),
    );
    app.delete(
      `${base}/plan-nodes/:nodeId`,
      {
        schema: {
          tags,
          summary: 'Delete a node without children, indicators or budget',
          params: withId('nodeId'),
          querystring: editRevisionQuerySchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await deletePlanNode(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.nodeId,
          request.query,
        );
        return { ok: true as const };
      },
    );
    app.patch(
      `${base}/indicators/:indicatorId`,
      {
        schema: {
          tags,
          summary: 'Change any field of an indicator and the targets of some years',
          params: withId('indicatorId'),
          body: indicatorEditSchema,
          response: { 200: indicatorEditedSchema },
        },
      },
      async (request) =>
        updateIndicator(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.indicatorId,
          request.body,
        ),
    );
    app.delete(
      `${base}/indicators/:indicatorId`,
      {
        schema: {
          tags,
          summary: 'Delete an indicator that no PK carries and that has no realisation',
          params: withId('indicatorId'),
          querystring: editRevisionQuerySchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await deleteIndicator(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.indicatorId,
          request.query,
        );
        return { ok: true as const };
      },
    );

    app.get(
      `${base}/agreements-editor`,
      {
        schema: {
          tags,
          summary: "The year's PKs and Rencana Aksi with revisions, positions and addable indicators",
          params: agencyParams,
          querystring: z.object({ year: yearSchema }),
          response: { 200: agreementsEditorSchema },
        },
      },
      async (request) =>
        getAgreementsEditor(ctx, requireActor(request), request.params.agencyId, request.query.year),
    );
    app.patch(
      `${base}/agreements/:agreementId`,
      {
        schema: {
          tags,
          summary: "Change a PK's parties, level, number or date",
          params: withId('agreementId'),
          body: agreementEditSchema,
          response: { 200: editorAgreementSchema },
        },
      },
      async (request) =>
        updateAgreement(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.agreementId,
          request.body,
        ),
    );
    app.post(
      `${base}/agreements/:agreementId/indicators`,
      {
        schema: {
          tags,
          summary: 'Add a Renstra indicator to a PK',
          params: withId('agreementId'),
          body: agreementIndicatorAddSchema,
          response: { 201: editorAgreementSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await addAgreementIndicator(
              ctx,
              requireActor(request),
              request.params.agencyId,
              request.params.agreementId,
              request.body,
            ),
          ),
    );
    app.patch(
      `${base}/agreement-indicators/:agreementIndicatorId`,
      {
        schema: {
          tags,
          summary: "Change a PK indicator's target (a reason when it differs from the Renstra)",
          params: withId('agreementIndicatorId'),
          body: agreementTargetEditSchema,
          response: { 200: editorAgreementSchema },
        },
      },
      async (request) =>
        updateAgreementTarget(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.agreementIndicatorId,
          request.body,
        ),
    );
    app.delete(
      `${base}/agreement-indicators/:agreementIndicatorId`,
      {
        schema: {
          tags,
          summary: 'Take an indicator out of a PK',
          params: withId('agreementIndicatorId'),
          querystring: editRevisionQuerySchema,
          response: { 200: editorAgreementSchema },
        },
      },
      async (request) =>
        removeAgreementIndicator(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.agreementIndicatorId,
          request.query,
        ),
    );
    app.put(
      `${base}/action-plan/indicators/:indicatorId`,
      {
        schema: {
          tags,
          summary: "Save one indicator's TW I–IV targets of a year",
          params: withId('indicatorId'),
          body: actionPlanRowEditSchema,
          response: { 200: actionPlanRowSavedSchema },
        },
      },
      async (request) =>
        updateActionPlanRow(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.indicatorId,
          request.body,
        ),
    );
  };
