/** GET /api/v1/city — the city this instance serves: names and codes of its districts, chains and departments. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cityInfo } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { cityInfoOf } from './city-file.js';

/** City routes (public: the lists behind every select and label of districts, chains and departments). */
export function cityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  // The demo accounts and their published password are shown only where they can exist.
  const body = { ...cityInfoOf(ctx.city), demo: ctx.config.seedDemo && ctx.config.env !== 'production' };
  return async (app) => {
    app.get(
      '/api/v1/city',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getCity',
          tags: ['system'],
          summary: 'The city served: districts, industry chains and departments with their names',
          response: { 200: cityInfo },
        },
      },
      async (_req, reply) => {
        // Read once at start; a changed city.yaml takes effect on restart.
        void reply.header('cache-control', 'public, max-age=300');
        return body;
      },
    );
  };
}
