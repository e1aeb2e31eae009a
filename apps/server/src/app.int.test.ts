import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { createTestContext, testDbKind, type TestContext } from '../test/test-context.js';

describe('application shell', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const webDist = mkdtempSync(join(tmpdir(), 'bole-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>伯乐</title><div id="root"></div>');

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false, webDist });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('reports the database in /api/health', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { kind: testDbKind, ok: true } });
  });

  it('sends security headers', async () => {
    const res = await app.inject('/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
  });

  it('answers an unknown API route with problem+json', async () => {
    const res = await app.inject('/api/v1/no-such-thing?x=1');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'BOLE_NOT_FOUND', instance: '/api/v1/no-such-thing' });
  });

  it('serves the web app with a fallback to index.html for client routes', async () => {
    const root = await app.inject('/');
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('伯乐');
    const res = await app.inject('/talent/profile');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('伯乐');
  });

  it('publishes OpenAPI generated from the route schemas', async () => {
    const res = await app.inject('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health');
    const ui = await app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});
