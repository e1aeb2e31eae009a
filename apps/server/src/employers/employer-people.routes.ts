/** HTTP routes of employer approval (licence, the office's decision) and of the employer's HR users. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_CONTENT_TYPES,
  employerDecisionBody,
  employerReviewItem,
  employerReviewPage,
  employerReviewQuery,
  employerStanding,
  hrUser,
  hrUserList,
  hrUserStateBody,
  invitedHrUser,
  inviteHrUserBody,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { multipartUploads } from '../http/multipart.js';
import { fileResponse } from '../http/openapi.js';
import { discardEvidence, fileTooLarge, receiveEvidence } from '../evidence/evidence.service.js';
import { decideEmployer, listEmployerReviews, myStanding, openLicence, uploadLicence } from './employer-approval.service.js';
import { inviteHrUser, listHrUsers, setHrUserDisabled } from './hr-users.service.js';

const idParams = z.object({ id: z.string().uuid() }).strict();

/** Routes under /api/v1/employers/me/{standing,licence,users} and /api/v1/employer-reviews. */
export function employerPeopleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const uploads = multipartUploads({ maxFileBytes: EVIDENCE_MAX_BYTES, tooLarge: fileTooLarge });
    await uploads.register(app);

    app.get(
      '/api/v1/employers/me/standing',
      {
        schema: {
          operationId: 'getMyEmployerStanding',
          tags: ['employers'],
          summary: 'Approval of the signed-in employer and what waits for it',
          response: { 200: employerStanding },
        },
      },
      async (req) => myStanding(ctx, principalOf(req)),
    );

    app.post(
      '/api/v1/employers/me/licence',
      {
        config: { errorCodes: ['BOLE_MALFORMED_MULTIPART', 'BOLE_FILE_TOO_LARGE', 'BOLE_TOO_MANY_PARTS', 'BOLE_UNSUPPORTED_FILE'] },
        schema: {
          operationId: 'uploadEmployerLicence',
          tags: ['employers'],
          summary: 'Upload the business licence (multipart field "file"; PDF, JPEG or PNG)',
          response: { 200: employerStanding },
        },
      },
      async (req) => {
        const { file } = await uploads.read(req, {
          expects: 'a PDF, JPEG or PNG file',
          receive: (f) => receiveEvidence(ctx, f),
          discard: (r) => discardEvidence(ctx, r),
        });
        return uploadLicence(ctx, principalOf(req), file);
      },
    );

    app.get(
      '/api/v1/employers/me/users',
      {
        schema: { operationId: 'listHrUsers', tags: ['employers'], summary: "The employer's HR users", response: { 200: hrUserList } },
      },
      async (req) => listHrUsers(ctx, principalOf(req)),
    );

    app.post(
      '/api/v1/employers/me/users',
      {
        config: { errorCodes: ['BOLE_EMPLOYER_NOT_APPROVED', 'BOLE_PRIMARY_HR_ONLY', 'BOLE_DUPLICATE_ACCOUNT'] },
        schema: {
          operationId: 'inviteHrUser',
          tags: ['employers'],
          summary: 'Invite an HR user (the registering account only); answers the one-time password once',
          body: inviteHrUserBody,
          response: { 201: invitedHrUser },
        },
      },
      async (req, reply) => reply.status(201).send(await inviteHrUser(ctx, principalOf(req), req.body)),
    );

    app.put(
      '/api/v1/employers/me/users/:id',
      {
        config: { errorCodes: ['BOLE_EMPLOYER_NOT_APPROVED', 'BOLE_PRIMARY_HR_ONLY', 'BOLE_CANNOT_DISABLE_SELF'] },
        schema: {
          operationId: 'setHrUserState',
          tags: ['employers'],
          summary: 'Disable or re-enable an HR user',
          params: idParams,
          body: hrUserStateBody,
          response: { 200: hrUser },
        },
      },
      async (req) => setHrUserDisabled(ctx, principalOf(req), req.params.id, req.body.disabled),
    );

    app.get(
      '/api/v1/employer-reviews',
      {
        schema: {
          operationId: 'listEmployerReviews',
          tags: ['employers'],
          summary: 'Employer registrations by status, oldest first',
          querystring: employerReviewQuery,
          response: { 200: employerReviewPage },
        },
      },
      async (req) => listEmployerReviews(ctx, req.query),
    );

    app.post(
      '/api/v1/employer-reviews/:id',
      {
        config: { errorCodes: ['BOLE_EMPLOYER_REVIEW_STATE'] },
        schema: {
          operationId: 'decideEmployer',
          tags: ['employers'],
          summary: 'Approve or reject a pending registration',
          params: idParams,
          body: employerDecisionBody,
          response: { 200: employerReviewItem },
        },
      },
      async (req) => decideEmployer(ctx, principalOf(req), req.params.id, req.body),
    );

    app.get(
      '/api/v1/employer-reviews/:id/licence',
      {
        schema: {
          operationId: 'downloadEmployerLicence',
          tags: ['employers'],
          summary: 'The business licence of a registration',
          params: idParams,
          response: { 200: fileResponse('The licence as uploaded', EVIDENCE_CONTENT_TYPES) },
        },
      },
      async (req, reply) => {
        const f = await openLicence(ctx, principalOf(req), req.params.id, req.ip ?? null);
        return reply
          .header('content-type', f.licence.contentType)
          .header('content-length', f.size)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.licence.fileName)}`)
          .header('cache-control', 'private, no-store')
          .send(f.stream);
      },
    );
  };
}
