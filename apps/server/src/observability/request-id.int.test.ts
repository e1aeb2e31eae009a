/**
 * Every answer carries the request's id in X-Request-Id (problem bodies in `requestId` too): the
 * proxy's id when well-formed, a new one otherwise; every log line of the request carries it,
 * and no line carries a query string's value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: { level: 'info', stream: { write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) } } });
    app.get('/api/test/boom', { config: { access: 'public' } }, async () => {
      throw new Error('something broke');
    });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('gives each request a new id when none came, and sends it back', async () => {
    const a = await app.inject('/api/v1/city');
    const b = await app.inject('/api/v1/city');
    expect(a.statusCode).toBe(200);
    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(b.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('keeps a well-formed id from the proxy, and replaces one that is too long or holds other characters', async () => {
    const kept = await app.inject({ url: '/api/v1/city', headers: { 'x-request-id': 'edge-7f3a:01.b_c' } });
    expect(kept.headers['x-request-id']).toBe('edge-7f3a:01.b_c');
    for (const bad of ['x'.repeat(129), 'a b', 'id"}{', '张三']) {
      const res = await app.inject({ url: '/api/v1/city', headers: { 'x-request-id': bad } });
      expect(res.headers['x-request-id']).toMatch(UUID);
    }
  });

  it('answers errors with the id in the header and in the problem body', async () => {
    const cases = [
      { url: '/api/v1/no-such-route', status: 404 },
      { url: '/api/v1/auth/login', method: 'POST' as const, payload: { login: 'x' }, status: 400 },
      { url: '/api/v1/auth/me', status: 401 },
      { url: '/api/test/boom', status: 500 },
      { url: '/api/v1/%E0%A4%A', status: 400 },
    ];
    for (const c of cases) {
      const res = await app.inject({ method: c.method ?? 'GET', url: c.url, payload: c.payload, headers: { 'x-request-id': `case-${c.status}` } });
      expect(res.statusCode, c.url).toBe(c.status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['x-request-id'], c.url).toBe(`case-${c.status}`);
      expect(res.json(), c.url).toMatchObject({ status: c.status, requestId: `case-${c.status}` });
    }
  });

  it('puts the id on every log line of the request, with the route and problem code, and no query value', async () => {
    lines.length = 0;
    await app.inject({ url: '/api/test/boom?name=%E5%BC%A0%E4%B8%89', headers: { 'x-request-id': 'trace-boom-1' } });
    const mine = lines.filter((l) => l.reqId === 'trace-boom-1');
    expect(mine.map((l) => l.msg)).toEqual(['incoming request', 'unhandled error', 'request completed']);
    expect(lines.filter((l) => l.reqId !== 'trace-boom-1')).toEqual([]);
    expect(mine[2]).toMatchObject({ res: { statusCode: 500, route: '/api/test/boom', code: 'BOLE_INTERNAL' } });
    expect(JSON.stringify(lines)).not.toContain('张三');
    expect(JSON.stringify(lines)).not.toContain('name=');
  });
});
