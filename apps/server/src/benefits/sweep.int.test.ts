import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { seedCity } from '../seed/seed-city.js';
import { allEntitlements } from './entitlement.repository.js';
import { startSweep, sweepDiff, SWEEP_LOCK } from './sweep.service.js';
import { tryJobLock } from './job.repository.js';

let ctx: TestContext;
let app: FastifyInstance;
let officer: { cookie: string };

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  app = await buildApp({ ctx, logger: false });
  await seedPolicyPack(ctx);
  await seedCity(ctx, { talents: 800, employers: 40, seed: 11, referenceDate: '2026-06-30' });
  officer = await signIn(app, await createTestAccount(ctx, 'officer'));
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const snapshot = async () =>
  (await allEntitlements(ctx.db)).map(
    (e) => `${e.talentId}|${e.policyId}|${e.source}|${e.amountFen}|${e.period}|${e.months}|${e.startDate}|${e.endDate}|${e.status}|${e.endedOn}`,
  );

describe('sweep (免申即享)', () => {
  it('grants auto benefits and notices in chunks, and a second run at the same date writes nothing', async () => {
    const progress: number[] = [];
    const run = await startSweep(ctx, null, '2026-06-30', { chunkSize: 150, onProgress: (p) => progress.push(p.processed) });
    const job = await run.done;
    expect(job).toMatchObject({ status: 'done', processed: 800 });
    expect(progress).toEqual([150, 300, 450, 600, 750, 800]);
    const first = await snapshot();
    expect(first.length).toBeGreaterThan(50);
    const sources = new Set((await allEntitlements(ctx.db)).map((e) => e.source));
    expect([...sources].sort()).toEqual(['auto', 'notify']);
    const modes = (await allEntitlements(ctx.db)).filter((e) => e.policyId === 'settle-allowance');
    expect(modes).toHaveLength(0); // apply-mode policies are never granted by the sweep

    const again = await (await startSweep(ctx, null, '2026-06-30', { chunkSize: 333 })).done;
    expect(again.counts).toMatchObject({ new: 0, changed: 0, ended: 0 });
    expect(await snapshot()).toEqual(first);
    const diff = await sweepDiff(ctx, again.id, { page: 1, pageSize: 10 });
    expect(diff).toMatchObject({ previousSweepId: job.id, totals: { new: 0, changed: 0, ended: 0 } });
  });

  it('diffs against the previous sweep: the bachelor living allowance rises on 2026-07-01', async () => {
    const job = await (await startSweep(ctx, null, '2026-07-01', { chunkSize: 500 })).done;
    const diff = await sweepDiff(ctx, job.id, { change: 'changed', page: 1, pageSize: 200 });
    const raised = diff.items.filter((i) => i.policyId === 'graduate-living-allowance');
    expect(raised.length).toBeGreaterThan(0);
    for (const r of raised) expect([r.oldAmountFen, r.newAmountFen]).toEqual([50_000, 60_000]);
    const row = diff.byPolicy.find((b) => b.policyId === 'graduate-living-allowance' && b.change === 'changed')!;
    expect(row.deltaFen).toBe(row.n * 10_000);
  });

  it('ends entitlements that are no longer granted', async () => {
    // A talent who buys a home loses the rent subsidy.
    const [e] = (await allEntitlements(ctx.db)).filter((x) => x.policyId === 'rent-subsidy' && x.status === 'active');
    expect(e).toBeDefined();
    await ctx.db.execute(sql`update talents set owns_home_in_city = true, updated_at = now() where id = ${e!.talentId}`);
    const job = await (await startSweep(ctx, null, '2026-07-01')).done;
    const diff = await sweepDiff(ctx, job.id, { change: 'ended', page: 1, pageSize: 50 });
    expect(diff.items).toContainEqual(expect.objectContaining({ talentId: e!.talentId, policyId: 'rent-subsidy', change: 'ended' }));
    const after = (await allEntitlements(ctx.db)).find((x) => x.id === e!.id)!;
    expect(after).toMatchObject({ status: 'ended', endedOn: '2026-07-01' });
  });

  it('refuses a second sweep while one is running (409)', async () => {
    const running = await startSweep(ctx, null, '2026-07-02', { chunkSize: 5 });
    await expect(startSweep(ctx, null, '2026-07-03')).rejects.toMatchObject({ status: 409, code: 'BOLE_SWEEP_RUNNING' });
    expect((await running.done).status).toBe('done');
    // Over HTTP, with the lock held by another runner (PGlite serialises queries, so a real race is not deterministic there).
    const release = (await tryJobLock(ctx.database, SWEEP_LOCK))!;
    const busy = await app.inject({ method: 'POST', url: '/api/v1/sweeps', payload: { at: '2026-07-02' }, headers: officer });
    await release();
    expect([busy.statusCode, busy.json().code]).toEqual([409, 'BOLE_SWEEP_RUNNING']);
  });

  it('runs from the officer button with progress and diff', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/sweeps', payload: { at: '2026-07-02' }, headers: officer });
    expect(res.statusCode).toBe(202);
    const id = res.json().id as string;
    let job = res.json();
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await app.inject({ method: 'GET', url: `/api/v1/sweeps/${id}`, headers: officer })).json();
    }
    expect(job).toMatchObject({ status: 'done', percent: 100, processed: 800, at: '2026-07-02' });
    const diff = await app.inject({ method: 'GET', url: `/api/v1/sweeps/${id}/diff`, headers: officer });
    expect(diff.statusCode).toBe(200);
    expect(diff.json().totals).toEqual(expect.objectContaining({ new: expect.any(Number) }));
    const bad = await app.inject({ method: 'POST', url: '/api/v1/sweeps', payload: { at: '2026-02-30' }, headers: officer });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'BOLE_VALIDATION']);
    const talent = await signIn(app, await createTestAccount(ctx, 'talent'));
    expect((await app.inject({ method: 'POST', url: '/api/v1/sweeps', payload: {}, headers: talent })).statusCode).toBe(403);
  });
});
