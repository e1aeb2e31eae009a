/**
 * HTTP routes of evidence files: multipart upload (size-limited while streaming, and refused
 * up front when the declared length is already too large), the list on file, and download.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EVIDENCE_CONTENT_TYPES, EVIDENCE_MAX_BYTES, evidence, evidenceList, evidenceListQuery, problem, uploadEvidenceQuery } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { multipartUploads } from '../http/multipart.js';
import { discardEvidence, fileTooLarge, listEvidence, managedTalentId, openEvidenceFile, receiveEvidence, uploadEvidence } from './evidence.service.js';
import { fileResponse } from '../http/openapi.js';

/** Room for multipart boundaries and headers around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/** Routes under /api/v1/evidence. */
export function evidenceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const uploads = multipartUploads({ maxFileBytes: EVIDENCE_MAX_BYTES, tooLarge: fileTooLarge });
    await uploads.register(app);

    app.post(
      '/api/v1/evidence',
      {
        config: {
          errorCodes: ['BOLE_MALFORMED_MULTIPART', 'BOLE_FILE_TOO_LARGE', 'BOLE_TOO_MANY_PARTS', 'BOLE_UNSUPPORTED_FILE'],
        },
        schema: {
          operationId: 'uploadEvidence',
          tags: ['evidence'],
          summary: 'Upload an evidence file (multipart field "file"; PDF, JPEG or PNG, at most 10 MB)',
          querystring: uploadEvidenceQuery,
          response: { 200: evidence, 201: evidence, 400: problem, 403: problem, 413: problem, 415: problem },
        },
      },
      async (req, reply) => {
        const principal = principalOf(req);
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > EVIDENCE_MAX_BYTES + ENVELOPE_BYTES) {
          reply.header('connection', 'close');
          throw fileTooLarge();
        }
        const talentId = await managedTalentId(ctx, principal, req.query.talentId);
        const { file: upload } = await uploads.read(req, {
          expects: 'a PDF, JPEG or PNG file',
          receive: (file) => receiveEvidence(ctx, file),
          discard: (received) => discardEvidence(ctx, received),
        });
        const saved = await uploadEvidence(ctx, principal, { talentId, kind: req.query.kind, upload });
        return reply.status(saved.reused ? 200 : 201).send(saved);
      },
    );

    app.get(
      '/api/v1/evidence',
      {
        schema: {
          operationId: 'listEvidence',
          tags: ['evidence'],
          summary: 'Evidence on file for a talent (reused by new applications)',
          querystring: evidenceListQuery,
          response: { 200: evidenceList, 403: problem },
        },
      },
      async (req) => ({ items: await listEvidence(ctx, await managedTalentId(ctx, principalOf(req), req.query.talentId)) }),
    );

    app.get(
      '/api/v1/evidence/:id/file',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'downloadEvidence',
          tags: ['evidence'],
          summary: 'Download an evidence file (owner, case reviewers and officers, auditor)',
          params: z.object({ id: z.string().uuid() }).strict(),
          response: { 200: fileResponse('The file as uploaded', EVIDENCE_CONTENT_TYPES) },
        },
      },
      async (req, reply) => {
        const f = await openEvidenceFile(ctx, principalOf(req), req.params.id, req.ip ?? null);
        return reply
          .header('content-type', f.row.contentType)
          .header('content-length', f.size)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.row.fileName)}`)
          .header('cache-control', 'private, no-store')
          .send(f.stream);
      },
    );
  };
}
