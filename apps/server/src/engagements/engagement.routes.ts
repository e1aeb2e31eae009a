/** HTTP routes of flexible engagement and check-ins. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkin, checkinDecisionBody, checkinInput, checkinList, engagement, engagementInput, engagementList } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { createEngagement, listEngagements } from './engagement.service.js';
import { checkIn, decideExpertCheckin, engagementCheckins } from './checkin.service.js';

const idParams = z.object({ id: z.string().uuid() }).strict();

/** Routes under /api/v1/engagements and /api/v1/checkins. */
export function engagementRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/engagements',
      {
        config: { errorCodes: ['BOLE_EMPLOYER_NOT_APPROVED'] },
        schema: {
          operationId: 'createEngagement',
          tags: ['engagements'],
          summary: 'Record an engagement with the expert whose talent code was scanned',
          body: engagementInput,
          response: { 201: engagement },
        },
      },
      async (req, reply) => reply.status(201).send(await createEngagement(ctx, principalOf(req), req.body)),
    );

    app.get(
      '/api/v1/engagements',
      {
        schema: {
          operationId: 'listEngagements',
          tags: ['engagements'],
          summary: "The employer's or the expert's engagements with days on site this year",
          response: { 200: engagementList },
        },
      },
      async (req) => listEngagements(ctx, principalOf(req)),
    );

    app.get(
      '/api/v1/engagements/:id/checkins',
      {
        schema: {
          operationId: 'listCheckins',
          tags: ['engagements'],
          summary: 'Check-ins of an engagement, newest day first',
          params: idParams,
          response: { 200: checkinList },
        },
      },
      async (req) => engagementCheckins(ctx, principalOf(req), req.params.id),
    );

    app.post(
      '/api/v1/engagements/:id/checkins',
      {
        config: { errorCodes: ['BOLE_EMPLOYER_NOT_APPROVED', 'BOLE_CHECKIN_TWICE', 'BOLE_CHECKIN_OUTSIDE'] },
        schema: {
          operationId: 'checkIn',
          tags: ['engagements'],
          summary: 'A day on site: the employer with the scanned talent code (confirmed), or the expert with the place (pending)',
          params: idParams,
          body: checkinInput,
          response: { 201: checkin },
        },
      },
      async (req, reply) => reply.status(201).send(await checkIn(ctx, principalOf(req), req.params.id, req.body)),
    );

    app.post(
      '/api/v1/checkins/:id/decision',
      {
        config: { errorCodes: ['BOLE_EMPLOYER_NOT_APPROVED', 'BOLE_CHECKIN_STATE'] },
        schema: {
          operationId: 'decideCheckin',
          tags: ['engagements'],
          summary: "Confirm or decline an expert's check-in",
          params: idParams,
          body: checkinDecisionBody,
          response: { 200: checkin },
        },
      },
      async (req) => decideExpertCheckin(ctx, principalOf(req), req.params.id, req.body.decision),
    );
  };
}
