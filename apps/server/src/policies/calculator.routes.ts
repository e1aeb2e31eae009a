/** POST /api/v1/calculator — "what can I get" (政策计算器). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calculatorBody, calculatorResult } from '@bole/contracts';
import { principalOf } from '../http/access.js';
import type { AppContext } from '../platform/context.js';
import { calculate } from './calculator.service.js';

/** Calculator routes. */
export function calculatorRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/calculator',
      {
        schema: {
          operationId: 'calculateBenefits',
          tags: ['policies'],
          summary: 'What a talent gets at a date: tier, granted, displaced and unmet benefits, explained in zh and en',
          description:
            'A talent sends `{}` (or `{at}`): their stored record is evaluated. An officer sends `profile` (policy-pack field names) or `talentId`. ' +
            'A bad profile (wrong type, impossible date, unknown enum, invalid ID number) is a 400 naming the field.',
          body: calculatorBody,
          response: { 200: calculatorResult },
        },
      },
      async (req) => calculate(ctx, principalOf(req), req.body),
    );
  };
}
