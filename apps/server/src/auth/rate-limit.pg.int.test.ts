/**
 * Two server nodes on one PostgreSQL spend one rate-limit budget: a client sending requests to
 * both gets its 429 after the route's limit in total, not twice that. (PGlite has one process:
 * `*.pg.int.test.ts` files run only in the PostgreSQL project.)
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { openSecondNode, type SecondNode } from '../../test/second-node.js';
import { buildApp } from '../app.js';

describe('rate limits across two nodes on one PostgreSQL', () => {
  let ctx: TestContext;
  let nodeA: FastifyInstance;
  let nodeB: SecondNode;
  const loginLimit = 4;

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.config.loginRateLimit = loginLimit;
    nodeA = await buildApp({ ctx, logger: false });
    nodeB = await openSecondNode(ctx);
  });
  afterAll(async () => {
    await nodeA.close();
    await nodeB.close();
    await ctx.close();
  });

  /** Sends `n` requests alternately to node A and node B; the status codes in order. */
  async function alternate(n: number, send: (node: FastifyInstance) => Promise<LightMyRequestResponse>) {
    const responses: LightMyRequestResponse[] = [];
    for (let i = 0; i < n; i++) responses.push(await send(i % 2 === 0 ? nodeA : nodeB.app));
    return responses;
  }

  function expectRateLimited(res: LightMyRequestResponse | undefined) {
    expect(res?.statusCode).toBe(429);
    expect(res?.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res?.json()).toMatchObject({ code: 'BOLE_RATE_LIMITED', status: 429 });
    expect(Number(res?.headers['retry-after'])).toBeGreaterThan(0);
  }

  it('answers the sign-in past BOLE_LOGIN_RATE_LIMIT in total with 429, whichever node it reaches', async () => {
    const login = (node: FastifyInstance) =>
      node.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '203.0.113.10', payload: { login: 'nobody-here', password: 'Wrong-pass-1' } });
    const responses = await alternate(loginLimit + 1, login);
    expect(responses.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 429]);
    expectRateLimited(responses.at(-1));
    // Another address has its own budget.
    expect(
      (
        await nodeB.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: '203.0.113.11',
          payload: { login: 'nobody-here', password: 'Wrong-pass-1' },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('counts objections from one address on both nodes against one limit of five in ten minutes', async () => {
    const object = (node: FastifyInstance) =>
      node.inject({
        method: 'POST',
        url: `/api/v1/public/recognition-notices/${randomUUID()}/objections`,
        remoteAddress: '198.51.100.20',
        payload: { name: '张三', contact: '13800000000', reason: '公示信息与事实不符，请核查。' },
      });
    const responses = await alternate(6, object);
    expect(responses.slice(0, 5).every((r) => r.statusCode !== 429)).toBe(true);
    expectRateLimited(responses[5]);
    expect(Number(responses[5]?.headers['retry-after'])).toBeLessThanOrEqual(600);
    // Ten minutes later the address may object again, on either node.
    ctx.clock.advance(10 * 60_000);
    expect((await object(nodeB.app)).statusCode).not.toBe(429);
  });
});
