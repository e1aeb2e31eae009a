/**
 * Two server nodes with separate data folders on one PostgreSQL (BOLE_EVIDENCE_STORE=database,
 * the default with DATABASE_URL): a file uploaded through one node downloads through the other,
 * byte for byte, for its owner and for the auditor. (PGlite has one process: `*.pg.int.test.ts`
 * files run only in the PostgreSQL project.)
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { openSecondNode, type SecondNode } from '../../test/second-node.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { FILES, multipart, registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { CHUNK_BYTES } from './evidence-database.storage.js';

describe('evidence across two nodes on one PostgreSQL', () => {
  let ctx: TestContext;
  let nodeA: FastifyInstance;
  let nodeB: SecondNode;
  let auditor: { cookie: string };

  beforeAll(async () => {
    ctx = await createTestContext();
    nodeA = await buildApp({ ctx, logger: false });
    nodeB = await openSecondNode(ctx);
    auditor = await signIn(nodeA, await createTestAccount(ctx, 'auditor'));
  });
  afterAll(async () => {
    await nodeA.close();
    await nodeB.close();
    await ctx.close();
  });

  /** A talent registered through `through` uploads a PDF spanning several chunks there; its id and bytes. */
  async function uploadThrough(through: FastifyInstance, name: string) {
    const talent = await registerTalentWithProfile(through, null, {}, name);
    const bytes = Buffer.concat([FILES.pdf, randomBytes(2 * CHUNK_BYTES + 999)]);
    const m = multipart('degree.pdf', 'application/pdf', bytes);
    const res = await through.inject({
      method: 'POST',
      url: '/api/v1/evidence?kind=degree_certificate',
      headers: { cookie: talent.cookie, ...m.headers },
      payload: m.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    return { id: res.json().id as string, bytes, cookie: talent.cookie };
  }

  async function download(through: FastifyInstance, id: string, cookie: string) {
    const res = await through.inject({ method: 'GET', url: `/api/v1/evidence/${id}/file`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    return res.rawPayload;
  }

  it('serves through node B what was uploaded through node A, and the other way round', async () => {
    expect(ctx.config.evidenceStore).toBe('database');
    expect(nodeB.ctx.config.dataDir).not.toBe(ctx.config.dataDir);
    const fromA = await uploadThrough(nodeA, '周甲');
    const fromB = await uploadThrough(nodeB.app, '周乙');
    expect((await download(nodeB.app, fromA.id, fromA.cookie)).equals(fromA.bytes)).toBe(true);
    expect((await download(nodeA, fromB.id, fromB.cookie)).equals(fromB.bytes)).toBe(true);
    expect((await download(nodeB.app, fromA.id, auditor.cookie)).equals(fromA.bytes)).toBe(true);
    expect((await download(nodeA, fromB.id, auditor.cookie)).equals(fromB.bytes)).toBe(true);
  });
});
