/** HTTP routes of the talents area: registration, own profile and payout account, staff reads, officer list. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idNumberDisputeList,
  me,
  myPayoutAccount,
  payoutAccountInput,
  problem,
  registerTalentBody,
  resolveIdDisputeBody,
  talentListPage,
  talentListQuery,
  talentDetail,
  talentExport,
  talentExportBody,
  talentExportParams,
  talentPersonalData,
  talentFacts,
  talentProfile,
  talentProfileInput,
} from '@bole/contracts';
import { z } from 'zod';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';
import { getTalentExport, startTalentExport, talentExportFile } from './talent-export.service.js';
import { startSession } from '../auth/accounts.service.js';
import { registrationLimit } from '../auth/rate-limits.js';
import { getMyTalentFacts, getMyTalentProfile, getTalentProfile, readTalentPersonalData, registerTalent, updateMyTalentProfile } from './talent.service.js';
import { listTalents } from './talent-list.service.js';
import { talentDetail as readTalentDetail } from './talent-detail.service.js';
import { listIdNumberDisputes, resolveIdNumberDispute } from './id-disputes.service.js';
import { getMyPayoutAccount, removeMyPayoutAccount, setMyPayoutAccount } from './payout-account.service.js';
import { departmentReviewsTalent } from '../applications/review.service.js';
import { departmentReviewsRecognitionOf } from '../recognition/recognition-access.js';
import type { Department } from '@bole/contracts';

/** A reviewer's department has a case of the talent: a recognition it reviews or an application with one of its stages. */
const departmentHasCase = (ctx: AppContext) => async (department: string, talentId: string) =>
  (await departmentReviewsRecognitionOf(ctx, department, talentId)) || (await departmentReviewsTalent(ctx, department as Department, talentId));

const idParams = z.object({ id: z.string().uuid('must be a talent id (UUID)') });

