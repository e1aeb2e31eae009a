/** What-if routes: the parameters a reform can change, and the simulation itself. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, policyParameterList, simulateBody, simulateResult } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { listParameters, simulateReform } from './simulate.service.js';

/** Simulation routes (the talent office only). */
export function simulateRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/policies/parameters',
      {
        schema: {
          operationId: 'listPolicyParameters',
          tags: ['policies'],
          summary: 'Every dated parameter of the pack in force at a date, with its current value',
          querystring: z.object({ at: isoDate.optional() }).strict(),
          response: { 200: policyParameterList },
        },
      },
      async (req) => listParameters(ctx, req.query.at),
    );

    app.post(
      '/api/v1/policies/simulate',
      {
        config: { errorCodes: ['BOLE_POLICY_NONE_IN_FORCE'] },
        schema: {
          operationId: 'simulateReform',
          tags: ['policies'],
          summary: 'What-if: gainers, losers, changed counts and annual budget delta of a reform, by policy, district and chain',
          description:
            'Each change sets one parameter (or one key of a keyed parameter) of a policy in force at `at` to a new value in the parameter’s unit (yuan for money). ' +
            'The population is every talent in the database, cached in columnar form and reloaded whenever talents or employers change.',
          body: simulateBody,
          response: { 200: simulateResult },
        },
      },
      async (req) => simulateReform(ctx, req.body),
    );
  };
}
