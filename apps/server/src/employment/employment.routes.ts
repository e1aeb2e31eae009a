/** HTTP routes of employment: the talent names their employer, the employer decides. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { employment, employmentDecisionBody, employmentList, employmentQuery, nameEmployerBody } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { decideEmployment, employerEmployments, myEmployments, nameEmployer, withdrawEmployment } from './employment.service.js';

const idParams = z.object({ id: z.string().uuid() }).strict();

/** Routes under /api/v1/employments. */
export function employmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/employments',
      {
        config: { errorCodes: ['BOLE_EMPLOYMENT_OPEN'] },
        schema: {
          operationId: 'nameEmployer',
          tags: ['employment'],
          summary: 'Name your employer and arrival date for it to confirm',
          body: nameEmployerBody,
          response: { 201: employment },
        },
      },
      async (req, reply) => reply.status(201).send(await nameEmployer(ctx, principalOf(req), req.body)),
    );

    app.get(
      '/api/v1/employments/mine',
      {
        schema: { operationId: 'listMyEmployments', tags: ['employment'], summary: 'Your employments, newest first', response: { 200: employmentList } },
      },
      async (req) => myEmployments(ctx, principalOf(req)),
    );

    app.post(
      '/api/v1/employments/:id/withdraw',
      {
        config: { errorCodes: ['BOLE_EMPLOYMENT_STATE'] },
        schema: {
          operationId: 'withdrawEmployment',
          tags: ['employment'],
          summary: 'Withdraw a request the employer has not decided',
          params: idParams,
          response: { 200: employment },
        },
      },
      async (req) => withdrawEmployment(ctx, principalOf(req), req.params.id),
    );

    app.get(
      '/api/v1/employments',
      {
        schema: {
          operationId: 'listEmployerEmployments',
          tags: ['employment'],
          summary: "The employer's employments, newest first",
          querystring: employmentQuery,
          response: { 200: employmentList },
        },
      },
      async (req) => employerEmployments(ctx, principalOf(req), req.query.status),
    );

    app.post(
      '/api/v1/employments/:id/decision',
      {
        config: { errorCodes: ['BOLE_EMPLOYER_NOT_APPROVED', 'BOLE_EMPLOYMENT_STATE'] },
        schema: {
          operationId: 'decideEmployment',
          tags: ['employment'],
          summary: 'Confirm or decline a pending employment, or end a confirmed one with its date',
          params: idParams,
          body: employmentDecisionBody,
          response: { 200: employment },
        },
      },
      async (req) => decideEmployment(ctx, principalOf(req), req.params.id, req.body),
    );
  };
}
