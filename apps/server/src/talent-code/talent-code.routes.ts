/**
 * Talent code routes: the public key set and revocation list that offline verifiers fetch,
 * the public verify endpoint, the talent's own code, and revocation by the talent office.
 *
 * `POST /api/v1/talent-code/verify` answers 200 with `status` valid | expired | revoked |
 * forged for anything shaped like a JWS, and 400 `BOLE_MALFORMED_CODE` for a code that is not
 * a compact JWS at all (truncated or garbled scan).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  issuedSdJwt,
  jwksDocument,
  presentedCredentialResult,
  statusListDocument,
  verifyPresentationInput,
  myTalentCode as myTalentCodeSchema,
  problem,
  revokeTalentCodeInput,
  revokeTalentCodeParams,
  talentCodeRevocation,
  talentCodeRevocations,
  talentCodeVerification,
  verifyTalentCodeInput,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { publishedJwks } from './signing-key.service.js';
import { myTalentCode, revocationList, revokeTalentCode, verifyWithInstance } from './talent-code.service.js';
import { signedStatusList, STATUS_LIST_MAX_AGE_SECONDS } from './talent-code.status-list.js';
import { issueMySdJwt, verifyPresentationWithInstance } from './talent-code.sd-jwt.js';

/** Headers for documents other servers and service points fetch and cache. */
const shareable = (maxAgeSeconds: number) => ({
  'cache-control': `public, max-age=${maxAgeSeconds}`,
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
});

/** Talent code routes. */
export function talentCodeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/.well-known/jwks.json',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getTalentCodeKeys',
          tags: ['talent-code'],
          summary: 'Public keys (JWKS) that verify this instance’s talent codes',
          description: 'Ed25519 or SM2 keys: the current one and retired ones whose codes may still be presented.',
          response: { 200: jwksDocument },
        },
      },
      async (_req, reply) => reply.headers(shareable(300)).send(await publishedJwks(ctx)),
    );

    app.get(
      '/api/v1/talent-code/revocations',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listTalentCodeRevocations',
          tags: ['talent-code'],
          summary: 'Revoked talent codes (credential ids and revocation time) that have not expired',
          response: { 200: talentCodeRevocations },
        },
      },
      async (_req, reply) => reply.headers(shareable(60)).send(await revocationList(ctx)),
    );

    app.get(
      '/api/v1/region/status-list',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getStatusList',
          tags: ['talent-code'],
          summary: 'Signed bitstring status list of this instance’s talent codes (W3C Bitstring Status List)',
          description: `A compact JWS {iss, iat, exp, list} signed with the talent-code key; bit sl set = revoked. Cacheable for ${STATUS_LIST_MAX_AGE_SECONDS} seconds.`,
          response: { 200: statusListDocument },
        },
      },
      async (_req, reply) => reply.headers(shareable(STATUS_LIST_MAX_AGE_SECONDS)).send(await signedStatusList(ctx)),
    );

    app.post(
      '/api/v1/talent-code/sd-jwt',
      {
        config: { errorCodes: ['BOLE_NO_TALENT_CODE'] },
        schema: {
          operationId: 'createMySdJwt',
          tags: ['talent-code'],
          summary: 'My recognition as an SD-JWT: tier and validity visible, name, employer and city for me to disclose',
          response: { 200: issuedSdJwt, 404: problem },
        },
      },
      async (req, reply) => reply.header('cache-control', 'no-store').send(await issueMySdJwt(ctx, principalOf(req))),
    );

    app.post(
      '/api/v1/talent-code/sd-jwt/verify',
      {
        config: { access: 'public', rateLimit: { max: 300, timeWindow: '1 minute' } },
        schema: {
          operationId: 'verifySdJwtPresentation',
          tags: ['talent-code'],
          summary: 'Verify an SD-JWT presentation of this instance’s credential',
          description: '200 with status valid | expired | revoked | forged and only the disclosed claims; 400 naming presentation when it is not an SD-JWT.',
          body: verifyPresentationInput,
          response: { 200: presentedCredentialResult, 400: problem },
        },
      },
      async (req, reply) => reply.header('cache-control', 'no-store').send(await verifyPresentationWithInstance(ctx, req.body.presentation)),
    );

    app.post(
      '/api/v1/talent-code/verify',
      {
        config: { access: 'public', errorCodes: ['BOLE_MALFORMED_CODE'], rateLimit: { max: 300, timeWindow: '1 minute' } },
        schema: {
          operationId: 'verifyTalentCode',
          tags: ['talent-code'],
          summary: 'Verify a scanned talent code',
          description:
            '200 with status valid | expired | revoked | forged (claims present when the signature is good); ' +
            '400 BOLE_MALFORMED_CODE when the code is not a compact JWS at all (truncated or garbled).',
          body: verifyTalentCodeInput,
          response: { 200: talentCodeVerification, 400: problem },
        },
      },
      async (req, reply) => reply.header('cache-control', 'no-store').send(await verifyWithInstance(ctx, req.body.code)),
    );

    app.get(
      '/api/v1/talent-code/me',
      {
        config: { errorCodes: ['BOLE_NO_TALENT_CODE'] },
        schema: {
          operationId: 'getMyTalentCode',
          tags: ['talent-code'],
          summary: 'My current talent code with its QR image',
          response: { 200: myTalentCodeSchema, 404: problem },
        },
      },
      async (req, reply) => reply.header('cache-control', 'no-store').send(await myTalentCode(ctx, principalOf(req))),
    );

    app.post(
      '/api/v1/talent-code/:jti/revoke',
      {
        config: { errorCodes: ['BOLE_ALREADY_REVOKED'] },
        schema: {
          operationId: 'revokeTalentCode',
          tags: ['talent-code'],
          summary: 'Revoke a talent code',
          params: revokeTalentCodeParams,
          body: revokeTalentCodeInput,
          response: { 200: talentCodeRevocation, 404: problem, 409: problem },
        },
      },
      async (req) => {
        const principal = principalOf(req);
        return revokeTalentCode(ctx, { jti: req.params.jti, reason: req.body.reason, actor: principal, ip: req.ip });
      },
    );
  };
}
