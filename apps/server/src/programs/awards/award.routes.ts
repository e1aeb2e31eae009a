/** HTTP routes from scores to awards: the ranking, the panel's decision, the award list's public notice and objections, milestones. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { awardDecision, panelDecisionBody, problem, programApplicationParams, programParams, programRanking } from '@bole/contracts';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../http/access.js';
import { decideAward, programRanking as rankingOf } from './award.service.js';

const tags = ['programs'];

/** Routes of awards under /api/v1/programs (and the public notice under /api/v1/public). */
export function awardRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/programs/:programId/ranking',
      {
        schema: {
          operationId: 'programRanking',
          tags,
          summary: 'The panel’s ranking: scored applications by trimmed mean with z-scores, disagreement flags, decisions and the budget left',
          params: programParams,
          response: { 200: programRanking, 404: problem },
        },
      },
      async (req) => rankingOf(ctx, req.params.programId),
    );

    app.put(
      '/api/v1/programs/applications/:applicationId/decision',
      {
        config: { errorCodes: ['BOLE_NOT_SCORED', 'BOLE_PROGRAM_BUDGET_EXCEEDED', 'BOLE_AWARD_LIST_STATE', 'BOLE_APPROVAL_PENDING'] },
        schema: {
          operationId: 'decideProgramAward',
          tags,
          summary: 'The panel awards a scored application (an amount in fen, within the budget left; a second officer confirms it) or not, with a reason',
          params: programApplicationParams,
          body: panelDecisionBody,
          response: { 200: awardDecision, 404: problem, 409: problem },
        },
      },
      async (req) => decideAward(ctx, principalOf(req), req.params.applicationId, req.body),
    );
  };
}
