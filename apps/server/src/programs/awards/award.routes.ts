/** HTTP routes from scores to awards: the ranking, the panel's decision, the award list's public notice and objections, milestones. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  awardDecision,
  awardMilestoneParams,
  awardNotice,
  awardObjectionParams,
  fileObjectionBody,
  objectionReceipt,
  panelDecisionBody,
  problem,
  programApplicationParams,
  programAwardNotices,
  programParams,
  programRanking,
  resolveObjectionBody,
} from '@bole/contracts';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../http/access.js';
import { decideAward, programRanking as rankingOf } from './award.service.js';
import { reachMilestone } from './award-milestone.service.js';
import { fileAwardObjection, publicAwardNotices, publishAwardNotice, resolveAwardObjection } from './award-notice.service.js';

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

    app.post(
      '/api/v1/programs/:programId/award-notice',
      {
        config: { errorCodes: ['BOLE_AWARD_LIST_STATE'] },
        schema: {
          operationId: 'publishAwardNotice',
          tags,
          summary: 'Publish the program’s confirmed awards for public notice (公示), from today for the notice length in working days',
          params: programParams,
          response: { 200: awardNotice, 404: problem, 409: problem },
        },
      },
      async (req) => publishAwardNotice(ctx, principalOf(req), req.params.programId),
    );

    app.get(
      '/api/v1/public/program-award-notices',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listProgramAwardNotices',
          tags,
          summary: 'Program awards in public notice (公示): masked name, project, amount, notice dates',
          response: { 200: programAwardNotices },
        },
      },
      async (_req, reply) => reply.header('cache-control', 'no-store').send(await publicAwardNotices(ctx)),
    );

    app.post(
      '/api/v1/public/program-award-notices/:applicationId/objections',
      {
        config: { access: 'public', errorCodes: ['BOLE_AWARD_NOTICE_CLOSED'], rateLimit: { max: 5, timeWindow: '10 minutes' } },
        schema: {
          operationId: 'fileAwardObjection',
          tags,
          summary: 'Object to an award during its notice (rate-limited)',
          params: programApplicationParams,
          body: fileObjectionBody,
          response: { 201: objectionReceipt, 404: problem, 409: problem },
        },
      },
      async (req, reply) => reply.status(201).send(await fileAwardObjection(ctx, req.params.applicationId, req.body, req.ip)),
    );

    app.post(
      '/api/v1/programs/applications/:applicationId/objections/:objectionId/resolve',
      {
        config: { errorCodes: ['BOLE_OBJECTION_RESOLVED'] },
        schema: {
          operationId: 'resolveAwardObjection',
          tags,
          summary: 'Uphold an objection (the award is withdrawn, its money back in the budget) or dismiss it',
          params: awardObjectionParams,
          body: resolveObjectionBody,
          response: { 200: awardDecision, 404: problem, 409: problem },
        },
      },
      async (req) => resolveAwardObjection(ctx, principalOf(req), req.params.applicationId, req.params.objectionId, req.body),
    );

    app.post(
      '/api/v1/programs/applications/:applicationId/milestones/:milestoneId',
      {
        config: { errorCodes: ['BOLE_AWARD_LIST_STATE'] },
        schema: {
          operationId: 'reachAwardMilestone',
          tags,
          summary: 'Mark a milestone of a final award reached: its share (whole fen) becomes a ledger line to pay, once',
          params: awardMilestoneParams,
          response: { 200: awardDecision, 400: problem, 404: problem, 409: problem },
        },
      },
      async (req) => reachMilestone(ctx, principalOf(req), req.params.applicationId, req.params.milestoneId),
    );
  };
}
