/**
 * HTTP routes of applications: the talent's apply list, applying, the new-arrival bundle, their
 * applications with timeline, resubmission and appeal; the reviewers' queue, decision page
 * and decisions (attached evidence downloads from /api/v1/evidence/:id/file); the officer's overdue list and escalation run.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  appealBody,
  applicablePolicyList,
  applicationDetail,
  applicationList,
  applicationParams,
  bundleBody,
  bundleResult,
  createApplicationBody,
  escalateBody,
  escalateResult,
  overduePage,
  overdueQuery,
  inReviewPage,
  inReviewQuery,
  problem,
  resubmitApplicationBody,
  reviewDecisionBody,
  reviewQueuePage,
  reviewQueueQuery,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { appealApplication, applicablePolicies, applyForPolicy, getMyApplication, myApplications, resubmitApplication } from './application.service.js';
import { applyBundle } from './application-bundle.js';
import { inReviewList } from './in-review.service.js';
import { decide, escalateOverdue, overdueList, reviewApplication, reviewQueue } from './review.service.js';

const tags = ['applications'];
const reviewTags = ['review'];
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem };

/** Routes under /api/v1/applications and /api/v1/review. */
export function applicationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/applications/applicable',
      {
        schema: {
          operationId: 'listApplicablePolicies',
          tags,
          summary: 'Apply-mode policies the engine grants the talent today, with the evidence each needs',
          response: { 200: applicablePolicyList, ...errors },
        },
      },
      async (req) => applicablePolicies(ctx, principalOf(req)),
    );

    app.post(
      '/api/v1/applications',
      {
        config: {
          errorCodes: ['BOLE_NOT_APPLICABLE', 'BOLE_NOT_ELIGIBLE', 'BOLE_EVIDENCE_MISSING', 'BOLE_APPLICATION_EXISTS', 'BOLE_PROFILE_INVALID'],
        },
        schema: {
          operationId: 'createApplication',
          tags,
          summary: 'Apply for a policy (eligibility checked by the engine at today’s date; evidence on file reused)',
          body: createApplicationBody,
          response: { 201: applicationDetail, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await applyForPolicy(ctx, principalOf(req), req.body, req.ip ?? null)),
    );

    app.post(
      '/api/v1/applications/bundle',
      {
        schema: {
          operationId: 'applyForArrivalBundle',
          tags,
          summary: 'New-arrival bundle (一件事): recognition plus every apply policy that qualifies, in one transaction',
          body: bundleBody,
          response: { 200: bundleResult, ...errors },
        },
      },
      async (req) => applyBundle(ctx, principalOf(req), req.body, req.ip ?? null),
    );

    app.get(
      '/api/v1/applications/mine',
      {
        schema: {
          operationId: 'listMyApplications',
          tags,
          summary: 'The talent’s applications: status, holder and due date',
          response: { 200: applicationList, ...errors },
        },
      },
      async (req) => ({ items: await myApplications(ctx, principalOf(req)) }),
    );

    app.get(
      '/api/v1/applications/:id',
      {
        schema: {
          operationId: 'getApplication',
          tags,
          summary: 'One of the talent’s applications with its timeline',
          params: applicationParams,
          response: { 200: applicationDetail, ...errors },
        },
      },
      async (req) => getMyApplication(ctx, principalOf(req), req.params.id),
    );

    app.post(
      '/api/v1/applications/:id/resubmit',
      {
        config: { errorCodes: ['BOLE_APPLICATION_STATE', 'BOLE_APPLICATION_PAUSED', 'BOLE_STALE_VERSION'] },
        schema: {
          operationId: 'resubmitApplication',
          tags,
          summary: 'Resubmit after a return for more evidence (the stage deadline moves by the paused working days)',
          params: applicationParams,
          body: resubmitApplicationBody,
          response: { 200: applicationDetail, ...errors },
        },
      },
      async (req) => resubmitApplication(ctx, principalOf(req), req.params.id, req.body, req.ip ?? null),
    );

    app.post(
      '/api/v1/applications/:id/appeal',
      {
        config: { errorCodes: ['BOLE_APPLICATION_STATE', 'BOLE_APPLICATION_PAUSED', 'BOLE_STALE_VERSION', 'BOLE_ALREADY_APPEALED'] },
        schema: {
          operationId: 'appealApplication',
          tags,
          summary: 'Appeal a rejection, once, to the talent office (人才办)',
          params: applicationParams,
          body: appealBody,
          response: { 200: applicationDetail, ...errors },
        },
      },
      async (req) => appealApplication(ctx, principalOf(req), req.params.id, req.body, req.ip ?? null),
    );

    app.get(
      '/api/v1/review/queue',
      {
        schema: {
          operationId: 'listReviewQueue',
          tags: reviewTags,
          summary: 'The caller’s department’s review queue, earliest due first (paginated)',
          querystring: reviewQueueQuery,
          response: { 200: reviewQueuePage, ...errors },
        },
      },
      async (req) => reviewQueue(ctx, principalOf(req), req.query),
    );

    app.get(
      '/api/v1/review/overdue',
      {
        schema: {
          operationId: 'listOverdueApplications',
          tags: reviewTags,
          summary: 'Overdue applications of every department (talent office)',
          querystring: overdueQuery,
          response: { 200: overduePage, ...errors },
        },
      },
      async (req) => overdueList(ctx, req.query),
    );

    app.get(
      '/api/v1/review/in-review',
      {
        schema: {
          operationId: 'listApplicationsInReview',
          tags: reviewTags,
          summary:
            'Every application in review, in any department: its stage, the department holding it and its deadline in working days (talent office, auditors)',
          querystring: inReviewQuery,
          response: { 200: inReviewPage, ...errors },
        },
      },
      async (req) => inReviewList(ctx, req.query),
    );

    app.post(
      '/api/v1/review/escalate',
      {
        schema: {
          operationId: 'escalateOverdueApplications',
          tags: reviewTags,
          summary: 'Escalate overdue applications to the talent office (idempotent; same as `bole applications escalate`)',
          body: escalateBody,
          response: { 200: escalateResult, ...errors },
        },
      },
      async (req) => escalateOverdue(ctx, req.body.at),
    );

    app.get(
      '/api/v1/review/applications/:id',
      {
        schema: {
          operationId: 'getReviewApplication',
          tags: reviewTags,
          summary: 'Decision page: profile summary, evidence, the engine’s trace and the timeline',
          params: applicationParams,
          response: { 200: applicationDetail, ...errors },
        },
      },
      async (req) => reviewApplication(ctx, principalOf(req), req.params.id),
    );

    app.post(
      '/api/v1/review/applications/:id/decision',
      {
        config: {
          errorCodes: ['BOLE_APPLICATION_STATE', 'BOLE_APPLICATION_PAUSED', 'BOLE_STALE_VERSION', 'BOLE_SAME_OFFICER'],
        },
        schema: {
          operationId: 'decideApplication',
          tags: reviewTags,
          summary: 'Approve (next stage or final approval → entitlement), reject or return for more evidence; reason required to reject or return',
          params: applicationParams,
          body: reviewDecisionBody,
          response: { 200: applicationDetail, ...errors },
        },
      },
      async (req) => decide(ctx, principalOf(req), req.params.id, req.body, req.ip ?? null),
    );
  };
}
