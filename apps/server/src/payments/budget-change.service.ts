/**
 * Changing a budget takes two officers (ADR 0015): one proposes a policy's budget and quota for a
 * year with a reason; a second officer approves and only then is it set (`applyBudget`: refused
 * below what is committed, a raise releases queued lines). A newer proposal for the same policy
 * and year supersedes the pending one. Every proposal and its decision stay as the budget's
 * history.
 */
import type { BudgetChange, ProposeBudgetBody, SecondApproval } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { listFor, propose, type SecondApprovalHandler } from '../approvals/approval.service.js';
import { presentApproval } from '../approvals/approval.present.js';
import { applyBudget, budgetPolicy, currentBudget } from './payment.service.js';
import { committed } from './payment.repository.js';

type Officer = Pick<Principal, 'userId' | 'role' | 'department'>;

const subjectOf = (policyId: string, year: number) => `${policyId}/${year}`;

/**
 * Proposes a policy's budget and quota for `year` with a reason; nothing changes until another
 * officer approves. Refused at once (409) below what is already committed, as the approval would be.
 */
export async function proposeBudgetChange(ctx: AppContext, maker: Officer, year: number, policyId: string, body: ProposeBudgetBody): Promise<SecondApproval> {
  const { yaml, title } = await budgetPolicy(ctx, year, policyId);
  const used = await committed(ctx.db, policyId, year);
  if (body.annualFen < used.fen || body.quota < used.people) {
    throw fail('BOLE_BUDGET_BELOW_COMMITTED', { year, policy: policyId, yuan: (used.fen / 100).toFixed(2), people: used.people }, [
      { field: body.annualFen < used.fen ? 'annualFen' : 'quota', message: 'is below what is already committed' },
    ]);
  }
  const before = await currentBudget(ctx.db, year, policyId, yaml);
  const change: BudgetChange = {
    policyId,
    year,
    before: { annualFen: before.annualFen, quota: before.quota },
    after: { annualFen: body.annualFen, quota: body.quota },
  };
  const row = await propose(ctx, maker, {
    kind: 'budget',
    subject: subjectOf(policyId, year),
    scope: null,
    title: { zh: `${title.zh} ${year} 年预算`, en: `${title.en} — ${year} budget` },
    change,
    reason: body.reason,
    supersede: true,
  });
  const [named] = await listFor(ctx, maker, { kind: 'budget', subject: row.subject, status: 'pending', limit: 1 });
  return presentApproval(ctx, named!, maker);
}

/** Every proposal for a policy's budget of `year` and its decision, newest first. */
export async function budgetHistory(ctx: AppContext, reader: Officer, year: number, policyId: string): Promise<SecondApproval[]> {
  await budgetPolicy(ctx, year, policyId);
  const rows = await listFor(ctx, reader, { kind: 'budget', subject: subjectOf(policyId, year) });
  return rows.map((r) => presentApproval(ctx, r, reader));
}

/** Applies an approved budget change: the budget is set as proposed (the ledger's checks run again). */
export const budgetChangeHandler: SecondApprovalHandler = {
  async prepare(ctx, request) {
    const c = request.change as BudgetChange;
    return (await budgetPolicy(ctx, c.year, c.policyId)).yaml;
  },
  async apply(ctx, tx, request, checker, yaml) {
    const c = request.change as BudgetChange;
    const { before, released, approvalWithdrawn } = await applyBudget(ctx, tx, checker, c.year, c.policyId, c.after, yaml as BudgetChange['before'], {
      approval: request.id,
      proposedBy: request.madeBy,
      reason: request.reason,
    });
    return { before, released, approvalWithdrawn };
  },
};
