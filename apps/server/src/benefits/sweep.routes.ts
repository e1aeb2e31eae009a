/**
 * HTTP routes of the 免申即享 sweep: start (or resume) one, follow its progress, read its diff.
 * The sweep runs in the background of the server process; its job row carries the progress.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problem, startSweepBody, sweepDiff as sweepDiffSchema, sweepDiffQuery, sweepJob, sweepList, sweepParams } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { businessDate } from '../platform/clock.js';
import { getSweep, listSweeps, presentSweep, startSweep, sweepDiff } from './sweep.service.js';

const tags = ['benefits'];

/** Routes under /api/v1/sweeps. */
export function sweepRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/sweeps',
      {
        config: { access: ['officer'] },
        schema: {
          tags,
          summary: 'Start the 免申即享 sweep at a date (or resume the unfinished one at that date)',
          body: startSweepBody,
          response: { 202: sweepJob, 400: problem, 409: problem },
        },
      },
      async (req, reply) => {
        const run = await startSweep(ctx, principalOf(req), req.body.at ?? businessDate(ctx.clock.now()));
        run.done.catch((err: unknown) => req.log.error({ err }, 'sweep failed'));
        return reply.status(202).send(presentSweep(run.job, run.resumed));
      },
    );

    app.get(
      '/api/v1/sweeps',
      { config: { access: ['officer', 'auditor'] }, schema: { tags, summary: 'Latest sweeps', response: { 200: sweepList } } },
      async () => ({ items: await listSweeps(ctx) }),
    );

    app.get(
      '/api/v1/sweeps/:id',
      {
        config: { access: ['officer', 'auditor'] },
        schema: { tags, summary: 'A sweep and its progress', params: sweepParams, response: { 200: sweepJob, 404: problem } },
      },
      async (req) => presentSweep(await getSweep(ctx, req.params.id)),
    );

    app.get(
      '/api/v1/sweeps/:id/diff',
      {
        config: { access: ['officer', 'auditor'] },
        schema: {
          tags,
          summary: 'What the sweep changed against the previous one (new, changed amount, ended)',
          params: sweepParams,
          querystring: sweepDiffQuery,
          response: { 200: sweepDiffSchema, 404: problem },
        },
      },
      async (req) => sweepDiff(ctx, req.params.id, req.query),
    );
  };
}
