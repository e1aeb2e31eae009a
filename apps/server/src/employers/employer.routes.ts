/** HTTP routes of the employers area: registration, own record, picker options, officer list. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  employerListPage,
  employerListQuery,
  employerOption,
  employerOptionsQuery,
  employerProfile,
  employerProfileInput,
  me,
  registerEmployerBody,
} from '@bole/contracts';
import { z } from 'zod';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { registrationLimit } from '../auth/rate-limits.js';
import { startSession } from '../auth/accounts.service.js';
import { withCityCodes } from '../city/city-file.js';
import { employerOptions, getMyEmployer, listEmployers, registerEmployer, updateMyEmployer } from './employer.service.js';

/** Routes under /api/v1/employers and /api/v1/auth/register/employer. */
export function employerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/auth/register/employer',
      {
        config: { access: 'public', errorCodes: ['BOLE_DUPLICATE_ACCOUNT'], rateLimit: registrationLimit(ctx) },
        schema: {
          operationId: 'registerEmployer',
          tags: ['employers'],
          summary: 'Register an employer by unified social credit code (limited per client address, BOLE_REGISTER_RATE_LIMIT an hour)',
          body: withCityCodes(registerEmployerBody, ctx.city),
          response: { 201: me },
        },
      },
      async (request, reply) => {
        const { userId } = await registerEmployer(ctx, request.body);
        const session = await startSession(ctx, request, reply, userId);
        return reply.status(201).send(session);
      },
    );

    app.get(
      '/api/v1/employers/me',
      {
        schema: { operationId: 'getMyEmployer', tags: ['employers'], summary: 'The signed-in employer', response: { 200: employerProfile } },
      },
      async (request) => getMyEmployer(ctx, principalOf(request)),
    );

    app.put(
      '/api/v1/employers/me',
      {
        schema: {
          operationId: 'updateMyEmployer',
          tags: ['employers'],
          summary: 'Update the signed-in employer',
          body: employerProfileInput,
          response: { 200: employerProfile },
        },
      },
      async (request) => updateMyEmployer(ctx, principalOf(request), request.body),
    );

    app.get(
      '/api/v1/employers/options',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'listEmployerOptions',
          tags: ['employers'],
          summary: 'Employers for a picker (name contains q, at most 20)',
          querystring: employerOptionsQuery,
          response: { 200: z.array(employerOption) },
        },
      },
      async (request) => employerOptions(ctx, request.query.q),
    );

    app.get(
      '/api/v1/employers',
      {
        schema: {
          operationId: 'listEmployers',
          tags: ['employers'],
          summary: "The talent office's employer list",
          querystring: employerListQuery,
          response: { 200: employerListPage },
        },
      },
      async (request) => listEmployers(ctx, request.query),
    );
  };
}
