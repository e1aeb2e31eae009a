/** The stock's Excel template and import (multipart "file"), all rows or none. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { housingStock, problem } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { invalid } from '../http/errors.js';
import { multipartUploads } from '../http/multipart.js';
import { addUnits, housingStock as readStock } from './housing-stock.service.js';
import { readStockSheet, stockTemplate } from './housing-stock-file.js';

const MAX_FILE = 5 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Adds the template and import routes to the housing routes. */
export async function registerStockImport(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const uploads = multipartUploads({ maxFileBytes: MAX_FILE });
  await uploads.register(app);
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/v1/housing/units/template.xlsx',
    {
      schema: { operationId: 'getHousingStockTemplate', tags: ['housing'], summary: 'The Excel sheet units are imported from, with one example row' },
    },
    async (_req, reply) =>
      reply
        .header('content-type', XLSX)
        .header('content-disposition', 'attachment; filename="housing-units.xlsx"')
        .send(await stockTemplate()),
  );
  typed.post(
    '/api/v1/housing/units/import',
    {
      schema: {
        operationId: 'importHousingUnits',
        tags: ['housing'],
        summary: 'Import units from the Excel sheet (multipart "file"): all rows or none, each bad cell named rows.N.column',
        response: { 201: housingStock, 400: problem, 403: problem, 413: problem },
      },
    },
    async (req, reply) => {
      const { file } = await uploads.readBuffered(req, 'the .xlsx');
      const { units, errors } = await readStockSheet(file.data);
      if (errors.length) throw invalid(errors);
      await addUnits(ctx, principalOf(req), units);
      return reply.status(201).send(await readStock(ctx));
    },
  );
}
