/**
 * HTTP routes of mutual recognition (资格互认): the talent's preview and request and their list,
 * the office's list of mutual recognitions granted here and of this city's credentials used
 * elsewhere, the re-check against the sources' status lists, and the settings. Registers the
 * handler of the `recognition.used` message with the exchange.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createMutualRecognitionBody,
  mutualPreview,
  mutualPreviewBody,
  mutualRecheckResult,
  mutualRecognition,
  mutualRecognitionList,
  mutualSettings,
  problem,
  recognitionUsedElsewhereList,
  type ErrorCode,
} from '@bole/contracts';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../http/access.js';
import { registerMessageHandler } from '../message-handlers.js';
import type { MutualPorts } from './mutual.ports.js';
import { regionPorts } from './mutual.region.js';
import {
  incomingMutualRecognitions,
  mutualSettingsOf,
  myMutualRecognitions,
  previewMutualRecognition,
  requestMutualRecognition,
  updateMutualSettings,
} from './mutual.service.js';
import { receiveRecognitionUsed, recognitionsUsedElsewhere } from './mutual-used.service.js';
import { recheckMutualRecognitions } from './mutual-recheck.service.js';

const tags = ['recognition'];
const errors = { 400: problem, 403: problem, 409: problem, 422: problem, 503: problem };
const refusals: readonly ErrorCode[] = [
  'BOLE_MUTUAL_MALFORMED',
  'BOLE_MUTUAL_OWN_CITY',
  'BOLE_MUTUAL_UNKNOWN_ISSUER',
  'BOLE_MUTUAL_KEY_NOT_LISTED',
  'BOLE_MUTUAL_BAD_SIGNATURE',
  'BOLE_MUTUAL_SOURCE_REVOKED',
  'BOLE_MUTUAL_SOURCE_EXPIRED',
  'BOLE_MUTUAL_NO_EQUIVALENCE',
  'BOLE_MUTUAL_DUPLICATE',
  'BOLE_MUTUAL_NO_TRUST_LIST',
  'BOLE_MUTUAL_NO_STATUS_LIST',
];

/** Routes under /api/v1/mutual-recognitions; `ports` defaults to this instance's region. */
export function mutualRoutes(ctx: AppContext, ports: MutualPorts = regionPorts(ctx)): FastifyPluginAsyncZod {
  registerMessageHandler('recognition.used', receiveRecognitionUsed);
  return async (app) => {
    app.post(
      '/api/v1/mutual-recognitions/preview',
      {
        config: { errorCodes: [...refusals] },
        schema: {
          operationId: 'previewMutualRecognition',
          tags,
          summary: 'What another city’s credential is worth here (verified, tier mapped); nothing is written',
          body: mutualPreviewBody,
          response: { 200: mutualPreview, ...errors },
        },
      },
      async (req) => previewMutualRecognition(ctx, ports, principalOf(req), req.body.credential),
    );

    app.post(
      '/api/v1/mutual-recognitions',
      {
        config: { errorCodes: [...refusals, 'BOLE_RECOGNITION_OPEN'] },
        schema: {
          operationId: 'requestMutualRecognition',
          tags,
          summary: 'Recognise another city’s credential here without a new review (after this city’s notice when required)',
          body: createMutualRecognitionBody,
          response: { 201: mutualRecognition, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await requestMutualRecognition(ctx, ports, principalOf(req), req.body)),
    );

    app.get(
      '/api/v1/mutual-recognitions/mine',
      {
        schema: {
          operationId: 'listMyMutualRecognitions',
          tags,
          summary: 'My mutual recognitions and where they stand',
          response: { 200: mutualRecognitionList },
        },
      },
      async (req) => myMutualRecognitions(ctx, ports, principalOf(req)),
    );

    app.get(
      '/api/v1/mutual-recognitions',
      {
        schema: {
          operationId: 'listMutualRecognitions',
          tags,
          summary: 'Mutual recognitions granted here from other cities’ credentials',
          response: { 200: mutualRecognitionList },
        },
      },
      async () => incomingMutualRecognitions(ctx, ports),
    );

    app.get(
      '/api/v1/mutual-recognitions/used-elsewhere',
      {
        schema: {
          operationId: 'listRecognitionsUsedElsewhere',
          tags,
          summary: '本市认定在外市互认: this city’s credentials other cities recognised (told with the talent’s consent)',
          response: { 200: recognitionUsedElsewhereList },
        },
      },
      async () => recognitionsUsedElsewhere(ctx, ports),
    );

    app.post(
      '/api/v1/mutual-recognitions/recheck',
      {
        schema: {
          operationId: 'recheckMutualRecognitions',
          tags,
          summary: 'Re-check every mutual recognition against its source’s status list now; revoked ones end',
          response: { 200: mutualRecheckResult },
        },
      },
      async (req) => recheckMutualRecognitions(ctx, ports, principalOf(req)),
    );

    app.get(
      '/api/v1/mutual-recognitions/settings',
      {
        schema: {
          operationId: 'getMutualSettings',
          tags,
          summary: 'Whether a mutual recognition goes on public notice here',
          response: { 200: mutualSettings },
        },
      },
      async () => mutualSettingsOf(ctx),
    );

    app.put(
      '/api/v1/mutual-recognitions/settings',
      {
        schema: {
          operationId: 'updateMutualSettings',
          tags,
          summary: 'Change whether a mutual recognition goes on public notice here',
          body: mutualSettings,
          response: { 200: mutualSettings, 400: problem },
        },
      },
      async (req) => updateMutualSettings(ctx, principalOf(req), req.body),
    );
  };
}
