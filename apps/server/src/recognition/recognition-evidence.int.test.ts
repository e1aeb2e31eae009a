/** Evidence files a talent uploads for a recognition: stored once by content, checked by type and size, streamed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { FILES, multipart, registerTalentWithProfile } from './recognition-testing.js';
import { storedCopies } from '../evidence/evidence-testing.js';

describe('evidence files', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let talent: { cookie: string; talentId: string };
  let other: { cookie: string };

  const upload = (cookie: string, name: string, type: string, content: Buffer, kind = 'degree_certificate') => {
    const m = multipart(name, type, content);
    return app.inject({ method: 'POST', url: `/api/v1/evidence?kind=${kind}`, headers: { cookie, ...m.headers }, payload: m.payload });
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    talent = await registerTalentWithProfile(app, null, {}, '陈一');
    other = await registerTalentWithProfile(app, null, {}, '陈二');
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('stores the same file once, content-addressed, and offers it again', async () => {
    const first = await upload(talent.cookie, 'degree.pdf', 'application/pdf', FILES.pdf);
    expect(first.statusCode, first.body).toBe(201);
    const { sha256 } = first.json();
    const again = await upload(talent.cookie, 'degree-copy.pdf', 'application/pdf', FILES.pdf);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, reused: true });
    // same bytes as another kind: a new record, still one stored copy
    const asContract = await upload(talent.cookie, 'contract.pdf', 'application/pdf', FILES.pdf, 'employment_contract');
    expect(asContract.statusCode).toBe(201);
    const { readdirSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const kept = ctx.config.evidenceStore === 'database' ? { folder: 0, database: 1 } : { folder: 1, database: 0 };
    expect(await storedCopies(ctx, sha256)).toEqual(kept);
    expect(existsSync(join(ctx.config.dataDir, 'evidence', 'tmp')) ? readdirSync(join(ctx.config.dataDir, 'evidence', 'tmp')) : []).toEqual([]);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/evidence', headers: { cookie: talent.cookie } })).json();
    expect(list.items).toHaveLength(2);

    const download = await app.inject({ method: 'GET', url: `/api/v1/evidence/${first.json().id}/file`, headers: { cookie: talent.cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(FILES.pdf)).toBe(true);
    // another talent cannot fetch it
    expect((await app.inject({ method: 'GET', url: `/api/v1/evidence/${first.json().id}/file`, headers: { cookie: other.cookie } })).statusCode).toBe(404);
  });

  it('refuses a program named .pdf and a mislabelled file with 415', async () => {
    const exe = await upload(talent.cookie, 'diploma.pdf', 'application/pdf', FILES.exe);
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({ code: 'BOLE_UNSUPPORTED_FILE', errors: [{ field: 'file' }] });
    const pngAsPdf = await upload(talent.cookie, 'scan.pdf', 'application/pdf', FILES.png);
    expect(pngAsPdf.statusCode).toBe(415);
  });

  it('refuses a 200 MB upload with 413 without holding it in memory', async () => {
    const { Readable } = await import('node:stream');
    const m = multipart('huge.pdf', 'application/pdf', Buffer.alloc(0));
    const head = m.payload.subarray(0, m.payload.length - `\r\n--${m.boundary}--\r\n`.length);
    const chunk = Buffer.concat([FILES.pdf, Buffer.alloc(1024 * 1024 - FILES.pdf.length)]);
    let sent = 0;
    const total = 200;
    const body = () =>
      Readable.from(
        (function* () {
          yield head;
          for (; sent < total; sent++) yield chunk;
          yield Buffer.from(`\r\n--${m.boundary}--\r\n`);
        })(),
      );
    // declared length: refused before reading the body
    const declared = await app.inject({
      method: 'POST',
      url: '/api/v1/evidence?kind=degree_certificate',
      headers: { cookie: talent.cookie, ...m.headers, 'content-length': String(total * 1024 * 1024) },
      payload: body(),
    });
    expect(declared.statusCode).toBe(413);
    expect(declared.json().code).toBe('BOLE_FILE_TOO_LARGE');
    expect(sent).toBeLessThan(total);
    // streamed without a length: cut at 10 MB
    sent = 0;
    const before = process.memoryUsage().rss;
    const streamed = await app.inject({
      method: 'POST',
      url: '/api/v1/evidence?kind=degree_certificate',
      headers: { cookie: talent.cookie, ...m.headers },
      payload: body(),
    });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().code).toBe('BOLE_FILE_TOO_LARGE');
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
    const { readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    expect(readdirSync(join(ctx.config.dataDir, 'evidence', 'tmp'))).toEqual([]);
  });
});
