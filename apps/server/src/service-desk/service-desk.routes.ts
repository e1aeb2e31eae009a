/**
 * HTTP routes of the "关键小事" service desk: talents file requests and bundles and rate or
 * reopen them; concierges work their queue through the closed loop; heads and the office see
 * what is overdue, run the escalation and read the concierges' figures. Mounting the routes also
 * starts the escalation's schedule in this process (service-escalation.schedule.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import {
  answerBody,
  coHandleBody,
  conciergeList,
  conciergeStats,
  fileServiceBundleBody,
  fileServiceRequestBody,
  handOverBody,
  noteBody,
  problem,
  rateBody,
  reopenBody,
  serviceCase,
  serviceCaseList,
  serviceEscalateBody,
  serviceEscalation,
  serviceRequest,
  serviceRequestList,
  serviceRequestParams,
  serviceRequestQuery,
  stopClockBody,
  type ErrorCode,
  type ServiceRequest,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf, type Principal } from '../http/access.js';
import { fileBundle, fileRequest, myCases, queueFor, requestFor } from './service-request.service.js';
import { answer, claim, close, coHandle, contact, followUp, handOver, rate, reopen, resumeClock, stopClock, update } from './service-handling.service.js';
import { conciergeFigures, escalateOverdue } from './service-escalation.service.js';
import { scheduleEscalation } from './service-escalation.schedule.js';
import { findConcierges } from './service-desk.repository.js';

const tags = ['service-desk'];
const STEP_ERRORS: ErrorCode[] = ['BOLE_SERVICE_WRONG_STATE', 'BOLE_SERVICE_NOT_OWNER'];
const RATE_ERRORS: ErrorCode[] = ['BOLE_SERVICE_WRONG_STATE', 'BOLE_SERVICE_ALREADY_RATED'];
const REOPEN_ERRORS: ErrorCode[] = ['BOLE_SERVICE_WRONG_STATE', 'BOLE_SERVICE_REOPEN_CLOSED'];

/** Routes under /api/v1/service-requests, /api/v1/service-cases and /api/v1/service-desk. */
export function serviceDeskRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    if (ctx.config.serviceEscalationMinutes > 0) {
      const stop = scheduleEscalation(ctx, ctx.config.serviceEscalationMinutes * 60_000, {
        ran: (r) => {
          if (r.toHead.length + r.toOffice.length > 0)
            app.log.info({ at: r.at, toHead: r.toHead.length, toOffice: r.toOffice.length }, 'overdue service requests escalated');
        },
        failed: (err) => app.log.error({ err }, 'escalating overdue service requests failed'),
      });
      app.addHook('onClose', stop);
    }

    /** One step of the loop on a request: POST /api/v1/service-requests/:id/<path>. */
    function stepRoute<B extends ZodType>(
      path: string,
      operationId: string,
      summary: string,
      body: B,
      run: (p: Principal, id: string, body: B['_output']) => Promise<ServiceRequest>,
      errorCodes: ErrorCode[] = STEP_ERRORS,
    ) {
      app.post(
        `/api/v1/service-requests/:id/${path}`,
        {
          config: { errorCodes },
          schema: {
            operationId,
            tags,
            summary,
            params: serviceRequestParams,
            body,
            response: { 200: serviceRequest, 403: problem, 404: problem, 409: problem },
          },
        },
        async (req) => run(principalOf(req), req.params.id, req.body as B['_output']),
      );
    }

    app.post(
      '/api/v1/service-requests',
      {
        config: { errorCodes: ['BOLE_SERVICE_FORM_INCOMPLETE'] },
        schema: {
          operationId: 'fileServiceRequest',
          tags,
          summary: 'File a request with its category’s form, evidence from the talent’s file and consent to share',
          body: fileServiceRequestBody,
          response: { 201: serviceCase, 422: problem },
        },
      },
      async (req, reply) => reply.code(201).send(await fileRequest(ctx, principalOf(req), req.body)),
    );

    app.post(
      '/api/v1/service-cases',
      {
        config: { errorCodes: ['BOLE_SERVICE_FORM_INCOMPLETE'] },
        schema: {
          operationId: 'fileServiceBundle',
          tags,
          summary: 'File a bundle (人才服务一件事) in one form with one set of evidence, fanned out to each department',
          body: fileServiceBundleBody,
          response: { 201: serviceCase, 422: problem },
        },
      },
      async (req, reply) => reply.code(201).send(await fileBundle(ctx, principalOf(req), req.body)),
    );

    app.get(
      '/api/v1/service-cases/mine',
      {
        schema: { operationId: 'myServiceCases', tags, summary: 'The talent’s cases, a bundle shown as one', response: { 200: serviceCaseList } },
      },
      async (req) => ({ items: await myCases(ctx, principalOf(req)) }),
    );

    app.get(
      '/api/v1/service-requests',
      {
        schema: {
          operationId: 'listServiceRequests',
          tags,
          summary: 'Requests within the reader’s remit by due time (open by default; overdue only when asked)',
          querystring: serviceRequestQuery,
          response: { 200: serviceRequestList },
        },
      },
      async (req) => ({ items: await queueFor(ctx, principalOf(req), req.query) }),
    );

    app.get(
      '/api/v1/service-requests/:id',
      {
        schema: {
          operationId: 'getServiceRequest',
          tags,
          summary: 'A request with its clocks and timeline',
          params: serviceRequestParams,
          response: { 200: serviceRequest, 404: problem },
        },
      },
      async (req) => requestFor(ctx, principalOf(req), req.params.id),
    );

    stepRoute('claim', 'claimServiceRequest', 'Take the request: its owner from now on (首接负责)', noteBody.partial(), (p, id) => claim(ctx, p, id));
    stepRoute('contact', 'contactServiceRequest', 'Record the first contact with the talent', noteBody, (p, id, b) => contact(ctx, p, id, b.note));
    stepRoute('update', 'updateServiceRequest', 'Post a progress update (restarts the update clock)', noteBody, (p, id, b) => update(ctx, p, id, b.note));
    stepRoute('hand-over', 'handOverServiceRequest', 'Hand the request over to another concierge', handOverBody, (p, id, b) =>
      handOver(ctx, p, id, b.toUserId, b.note),
    );
    stepRoute('co-handle', 'coHandleServiceRequest', 'Add a co-handling department', coHandleBody, (p, id, b) => coHandle(ctx, p, id, b.department, b.note));
    stepRoute('stop-clock', 'stopServiceClock', 'Stop the clock while waiting for the talent or a third party', stopClockBody, (p, id, b) =>
      stopClock(ctx, p, id, b.waitingFor, b.note),
    );
    stepRoute('resume-clock', 'resumeServiceClock', 'Restart a stopped clock', noteBody, (p, id, b) => resumeClock(ctx, p, id, b.note));
    stepRoute('answer', 'answerServiceRequest', 'Answer: resolved, not possible (with the rule) or redirected', answerBody, (p, id, b) =>
      answer(ctx, p, id, b),
    );
    stepRoute('close', 'closeServiceRequest', 'Close an answered request', noteBody, (p, id, b) => close(ctx, p, id, b.note));
    stepRoute('follow-up', 'followUpServiceRequest', 'Record the follow-up after closing', noteBody, (p, id, b) => followUp(ctx, p, id, b.note));
    stepRoute('rate', 'rateServiceRequest', 'Rate a closed request, once', rateBody, (p, id, b) => rate(ctx, p, id, b.rating, b.comment), RATE_ERRORS);
    stepRoute(
      'reopen',
      'reopenServiceRequest',
      'Reopen a closed request once, within the reopening window',
      reopenBody,
      (p, id, b) => reopen(ctx, p, id, b.reason),
      REOPEN_ERRORS,
    );

    app.post(
      '/api/v1/service-requests/escalate',
      {
        schema: {
          operationId: 'escalateOverdueServiceRequests',
          tags,
          summary: 'Escalate overdue requests to the department head, then the talent office (idempotent)',
          body: serviceEscalateBody,
          response: { 200: serviceEscalation },
        },
      },
      async (req) => escalateOverdue(ctx, req.body.at),
    );

    app.get(
      '/api/v1/service-desk/concierges',
      {
        schema: { operationId: 'listConcierges', tags, summary: 'Concierges a request can be handed over to', response: { 200: conciergeList } },
      },
      async () => ({ items: (await findConcierges(ctx.db)).map((c) => ({ id: c.id, name: c.displayName, department: c.department })) }),
    );

    app.get(
      '/api/v1/service-desk/figures',
      {
        schema: {
          operationId: 'conciergeFigures',
          tags,
          summary: 'Each concierge’s resolution rate, reopen rate, median working days and mean rating',
          response: { 200: conciergeStats },
        },
      },
      async () => conciergeFigures(ctx),
    );
  };
}
