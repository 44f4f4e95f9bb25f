import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cancelLetterNumberInputSchema,
  idSchema,
  issueLetterNumberInputSchema,
  letterNumberSchema,
  letterPatternInputSchema,
  letterPatternSchema,
  letterRegisterQuerySchema,
  letterRegisterSchema,
  reserveLetterNumberInputSchema,
  useReservedNumberInputSchema,
} from '../../contract';
import type { ServiceContext } from '../../services/context';
import { cancelLetterNumber } from '../../services/letters/cancel-letter-number';
import { issueLetterNumber, reserveLetterNumber } from '../../services/letters/issue-letter-number';
import {
  createLetterPattern,
  listLetterPatterns,
  updateLetterPattern,
} from '../../services/letters/letter-patterns';
import { listLetterNumbers } from '../../services/letters/list-letter-numbers';
import { useReservedNumber } from '../../services/letters/use-reserved-number';
import { requireActor } from '../auth-plugin';

const agencyParams = z.object({ agencyId: idSchema });
const patternParams = agencyParams.extend({ patternId: idSchema });
const numberParams = agencyParams.extend({ letterNumberId: idSchema });

/** Letter-number patterns, issuing/reserving/cancelling numbers and the register. */
export const letterRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['letters'];
    const base = '/agencies/:agencyId';
    app.get(
      `${base}/letter-patterns`,
      {
        schema: {
          tags,
          summary: "The agency's letter-number patterns, the default first, with the number each gives next",
          params: agencyParams,
          response: { 200: z.array(letterPatternSchema) },
        },
      },
      async (request) => listLetterPatterns(ctx, requireActor(request), request.params.agencyId),
    );
    app.post(
      `${base}/letter-patterns`,
      {
        schema: {
          tags,
          summary: 'A new pattern (agency administrators); the first one becomes the default',
          params: agencyParams,
          body: letterPatternInputSchema,
          response: { 201: letterPatternSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createLetterPattern(ctx, requireActor(request), request.params.agencyId, request.body)),
    );
    app.patch(
      `${base}/letter-patterns/:patternId`,
      {
        schema: {
          tags,
          params: patternParams,
          body: letterPatternInputSchema.partial(),
          response: { 200: letterPatternSchema },
        },
      },
      async (request) =>
        updateLetterPattern(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.patternId,
          request.body,
        ),
    );
    app.get(
      `${base}/letter-numbers`,
      {
        schema: {
          tags,
          summary: 'The letter register of a year: number, date, subject, status, who',
          params: agencyParams,
          querystring: letterRegisterQuerySchema,
          response: { 200: letterRegisterSchema },
        },
      },
      async (request) =>
        listLetterNumbers(ctx, requireActor(request), request.params.agencyId, request.query),
    );
    app.post(
      `${base}/letter-numbers`,
      {
        schema: {
          tags,
          summary: 'Issue the next number (secretariat, planning unit, administrators)',
          params: agencyParams,
          body: issueLetterNumberInputSchema,
          response: { 201: letterNumberSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await issueLetterNumber(ctx, requireActor(request), {
            ...request.body,
            agencyId: request.params.agencyId,
          }),
        ),
    );
    app.post(
      `${base}/letter-numbers/reservations`,
      {
        schema: {
          tags,
          summary: 'Reserve the next number for a letter written later',
          params: agencyParams,
          body: reserveLetterNumberInputSchema,
          response: { 201: letterNumberSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await reserveLetterNumber(ctx, requireActor(request), {
            ...request.body,
            agencyId: request.params.agencyId,
          }),
        ),
    );
    app.post(
      `${base}/letter-numbers/:letterNumberId/use`,
      {
        schema: {
          tags,
          summary: 'Give a reserved number to its document',
          params: numberParams,
          body: useReservedNumberInputSchema,
          response: { 200: letterNumberSchema },
        },
      },
      async (request) =>
        useReservedNumber(ctx, requireActor(request), { ...request.params, ...request.body }),
    );
    app.post(
      `${base}/letter-numbers/:letterNumberId/cancel`,
      {
        schema: {
          tags,
          summary: 'Cancel a number with the reason; it stays in the register and is never reused',
          params: numberParams,
          body: cancelLetterNumberInputSchema,
          response: { 200: letterNumberSchema },
        },
      },
      async (request) =>
        cancelLetterNumber(ctx, requireActor(request), { ...request.params, ...request.body }),
    );
  };
