import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarResponseSchema,
  calendarSettingsSchema,
  holidayInputSchema,
  holidaySchema,
  idSchema,
  okSchema,
} from '../../contract';
import type { ServiceContext } from '../../services/context';
import {
  addHoliday,
  deleteHoliday,
  getCalendar,
  updateCalendarSettings,
  updateHoliday,
} from '../../services/org/calendar';
import { requireActor } from '../auth-plugin';

const agencyParams = z.object({ agencyId: idSchema });
const holidayParams = agencyParams.extend({ holidayId: idSchema });

export const calendarRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['calendar'];
    app.get(
      '/agencies/:agencyId/calendar',
      {
        schema: {
          tags,
          summary: "An agency's working calendar for a year: time zone, hours, holidays, settings",
          params: agencyParams,
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
          response: { 200: calendarResponseSchema },
        },
      },
      async (request) => getCalendar(ctx, requireActor(request), request.params.agencyId, request.query.year),
    );
    app.put(
      '/agencies/:agencyId/calendar/settings',
      {
        schema: {
          tags,
          params: agencyParams,
          body: calendarSettingsSchema,
          response: { 200: calendarSettingsSchema },
        },
      },
      async (request) =>
        updateCalendarSettings(ctx, requireActor(request), request.params.agencyId, request.body),
    );
    app.post(
      '/agencies/:agencyId/holidays',
      { schema: { tags, params: agencyParams, body: holidayInputSchema, response: { 201: holidaySchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await addHoliday(ctx, requireActor(request), request.params.agencyId, request.body)),
    );
    app.patch(
      '/agencies/:agencyId/holidays/:holidayId',
      {
        schema: {
          tags,
          params: holidayParams,
          body: holidayInputSchema.partial(),
          response: { 200: holidaySchema },
        },
      },
      async (request) =>
        updateHoliday(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.holidayId,
          request.body,
        ),
    );
    app.delete(
      '/agencies/:agencyId/holidays/:holidayId',
      { schema: { tags, params: holidayParams, response: { 200: okSchema } } },
      async (request) => {
        await deleteHoliday(ctx, requireActor(request), request.params.agencyId, request.params.holidayId);
        return { ok: true as const };
      },
    );
  };
