/**
 * Four eyes on budgets (ADR 0015): a budget change is a proposal with a reason; it is set only
 * when a second officer approves it, refused when it would fall below what is committed by then,
 * and every proposal stays as the budget's history with both people.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn, type TestAccount } from '../auth/testing.js';
import { sweptCity } from './payment-testing.js';

let ctx: TestContext;
let app: FastifyInstance;
let maker: TestAccount;
let checker: TestAccount;
const as: Record<string, { cookie: string }> = {};

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  app = await buildApp({ ctx, logger: false });
  await sweptCity(ctx, 300);
  maker = await createTestAccount(ctx, 'officer', { displayName: '预算发起人' });
  checker = await createTestAccount(ctx, 'officer', { displayName: '预算复核人' });
  as.maker = await signIn(app, maker);
  as.checker = await signIn(app, checker);
  as.reviewer = await signIn(app, await createTestAccount(ctx, 'reviewer', { department: 'czj' }));
  as.auditor = await signIn(app, await createTestAccount(ctx, 'auditor'));
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const call = (method: 'GET' | 'POST', url: string, who: keyof typeof as | string, payload?: object) =>
  app.inject({ method, url, headers: as[who]!, ...(payload ? { payload } : {}) });
const propose = (body: object, who = 'maker') => call('POST', '/api/v1/budgets/2026/rent-subsidy/changes', who, body);
const decide = (id: string, action: 'approve' | 'reject' | 'withdraw', who: string, payload: object = {}) =>
  call('POST', `/api/v1/approvals/${id}/${action}`, who, payload);
const rent = async () =>
  (
    (await call('GET', '/api/v1/budgets?year=2026', 'maker')).json().items as { policyId: string; annualFen: number; quota: number; queuedLines: number }[]
  ).find((b) => b.policyId === 'rent-subsidy')!;
const history = async () => (await call('GET', '/api/v1/budgets/2026/rent-subsidy/history', 'auditor')).json().items as Record<string, unknown>[];

describe('budget changes take two officers', () => {
  it('needs a reason: a missing or blank one is a 400 naming `reason`, and nothing is proposed', async () => {
    for (const body of [
      { annualFen: 1_000_000, quota: 5 },
      { annualFen: 1_000_000, quota: 5, reason: '   ' },
    ]) {
      const res = await propose(body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    }
    expect(await history()).toEqual([]);
  });

  it('is applied only when a second officer approves it (its maker cannot); the raise releases the queue; the audit names both', async () => {
    const yaml = await rent();
    const low = await propose({ annualFen: 100_000_000, quota: 2, reason: '上半年执行率低，先限 2 人' });
    expect(low.statusCode, low.body).toBe(201);
    expect(low.json()).toMatchObject({
      kind: 'budget',
      status: 'pending',
      madeByYou: true,
      mayCheck: false,
      reason: '上半年执行率低，先限 2 人',
      change: { policyId: 'rent-subsidy', year: 2026, before: { annualFen: yaml.annualFen, quota: yaml.quota }, after: { annualFen: 100_000_000, quota: 2 } },
    });
    // Nothing applied before the approval.
    expect(await rent()).toMatchObject({ annualFen: yaml.annualFen, quota: yaml.quota });
    const own = await decide(low.json().id, 'approve', 'maker');
    expect([own.statusCode, own.json().code]).toEqual([403, 'BOLE_SAME_OFFICER']);
    const reviewer = await decide(low.json().id, 'approve', 'reviewer');
    expect([reviewer.statusCode, reviewer.json().code]).toEqual([403, 'BOLE_APPROVAL_NOT_IN_REMIT']);
    expect((await decide(low.json().id, 'approve', 'auditor')).statusCode).toBe(403);
    expect(await rent()).toMatchObject({ annualFen: yaml.annualFen, quota: yaml.quota });
    // The checker sees it awaiting them.
    const waiting = (await call('GET', '/api/v1/approvals?kind=budget', 'checker')).json().items;
    expect(waiting).toMatchObject([{ id: low.json().id, mayCheck: true, madeByYou: false, madeByName: '预算发起人' }]);
    expect((await decide(low.json().id, 'approve', 'checker')).json()).toMatchObject({ status: 'approved', checkedByName: '预算复核人' });
    expect(await rent()).toMatchObject({ annualFen: 100_000_000, quota: 2 });

    // The month's batch queues the rest; a raise, once approved, releases them.
    expect((await call('POST', '/api/v1/payment-batches', 'maker', { period: '2026-07' })).statusCode).toBe(200);
    const queued = (await rent()).queuedLines;
    expect(queued).toBeGreaterThan(0);
    const raise = await propose({ annualFen: 100_000_000, quota: 10_000, reason: '追加名额' });
    expect((await rent()).queuedLines).toBe(queued);
    const approved = await decide(raise.json().id, 'approve', 'checker', { note: '已核对财政批复' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', note: '已核对财政批复', outcome: { released: queued, before: { quota: 2 } } });
    expect(await rent()).toMatchObject({ quota: 10_000, queuedLines: 0 });

    const audit = (await ctx.db.execute(
      sql`select action, actor_id, detail from audit_log where entity_id = ${raise.json().id} or (action = 'payment.budget.set' and detail->>'approval' = ${raise.json().id}) order by id`,
    )) as unknown as { rows: { action: string; actor_id: string; detail: Record<string, unknown> }[] };
    expect(audit.rows.map((r) => [r.action, r.actor_id])).toEqual([
      ['approval.propose', maker.id],
      ['payment.budget.set', checker.id],
      ['approval.approve', checker.id],
    ]);
    expect(audit.rows[2]!.detail).toMatchObject({
      kind: 'budget',
      subject: 'rent-subsidy/2026',
      madeBy: maker.id,
      madeByName: '预算发起人',
      checkedBy: checker.id,
      checkedByName: '预算复核人',
      reason: '追加名额',
    });
    expect(audit.rows[1]!.detail).toMatchObject({ quota: 10_000, proposedBy: maker.id, before: { quota: 2 } });
  });

  it('a rejection changes nothing and keeps its reason; only the maker withdraws; a newer proposal supersedes the pending one', async () => {
    const before = await rent();
    const cut = await propose({ annualFen: before.annualFen, quota: 9_000, reason: '压缩名额' });
    const blank = await decide(cut.json().id, 'reject', 'checker', { note: '' });
    expect([blank.statusCode, blank.json().errors[0].field]).toEqual([400, 'note']);
    const rejected = await decide(cut.json().id, 'reject', 'checker', { note: '年中不宜压缩名额' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', note: '年中不宜压缩名额', checkedBy: checker.id });
    expect(await rent()).toEqual(before);
    expect((await decide(cut.json().id, 'approve', 'checker')).json().code).toBe('BOLE_APPROVAL_NOT_PENDING');

    const first = await propose({ annualFen: before.annualFen, quota: 8_000, reason: '第一稿' });
    const second = await propose({ annualFen: before.annualFen, quota: 7_000, reason: '第二稿' }, 'checker');
    expect((await call('GET', `/api/v1/approvals/${first.json().id}`, 'maker')).json().status).toBe('superseded');
    expect((await decide(first.json().id, 'approve', 'checker')).json().code).toBe('BOLE_APPROVAL_NOT_PENDING');
    expect((await decide(second.json().id, 'withdraw', 'maker')).json().code).toBe('BOLE_APPROVAL_NOT_MAKER');
    expect((await decide(second.json().id, 'withdraw', 'checker')).json()).toMatchObject({ status: 'withdrawn' });
    expect(await rent()).toEqual(before);
    expect((await call('GET', '/api/v1/approvals?kind=budget', 'checker')).json().items).toEqual([]);
  });

  it('a proposal that falls below what is committed by the time it is approved is refused and stays pending', async () => {
    const committed = (await ctx.db.execute(
      sql`select coalesce(sum(amount_fen), 0)::float8 fen from payment_lines where policy_id = 'rent-subsidy' and year = 2026 and status in ('approved', 'paid')`,
    )) as unknown as { rows: { fen: number }[] };
    const fen = committed.rows[0]!.fen;
    const tight = await propose({ annualFen: fen, quota: 10_000, reason: '按已承诺金额封顶' });
    expect(tight.statusCode, tight.body).toBe(201);
    // August's lines are committed under the budget in force meanwhile.
    expect((await call('POST', '/api/v1/payment-batches', 'maker', { period: '2026-08' })).statusCode).toBe(200);
    const before = await rent();
    const refused = await decide(tight.json().id, 'approve', 'checker');
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'BOLE_BUDGET_BELOW_COMMITTED']);
    expect((await call('GET', `/api/v1/approvals/${tight.json().id}`, 'checker')).json().status).toBe('pending');
    expect(await rent()).toEqual(before);
    // Below what is committed now, a proposal is refused at once.
    const below = await propose({ annualFen: fen, quota: 10_000, reason: '再试一次' });
    expect([below.statusCode, below.json().code]).toEqual([409, 'BOLE_BUDGET_BELOW_COMMITTED']);
  });

  it('keeps the history: every proposal, old → new, reason, maker, checker and times, newest first', async () => {
    const items = await history();
    expect(items.map((i) => [i.status, (i.change as { after: { quota: number } }).after.quota, i.reason])).toEqual([
      ['pending', 10_000, '按已承诺金额封顶'],
      ['withdrawn', 7_000, '第二稿'],
      ['superseded', 8_000, '第一稿'],
      ['rejected', 9_000, '压缩名额'],
      ['approved', 10_000, '追加名额'],
      ['approved', 2, '上半年执行率低，先限 2 人'],
    ]);
    expect(items[4]).toMatchObject({
      change: { before: { quota: 2 }, after: { quota: 10_000 } },
      madeBy: maker.id,
      madeByName: '预算发起人',
      checkedBy: checker.id,
      checkedByName: '预算复核人',
      madeAt: expect.any(String),
      decidedAt: expect.any(String),
    });
    expect((await call('GET', '/api/v1/budgets/2026/no-such-policy/history', 'maker')).statusCode).toBe(404);
    expect((await ctx.audit.verify()).ok).toBe(true);
  });
});
