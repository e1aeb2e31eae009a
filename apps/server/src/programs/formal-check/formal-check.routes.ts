/** HTTP routes of the formal check: the office passes or returns; the applicant resubmits. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { formalCheckBody, problem, programApplicationParams, programResubmitBody } from '@bole/contracts';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../http/access.js';
import { formalCheck, resubmitApplication } from './formal-check.service.js';

const tags = ['programs'];

/** Routes under /api/v1/programs/applications/:applicationId. */
export function formalCheckRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/programs/applications/:applicationId/formal-check',
      {
        config: { errorCodes: ['BOLE_FORMAL_CHECK_STATE'] },
        schema: {
          operationId: 'formalCheck',
          tags,
          summary: 'The office passes an application’s formal check, or returns it for completion (its clock pauses)',
          params: programApplicationParams,
          body: formalCheckBody,
          response: { 204: z.null(), 404: problem, 409: problem },
        },
      },
      async (req, reply) => {
        await formalCheck(ctx, principalOf(req), req.params.applicationId, req.body);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/programs/applications/:applicationId/resubmit',
      {
        config: { errorCodes: ['BOLE_FORMAL_CHECK_STATE'] },
        schema: {
          operationId: 'resubmitProgramApplication',
          tags,
          summary: 'The applicant or nominating employer completes a returned application (the formal-check clock resumes)',
          params: programApplicationParams,
          body: programResubmitBody,
          response: { 204: z.null(), 403: problem, 404: problem, 409: problem, 422: problem },
        },
      },
      async (req, reply) => {
        await resubmitApplication(ctx, principalOf(req), req.params.applicationId, req.body);
        return reply.status(204).send(null);
      },
    );
  };
}
