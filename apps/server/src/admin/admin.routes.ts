/** /api/v1/admin — the administrator's user console. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createStaffBody,
  createdToken,
  departmentTokenBody,
  idParams,
  passwordResetResult,
  problem,
  updateStaffBody,
  userItem,
  userListQuery,
  userPage,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { createStaff, listAccounts, resetPassword, setDisabled, unlockStaff, updateStaff } from './users.service.js';
import { issueDepartmentToken } from '../auth/tokens.service.js';

/** Admin routes. */
export function adminRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/admin/users',
      {
        schema: { operationId: 'createStaffAccount', tags: ['admin'], summary: 'Create a staff account', body: createStaffBody, response: { 201: userItem } },
      },
      async (request, reply) => reply.status(201).send(await createStaff(ctx, principalOf(request), request.body)),
    );

    app.get(
      '/api/v1/admin/users',
      {
        schema: {
          operationId: 'listAccounts',
          tags: ['admin'],
          summary: 'List staff accounts, newest first',
          querystring: userListQuery,
          response: { 200: userPage },
        },
      },
      async (request) => listAccounts(ctx, request.query),
    );

    app.patch(
      '/api/v1/admin/users/:id',
      {
        schema: {
          operationId: 'updateStaffAccount',
          tags: ['admin'],
          summary: "Change a staff account's display name or department",
          params: idParams,
          body: updateStaffBody,
          response: { 200: userItem, 400: problem, 404: problem },
        },
      },
      async (request) => updateStaff(ctx, principalOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/v1/admin/users/:id/unlock',
      {
        schema: {
          operationId: 'unlockAccount',
          tags: ['admin'],
          summary: 'Lift the lockout of a staff account after wrong passwords',
          params: idParams,
          response: { 200: userItem, 404: problem },
        },
      },
      async (request) => unlockStaff(ctx, principalOf(request), request.params.id),
    );

    app.post(
      '/api/v1/admin/users/:id/disable',
      {
        config: { errorCodes: ['BOLE_CANNOT_DISABLE_SELF'] },
        schema: {
          operationId: 'disableAccount',
          tags: ['admin'],
          summary: 'Disable an account and end its sessions and tokens',
          params: idParams,
          response: { 200: userItem },
        },
      },
      async (request) => setDisabled(ctx, principalOf(request), request.params.id, true),
    );

    app.post(
      '/api/v1/admin/users/:id/enable',
      {
        schema: {
          operationId: 'enableAccount',
          tags: ['admin'],
          summary: 'Re-enable a disabled account (also clears a lockout)',
          params: idParams,
          response: { 200: userItem },
        },
      },
      async (request) => setDisabled(ctx, principalOf(request), request.params.id, false),
    );

    app.post(
      '/api/v1/admin/users/:id/department-tokens',
      {
        schema: {
          operationId: 'issueDepartmentToken',
          tags: ['admin'],
          summary: 'Issue a department-scoped bearer token (数据共享): it writes only that department’s facts and opens no other route',
          params: idParams,
          body: departmentTokenBody,
          response: { 201: createdToken, 400: problem, 404: problem },
        },
      },
      async (request, reply) => reply.status(201).send(await issueDepartmentToken(ctx, principalOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/v1/admin/users/:id/reset-password',
      {
        config: { errorCodes: ['BOLE_CANNOT_RESET_SELF'] },
        schema: {
          operationId: 'resetAccountPassword',
          tags: ['admin'],
          summary: "Reset an account's password: a one-time password shown once; sessions and tokens end; a new password is required at the next sign-in",
          params: idParams,
          response: { 200: passwordResetResult },
        },
      },
      async (request) => resetPassword(ctx, principalOf(request), request.params.id),
    );
  };
}
