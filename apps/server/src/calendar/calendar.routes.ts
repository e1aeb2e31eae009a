/**
 * HTTP routes of the holiday calendar: the years and one year (staff), the Excel template and a
 * year's export (staff), and the import of a notice (administrators; multipart field "file",
 * .xlsx or .json, with an optional "source" field). Mounting the routes also loads the
 * calendar into the context and keeps it fresh (a change by another process shows within a
 * minute).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calendarImportQuery, calendarImportResult, calendarYearDetail, calendarYearList, calendarYearParams, problem } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { multipartUploads } from '../http/multipart.js';
import { calendarTemplate, calendarYear, exportCalendarYear, importCalendar, listCalendarYears } from './calendar.service.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';

const tags = ['calendar'];
const MAX_FILE = 2 * 1024 * 1024;
/** How often a process looks for another one's import. */
const REFRESH_MS = 60_000;

/** Routes under /api/v1/calendar. */
export function calendarRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await ctx.calendar.ensureLoaded();
    const stopWatching = ctx.calendar.watch(REFRESH_MS, (err) => app.log.warn({ err }, 'holiday calendar refresh failed'));
    app.addHook('onClose', async () => stopWatching());
    const uploads = multipartUploads({ maxFileBytes: MAX_FILE, textFields: ['source'] });
    await uploads.register(app);

    app.get(
      '/api/v1/calendar/years',
      {
        schema: {
          operationId: 'listCalendarYears',
          tags,
          summary: 'Years of the holiday calendar: official or provisional, counts, source',
          response: { 200: calendarYearList },
        },
      },
      async () => listCalendarYears(ctx),
    );

    app.get(
      '/api/v1/calendar/years/:year',
      {
        schema: {
          operationId: 'getCalendarYear',
          tags,
          summary: 'One year: its days off and make-up workdays',
          params: calendarYearParams,
          response: { 200: calendarYearDetail, 404: problem },
        },
      },
      async (req) => calendarYear(ctx, req.params.year),
    );

    app.get(
      '/api/v1/calendar/years/:year/export.xlsx',
      {
        schema: {
          operationId: 'exportCalendarYear',
          tags,
          summary: 'One year as the import workbook (to correct and import again)',
          params: calendarYearParams,
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (req, reply) => {
        const { fileName, data } = await exportCalendarYear(ctx, req.params.year);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );

    app.get(
      '/api/v1/calendar/template.xlsx',
      {
        schema: {
          operationId: 'getCalendarTemplate',
          tags,
          summary: 'The blank workbook to fill in from the State Council notice',
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (_req, reply) => {
        const { fileName, data } = await calendarTemplate(ctx);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );

    app.post(
      '/api/v1/calendar/import',
      {
        schema: {
          operationId: 'importCalendar',
          tags,
          summary:
            'Import a notice (multipart "file": .xlsx or .json; "source": its title and number unless the file names it). All rows or none; deadlines recomputed',
          querystring: calendarImportQuery,
          response: { 200: calendarImportResult, 400: problem, 403: problem, 413: problem },
        },
      },
      async (req) => {
        const { file, fields } = await uploads.readBuffered(req, 'the .xlsx or .json');
        const source = fields.source?.trim() || req.query.source;
        return importCalendar(ctx, principalOf(req), { fileName: file.fileName, data: file.data }, { source, ip: req.ip ?? null });
      },
    );
  };
}
