/**
 * /api/v1/department-facts — 数据共享: a department's facts by file (template, upload, history)
 * and the partner API for its systems (a bearer token scoped to the department and its facts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { departmentFactsBody, factImport, factImportPage, factImportQuery, factTemplateQuery, problem } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { multipartUploads } from '../http/multipart.js';
import { apiRows, assertTokenMayWrite, deliverFacts, listImports, supplierFor } from './fact-import.service.js';
import { factTemplate, importFactFile } from './fact-file.service.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';

const tags = ['data-exchange'];
const MAX_FILE = 20 * 1024 * 1024;

/** Routes of 数据共享. */
export function dataExchangeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const uploads = multipartUploads({ maxFileBytes: MAX_FILE });
    await uploads.register(app);

    app.post(
      '/api/v1/department-facts',
      {
        config: { scopedTokens: true },
        schema: {
          operationId: 'deliverDepartmentFacts',
          tags,
          summary: 'A partner system delivers a department’s facts (bearer token scoped to the department and its facts); every row checked, all rows or none',
          description:
            'Rows are keyed by the talent’s ID number; a fact left out is not changed. A 400 names every bad row and column as `rows.<index>.<field>` and nothing is written; a fact the token may not write is 403 naming it.',
          security: [{ bearer: [] }],
          body: departmentFactsBody,
          response: { 201: factImport, 400: problem, 403: problem },
        },
      },
      async (req, reply) => {
        const principal = principalOf(req);
        const supplier = supplierFor(ctx, principal, req.body.department);
        const raw = apiRows(req.body.rows);
        assertTokenMayWrite(principal, supplier, raw);
        return reply.status(201).send(await deliverFacts(ctx, principal, supplier, { source: 'api', fileName: null }, raw));
      },
    );

    app.post(
      '/api/v1/department-facts/imports',
      {
        schema: {
          operationId: 'importDepartmentFacts',
          tags,
          summary: 'Import a department’s file (?department=…; multipart field "file": the .xlsx template or a .csv); all rows or none',
          description: 'A 400 names every bad row and column as `row <n>.<column>`, the header being row 1; nothing is written.',
          querystring: factTemplateQuery,
          response: { 201: factImport, 400: problem, 403: problem },
        },
      },
      async (req, reply) => {
        const { file } = await uploads.readBuffered(req, 'the .xlsx or .csv file');
        return reply.status(201).send(await importFactFile(ctx, principalOf(req), req.query.department, file));
      },
    );

    app.get(
      '/api/v1/department-facts/imports',
      {
        schema: {
          operationId: 'listDepartmentFactImports',
          tags,
          summary: 'Imports of department facts, newest first (a reviewer sees their department’s)',
          querystring: factImportQuery,
          response: { 200: factImportPage },
        },
      },
      async (req) => listImports(ctx, principalOf(req), req.query),
    );

    app.get(
      '/api/v1/department-facts/template.xlsx',
      {
        schema: {
          operationId: 'getDepartmentFactTemplate',
          tags,
          summary: 'The Excel template of a department’s facts',
          querystring: factTemplateQuery,
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]), 400: problem, 403: problem },
        },
      },
      async (req, reply) => {
        const { fileName, data } = await factTemplate(ctx, principalOf(req), req.query.department);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );
  };
}
