/** HTTP route of a talent's eligibility for a call (项目申报: shown before the form). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { myProgramEligibility, problem, programParams } from '@bole/contracts';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../http/access.js';
import { myProgramEligibility as eligibilityOf } from './my-eligibility.service.js';

/** GET /api/v1/programs/:programId/eligibility. */
export function myEligibilityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/programs/:programId/eligibility',
      {
        schema: {
          operationId: 'myProgramEligibility',
          tags: ['programs'],
          summary: 'Whether the signed-in talent may apply to the call on verified facts today, with the conditions not met',
          params: programParams,
          response: { 200: myProgramEligibility, 404: problem },
        },
      },
      async (req) => eligibilityOf(ctx, principalOf(req), req.params.programId),
    );
  };
}
