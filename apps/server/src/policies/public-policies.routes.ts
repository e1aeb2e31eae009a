/** Public policy routes (no sign-in, rate-limited per address): the policy library and the anonymous calculator. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calculatorResult, problem, publicCalculatorBody, publicPolicyLibrary } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { perAddressLimit } from '../auth/rate-limits.js';
import { calculateAnonymous, publicPolicyLibrary as libraryOf } from './public-policies.service.js';

const tags = ['policies'];
const errors = { 400: problem, 422: problem, 429: problem };
/** A person browsing reads a few pages a minute; a scraper gets 429. */
const READ_LIMIT = perAddressLimit(60, 60_000, { en: 'policy library reads from your network', zh: '政策库查询' });
const CALCULATE_LIMIT = perAddressLimit(30, 60_000, { en: 'calculations from your network', zh: '政策计算' });

/** Routes under /api/v1/public/policies and /api/v1/public/calculator. */
export function publicPolicyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/public/policies',
      {
        config: { access: 'public', rateLimit: READ_LIMIT },
        schema: {
          operationId: 'listPublicPolicies',
          tags,
          summary: 'Every policy in force today: its conditions in plain language and its amounts (no sign-in)',
          response: { 200: publicPolicyLibrary, ...errors },
        },
      },
      async () => libraryOf(ctx),
    );

    app.post(
      '/api/v1/public/calculator',
      {
        config: { access: 'public', rateLimit: CALCULATE_LIMIT },
        schema: {
          operationId: 'calculatePublicBenefits',
          tags,
          summary: 'What an anonymous profile would get (policy-pack field names); nothing is stored (no sign-in)',
          body: publicCalculatorBody,
          response: { 200: calculatorResult, ...errors },
        },
      },
      async (req) => calculateAnonymous(ctx, req.body),
    );
  };
}
