/**
 * Large applications take two people (ADR 0015): the final approval of an application whose value
 * is above `BOLE_SECOND_APPROVAL_ABOVE_FEN` records the first approver and a pending second
 * approval — the application stays in review with its department, a `first_approval` step on
 * its timeline — and the entitlement is granted and the facts confirmed only when a different
 * reviewer (or officer, at the talent office) of that department approves it. The second person
 * may instead reject it or return it for more evidence; the first approver cannot decide it
 * again (403 BOLE_SAME_OFFICER) but may withdraw the first approval.
 */
import {
  SECOND_APPROVAL_KIND_LABELS,
  type ApplicationApprovalChange,
  type Department,
  type PendingSecondApproval,
  type ReviewDecisionBody,
} from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { fail, notFound } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { approve, pendingOf, proposeWithin, reject, type ApprovalNamedRow, type SecondApprovalHandler } from '../approvals/approval.service.js';
import { currentStage } from './application.rules.js';
import { move, positionOf, recordChange, refused, staleVersion } from './application.move.js';
import { grantApproved, policyApplied } from './application-grant.js';
import { findApplication, lockApplication, updateIfVersion, type ApplicationRow } from './application.repository.js';

type Staff = Pick<Principal, 'userId' | 'role' | 'department'>;

/** The pending second approval of an application, if any (read through `conn`). */
export async function pendingSecondApproval(conn: Db | Tx, applicationId: string): Promise<ApprovalNamedRow | undefined> {
  return (await pendingOf(conn, 'application', [applicationId]))[0];
}

/** The pending second approval as the decision page shows it to `viewer`. */
export function presentPending(row: ApprovalNamedRow | undefined, viewer: Pick<Principal, 'userId'>): PendingSecondApproval | null {
  if (!row) return null;
  return {
    approvalId: row.id,
    firstApprovedBy: row.madeBy,
    firstApprovedByName: row.madeByName,
    firstApprovedAt: new Date(row.madeAt).toISOString(),
    firstApprovedByYou: row.madeBy === viewer.userId,
    thresholdFen: (row.change as ApplicationApprovalChange).thresholdFen,
    reason: row.reason,
  };
}

/**
 * The first of two approvals, inside the decision's transaction on the locked `row`: the version
 * moves on (a concurrent decision gets 409), the step is recorded (the talent and the department
 * are told) and the second approval is asked of the department. Nothing is granted.
 */
export async function recordFirstApproval(
  ctx: AppContext,
  tx: Tx,
  row: ApplicationRow,
  first: Staff,
  opts: { department: Department; reason: string | null; expectedVersion?: number; ip: string | null },
): Promise<ApplicationRow> {
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== row.version) throw staleVersion(row.version, opts.expectedVersion);
  if (await pendingSecondApproval(tx, row.id)) throw staleVersion(row.version + 1, row.version);
  const updated = await updateIfVersion(tx, row.id, row.version, { updatedAt: ctx.clock.now() });
  if (!updated) throw staleVersion(row.version + 1, row.version);
  const thresholdFen = ctx.config.secondApprovalAboveFen;
  const change: ApplicationApprovalChange = {
    applicationId: row.id,
    talentName: row.talentName,
    policyId: row.policyId,
    amountFen: row.amountFen,
    period: row.period,
    months: row.months,
    valueFen: row.valueFen,
    thresholdFen,
  };
  const request = await proposeWithin(ctx, tx, first, {
    kind: 'application',
    subject: row.id,
    scope: opts.department,
    title: { zh: `${row.talentName}：${row.titleZh}`, en: `${row.talentName}: ${row.titleEn}` },
    change,
    reason: opts.reason,
    supersede: false,
  });
  await recordChange(ctx, tx, row, updated, 'first_approval', first, {
    reason: opts.reason,
    detail: { stage: row.onAppeal ? 'appeal' : row.stageIndex, department: opts.department, valueFen: row.valueFen, thresholdFen, approval: request.id },
    ip: opts.ip,
    notifyHolder: true,
  });
  return updated;
}

/**
 * A decision on an application whose second approval is pending: a different person of the
 * department approves (the approval is completed), rejects or returns it (the request is
 * rejected with the reason). The first approver gets 403 BOLE_SAME_OFFICER.
 */
export async function decideSecond(
  ctx: AppContext,
  who: Staff,
  row: ApplicationRow,
  pending: ApprovalNamedRow,
  body: ReviewDecisionBody,
  ip: string | null,
): Promise<void> {
  if (body.expectedVersion !== undefined && body.expectedVersion !== row.version) throw staleVersion(row.version, body.expectedVersion);
  if (pending.madeBy === who.userId) throw fail('BOLE_SAME_OFFICER', { what: SECOND_APPROVAL_KIND_LABELS.application });
  if (body.decision === 'approve') await approve(ctx, who, pending.id, body.reason || null);
  else await reject(ctx, who, pending.id, body.reason!, { decision: body.decision, ip });
}

/** The locked application a request is about, still in review with the request's department. */
async function heldApplication(tx: Tx, ctx: AppContext, subject: string, scope: string | null, action: string): Promise<ApplicationRow> {
  const row = await lockApplication(tx, subject);
  if (!row) throw notFound({ en: 'The application', zh: '该申请' });
  if (row.status !== 'in_review' || currentStage(positionOf(row, ctx.city)).department !== scope) throw refused(row, action, 'not_in_review');
  return row;
}

/** Completes, rejects or returns a large application when its second approval is decided. */
export const largeApprovalHandler: SecondApprovalHandler = {
  async prepare(ctx, request) {
    const row = await findApplication(ctx.db, request.subject);
    if (!row) throw notFound({ en: 'The application', zh: '该申请' });
    return policyApplied(ctx, row);
  },
  async apply(ctx, tx, request, checker, policy) {
    const row = await heldApplication(tx, ctx, request.subject, request.scope, 'approve');
    const today = businessDate(ctx.clock.now());
    const moved = await move(ctx, tx, row, 'approve', checker, {
      today,
      detail: { stage: row.onAppeal ? 'appeal' : row.stageIndex, department: request.scope, firstApprovedBy: request.madeBy, approval: request.id },
    });
    if (!(moved.final && moved.row.status === 'approved')) throw refused(row, 'approve', 'not_in_review');
    const granted = await grantApproved(ctx, tx, moved.row, checker, policy as Awaited<ReturnType<typeof policyApplied>>, today);
    return { entitlementId: granted.entitlementId };
  },
  async onReject(ctx, tx, request, checker, note, detail) {
    const row = await heldApplication(tx, ctx, request.subject, request.scope, 'reject');
    await move(ctx, tx, row, detail.decision === 'return' ? 'return' : 'reject', checker, {
      today: businessDate(ctx.clock.now()),
      reason: note,
      detail: { stage: row.onAppeal ? 'appeal' : row.stageIndex, department: request.scope, firstApprovedBy: request.madeBy, approval: request.id },
      ip: typeof detail.ip === 'string' ? detail.ip : null,
    });
  },
  async onWithdraw(ctx, tx, request, maker) {
    // The first approver took it back: a step on the timeline, the talent and the department told; still in review.
    const row = await lockApplication(tx, request.subject);
    if (!row) return;
    const updated = await updateIfVersion(tx, row.id, row.version, { updatedAt: ctx.clock.now() });
    await recordChange(ctx, tx, row, updated ?? row, 'first_approval_withdrawn', maker, {
      detail: { stage: row.onAppeal ? 'appeal' : row.stageIndex, department: request.scope, approval: request.id },
      notifyHolder: true,
    });
  },
};