/** Routes under /api/v1/talents and /api/v1/auth/register/talent. */
export function talentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/auth/register/talent',
      {
        config: { access: 'public', errorCodes: ['BOLE_DUPLICATE_ACCOUNT'], rateLimit: registrationLimit(ctx) },
        schema: {
          operationId: 'registerTalent',
          tags: ['talents'],
          summary: 'Register a talent by mobile number (limited per client address, BOLE_REGISTER_RATE_LIMIT an hour)',
          body: registerTalentBody,
          response: { 201: me },
        },
      },
      async (request, reply) => {
        const { userId } = await registerTalent(ctx, request.body);
        const session = await startSession(ctx, request, reply, userId);
        return reply.status(201).send(session);
      },
    );

    app.get(
      '/api/v1/talents/me',
      {
        schema: {
          operationId: 'getMyTalentProfile',
          tags: ['talents'],
          summary: "The signed-in talent's profile (numbers masked)",
          response: { 200: talentProfile },
        },
      },
      async (request) => getMyTalentProfile(ctx, principalOf(request)),
    );

    app.get(
      '/api/v1/talents/me/facts',
      {
        schema: {
          operationId: 'getMyFacts',
          tags: ['talents'],
          summary: "The signed-in talent's facts: per field the declaration, the verified value, who confirmed it and when, and its status",
          response: { 200: talentFacts },
        },
      },
      async (request) => getMyTalentFacts(ctx, principalOf(request)),
    );

    app.put(
      '/api/v1/talents/me',
      {
        config: { errorCodes: ['BOLE_DUPLICATE_ID_NUMBER'] },
        schema: {
          operationId: 'updateMyTalentProfile',
          tags: ['talents'],
          summary: "Save the signed-in talent's profile",
          body: talentProfileInput,
          response: { 200: talentProfile },
        },
      },
      async (request) => updateMyTalentProfile(ctx, principalOf(request), request.body),
    );

    app.get(
      '/api/v1/talents/me/payout-account',
      {
        schema: {
          operationId: 'getMyPayoutAccount',
          tags: ['talents'],
          summary: "The signed-in talent's payout account (number masked), the holder name it must carry, and the payments waiting for it",
          response: { 200: myPayoutAccount },
        },
      },
      async (request) => getMyPayoutAccount(ctx, principalOf(request)),
    );

    app.put(
      '/api/v1/talents/me/payout-account',
      {
        config: { errorCodes: ['BOLE_HOLDER_NOT_TALENT'] },
        schema: {
          operationId: 'setMyPayoutAccount',
          tags: ['talents'],
          summary:
            'Record or replace the payout account (holder: the talent’s own name; 12–30 digits); payments waiting for it join the queue. Audited and told to the talent',
          body: payoutAccountInput,
          response: { 200: myPayoutAccount, 400: problem },
        },
      },
      async (request) => setMyPayoutAccount(ctx, principalOf(request), request.body, request.ip ?? null),
    );

    app.delete(
      '/api/v1/talents/me/payout-account',
      {
        config: { errorCodes: ['BOLE_PAYOUT_ACCOUNT_IN_USE'] },
        schema: {
          operationId: 'deleteMyPayoutAccount',
          tags: ['talents'],
          summary: 'Remove the payout account; 409 while approved payments are still to be paid into it. Audited and told to the talent',
          response: { 200: myPayoutAccount, 404: problem, 409: problem },
        },
      },
      async (request) => removeMyPayoutAccount(ctx, principalOf(request), request.ip ?? null),
    );

    app.get(
      '/api/v1/talents',
      {
        schema: {
          operationId: 'listTalents',
          tags: ['talents'],
          summary: "The talent office's searchable list (numbers masked)",
          querystring: talentListQuery,
          response: { 200: talentListPage },
        },
      },
      async (request) => listTalents(ctx, request.query, { principal: principalOf(request), ip: request.ip ?? null }),
    );

    app.get(
      '/api/v1/talents/:id',
      {
        schema: {
          operationId: 'getTalent',
          tags: ['talents'],
          summary: 'A talent profile (numbers masked); a talent reads only their own, a reviewer only talents with a case in their department',
          params: idParams,
          response: { 200: talentProfile },
        },
      },
      async (request) => getTalentProfile(ctx, principalOf(request), request.params.id, departmentHasCase(ctx)),
    );

    app.post(
      '/api/v1/talent-exports',
      {
        schema: {
          operationId: 'exportTalents',
          tags: ['talents'],
          summary: 'Export the filtered list to Excel (numbers masked, at most 200,000 rows) as a job; follow its progress, then download. Audited',
          body: talentExportBody,
          response: { 202: talentExport },
        },
      },
      async (request, reply) => reply.status(202).send(await startTalentExport(ctx, principalOf(request), request.body, request.ip ?? null)),
    );

    app.get(
      '/api/v1/talent-exports/:id',
      {
        schema: {
          operationId: 'getTalentExport',
          tags: ['talents'],
          summary: 'The progress of an export the caller started',
          params: talentExportParams,
          response: { 200: talentExport, 404: problem },
        },
      },
      async (request) => getTalentExport(ctx, principalOf(request), request.params.id),
    );

    app.get(
      '/api/v1/talent-exports/:id/file',
      {
        schema: {
          operationId: 'downloadTalentExport',
          tags: ['talents'],
          summary: 'The workbook of a finished export the caller started',
          params: talentExportParams,
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]), 404: problem },
        },
      },
      async (request, reply) => {
        const { name, data } = await talentExportFile(ctx, principalOf(request), request.params.id);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${name}"`).send(data);
      },
    );

    app.get(
      '/api/v1/talents/:id/detail',
      {
        schema: {
          operationId: 'getTalentDetail',
          tags: ['talents'],
          summary:
            "The office's view of one talent (numbers masked): facts with status and source, recognitions, applications, entitlements and payments, notifications, who read the full numbers. Audited",
          params: idParams,
          response: { 200: talentDetail, 404: problem },
        },
      },
      async (request) => readTalentDetail(ctx, principalOf(request), request.params.id, request.ip ?? null),
    );

    app.get(
      '/api/v1/talents/:id/personal-data',
      {
        schema: {
          operationId: 'getTalentPersonalData',
          tags: ['talents'],
          summary: 'The full ID and mobile numbers (audited)',
          params: idParams,
          response: { 200: talentPersonalData },
        },
      },
      async (request) => readTalentPersonalData(ctx, principalOf(request), request.params.id, request.ip ?? null),
    );

    app.get(
      '/api/v1/talents/id-number-disputes',
      {
        schema: {
          operationId: 'listIdNumberDisputes',
          tags: ['talents'],
          summary: 'ID numbers a talent gave that another talent already holds (身份证号冲突), masked, for the office to settle',
          response: { 200: idNumberDisputeList },
        },
      },
      async () => listIdNumberDisputes(ctx),
    );

    app.post(
      '/api/v1/talents/:id/id-number-dispute',
      {
        schema: {
          operationId: 'resolveIdNumberDispute',
          tags: ['talents'],
          summary: 'Settle a 身份证号冲突: the number stays with its holder or goes to the claimant; the talent whose number is cleared is told why (audited)',
          params: idParams,
          body: resolveIdDisputeBody,
          response: { 200: idNumberDisputeList },
        },
      },
      async (request) => resolveIdNumberDispute(ctx, principalOf(request), request.params.id, request.body, request.ip ?? null),
    );
  };
}
