import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agencyDetailSchema,
  agencyInputSchema,
  agencySchema,
  appointmentInputSchema,
  appointmentSchema,
  idSchema,
  okSchema,
  personInputSchema,
  personSchema,
  positionInputSchema,
  positionSchema,
  regionSchema,
  unitInputSchema,
  unitSchema,
} from '../../contract';
import type { ServiceContext } from '../../services/context';
import {
  createAgency,
  getAgencyDetail,
  listVisibleAgencies,
  listVisibleRegions,
  updateAgency,
} from '../../services/org/agencies';
import {
  createAppointment,
  deleteAppointment,
  listAgencyAppointments,
} from '../../services/org/appointments';
import { createPerson, listAgencyPeople, updatePerson } from '../../services/org/people';
import {
  createPosition,
  deletePosition,
  listAgencyPositions,
  updatePosition,
} from '../../services/org/positions';
import { createUnit, deleteUnit, listAgencyUnits, updateUnit } from '../../services/org/units';
import { requireActor } from '../auth-plugin';

const agencyParams = z.object({ agencyId: idSchema });
const withId = <K extends string>(key: K) =>
  agencyParams.extend({ [key]: idSchema } as Record<K, typeof idSchema>);

export const orgRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['organisation'];

    app.get('/regions', { schema: { tags, response: { 200: z.array(regionSchema) } } }, async (request) =>
      listVisibleRegions(ctx, requireActor(request)),
    );
    app.get('/agencies', { schema: { tags, response: { 200: z.array(agencySchema) } } }, async (request) =>
      listVisibleAgencies(ctx, requireActor(request)),
    );
    app.get(
      '/agencies/:agencyId',
      { schema: { tags, params: agencyParams, response: { 200: agencyDetailSchema } } },
      async (request) => getAgencyDetail(ctx, requireActor(request), request.params.agencyId),
    );
    app.post(
      '/agencies',
      { schema: { tags, body: agencyInputSchema, response: { 201: agencySchema } } },
      async (request, reply) =>
        reply.code(201).send(await createAgency(ctx, requireActor(request), request.body)),
    );
    app.patch(
      '/agencies/:agencyId',
      {
        schema: {
          tags,
          params: agencyParams,
          body: agencyInputSchema.omit({ regionId: true, code: true }).partial(),
          response: { 200: agencySchema },
        },
      },
      async (request) => updateAgency(ctx, requireActor(request), request.params.agencyId, request.body),
    );

    app.get(
      '/agencies/:agencyId/units',
      { schema: { tags, params: agencyParams, response: { 200: z.array(unitSchema) } } },
      async (request) => listAgencyUnits(ctx, requireActor(request), request.params.agencyId),
    );
    app.post(
      '/agencies/:agencyId/units',
      { schema: { tags, params: agencyParams, body: unitInputSchema, response: { 201: unitSchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createUnit(ctx, requireActor(request), request.params.agencyId, request.body)),
    );
    app.patch(
      '/agencies/:agencyId/units/:unitId',
      {
        schema: {
          tags,
          params: withId('unitId'),
          body: unitInputSchema.partial(),
          response: { 200: unitSchema },
        },
      },
      async (request) =>
        updateUnit(ctx, requireActor(request), request.params.agencyId, request.params.unitId, request.body),
    );
    app.delete(
      '/agencies/:agencyId/units/:unitId',
      { schema: { tags, params: withId('unitId'), response: { 200: okSchema } } },
      async (request) => {
        await deleteUnit(ctx, requireActor(request), request.params.agencyId, request.params.unitId);
        return { ok: true as const };
      },
    );

    app.get(
      '/agencies/:agencyId/positions',
      { schema: { tags, params: agencyParams, response: { 200: z.array(positionSchema) } } },
      async (request) => listAgencyPositions(ctx, requireActor(request), request.params.agencyId),
    );
    app.post(
      '/agencies/:agencyId/positions',
      {
        schema: { tags, params: agencyParams, body: positionInputSchema, response: { 201: positionSchema } },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createPosition(ctx, requireActor(request), request.params.agencyId, request.body)),
    );
    app.patch(
      '/agencies/:agencyId/positions/:positionId',
      {
        schema: {
          tags,
          params: withId('positionId'),
          body: positionInputSchema.partial(),
          response: { 200: positionSchema },
        },
      },
      async (request) =>
        updatePosition(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.positionId,
          request.body,
        ),
    );
    app.delete(
      '/agencies/:agencyId/positions/:positionId',
      { schema: { tags, params: withId('positionId'), response: { 200: okSchema } } },
      async (request) => {
        await deletePosition(ctx, requireActor(request), request.params.agencyId, request.params.positionId);
        return { ok: true as const };
      },
    );

    app.get(
      '/agencies/:agencyId/people',
      { schema: { tags, params: agencyParams, response: { 200: z.array(personSchema) } } },
      async (request) => listAgencyPeople(ctx, requireActor(request), request.params.agencyId),
    );
    app.post(
      '/agencies/:agencyId/people',
      { schema: { tags, params: agencyParams, body: personInputSchema, response: { 201: personSchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createPerson(ctx, requireActor(request), request.params.agencyId, request.body)),
    );
    app.patch(
      '/agencies/:agencyId/people/:personId',
      {
        schema: {
          tags,
          params: withId('personId'),
          body: personInputSchema.partial(),
          response: { 200: personSchema },
        },
      },
      async (request) =>
        updatePerson(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.personId,
          request.body,
        ),
    );

    app.get(
      '/agencies/:agencyId/appointments',
      { schema: { tags, params: agencyParams, response: { 200: z.array(appointmentSchema) } } },
      async (request) => listAgencyAppointments(ctx, requireActor(request), request.params.agencyId),
    );
    app.post(
      '/agencies/:agencyId/appointments',
      {
        schema: {
          tags,
          params: agencyParams,
          body: appointmentInputSchema,
          response: { 201: appointmentSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createAppointment(ctx, requireActor(request), request.params.agencyId, request.body)),
    );
    app.delete(
      '/agencies/:agencyId/appointments/:appointmentId',
      { schema: { tags, params: withId('appointmentId'), response: { 200: okSchema } } },
      async (request) => {
        await deleteAppointment(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.appointmentId,
        );
        return { ok: true as const };
      },
    );
  };
