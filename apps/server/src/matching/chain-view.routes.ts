/** HTTP routes of the chain view (人才链 × 产业链): supply against demand per chain and sub-field, as JSON and Excel. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chainView, chainViewQuery } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';
import { chainViewWorkbook, getChainView } from './chain-view.service.js';

const tags = ['matching'];

/** Routes under /api/v1/chain-view. */
export function chainViewRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/chain-view',
      {
        schema: {
          operationId: 'getChainView',
          tags,
          summary: 'Talents with the skills against openings (postings and the latest survey) per chain, or per sub-field of `chain`',
          querystring: chainViewQuery,
          response: { 200: chainView },
        },
      },
      async (request) => getChainView(ctx, request.query.chain),
    );

    app.get(
      '/api/v1/chain-view.xlsx',
      {
        schema: {
          operationId: 'exportChainView',
          tags,
          summary: 'The chain view’s table as an Excel file',
          querystring: chainViewQuery,
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (request, reply) => {
        const { fileName, data } = await chainViewWorkbook(ctx, request.query.chain);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );
  };
}
