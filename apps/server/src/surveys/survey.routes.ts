/** /api/v1/surveys — 需求摸排: the office opens, reminds, tracks and imports; an employer answers. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  demandRecordList,
  demandRecordsQuery,
  demandRowList,
  mySurvey,
  mySurveyList,
  problem,
  survey,
  surveyAnswerBody,
  surveyCompletion,
  surveyImportResult,
  surveyInput,
  surveyList,
  surveyReminderResult,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { multipartUploads } from '../http/multipart.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';
import {
  answerSurvey,
  closeSurvey,
  listSurveys,
  mySurveys,
  openSurvey,
  remindSurvey,
  surveyCompletion as completionOf,
  surveyRecords,
} from './survey.service.js';
import { importSurveyAnswers, surveyTemplate } from './survey-import.js';
import { demandRecordsWorkbook, listDemandRecords } from './demand-records.service.js';

const tags = ['demand-surveys'];
const idParams = z.object({ id: z.string().uuid() }).strict();

/** Routes of demand surveys. */
export function surveyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const uploads = multipartUploads({ maxFileBytes: 10 * 1024 * 1024 });
    await uploads.register(app);

    app.post(
      '/api/v1/surveys',
      {
        schema: {
          operationId: 'openSurvey',
          tags,
          summary: 'Open a demand survey of chosen chains: every approved employer of them is surveyed and notified',
          body: surveyInput,
          response: { 201: survey },
        },
      },
      async (req, reply) => reply.status(201).send(await openSurvey(ctx, principalOf(req), req.body)),
    );

    app.get(
      '/api/v1/surveys',
      {
        schema: { operationId: 'listSurveys', tags, summary: 'Surveys with how many employers answered', response: { 200: surveyList } },
      },
      async () => listSurveys(ctx),
    );

    app.get(
      '/api/v1/surveys/mine',
      {
        schema: { operationId: 'listMySurveys', tags, summary: 'Surveys sent to your employer, with its answers', response: { 200: mySurveyList } },
      },
      async (req) => mySurveys(ctx, principalOf(req)),
    );

    app.get(
      '/api/v1/surveys/template.xlsx',
      {
        schema: {
          operationId: 'getSurveyTemplate',
          tags,
          summary: 'The Excel template for answers collected offline',
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (_req, reply) =>
        reply
          .type(XLSX_MEDIA_TYPE)
          .header('content-disposition', 'attachment; filename="bole-demand-survey.xlsx"')
          .send(await surveyTemplate()),
    );

    app.get(
      '/api/v1/surveys/:id/completion',
      {
        schema: {
          operationId: 'getSurveyCompletion',
          tags,
          summary: 'Completion by chain and district, and the employers still to answer',
          params: idParams,
          response: { 200: surveyCompletion },
        },
      },
      async (req) => completionOf(ctx, req.params.id),
    );

    app.get(
      '/api/v1/surveys/:id/records',
      {
        schema: { operationId: 'listSurveyRecords', tags, summary: 'Every demand record of the survey', params: idParams, response: { 200: demandRecordList } },
      },
      async (req) => surveyRecords(ctx, req.params.id),
    );

    app.post(
      '/api/v1/surveys/:id/reminders',
      {
        config: { errorCodes: ['BOLE_SURVEY_CLOSED'] },
        schema: {
          operationId: 'remindSurvey',
          tags,
          summary: 'Remind every employer that has not answered',
          params: idParams,
          response: { 200: surveyReminderResult },
        },
      },
      async (req) => remindSurvey(ctx, principalOf(req), req.params.id),
    );

    app.post(
      '/api/v1/surveys/:id/closure',
      {
        config: { errorCodes: ['BOLE_SURVEY_CLOSED'] },
        schema: {
          operationId: 'closeSurvey',
          tags,
          summary: 'Close an open survey before its deadline: later answers and imports are refused (409)',
          params: idParams,
          response: { 200: survey },
        },
      },
      async (req) => closeSurvey(ctx, principalOf(req), req.params.id),
    );

    app.get(
      '/api/v1/demand-records',
      {
        schema: {
          operationId: 'listDemandRecords',
          tags,
          summary: 'Open postings and survey answers as demand records per employer, by chain, district or survey',
          querystring: demandRecordsQuery,
          response: { 200: demandRowList },
        },
      },
      async (req) => listDemandRecords(ctx, req.query),
    );

    app.get(
      '/api/v1/demand-records.xlsx',
      {
        schema: {
          operationId: 'exportDemandRecords',
          tags,
          summary: 'The demand records as an Excel file (same filters)',
          querystring: demandRecordsQuery,
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (req, reply) => {
        const { fileName, data } = await demandRecordsWorkbook(ctx, req.query);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );

    app.put(
      '/api/v1/surveys/:id/answer',
      {
        config: { errorCodes: ['BOLE_EMPLOYER_NOT_APPROVED', 'BOLE_NOT_SURVEYED', 'BOLE_SURVEY_CLOSED'] },
        schema: {
          operationId: 'answerSurvey',
          tags,
          summary: 'Answer a survey with your demand records (replaces your earlier answer)',
          params: idParams,
          body: surveyAnswerBody,
          response: { 200: mySurvey },
        },
      },
      async (req) => answerSurvey(ctx, principalOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/v1/surveys/:id/import',
      {
        config: {
          errorCodes: ['BOLE_IMPORT_ROWS', 'BOLE_SURVEY_CLOSED', 'BOLE_MALFORMED_MULTIPART', 'BOLE_FILE_TOO_LARGE', 'BOLE_TOO_MANY_PARTS'],
        },
        schema: {
          operationId: 'importSurveyAnswers',
          tags,
          summary: 'Import answers collected offline (multipart field "file": the .xlsx template); all rows or none',
          description: 'A 422 names every bad row and column as `row <n>.<column>`, the header being row 1; nothing is written.',
          params: idParams,
          response: { 201: surveyImportResult, 400: problem },
        },
      },
      async (req, reply) => {
        const { file } = await uploads.readBuffered(req, 'the .xlsx file');
        return reply.status(201).send(await importSurveyAnswers(ctx, principalOf(req), req.params.id, file));
      },
    );
  };
}
