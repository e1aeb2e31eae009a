/**
 * HTTP routes of recognition: the applicant's requests, evidence and timeline, the 人社局
 * review queue and decisions, the office's approvals, notices, objections and grant, and the
 * public notice page with its (rate-limited) objection form.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attachEvidenceBody,
  createRecognitionBody,
  employeeRecognitionPage,
  employeeRecognitionQuery,
  fileObjectionBody,
  finalizeSweepBody,
  finalizeSweepResult,
  hrDecisionBody,
  objectionParams,
  objectionReceipt,
  officeDecisionBody,
  problem,
  publicNotice,
  recognition,
  recognitionDetail,
  recognitionEvidenceParams,
  myRecognitionList,
  recognitionList,
  recognitionParams,
  recognitionQueueQuery,
  recognitionSettings,
  resolveObjectionBody,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import {
  attachToRecognition,
  detachFromRecognition,
  getRecognition,
  hrDecide,
  myRecognitions,
  officeDecide,
  recognitionQueue,
  requestRecognition,
  submitRecognition,
  withdrawRecognition,
} from './recognition.service.js';
import { fileObjection, finalizeRecognition, sweepAsOf, publicNotices, resolveObjection } from './recognition-notice.service.js';
import { recognitionSettingsOf, updateRecognitionSettings } from './recognition-settings.service.js';
import { employeesForRecognition } from './recognition-employees.service.js';

const tags = ['recognition'];
const errors = { 400: problem, 403: problem, 404: problem, 409: problem, 422: problem };

/** Routes under /api/v1/recognitions and /api/v1/public/recognition-notices. */
export function recognitionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/recognitions',
      {
        config: { errorCodes: ['BOLE_RECOGNITION_OPEN', 'BOLE_NO_TIER', 'BOLE_PROFILE_INVALID'] },
        schema: {
          operationId: 'requestRecognition',
          tags,
          summary: 'Request recognition (the engine proposes the tier from the stored profile)',
          body: createRecognitionBody,
          response: { 201: recognition, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await requestRecognition(ctx, principalOf(req), req.body, req.ip)),
    );

    app.get(
      '/api/v1/recognitions/mine',
      {
        schema: {
          operationId: 'listMyRecognitions',
          tags,
          summary: 'My recognitions with their timeline (employer: ?talentId=)',
          querystring: z.object({ talentId: z.string().uuid().optional() }).strict(),
          response: { 200: myRecognitionList },
        },
      },
      async (req) => myRecognitions(ctx, principalOf(req), req.query.talentId),
    );

    app.get(
      '/api/v1/recognitions/employees',
      {
        schema: {
          operationId: 'listEmployeeRecognitions',
          tags,
          summary: "The employer's employees with their proposed tier and latest case (numbers masked)",
          querystring: employeeRecognitionQuery,
          response: { 200: employeeRecognitionPage, 403: problem },
        },
      },
      async (req) => employeesForRecognition(ctx, principalOf(req), req.query),
    );

    app.get(
      '/api/v1/recognitions/queue',
      {
        schema: {
          operationId: 'listRecognitionQueue',
          tags,
          summary: 'Work queue: hr (人社局 reviewers), office, notice, closed (office)',
          querystring: recognitionQueueQuery,
          response: { 200: recognitionList, 403: problem },
        },
      },
      async (req) => ({ items: await recognitionQueue(ctx, principalOf(req), req.query) }),
    );

    app.get(
      '/api/v1/recognitions/settings',
      {
        schema: { operationId: 'getRecognitionSettings', tags, summary: 'Notice length and validity', response: { 200: recognitionSettings } },
      },
      async () => recognitionSettingsOf(ctx),
    );

    app.put(
      '/api/v1/recognitions/settings',
      {
        schema: {
          operationId: 'updateRecognitionSettings',
          tags,
          summary: 'Change the notice length and validity',
          body: recognitionSettings,
          response: { 200: recognitionSettings },
        },
      },
      async (req) => updateRecognitionSettings(ctx, principalOf(req), req.body),
    );

    app.post(
      '/api/v1/recognitions/finalize',
      {
        config: { errorCodes: ['BOLE_FUTURE_DATE'] },
        schema: {
          operationId: 'finalizeEndedNotices',
          tags,
          summary: 'Grant every recognition whose notice has ended (idempotent sweep)',
          body: finalizeSweepBody,
          response: { 200: finalizeSweepResult },
        },
      },
      async (req) => sweepAsOf(ctx, principalOf(req), req.body.at),
    );

    app.get(
      '/api/v1/recognitions/:id',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'getRecognition',
          tags,
          summary: "One recognition with its timeline; for staff also the talent's facts and the classification trace",
          params: recognitionParams,
          response: { 200: recognitionDetail, ...errors },
        },
      },
      async (req) => getRecognition(ctx, principalOf(req), req.params.id),
    );

    app.post(
      '/api/v1/recognitions/:id/evidence',
      {
        config: { errorCodes: ['BOLE_RECOGNITION_STATE'] },
        schema: {
          operationId: 'attachRecognitionEvidence',
          tags,
          summary: 'Attach evidence on file',
          params: recognitionParams,
          body: attachEvidenceBody,
          response: { 200: recognition, ...errors },
        },
      },
      async (req) => attachToRecognition(ctx, principalOf(req), req.params.id, req.body.evidenceId),
    );

    app.delete(
      '/api/v1/recognitions/:id/evidence/:evidenceId',
      {
        config: { errorCodes: ['BOLE_RECOGNITION_STATE'] },
        schema: {
          operationId: 'detachRecognitionEvidence',
          tags,
          summary: 'Detach evidence',
          params: recognitionEvidenceParams,
          response: { 200: recognition, ...errors },
        },
      },
      async (req) => detachFromRecognition(ctx, principalOf(req), req.params.id, req.params.evidenceId),
    );

    app.post(
      '/api/v1/recognitions/:id/submit',
      {
        config: { errorCodes: ['BOLE_RECOGNITION_STATE', 'BOLE_EVIDENCE_MISSING'] },
        schema: {
          operationId: 'submitRecognition',
          tags,
          summary: 'Submit (or resubmit) to 人社局',
          params: recognitionParams,
          response: { 200: recognition, ...errors },
        },
      },
      async (req) => submitRecognition(ctx, principalOf(req), req.params.id, req.ip),
    );

    app.post(
      '/api/v1/recognitions/:id/withdraw',
      {
        config: { errorCodes: ['BOLE_RECOGNITION_STATE'] },
        schema: {
          operationId: 'withdrawRecognition',
          tags,
          summary: 'Withdraw while the case is with the applicant',
          params: recognitionParams,
          response: { 200: recognition, ...errors },
        },
      },
      async (req) => withdrawRecognition(ctx, principalOf(req), req.params.id),
    );

    app.post(
      '/api/v1/recognitions/:id/hr-decision',
      {
        config: { errorCodes: ['BOLE_RECOGNITION_STATE'] },
        schema: {
          operationId: 'decideRecognitionAsHr',
          tags,
          summary: '人社局: approve (employment and social insurance checked), reject or return',
          params: recognitionParams,
          body: hrDecisionBody,
          response: { 200: recognition, ...errors },
        },
      },
      async (req) => hrDecide(ctx, principalOf(req), req.params.id, req.body, req.ip),
    );

    app.post(
      '/api/v1/recognitions/:id/office-decision',
      {
        config: { errorCodes: ['BOLE_RECOGNITION_STATE', 'BOLE_CALENDAR_RANGE'] },
        schema: {
          operationId: 'decideRecognitionAsOffice',
          tags,
          summary: '人才办: approve (starts the public notice), reject or return',
          params: recognitionParams,
          body: officeDecisionBody,
          response: { 200: recognition, ...errors },
        },
      },
      async (req) => officeDecide(ctx, principalOf(req), req.params.id, req.body, req.ip),
    );

    app.post(
      '/api/v1/recognitions/:id/objections/:objectionId/resolve',
      {
        config: { errorCodes: ['BOLE_OBJECTION_RESOLVED'] },
        schema: {
          operationId: 'resolveRecognitionObjection',
          tags,
          summary: 'Uphold (recognition rejected) or dismiss an objection',
          params: objectionParams,
          body: resolveObjectionBody,
          response: { 200: recognition, ...errors },
        },
      },
      async (req) => resolveObjection(ctx, principalOf(req), req.params.id, req.params.objectionId, req.body, req.ip),
    );

    app.post(
      '/api/v1/recognitions/:id/finalize',
      {
        config: { errorCodes: ['BOLE_RECOGNITION_STATE', 'BOLE_NOTICE_RUNNING', 'BOLE_OPEN_OBJECTIONS'] },
        schema: {
          operationId: 'finalizeRecognition',
          tags,
          summary: 'Grant the tier after the notice (no open objection)',
          params: recognitionParams,
          response: { 200: recognition, ...errors },
        },
      },
      async (req) => finalizeRecognition(ctx, principalOf(req), req.params.id),
    );

    app.get(
      '/api/v1/public/recognition-notices',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listRecognitionNotices',
          tags,
          summary: 'Recognitions in public notice (公示): masked name, employer, tier, end date',
          response: { 200: publicNotice },
        },
      },
      async (_req, reply) => reply.header('cache-control', 'no-store').send(await publicNotices(ctx)),
    );

    app.post(
      '/api/v1/public/recognition-notices/:id/objections',
      {
        config: { access: 'public', errorCodes: ['BOLE_NOTICE_CLOSED'], rateLimit: { max: 5, timeWindow: '10 minutes' } },
        schema: {
          operationId: 'fileRecognitionObjection',
          tags,
          summary: 'File an objection during the notice (rate-limited)',
          params: recognitionParams,
          body: fileObjectionBody,
          response: { 201: objectionReceipt, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await fileObjection(ctx, req.params.id, req.body, req.ip)),
    );
  };
}
