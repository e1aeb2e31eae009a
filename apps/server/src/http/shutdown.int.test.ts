/**
 * Stopping the server (what SIGTERM does in main.ts): a request in flight when the stop begins
 * is answered normally, a request that arrives behind it on the same connection gets 503
 * problem+json BOLE_SHUTTING_DOWN, new connections are refused, and a request that never ends
 * is cut after the grace period instead of holding the stop forever.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { closeGracefully } from './shutdown.js';

/** Opens a connection and collects everything the server sends until it closes it. */
function open(port: number): { socket: Socket; received: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.setEncoding('utf8').on('data', (d: string) => (data += d));
  const received = new Promise<string>((resolve) => {
    socket.on('close', () => resolve(data));
    socket.on('error', () => resolve(data));
  });
  return { socket, received };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const body = JSON.stringify({ code: 'not-a-talent-code' });
const verifyHead = (length: number) =>
  `POST /api/v1/talent-code/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nConnection: keep-alive\r\n\r\n`;

describe('stopping the server', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('finishes the request in flight, answers the next one 503, refuses new connections, and cuts a stuck request after the grace period', async () => {
    // In flight: the headers are in, half the body is still on its way.
    const inFlight = open(port);
    inFlight.socket.write(verifyHead(Buffer.byteLength(body)) + body.slice(0, 10));
    // Stuck: a body that will never be finished.
    const stuck = open(port);
    stuck.socket.write(verifyHead(1_000) + '{"code":');
    await sleep(300);

    const started = Date.now();
    const closing = closeGracefully(app, 3_000);
    await sleep(200);

    // A new connection is refused: this node no longer listens.
    const late = open(port);
    expect(await late.received).toBe('');

    // The rest of the body, and a second request behind it on the same connection.
    inFlight.socket.write(body.slice(10) + `GET /api/v1/city HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    const answers = await inFlight.received;
    const [first, second] = answers.split(/(?=HTTP\/1\.1 )/);
    // The request in flight was served as usual (a garbled code: its own 400), not refused.
    expect(first).toMatch(/^HTTP\/1\.1 400 /);
    expect(first).toContain('BOLE_MALFORMED_CODE');
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    expect(second).toMatch(/content-type: application\/problem\+json/i);
    expect(second).toMatch(/retry-after: \d+/i);
    expect(second).toContain('"code":"BOLE_SHUTTING_DOWN"');

    // The stuck request does not hold the stop: it is cut after the grace period.
    const { cut } = await closing;
    expect(cut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await stuck.received).toBe('');
  });
});

describe('the health probes while the server stops', () => {
  it('answers ready 503 stopping and live 200, while other routes get 503 BOLE_SHUTTING_DOWN', async () => {
    const ctx = await createTestContext();
    const app = await buildApp({ ctx, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    try {
      // Three connections with a request in flight; behind each, once stopping began, one more request.
      const conns = [open(port), open(port), open(port)];
      for (const c of conns) c.socket.write(verifyHead(Buffer.byteLength(body)) + body.slice(0, 10));
      await sleep(300);
      const closing = closeGracefully(app, 3_000);
      await sleep(200);
      const paths = ['/api/health/ready', '/api/health/live', '/api/v1/city'];
      conns.forEach((c, i) => c.socket.write(body.slice(10) + `GET ${paths[i]} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`));
      const [ready, live, city] = await Promise.all(conns.map(async (c) => (await c.received).split(/(?=HTTP\/1\.1 )/)[1] ?? ''));
      expect(ready).toMatch(/^HTTP\/1\.1 503 /);
      expect(ready).toContain('"status":"stopping"');
      expect(live).toMatch(/^HTTP\/1\.1 200 /);
      expect(live).toContain('"status":"ok"');
      expect(city).toMatch(/^HTTP\/1\.1 503 /);
      expect(city).toContain('"code":"BOLE_SHUTTING_DOWN"');
      await closing;
    } finally {
      await ctx.close();
    }
  });
});
