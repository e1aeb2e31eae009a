/** HTTP routes of programs and expert review: calls, applications, the expert pool, assignment, scoring. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assignmentOutcome,
  assignmentRunBody,
  expert,
  expertBody,
  expertList,
  myReviewList,
  problem,
  program,
  programApplication,
  programApplicationList,
  programApplicationParams,
  programApplyBody,
  programCreateBody,
  programList,
  programParams,
  scoresBody,
  scoreSummary,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { applicationsFor, applyToProgram, createProgram, listExperts, listPrograms, registerExpert } from './program.service.js';
import { myReviews, runAssignment, scoreSummary as summaryOf, submitScores } from './review.service.js';

const tags = ['programs'];

/** Routes under /api/v1/programs. */
export function programRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/programs',
      {
        config: { access: 'authenticated' },
        schema: { operationId: 'listPrograms', tags, summary: 'Programs and their calls, newest first', response: { 200: programList } },
      },
      async () => ({ items: await listPrograms(ctx.db) }),
    );

    app.post(
      '/api/v1/programs',
      {
        schema: {
          operationId: 'createProgram',
          tags,
          summary: 'Open a program’s call with its quota and review plan',
          body: programCreateBody,
          response: { 201: program },
        },
      },
      async (req, reply) => reply.status(201).send({ ...(await createProgram(ctx, principalOf(req), req.body)), applications: 0 }),
    );

    app.post(
      '/api/v1/programs/:programId/applications',
      {
        config: { errorCodes: ['BOLE_CALL_CLOSED', 'BOLE_CALL_NOT_ELIGIBLE', 'BOLE_QUOTA_FULL', 'BOLE_TOO_MANY_EXCLUSIONS', 'BOLE_ALREADY_APPLIED'] },
        schema: {
          operationId: 'applyToProgram',
          tags,
          summary: 'A talent applies, or an employer nominates one of its talents, while the call is open and within the quota',
          params: programParams,
          body: programApplyBody,
          response: { 201: programApplication, 404: problem, 409: problem, 422: problem },
        },
      },
      async (req, reply) => reply.status(201).send(await applyToProgram(ctx, principalOf(req), req.params.programId, req.body)),
    );

    app.get(
      '/api/v1/programs/applications',
      {
        schema: {
          operationId: 'listProgramApplications',
          tags,
          summary: 'A talent’s applications, an employer’s nominations, or every application of a program (office)',
          querystring: z.object({ programId: z.string().uuid().optional() }).strict(),
          response: { 200: programApplicationList },
        },
      },
      async (req) => ({ items: await applicationsFor(ctx, principalOf(req), req.query.programId) }),
    );

    app.get(
      '/api/v1/programs/experts',
      {
        schema: { operationId: 'listExperts', tags, summary: 'The expert pool', response: { 200: expertList } },
      },
      async () => ({ items: await listExperts(ctx.db) }),
    );

    app.post(
      '/api/v1/programs/experts',
      {
        schema: {
          operationId: 'registerExpert',
          tags,
          summary: 'Add an account to the expert pool (or update its profile): fields, employers, co-applications, relations',
          body: expertBody,
          response: { 200: expert },
        },
      },
      async (req) => {
        const row = await registerExpert(ctx, principalOf(req), req.body);
        return (await listExperts(ctx.db)).find((e) => e.id === row.id)!;
      },
    );

    app.post(
      '/api/v1/programs/:programId/assignment',
      {
        config: { errorCodes: ['BOLE_REVIEW_STARTED'] },
        schema: {
          operationId: 'assignReviewers',
          tags,
          summary: 'Assign k experts to every application without conflicts within loads, or say why none exists and what would fix it',
          params: programParams,
          body: assignmentRunBody,
          response: { 200: assignmentOutcome, 404: problem, 409: problem },
        },
      },
      async (req) => runAssignment(ctx, principalOf(req), req.params.programId, req.body),
    );

    app.get(
      '/api/v1/programs/reviews/mine',
      {
        config: { access: 'authenticated', errorCodes: ['BOLE_NOT_AN_EXPERT'] },
        schema: { operationId: 'myReviews', tags, summary: 'The applications assigned to me as an expert', response: { 200: myReviewList, 403: problem } },
      },
      async (req) => ({ items: await myReviews(ctx, principalOf(req)) }),
    );

    app.put(
      '/api/v1/programs/applications/:applicationId/scores',
      {
        config: { access: 'authenticated', errorCodes: ['BOLE_NOT_AN_EXPERT', 'BOLE_NOT_ASSIGNED', 'BOLE_SCORING_CLOSED', 'BOLE_SCORE_OUTSIDE_SCALE'] },
        schema: {
          operationId: 'submitScores',
          tags,
          summary: 'An assigned expert scores an application on each criterion before the deadline',
          params: programApplicationParams,
          body: scoresBody,
          response: { 204: z.null(), 403: problem, 422: problem },
        },
      },
      async (req, reply) => {
        await submitScores(ctx, principalOf(req), req.params.applicationId, req.body.scores);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/programs/:programId/scores',
      {
        schema: {
          operationId: 'programScoreSheet',
          tags,
          summary: 'Raw totals, per-reviewer z-scores, trimmed means, disagreement flags and ranking',
          params: programParams,
          response: { 200: scoreSummary, 404: problem },
        },
      },
      async (req) => summaryOf(ctx, req.params.programId),
    );
  };
}
