import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn, type TestAccount } from '../auth/testing.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { seedCity } from '../seed/seed-city.js';
import { allEntitlements } from './entitlement.repository.js';

type Entitlement = Awaited<ReturnType<typeof allEntitlements>>[number];
import { previewSweep, SWEEP_LOCK } from './sweep.service.js';
import { confirmSweep } from './sweep-confirm.service.js';
import { sweepDiff } from './sweep-view.service.js';
import { sweepAndConfirm, sweepOfficers } from './sweep-testing.js';
import { tryJobLock } from './job.repository.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';

let ctx: TestContext;
let app: FastifyInstance;
let maker: TestAccount;
let checker: TestAccount;
let makerHeaders: { cookie: string };
let checkerHeaders: { cookie: string };

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  app = await buildApp({ ctx, logger: false });
  await seedPolicyPack(ctx);
  await seedCity(ctx, { talents: 800, employers: 40, seed: 11, referenceDate: '2026-06-30' });
  maker = await createTestAccount(ctx, 'officer', { displayName: '经办 甲' });
  checker = await createTestAccount(ctx, 'officer', { displayName: '复核 乙' });
  makerHeaders = await signIn(app, maker);
  checkerHeaders = await signIn(app, checker);
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const snapshot = async () =>
  (await allEntitlements(ctx.db)).map(
    (e) => `${e.talentId}|${e.policyId}|${e.source}|${e.amountFen}|${e.period}|${e.months}|${e.startDate}|${e.endDate}|${e.status}|${e.endedOn}`,
  );
