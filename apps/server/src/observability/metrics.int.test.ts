/**
 * `/metrics`: refused to the public (401 problem+json; 404 while no token is configured),
 * the Prometheus text to the monitoring token — counting requests by route template, problem
 * answers by code, failed sign-ins by reason, the database pool and the jobs under way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestContext, testDbKind, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { insertRunningJob, advanceJob } from '../benefits/job.repository.js';

const TOKEN = 'metrics-token-0123456789abcdef0123456789';

/** The value of one sample line (`name{labels} value`) of an exposition, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const scrape = async () => {
    const res = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    ctx = await createTestContext({ env: { BOLE_METRICS_TOKEN: TOKEN } });
    app = await buildApp({ ctx, logger: false });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('is refused to anyone without the token, a signed-in administrator included', async () => {
    const admin = await signIn(app, await createTestAccount(ctx, 'admin'));
    for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: TOKEN }, admin]) {
      const res = await app.inject({ url: '/metrics', headers });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.json()).toMatchObject({ code: 'BOLE_UNAUTHENTICATED' });
      expect(res.body).not.toContain('bole_http');
    }
  });

  it('answers the token with the Prometheus text format, and stays out of the API document', async () => {
    const res = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain('# TYPE bole_http_request_duration_seconds histogram');
    const doc = (await app.inject('/api/docs/json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).not.toContain('/metrics');
  });

  it('counts requests by route template and status, their latency, and problem answers by code', async () => {
    const before = await scrape();
    const series = 'bole_http_requests_total{method="GET",route="/api/v1/talents/:id",status="401"}';
    const was = sample(before, series) ?? 0;
    for (const id of ['a', 'b', 'c']) await app.inject(`/api/v1/talents/${id}`);
    await app.inject('/api/v1/nothing-here');
    const after = await scrape();
    expect(sample(after, series)).toBe(was + 3);
    expect(sample(after, 'bole_http_request_duration_seconds_count{method="GET",route="/api/v1/talents/:id"}')).toBeGreaterThanOrEqual(3);
    expect(sample(after, 'bole_http_problems_total{code="BOLE_UNAUTHENTICATED",status="401"}')).toBeGreaterThanOrEqual(3);
    expect(sample(after, 'bole_http_problems_total{code="BOLE_NOT_FOUND",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'bole_http_requests_total{method="GET",route="unmatched",status="404"}')).toBeGreaterThanOrEqual(1);
    // No raw URL becomes a label.
    expect(after).not.toContain('/api/v1/talents/a');
  });

  it('counts failed sign-ins by reason, never by login', async () => {
    const officer = await createTestAccount(ctx, 'officer');
    const wrong = (login: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.9.9.9', payload: { login, password: 'not-the-password' } });
    expect((await wrong(officer.login)).statusCode).toBe(401);
    expect((await wrong('nobody-at-all')).statusCode).toBe(401);
    const text = await scrape();
    expect(sample(text, 'bole_login_failures_total{reason="wrong_password"}')).toBe(1);
    expect(sample(text, 'bole_login_failures_total{reason="unknown_login"}')).toBe(1);
    expect(sample(text, 'bole_http_problems_total{code="BOLE_INVALID_CREDENTIALS",status="401"}')).toBe(2);
    expect(text).not.toContain(officer.login);
    expect(text).not.toContain('nobody-at-all');
  });

  it('shows the database pool and that the database answers', async () => {
    const text = await scrape();
    expect(sample(text, 'bole_database_up')).toBe(1);
    if (testDbKind === 'pglite') {
      expect(sample(text, 'bole_db_pool_max{kind="pglite"}')).toBe(1);
      expect(sample(text, 'bole_db_pool_open{kind="pglite"}')).toBe(1);
    } else {
      expect(sample(text, 'bole_db_pool_max{kind="postgres"}')).toBe(5);
      expect(sample(text, 'bole_db_pool_open{kind="postgres"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'bole_db_pool_waiting{kind="postgres"}')).toBe(0);
    }
  });

  it('shows a running job: its progress, its age and how long since its last checkpoint', async () => {
    const started = new Date(ctx.clock.now().getTime() - 600_000).toISOString();
    const checkpointed = new Date(ctx.clock.now().getTime() - 90_000).toISOString();
    const job = await insertRunningJob(ctx.db, { kind: 'sweep', params: { at: '2026-07-15' }, total: 200, createdBy: null, now: started });
    await ctx.db.transaction((tx) => advanceJob(tx, job!.id, '00000000-0000-0000-0000-000000000050', 50, { new: 3 }, checkpointed));
    const text = await scrape();
    expect(sample(text, 'bole_jobs{kind="sweep",status="running"}')).toBe(1);
    expect(sample(text, 'bole_job_progress_ratio{kind="sweep",status="running"}')).toBe(0.25);
    expect(sample(text, 'bole_job_age_seconds{kind="sweep",status="running"}')).toBe(600);
    expect(sample(text, 'bole_job_checkpoint_age_seconds{kind="sweep",status="running"}')).toBe(90);
  });
});

describe('/metrics without a configured token', () => {
  it('is off: 404 problem+json to everyone', async () => {
    const ctx = await createTestContext();
    const app = await buildApp({ ctx, logger: false });
    try {
      const res = await app.inject({ url: '/metrics', headers: { authorization: 'Bearer anything-at-all-0123456789abcdef' } });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'BOLE_NOT_FOUND' });
    } finally {
      await app.close();
      await ctx.close();
    }
  });
});
