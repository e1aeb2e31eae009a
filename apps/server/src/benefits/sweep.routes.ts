/**
 * HTTP routes of the 免申即享 sweep: make (or resume) a preview, read it per person (filtered,
 * paged, as Excel), have a second officer confirm it, follow the progress. Previews and
 * confirmations run in the background of the server process; the job row carries the progress.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problem, startSweepBody, sweepDiff as sweepDiffSchema, sweepDiffQuery, sweepExportQuery, sweepJob, sweepList, sweepParams } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { businessDate } from '../platform/clock.js';
import { previewSweep } from './sweep.service.js';
import { confirmSweep } from './sweep-confirm.service.js';
import { getSweep, listSweeps, showSweep, sweepDiff, sweepWorkbook } from './sweep-view.service.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';

const tags = ['benefits'];

/** Routes under /api/v1/sweeps. */
export function sweepRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/sweeps',
      {
        config: { errorCodes: ['BOLE_SWEEP_RUNNING', 'BOLE_NO_POLICY_PACK'] },
        schema: {
          operationId: 'startSweep',
          tags,
          summary: 'Preview the 免申即享 sweep at a date (or resume the unfinished preview at that date); nothing is written until a second officer confirms',
          body: startSweepBody,
          response: { 202: sweepJob, 400: problem, 409: problem },
        },
      },
      async (req, reply) => {
        const run = await previewSweep(ctx, principalOf(req), req.body.at ?? businessDate(ctx.clock.now()));
        run.done.catch((err: unknown) => req.log.error({ err }, 'sweep preview failed'));
        return reply.status(202).send(await showSweep(ctx, req.principal?.userId ?? null, run.job, run.resumed));
      },
    );

    app.post(
      '/api/v1/sweeps/:id/confirm',
      {
        config: { errorCodes: ['BOLE_SAME_OFFICER', 'BOLE_SWEEP_FUTURE', 'BOLE_SWEEP_NOT_PREVIEW', 'BOLE_SWEEP_STALE'] },
        schema: {
          operationId: 'confirmSweep',
          tags,
          summary:
            'Confirm a preview as a second officer (not its maker): checks it still holds, then writes the entitlements and notifies; a stale preview ends `stale`',
          params: sweepParams,
          response: { 202: sweepJob, 403: problem, 404: problem, 409: problem, 422: problem },
        },
      },
      async (req, reply) => {
        const run = await confirmSweep(ctx, principalOf(req), req.params.id);
        run.done.catch((err: unknown) => req.log.error({ err }, 'sweep confirmation failed'));
        return reply.status(202).send(await showSweep(ctx, req.principal?.userId ?? null, run.job, run.resumed));
      },
    );

    app.get('/api/v1/sweeps', { schema: { operationId: 'listSweeps', tags, summary: 'Latest sweeps', response: { 200: sweepList } } }, async (req) => ({
      items: await listSweeps(ctx, req.principal?.userId ?? null),
    }));

    app.get(
      '/api/v1/sweeps/:id',
      {
        schema: { operationId: 'getSweep', tags, summary: 'A sweep and its progress', params: sweepParams, response: { 200: sweepJob, 404: problem } },
      },
      async (req) => showSweep(ctx, req.principal?.userId ?? null, await getSweep(ctx, req.params.id)),
    );

    app.get(
      '/api/v1/sweeps/:id/diff',
      {
        schema: {
          operationId: 'getSweepDiff',
          tags,
          summary: 'Per person, what the sweep would change (preview) or changed: new, changed amount, ended; by change kind and policy, paged',
          params: sweepParams,
          querystring: sweepDiffQuery,
          response: { 200: sweepDiffSchema, 404: problem },
        },
      },
      async (req) => sweepDiff(ctx, req.params.id, req.query),
    );

    app.get(
      '/api/v1/sweeps/:id/diff.xlsx',
      {
        schema: {
          operationId: 'exportSweepDiff',
          tags,
          summary: 'The per-person list of a sweep as an Excel file (same filters)',
          params: sweepParams,
          querystring: sweepExportQuery,
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (req, reply) => {
        const { fileName, data } = await sweepWorkbook(ctx, req.params.id, req.query);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );
  };
}