const count = async (table: 'notifications' | 'entitlements') =>
  Number(((await ctx.db.execute(sql.raw(`select count(*)::int n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);

/** Polls a sweep over HTTP until it leaves `running`/`confirming`. */
async function settle(id: string, headers: { cookie: string }) {
  let job = (await app.inject({ method: 'GET', url: `/api/v1/sweeps/${id}`, headers })).json();
  for (let i = 0; i < 300 && (job.status === 'running' || job.status === 'confirming'); i++) {
    await new Promise((r) => setTimeout(r, 100));
    job = (await app.inject({ method: 'GET', url: `/api/v1/sweeps/${id}`, headers })).json();
  }
  return job;
}

describe('sweep (免申即享): a preview, then a second officer confirms', () => {
  it('a preview writes nothing and notifies no one; its maker cannot confirm it; a second officer does, and the audit names both', async () => {
    const { maker: m, checker: c } = await sweepOfficers(ctx);
    const progress: number[] = [];
    const preview = await (await previewSweep(ctx, m, '2026-06-30', { chunkSize: 150, onProgress: (p) => progress.push(p.processed) })).done;
    expect(preview).toMatchObject({ status: 'preview', processed: 800, createdBy: m.userId });
    expect(progress).toEqual([150, 300, 450, 600, 750, 800]);
    expect(await count('entitlements')).toBe(0);
    expect(await count('notifications')).toBe(0);
    const diff = await sweepDiff(ctx, preview.id, { page: 1, pageSize: 200 });
    expect(diff.totals.new).toBeGreaterThan(50);
    expect(diff.totals).toMatchObject({ changed: 0, ended: 0 });
    expect(diff.items[0]!.talentName).toMatch(/\S/);

    // A granted talent with an account is told only once the sweep is confirmed.
    const granted = (await sweepDiff(ctx, preview.id, { change: 'new', page: 1, pageSize: 200 })).items.find((i) => i.source === 'auto')!;
    const account = await createTestAccount(ctx, 'talent', { talentId: granted.talentId });
    const told = async () =>
      Number(
        (
          (await ctx.db.execute(
            sql`select count(*)::int n from notifications where recipient_user_id = ${account.id} and kind = 'benefit.granted'`,
          )) as unknown as { rows: { n: number }[] }
        ).rows[0]!.n,
      );

    await expect(confirmSweep(ctx, m, preview.id)).rejects.toMatchObject({ status: 403, code: 'BOLE_SAME_OFFICER' });
    expect(await count('entitlements')).toBe(0);
    expect(await told()).toBe(0);

    const job = await (await confirmSweep(ctx, c, preview.id, { chunkSize: 40 })).done;
    expect(job).toMatchObject({ status: 'done', createdBy: m.userId, confirmedBy: c.userId });
    const first = await snapshot();
    expect(first).toHaveLength(diff.totals.new);
    const sources = new Set((await allEntitlements(ctx.db)).map((e) => e.source));
    expect([...sources].sort()).toEqual(['auto', 'notify']);
    expect((await allEntitlements(ctx.db)).filter((e) => e.policyId === 'settle-allowance')).toHaveLength(0); // apply-mode policies are never granted by the sweep
    expect(await told()).toBe(1);
    const audit = (
      (await ctx.db.execute(sql`select actor_id, detail from audit_log where entity_id = ${preview.id} and action = 'sweep.confirm'`)) as unknown as {
        rows: { actor_id: string; detail: { preparedBy: string; confirmedBy: string } }[];
      }
    ).rows;
    expect(audit).toEqual([{ actor_id: c.userId, detail: expect.objectContaining({ preparedBy: m.userId, confirmedBy: c.userId }) }]);
    // A confirmed sweep cannot be confirmed again.
    await expect(confirmSweep(ctx, c, preview.id)).rejects.toMatchObject({ status: 409, code: 'BOLE_SWEEP_NOT_PREVIEW' });

    const again = await sweepAndConfirm(ctx, '2026-06-30', { chunkSize: 333 });
    expect(again.preview.counts).toMatchObject({ new: 0, changed: 0, ended: 0 });
    expect(again.job.status).toBe('done');
    expect(await snapshot()).toEqual(first);
    expect(await sweepDiff(ctx, again.job.id, { page: 1, pageSize: 10 })).toMatchObject({ previousSweepId: job.id, totals: { new: 0, changed: 0, ended: 0 } });
  });

  it('diffs against the previous sweep: the bachelor living allowance rises on 2026-07-01', async () => {
    const { job } = await sweepAndConfirm(ctx, '2026-07-01', { chunkSize: 500 });
    const diff = await sweepDiff(ctx, job.id, { change: 'changed', page: 1, pageSize: 200 });
    const raised = diff.items.filter((i) => i.policyId === 'graduate-living-allowance');
    expect(raised.length).toBeGreaterThan(0);
    for (const r of raised) expect([r.oldAmountFen, r.newAmountFen]).toEqual([50_000, 60_000]);
    const row = diff.byPolicy.find((b) => b.policyId === 'graduate-living-allowance' && b.change === 'changed')!;
    expect(row.deltaFen).toBe(row.n * 10_000);
    const written = new Map((await allEntitlements(ctx.db)).filter((e) => e.policyId === 'graduate-living-allowance').map((e) => [e.talentId, e.amountFen]));
    for (const r of raised) expect(written.get(r.talentId)).toBe(60_000);
  });

  it('ends entitlements that are no longer granted', async () => {
    // A talent who buys a home (the 不动产登记 data says so) loses the rent subsidy.
    const [e] = (await allEntitlements(ctx.db)).filter((x) => x.policyId === 'rent-subsidy' && x.status === 'active');
    expect(e).toBeDefined();
    await ctx.db.transaction((tx) =>
      recordVerifiedFacts(ctx, tx, e!.talentId, { ownsHomeInCity: true, firstHomePurchaseDate: '2026-06-20' }, { source: 'department', department: 'bdc' }),
    );
    const { job } = await sweepAndConfirm(ctx, '2026-07-01');
    const diff = await sweepDiff(ctx, job.id, { change: 'ended', page: 1, pageSize: 50 });
    expect(diff.items).toContainEqual(expect.objectContaining({ talentId: e!.talentId, policyId: 'rent-subsidy', change: 'ended' }));
    const after = (await allEntitlements(ctx.db)).find((x) => x.id === e!.id)!;
    expect(after).toMatchObject({ status: 'ended', endedOn: '2026-07-01' });
  });

  it('refuses to confirm a preview whose facts changed since: it ends stale and nothing is written', async () => {
    const { maker: m, checker: c } = await sweepOfficers(ctx);
    const [e] = (await allEntitlements(ctx.db)).filter((x) => x.policyId === 'rent-subsidy' && x.status === 'active');
    const preview = await (await previewSweep(ctx, m, '2026-07-02')).done;
    await ctx.db.transaction((tx) =>
      recordVerifiedFacts(ctx, tx, e!.talentId, { ownsHomeInCity: true, firstHomePurchaseDate: '2026-06-20' }, { source: 'department', department: 'bdc' }),
    );
    const before = await snapshot();
    const notes = await count('notifications');
    const job = await (await confirmSweep(ctx, c, preview.id)).done;
    expect(job.status).toBe('stale');
    expect(job.error).toMatch(/changed/);
    expect(await snapshot()).toEqual(before);
    expect(await count('notifications')).toBe(notes);
    await expect(confirmSweep(ctx, c, preview.id)).rejects.toMatchObject({ status: 409, code: 'BOLE_SWEEP_NOT_PREVIEW' });
    // A new preview sees the change and, confirmed, ends the subsidy.
    await sweepAndConfirm(ctx, '2026-07-02');
    expect((await allEntitlements(ctx.db)).find((x) => x.id === e!.id)).toMatchObject({ status: 'ended' });
  });

  it('checks again only the talents whose data changed since the preview, and confirms it when their result is the same', async () => {
    const { maker: m, checker: c } = await sweepOfficers(ctx);
    const untouched = await (await previewSweep(ctx, m, '2026-07-03')).done;
    expect((await (await confirmSweep(ctx, c, untouched.id)).done).params).toMatchObject({ rechecked: 0 });
    const preview = await (await previewSweep(ctx, m, '2026-07-03')).done;
    // Two talents' rows change after the preview began (they edit their declarations), which changes nothing the sweep sees.
    const [a, b] = (await allEntitlements(ctx.db)).filter((x) => x.policyId === 'rent-subsidy' && x.status === 'active');
    await ctx.db.execute(sql`update talents set updated_at = now() where id in (${a!.talentId}, ${b!.talentId})`);
    const job = await (await confirmSweep(ctx, c, preview.id)).done;
    expect(job.status).toBe('done');
    expect(job.params.rechecked).toBe(2);
  });

  it('previews a sweep dated in the future but does not confirm it', async () => {
    const { maker: m, checker: c } = await sweepOfficers(ctx);
    const preview = await (await previewSweep(ctx, m, '2027-07-01')).done;
    expect(preview.status).toBe('preview');
    const before = await snapshot();
    await expect(confirmSweep(ctx, c, preview.id)).rejects.toMatchObject({ status: 422, code: 'BOLE_SWEEP_FUTURE' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a second sweep while one is running (409)', async () => {
    const { maker: m } = await sweepOfficers(ctx);
    const running = await previewSweep(ctx, m, '2026-07-02', { chunkSize: 5 });
    await expect(previewSweep(ctx, m, '2026-07-03')).rejects.toMatchObject({ status: 409, code: 'BOLE_SWEEP_RUNNING' });
    expect((await running.done).status).toBe('preview');
    // Over HTTP, with the lock held by another runner (PGlite serialises queries, so a real race is not deterministic there).
    const release = (await tryJobLock(ctx.database, SWEEP_LOCK))!;
    const busy = await app.inject({ method: 'POST', url: '/api/v1/sweeps', payload: { at: '2026-07-02' }, headers: makerHeaders });
    await release();
    expect([busy.statusCode, busy.json().code]).toEqual([409, 'BOLE_SWEEP_RUNNING']);
  });

  it('runs from the officers’ buttons: a preview listed per person, filtered and exported, confirmed by the second officer', async () => {
    const [e, e2] = (await allEntitlements(ctx.db)).filter((x) => x.policyId === 'graduate-living-allowance' && x.status === 'active') as [
      Entitlement,
      Entitlement,
    ];
    await ctx.db.transaction(async (tx) => {
      for (const x of [e, e2])
        await recordVerifiedFacts(ctx, tx, x.talentId, { ownsHomeInCity: true, socialInsuranceMonths: 0 }, { source: 'department', department: 'rsj' });
    });
    const res = await app.inject({ method: 'POST', url: '/api/v1/sweeps', payload: { at: '2026-07-03' }, headers: makerHeaders });
    expect(res.statusCode).toBe(202);
    const id = res.json().id as string;
    const job = await settle(id, makerHeaders);
    expect(job).toMatchObject({
      status: 'preview',
      percent: 100,
      processed: 800,
      at: '2026-07-03',
      createdBy: maker.id,
      createdByName: '经办 甲',
      confirmedBy: null,
    });
    const before = await snapshot();

    const all = (await app.inject({ method: 'GET', url: `/api/v1/sweeps/${id}/diff?change=ended`, headers: checkerHeaders })).json();
    expect(all.total).toBeGreaterThan(0);
    expect(all.items.every((i: { change: string }) => i.change === 'ended')).toBe(true);
    const one = (
      await app.inject({ method: 'GET', url: `/api/v1/sweeps/${id}/diff?change=ended&policy=graduate-living-allowance&pageSize=200`, headers: checkerHeaders })
    ).json();
    expect(one.items).toContainEqual(
      expect.objectContaining({ talentId: e.talentId, policyId: 'graduate-living-allowance', change: 'ended', oldAmountFen: e.amountFen }),
    );
    expect(one.items.every((i: { policyId: string; change: string }) => i.policyId === 'graduate-living-allowance' && i.change === 'ended')).toBe(true);
    expect(one.total).toBe(
      all.byPolicy.find((b: { policyId: string; change: string }) => b.policyId === 'graduate-living-allowance' && b.change === 'ended').n,
    );
    const paged = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/sweeps/${id}/diff?change=ended&policy=graduate-living-allowance&pageSize=1&page=2`,
        headers: checkerHeaders,
      })
    ).json();
    expect(paged.items).toEqual([one.items[1]]);
    const xlsx = await app.inject({ method: 'GET', url: `/api/v1/sweeps/${id}/diff.xlsx?change=ended`, headers: checkerHeaders });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount - 1).toBe(all.total);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    expect(rows.find((r) => r.getCell(1).value === e.talentId && r.getCell(4).value === 'graduate-living-allowance')?.getCell(5).value).toBe('终止');
    expect(rows.find((r) => r.getCell(4).value === 'graduate-living-allowance')?.getCell(3).value).toBe('青年人才生活补贴');

    const mine = await app.inject({ method: 'POST', url: `/api/v1/sweeps/${id}/confirm`, headers: makerHeaders });
    expect([mine.statusCode, mine.json().code]).toEqual([403, 'BOLE_SAME_OFFICER']);
    expect(await snapshot()).toEqual(before);
    const ok = await app.inject({ method: 'POST', url: `/api/v1/sweeps/${id}/confirm`, headers: checkerHeaders });
    expect(ok.statusCode).toBe(202);
    expect(await settle(id, checkerHeaders)).toMatchObject({ status: 'done', percent: 100, confirmedBy: checker.id, confirmedByName: '复核 乙' });
    expect((await allEntitlements(ctx.db)).find((x) => x.id === e.id)).toMatchObject({ status: 'ended', endedOn: '2026-07-03' });

    const bad = await app.inject({ method: 'POST', url: '/api/v1/sweeps', payload: { at: '2026-02-30' }, headers: makerHeaders });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'BOLE_VALIDATION']);
    const talent = await signIn(app, await createTestAccount(ctx, 'talent'));
    expect((await app.inject({ method: 'POST', url: '/api/v1/sweeps', payload: {}, headers: talent })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/v1/sweeps/${id}/confirm`, headers: talent })).statusCode).toBe(403);
  });
});
