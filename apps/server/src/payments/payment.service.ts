/**
 * The payment ledger: monthly batches built from entitlements, annual budgets and quotas per
 * policy with a fair queue, the finance bureau's Excel file out and back in.
 *
 * Never paying twice rests on the database, not on this code: one line per (entitlement, month)
 * by a unique index, inserted with ON CONFLICT DO NOTHING. Budgets rest on a transaction-level
 * advisory lock that serialises the ledger's writers across server nodes.
 */
import type { BatchTotals, BudgetList, PaymentBatch, PaymentLinePage, PaymentLineStatus, PolicyBudget } from '@bole/contracts';
import type { Pack } from '@bole/engine';
import type { Db, Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { businessDate } from '../platform/clock.js';
import { policyRegistryOf } from '../policies/policy-registry.js';
import { isPeriod } from '../benefits/entitlement-period.js';
import { committable } from './payment-queue.js';
import { notifyAwaitingAccount } from './payout-gate.service.js';
import { awardPolicyTitles, isAwardPolicy } from '../programs/awards/award-policy.js';
import {
  approveLines,
  awardPolicies,
  batchLinePage,
  batchTotals,
  budgetOverrides,
  committed,
  findBatch,
  insertDueLines,
  listBatches,
  lockLedger,
  markBatchApproved,
  officerNames,
  policiesWithQueue,
  touchBatch,
  upsertBatch,
  upsertBudget,
  waitingLines,
  withdrawApprovals,
  yearUsage,
  type BatchRow,
} from './payment.repository.js';

type Actor = Pick<Principal, 'userId' | 'role'> | null;

/** What the ledger needs to know of the policies: kind, budget, title and department. */
export interface PolicyFacts {
  cash: string[];
  budget: Map<string, { annualFen: number; quota: number }>;
  title: Map<string, { zh: string; en: string }>;
  department: Map<string, string>;
}

/** Facts of the policies in force at `at` (from the policy registry). */
export async function policyFacts(ctx: AppContext, at: string): Promise<PolicyFacts> {
  const resolved = await policyRegistryOf(ctx).packAt(at);
  return factsOf(resolved?.pack ?? null);
}

function factsOf(pack: Pack | null): PolicyFacts {
  const facts: PolicyFacts = { cash: [], budget: new Map(), title: new Map(), department: new Map() };
  for (const p of pack?.policies ?? []) {
    const doc = p.doc as unknown as {
      benefit: { kind: string };
      budget: { annualFen: number; quota: number };
      title: { zh: string; en: string };
      department: string;
    };
    if (doc.benefit.kind === 'cash') facts.cash.push(p.id);
    facts.budget.set(p.id, doc.budget);
    facts.title.set(p.id, doc.title);
    facts.department.set(p.id, doc.department);
  }
  return facts;
}

/** Budgets of a year: the office's, else the policy YAML's in force on 1 January. */
async function budgetsOf(
  ctx: AppContext,
  tx: Tx,
  year: number,
  yaml: PolicyFacts,
): Promise<Map<string, { annualFen: number; quota: number; overridden: boolean }>> {
  const out = new Map<string, { annualFen: number; quota: number; overridden: boolean }>();
  for (const [id, b] of yaml.budget) out.set(id, { ...b, overridden: false });
  for (const [id, b] of await budgetOverrides(tx, year)) out.set(id, { ...b, overridden: true });
  return out;
}

const FUNDED_BY_PROGRAM = { annualFen: Number.MAX_SAFE_INTEGER, quota: Number.MAX_SAFE_INTEGER };

/**
 * Commits queued lines of `policyIds` in `year` in fair order while the budget and quota last
 * (inside the caller's locked transaction); returns how many lines were committed. A program
 * award's share is committed without a policy budget: its money was reserved in the program's
 * funding when the award was decided.
 */
async function allocate(
  tx: Tx,
  policyIds: string[],
  year: number,
  budgets: Map<string, { annualFen: number; quota: number }>,
  now: string,
): Promise<{ approved: number; batches: Set<string> }> {
  let approved = 0;
  const batches = new Set<string>();
  for (const policyId of policyIds) {
    const b = isAwardPolicy(policyId) ? FUNDED_BY_PROGRAM : budgets.get(policyId);
    if (!b) continue; // not in force: its lines wait until a budget exists
    const used = await committed(tx, policyId, year);
    const waiting = await waitingLines(tx, policyId, year);
    if (waiting.length === 0) continue;
    const picked = committable(waiting, b.annualFen - used.fen, b.quota - used.people);
    if (picked.length === 0) continue;
    const touched = await approveLines(tx, policyId, year, picked.length === waiting.length ? 'all' : picked.map((i) => waiting[i]!.id), now);
    for (const b of touched) batches.add(b);
    approved += picked.length;
  }
  return { approved, batches };
}

/**
 * Commits queued lines (see `allocate`); a batch already approved whose committed lines change
 * loses its approval — the second officer approves what they saw, so it is approved again.
 * Returns how many lines were committed and the periods whose approval was withdrawn.
 */
async function allocateAndWithdraw(
  tx: Tx,
  policyIds: string[],
  year: number,
  budgets: Map<string, { annualFen: number; quota: number }>,
  now: string,
): Promise<{ approved: number; approvalWithdrawn: string[] }> {
  const { approved, batches } = await allocate(tx, policyIds, year, budgets, now);
  return { approved, approvalWithdrawn: await withdrawApprovals(tx, [...batches], now) };
}

/**
 * Creates the batch of a month (or adds to it what is new): one line per entitlement paying in
 * that month, committed within budget in fair order, the rest queued; a line whose talent has no
 * payout account waits for one outside the queue, and the talent is told. Safe to repeat and to
 * run on several nodes at once.
 */
export async function createBatch(ctx: AppContext, actor: Actor, period: string): Promise<PaymentBatch> {
  if (!isPeriod(period)) throw invalid([{ field: 'period', message: 'must be a month YYYY-MM' }], `period: must be a month YYYY-MM, got "${period}".`);
  const year = Number(period.slice(0, 4));
  const facts = await policyFacts(ctx, `${period}-01`);
  const yaml = await policyFacts(ctx, `${year}-01-01`);
  for (const [id, b] of facts.budget) if (!yaml.budget.has(id)) yaml.budget.set(id, b);
  const { batch, added } = await ctx.db.transaction(async (tx) => {
    await lockLedger(tx);
    const now = ctx.clock.now().toISOString();
    const batch = await upsertBatch(tx, period, actor?.userId ?? null, now);
    const added = await insertDueLines(tx, batch.id, period, [...facts.cash, ...(await awardPolicies(tx))], now);
    const toldAwaitingAccount = added > 0 ? await notifyAwaitingAccount(ctx, tx, batch, now) : 0;
    const budgets = await budgetsOf(ctx, tx, year, yaml);
    const { approved, approvalWithdrawn } = await allocateAndWithdraw(tx, await policiesWithQueue(tx, year), year, budgets, now);
    if (added > 0 || approved > 0) await touchBatch(tx, batch.id, now);
    await ctx.audit.record(tx, actor, {
      action: 'payment.batch.run',
      entity: 'payment_batch',
      entityId: batch.id,
      detail: { period, added, approved, approvalWithdrawn, toldAwaitingAccount },
    });
    return { batch: (await findBatch(tx, batch.id))!, added };
  });
  return { ...(await presentBatches(ctx, [batch], actor))[0]!, added };
}

async function presentBatches(ctx: AppContext, batches: BatchRow[], viewer: Actor): Promise<PaymentBatch[]> {
  const totals = await batchTotals(
    ctx.db,
    batches.map((b) => b.id),
  );
  const names = await officerNames(ctx.db, [...new Set(batches.flatMap((b) => [b.createdBy, b.approvedBy]).filter((x): x is string => !!x))]);
  return batches.map((b) => {
    const t = totals.get(b.id) ?? {};
    const get = (s: string) => t[s] ?? { n: 0, fen: 0 };
    const summary: BatchTotals = {
      lines: Object.values(t).reduce((a, x) => a + x.n, 0),
      approved: get('approved').n,
      approvedFen: get('approved').fen,
      queued: get('queued').n,
      queuedFen: get('queued').fen,
      paid: get('paid').n,
      paidFen: get('paid').fen,
      failed: get('failed').n,
      failedFen: get('failed').fen,
      awaitingAccount: get('awaiting_account').n,
      awaitingAccountFen: get('awaiting_account').fen,
    };
    return {
      id: b.id,
      period: b.period,
      createdAt: b.createdAt,
      updatedAt: b.updatedAt,
      totals: summary,
      status: b.approvedAt ? 'approved' : 'awaiting_approval',
      createdBy: b.createdBy,
      createdByName: b.createdBy ? (names.get(b.createdBy) ?? null) : null,
      madeByYou: !!viewer && b.createdBy === viewer.userId,
      approvedBy: b.approvedBy,
      approvedByName: b.approvedBy ? (names.get(b.approvedBy) ?? null) : null,
      approvedAt: b.approvedAt,
    };
  });
}

/** Latest batches with their totals. */
export async function listPaymentBatches(ctx: AppContext, viewer: Actor): Promise<PaymentBatch[]> {
  return presentBatches(ctx, await listBatches(ctx.db, 36), viewer);
}

/** A batch (404 when unknown). */
export async function getBatch(ctx: AppContext, id: string): Promise<BatchRow> {
  const b = await findBatch(ctx.db, id);
  if (!b) throw notFound({ en: 'The payment batch', zh: '该发放批次' });
  return b;
}

/** A batch with totals. */
export async function getPaymentBatch(ctx: AppContext, id: string, viewer: Actor): Promise<PaymentBatch> {
  return (await presentBatches(ctx, [await getBatch(ctx, id)], viewer))[0]!;
}

/**
 * A second officer approves a batch, releasing its committed lines to the finance bureau (the
 * export). The officer who created the batch cannot (403 BOLE_SAME_OFFICER); the audit entry is
 * written by the approver and names the creator. Approving an approved batch changes nothing.
 */
export async function approveBatch(ctx: AppContext, checker: Pick<Principal, 'userId' | 'role'>, id: string): Promise<PaymentBatch> {
  const batch = await ctx.db.transaction(async (tx) => {
    await lockLedger(tx);
    const b = await findBatch(tx, id);
    if (!b) throw notFound({ en: 'The payment batch', zh: '该发放批次' });
    if (b.createdBy === checker.userId) throw fail('BOLE_SAME_OFFICER', { what: { en: 'payment batch', zh: '发放批次' } });
    if (b.approvedAt) return b;
    const now = ctx.clock.now().toISOString();
    await markBatchApproved(tx, id, checker.userId, now);
    const totals = (await batchTotals(tx, [id])).get(id) ?? {};
    const maker = b.createdBy ? ((await officerNames(tx, [b.createdBy])).get(b.createdBy) ?? null) : null;
    await ctx.audit.record(tx, checker, {
      action: 'payment.batch.approve',
      entity: 'payment_batch',
      entityId: id,
      detail: {
        period: b.period,
        preparedBy: b.createdBy,
        preparedByName: maker,
        approvedBy: checker.userId,
        lines: totals['approved']?.n ?? 0,
        approvedFen: totals['approved']?.fen ?? 0,
      },
    });
    return (await findBatch(tx, id))!;
  });
  return (await presentBatches(ctx, [batch], checker))[0]!;
}

/** A page of a batch's lines. */
export async function paymentLinesOf(
  ctx: AppContext,
  id: string,
  q: { status?: string | undefined; page: number; pageSize: number },
): Promise<PaymentLinePage> {
  const batch = await getBatch(ctx, id);
  const facts = await policyFacts(ctx, `${batch.period}-01`);
  const { rows, total } = await batchLinePage(ctx.db, id, q.status, q.pageSize, (q.page - 1) * q.pageSize);
  await awardPolicyTitles(ctx.db, rows, facts.title);
  return {
    items: rows.map((r) => ({
      id: r.id,
      period: r.period,
      talentId: r.talentId,
      talentName: r.talentName,
      policyId: r.policyId,
      policyTitle: facts.title.get(r.policyId) ?? { zh: r.policyId, en: r.policyId },
      department: facts.department.get(r.policyId) ?? null,
      amountFen: r.amountFen,
      status: r.status as PaymentLineStatus,
      startDate: r.startDate,
      failureReason: r.failureReason,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Budgets of a year per policy: set, committed, paid, queued. */
export async function listBudgets(ctx: AppContext, yearIn?: number): Promise<BudgetList> {
  const year = yearIn ?? Number(businessDate(ctx.clock.now()).slice(0, 4));
  const facts = await policyFacts(ctx, `${year}-01-01`);
  const late = await policyFacts(ctx, `${year}-12-31`);
  for (const [id, b] of late.budget) if (!facts.budget.has(id)) facts.budget.set(id, b);
  for (const [id, t] of late.title) if (!facts.title.has(id)) facts.title.set(id, t);
  for (const [id, d] of late.department) if (!facts.department.has(id)) facts.department.set(id, d);
  const overrides = await budgetOverrides(ctx.db, year);
  const usage = await yearUsage(ctx.db, year);
  const ids = [...new Set([...facts.budget.keys(), ...usage.keys()])].filter((id) => !isAwardPolicy(id)).sort();
  return { year, items: ids.map((id) => presentBudget(id, year, facts, overrides, usage)) };
}

function presentBudget(
  id: string,
  year: number,
  facts: PolicyFacts,
  overrides: Map<string, { annualFen: number; quota: number }>,
  usage: Awaited<ReturnType<typeof yearUsage>>,
): PolicyBudget {
  const b = overrides.get(id) ?? facts.budget.get(id) ?? { annualFen: 0, quota: 0 };
  const u = usage.get(id) ?? { committedFen: 0, paidFen: 0, queuedFen: 0, queuedLines: 0, quotaUsed: 0 };
  return {
    policyId: id,
    title: facts.title.get(id) ?? { zh: id, en: id },
    department: facts.department.get(id) ?? null,
    year,
    annualFen: b.annualFen,
    quota: b.quota,
    overridden: overrides.has(id),
    ...u,
  };
}

/**
 * The budget a policy has in `year` by default — its YAML's, in force on 1 January (or, for a
 * policy that starts later in the year, on 31 December) — and its title; 404 when the policy has
 * none that year. Reads outside any transaction.
 */
export async function budgetPolicy(
  ctx: AppContext,
  year: number,
  policyId: string,
): Promise<{ yaml: { annualFen: number; quota: number }; title: { zh: string; en: string } }> {
  const facts = await policyFacts(ctx, `${year}-01-01`);
  const late = await policyFacts(ctx, `${year}-12-31`);
  const yaml = facts.budget.get(policyId) ?? late.budget.get(policyId);
  if (!yaml) throw notFound({ en: `The policy ${policyId}`, zh: `政策 ${policyId}` });
  return { yaml, title: facts.title.get(policyId) ?? late.title.get(policyId) ?? { zh: policyId, en: policyId } };
}

/** The budget and quota a policy has in `year` now: the office's, else `yaml` (its default). */
export async function currentBudget(conn: Db | Tx, year: number, policyId: string, yaml: { annualFen: number; quota: number }) {
  return (await budgetOverrides(conn, year)).get(policyId) ?? yaml;
}

/**
 * Sets a policy's budget for a year inside the caller's transaction (the second approval of a
 * budget change applies it here): refused (409) below what is already committed; a raise
 * releases queued lines in fair order. `yaml` is the policy's default (`budgetPolicy`);
 * `detail` goes to the audit entry. Returns the figures replaced and the lines released.
 */
export async function applyBudget(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  year: number,
  policyId: string,
  body: { annualFen: number; quota: number },
  yaml: { annualFen: number; quota: number },
  detail: Record<string, unknown> = {},
): Promise<{ before: { annualFen: number; quota: number }; released: number; approvalWithdrawn: string[] }> {
  await lockLedger(tx);
  const now = ctx.clock.now().toISOString();
  const used = await committed(tx, policyId, year);
  if (body.annualFen < used.fen || body.quota < used.people) {
    throw fail('BOLE_BUDGET_BELOW_COMMITTED', { year, policy: policyId, yuan: (used.fen / 100).toFixed(2), people: used.people }, [
      { field: body.annualFen < used.fen ? 'annualFen' : 'quota', message: 'is below what is already committed' },
    ]);
  }
  const before = await currentBudget(tx, year, policyId, yaml);
  await upsertBudget(tx, { policyId, year, annualFen: body.annualFen, quota: body.quota, updatedBy: actor?.userId ?? null, now });
  const { approved: released, approvalWithdrawn } = await allocateAndWithdraw(tx, [policyId], year, new Map([[policyId, body]]), now);
  await ctx.audit.record(tx, actor, {
    action: 'payment.budget.set',
    entity: 'payment_budget',
    entityId: `${policyId}/${year}`,
    detail: { ...body, before, released, approvalWithdrawn, ...detail },
  });
  return { before: { annualFen: before.annualFen, quota: before.quota }, released, approvalWithdrawn };
}

/**
 * Sets a policy's budget for a year at once, in a transaction of its own (benchmarks, tests and
 * the second approval's handler through `applyBudget`; people change budgets through a
 * proposal a second officer approves, budget-change.service.ts).
 */
export async function setBudget(
  ctx: AppContext,
  actor: Actor,
  year: number,
  policyId: string,
  body: { annualFen: number; quota: number },
): Promise<{ budget: PolicyBudget; released: number }> {
  const { yaml } = await budgetPolicy(ctx, year, policyId);
  const { released } = await ctx.db.transaction((tx) => applyBudget(ctx, tx, actor, year, policyId, body, yaml));
  const list = await listBudgets(ctx, year);
  return { budget: list.items.find((b) => b.policyId === policyId)!, released };
}
