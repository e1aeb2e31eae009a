/**
 * Routes of the region: the trust list this instance holds, the signed message endpoint other
 * members post to, the message log and its re-verification, facts requests to another city,
 * and the talent's consents (我的授权).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  consentCreated,
  consentParams,
  factRequestInput,
  factRequestResult,
  giveConsentInput,
  messageLogVerification,
  myConsents as myConsentsSchema,
  problem,
  regionEnvelope,
  regionMessageLog,
  regionMessageLogQuery,
  regionTrustListView,
} from '@bole/contracts';
import { z } from 'zod';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { trustListView } from './trust-list.service.js';
import { receiveMessage } from './exchange.service.js';
import { messageLog, verifyMessageLog } from './message-log.service.js';
import { requestFacts } from './facts-exchange.service.js';
import { giveConsent, myConsents, revokeConsent } from './consent.service.js';

const tags = ['region'];

/** Routes under /api/v1/region and /api/v1/me/consents. */
export function regionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/region/trust-list',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getRegionTrustList',
          tags,
          summary: 'The region trust list this instance holds: its last good verified copy, with the signed token',
          response: { 200: regionTrustListView },
        },
      },
      async (_req, reply) => reply.header('cache-control', 'no-store').send(await trustListView(ctx)),
    );

    app.post(
      '/api/v1/region/messages',
      {
        config: {
          access: 'public',
          errorCodes: ['BOLE_REGION_MESSAGE_REFUSED', 'BOLE_REGION_MESSAGE_REPLAYED', 'BOLE_REGION_DISABLED'],
          rateLimit: { max: 600, timeWindow: '1 minute' },
        },
        schema: {
          operationId: 'receiveRegionMessage',
          tags,
          summary: 'A signed message from another member city; answers with this city’s signed answer',
          description:
            'The token is a compact JWS (typ bole-region-msg+jwt) over {iss, aud, jti, iat, kind, body, inReplyTo?}, signed by a key the trust list ' +
            'lists for iss. Refused (400, 409 when replayed) unless addressed to this city, within ±5 minutes and never seen before; every message is logged.',
          body: regionEnvelope,
          response: { 200: regionEnvelope, 400: problem, 409: problem },
        },
      },
      async (req) => ({ token: await receiveMessage(ctx, req.body.token, req.log) }),
    );

    app.get(
      '/api/v1/region/message-log',
      {
        schema: {
          operationId: 'listRegionMessages',
          tags,
          summary: 'The message log: signed messages sent and received, newest first, with their digest and status',
          querystring: regionMessageLogQuery,
          response: { 200: regionMessageLog, 400: problem },
        },
      },
      async (req) => messageLog(ctx, req.query),
    );

    app.get(
      '/api/v1/region/message-log/verify',
      {
        schema: {
          operationId: 'verifyRegionMessageLog',
          tags,
          summary: 'Re-verify every signature and digest of the message log',
          response: { 200: messageLogVerification },
        },
      },
      async () => verifyMessageLog(ctx),
    );

    app.post(
      '/api/v1/region/fact-requests',
      {
        config: { errorCodes: ['BOLE_REGION_DISABLED', 'BOLE_REGION_UNKNOWN_MEMBER', 'BOLE_REGION_PARTNER_UNREACHABLE'] },
        schema: {
          operationId: 'requestPartnerFacts',
          tags,
          summary: 'Ask another member city for a talent’s facts; answered facts become verified facts (source partner city)',
          body: factRequestInput,
          response: { 200: factRequestResult, 400: problem, 409: problem, 502: problem },
        },
      },
      async (req) => requestFacts(ctx, principalOf(req), req.body),
    );

    app.get(
      '/api/v1/me/consents',
      {
        schema: {
          operationId: 'listMyConsents',
          tags,
          summary: 'My consents to share facts with another city, each with what was shared under it',
          response: { 200: myConsentsSchema },
        },
      },
      async (req) => myConsents(ctx, principalOf(req)),
    );

    app.post(
      '/api/v1/me/consents',
      {
        config: { errorCodes: ['BOLE_REGION_DISABLED', 'BOLE_REGION_UNKNOWN_MEMBER', 'BOLE_REGION_NO_ID_NUMBER'] },
        schema: {
          operationId: 'giveConsent',
          tags,
          summary: 'Give a consent: which facts, to which city, for what purpose, until when',
          body: giveConsentInput,
          response: { 201: consentCreated, 400: problem, 409: problem },
        },
      },
      async (req, reply) => reply.status(201).send(await giveConsent(ctx, principalOf(req), req.body)),
    );

    app.post(
      '/api/v1/me/consents/:id/revoke',
      {
        config: { errorCodes: ['BOLE_CONSENT_NOT_ACTIVE'] },
        schema: {
          operationId: 'revokeConsent',
          tags,
          summary: 'Revoke one of my consents: nothing more is shared under it',
          params: consentParams,
          response: { 204: z.null(), 404: problem, 409: problem },
        },
      },
      async (req, reply) => {
        await revokeConsent(ctx, principalOf(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
