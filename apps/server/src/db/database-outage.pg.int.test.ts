/**
 * The database dies under load and comes back: PostgreSQL is killed (SIGKILL, as a crash or an
 * OOM kill would) while signed-in officers read and write, then started again. The server
 * process stays up, every answer is a success or a 503 problem+json with Retry-After, service
 * returns within 5 s of the database, no write answered 201 is missing and none is half-written.
 * Runs on its own PostgreSQL server (it is killed), only in the PostgreSQL project.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { startTempPostgres, type TempPostgres } from '../../test/postgres-server.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { loadConfig } from '../config.js';
import { createCipher } from '../personal-data/personal-data.js';
import { fixedClock } from '../platform/clock.js';
import { createContext, type AppContext } from '../platform/context.js';
import { openDatabase, type Database } from './database.js';
import { migrate } from './migrate.js';

interface Answer {
  at: number;
  kind: 'read' | 'write';
  status: number;
  body: string;
  retryAfter: string | undefined;
  contentType: string | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const METRICS_TOKEN = 'outage-metrics-token-0123456789abcdef';

describe('the database fails while requests flow', () => {
  let server: TempPostgres;
  let database: Database;
  let ctx: AppContext;
  let app: FastifyInstance;
  let dataDir: string;
  let officers: { cookie: string }[];

  beforeAll(async () => {
    server = await startTempPostgres({ durable: true });
    dataDir = mkdtempSync(join(tmpdir(), 'bole-outage-'));
    const config = loadConfig({ NODE_ENV: 'test', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', BOLE_METRICS_TOKEN: METRICS_TOKEN });
    database = await openDatabase({ url: server.url, poolSize: 5 });
    await migrate(database);
    ctx = createContext({
      config: { ...config, databaseUrl: server.url },
      database,
      clock: fixedClock('2026-07-15T02:00:00Z'),
      cipher: createCipher(randomBytes(32)),
    });
    app = await buildApp({ ctx, logger: false });
    officers = [];
    for (let i = 0; i < 3; i++) officers.push(await signIn(app, await createTestAccount(ctx, 'officer')));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stays up, answers 503 while it is down, recovers by itself and loses no acknowledged write', async () => {
    // An 'error' event nobody listens to would end a real server process here.
    const crashes: unknown[] = [];
    const onCrash = (err: unknown) => crashes.push(err);
    process.on('uncaughtException', onCrash);
    const answers: Answer[] = [];
    const created: string[] = [];
    let running = true;
    let n = 0;
    const client = async (who: { cookie: string }) => {
      while (running) {
        const write = n++ % 2 === 0;
        const res = write
          ? await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: `outage ${n}` }, headers: who })
          : await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: who });
        answers.push({
          at: Date.now(),
          kind: write ? 'write' : 'read',
          status: res.statusCode,
          body: res.body,
          retryAfter: res.headers['retry-after'] as string | undefined,
          contentType: res.headers['content-type'] as string | undefined,
        });
        if (write && res.statusCode === 201) created.push((res.json() as { id: string }).id);
        if (res.statusCode === 503) await sleep(50);
      }
    };
    const clients = [...officers, ...officers].map((o) => client(o));

    await sleep(1_500);
    server.kill();
    const killedAt = Date.now();
    await sleep(2_000);
    const healthDown = await app.inject({ method: 'GET', url: '/api/health' });
    const readyDown = await app.inject({ method: 'GET', url: '/api/health/ready' });
    const liveDown = await app.inject({ method: 'GET', url: '/api/health/live' });
    const metricsDown = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    await server.restart();
    const restartedAt = Date.now();
    // Wait for the first success after the restart, then let traffic run a little longer.
    while (!answers.some((a) => a.at > restartedAt && a.status < 300) && Date.now() - restartedAt < 15_000) await sleep(50);
    await sleep(1_000);
    running = false;
    await Promise.all(clients);
    process.off('uncaughtException', onCrash);
    expect(crashes.map(String)).toEqual([]);

    // Every answer: a success, or 503 problem+json BOLE_DATABASE_UNAVAILABLE with Retry-After.
    const unexpected = answers.filter((a) => a.status >= 300 && a.status !== 503);
    expect(unexpected.map((a) => `${a.kind} ${a.status} ${a.body}`)).toEqual([]);
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const a of refused) {
      expect(a.contentType).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(a.body)).toMatchObject({ status: 503, code: 'BOLE_DATABASE_UNAVAILABLE' });
      expect(Number(a.retryAfter)).toBeGreaterThan(0);
    }
    expect(answers.some((a) => a.at < killedAt && a.status < 300)).toBe(true);
    expect(healthDown.statusCode).toBe(503);
    // The load balancer takes the node out (not ready) without restarting it (still live);
    // the metrics still answer and say the database is down, and count the 503s by code.
    expect(readyDown.statusCode).toBe(503);
    expect(readyDown.json()).toMatchObject({ status: 'degraded', database: { ok: false } });
    expect(liveDown.statusCode).toBe(200);
    expect(metricsDown.statusCode).toBe(200);
    expect(metricsDown.body).toMatch(/^bole_database_up 0$/m);
    expect(metricsDown.body).toMatch(/^bole_http_problems_total\{code="BOLE_DATABASE_UNAVAILABLE",status="503"\} [1-9]/m);
    expect(metricsDown.body).toMatch(/^bole_db_pool_max\{kind="postgres"\} 5$/m);

    // Service came back by itself within 5 s of the database.
    const firstOkAfter = answers.find((a) => a.at > restartedAt && a.status < 300);
    expect(firstOkAfter).toBeDefined();
    expect(firstOkAfter!.at - restartedAt).toBeLessThanOrEqual(5_000);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);

    // Every write answered 201 is there, and every token stored has its audit entry (one transaction).
    const direct = new pg.Client({ connectionString: server.url });
    await direct.connect();
    const stored = await direct.query<{ id: string }>('select id from api_tokens');
    const audited = await direct.query<{ entity_id: string }>("select entity_id from audit_log where action = 'auth.token.create'");
    await direct.end();
    const storedIds = new Set(stored.rows.map((r) => r.id));
    expect(created.length).toBeGreaterThan(0);
    expect(created.filter((id) => !storedIds.has(id))).toEqual([]);
    expect(new Set(audited.rows.map((r) => r.entity_id))).toEqual(storedIds);
  }, 120_000);
});
