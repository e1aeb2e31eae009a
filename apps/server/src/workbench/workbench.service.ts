/**
 * 工作台: each role's queues and most urgent items, composed from the owning modules' services
 * (applications, recognition, second approvals, payments, the sweep, ID disputes, accounts), with
 * every deadline counted in working days of the city's calendar.
 */
import { businessDate, TIER_NAMES, type Recognition, type Workbench, type WorkbenchItem, type WorkbenchQueue, type WorkbenchQueueCount } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { overdueList, reviewQueue } from '../applications/review.service.js';
import { myRecognitions, recognitionQueue } from '../recognition/recognition.service.js';
import { listFor } from '../approvals/approval.service.js';
import { presentApproval } from '../approvals/approval.present.js';
import { listPaymentBatches } from '../payments/payment.service.js';
import { listSweeps } from '../benefits/sweep-view.service.js';
import { listIdNumberDisputes } from '../talents/id-disputes.service.js';
import { countDisabledStaff } from './workbench.repository.js';

/** How many urgent items a workbench lists. */
const URGENT_LIMIT = 8;
const CLOSED_RECOGNITION = new Set(['granted', 'rejected', 'withdrawn']);

/** Assembles a workbench: queues in the given order, urgent items soonest due first. */
class WorkbenchBuilder {
  private readonly queues: WorkbenchQueueCount[] = [];
  private readonly items: WorkbenchItem[] = [];
  constructor(
    private readonly ctx: AppContext,
    readonly today: string,
  ) {}

  count(queue: WorkbenchQueue, count: number, capped = false): this {
    this.queues.push({ queue, count, capped });
    return this;
  }

  item(queue: WorkbenchQueue, i: { id: string; talentName: string | null; subject: { zh: string; en: string }; dueDate: string | null }): this {
    const cal = this.ctx.calendar.current();
    this.items.push({
      queue,
      ...i,
      workingDaysLeft: i.dueDate ? workingDaysFrom(cal, this.today, i.dueDate) : null,
      dueDateProvisional: i.dueDate ? cal.isProvisional(i.dueDate) : false,
    });
    return this;
  }

  build(audit: Workbench['audit'] = null): Workbench {
    const urgent = [...this.items].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')).slice(0, URGENT_LIMIT);
    return { asOf: this.today, queues: this.queues, urgent, audit };
  }
}

/** Working days from today to a due date; null when the date lies outside the calendar's years. */
function workingDaysFrom(cal: { workingDaysBetween(a: string, b: string): number }, today: string, due: string): number | null {
  try {
    return cal.workingDaysBetween(today, due);
  } catch {
    return null;
  }
}

function start(ctx: AppContext): WorkbenchBuilder {
  return new WorkbenchBuilder(ctx, businessDate(ctx.clock.now()));
}

async function addApplicationQueue(ctx: AppContext, principal: Principal, b: WorkbenchBuilder): Promise<void> {
  const page = await reviewQueue(ctx, principal, { page: 1, pageSize: URGENT_LIMIT });
  b.count('applicationReview', page.total, page.totalCapped);
  for (const i of page.items) b.item('applicationReview', { id: i.id, talentName: i.talentName, subject: i.policyTitle, dueDate: i.dueDate });
}

async function addSecondApprovals(ctx: AppContext, principal: Principal, b: WorkbenchBuilder): Promise<void> {
  const mine = (await listFor(ctx, principal, { status: 'pending', limit: 200 })).map((r) => presentApproval(ctx, r, principal)).filter((a) => a.mayCheck);
  b.count('secondApprovals', mine.length);
  for (const a of mine.slice(0, URGENT_LIMIT)) b.item('secondApprovals', { id: a.id, talentName: null, subject: a.title, dueDate: null });
}

function addRecognitions(b: WorkbenchBuilder, queue: WorkbenchQueue, rows: Recognition[]): void {
  b.count(queue, rows.length);
  for (const r of rows.slice(0, URGENT_LIMIT)) b.item(queue, { id: r.id, talentName: r.talentName, subject: TIER_NAMES[r.proposedTier], dueDate: r.dueDate });
}

/** A reviewer: their department's applications, 人社局's recognition reviews, second approvals in their remit. */
export async function reviewerWorkbench(ctx: AppContext, principal: Principal): Promise<Workbench> {
  const b = start(ctx);
  await addApplicationQueue(ctx, principal, b);
  const hr = await recognitionQueue(ctx, principal, { stage: 'hr' }).catch(() => null);
  if (hr) addRecognitions(b, 'recognitionHr', hr);
  await addSecondApprovals(ctx, principal, b);
  return b.build();
}

/** The talent office: its stage of applications, recognitions, notices, overdue items, money to check. */
export async function officerWorkbench(ctx: AppContext, principal: Principal): Promise<Workbench> {
  const b = start(ctx);
  await addApplicationQueue(ctx, principal, b);
  addRecognitions(b, 'recognitionOffice', await recognitionQueue(ctx, principal, { stage: 'office' }));
  const notices = await recognitionQueue(ctx, principal, { stage: 'notice' });
  b.count('noticesEnded', notices.filter((r) => r.noticeEndsOn !== null && r.noticeEndsOn < b.today).length);
  b.count(
    'openObjections',
    notices.reduce((n, r) => n + (r.objections ?? []).filter((o) => o.status === 'open').length, 0),
  );
  const overdue = await overdueList(ctx, { page: 1, pageSize: 1 });
  b.count('overdueApplications', overdue.total, overdue.totalCapped);
  await addSecondApprovals(ctx, principal, b);
  const batches = await listPaymentBatches(ctx, principal);
  b.count('paymentBatchesToApprove', batches.filter((x) => x.status === 'awaiting_approval' && !x.madeByYou).length);
  const sweeps = await listSweeps(ctx, principal.userId);
  b.count('sweepsToConfirm', sweeps.filter((s) => s.status === 'preview' && !s.madeByYou).length);
  b.count('idDisputes', (await listIdNumberDisputes(ctx)).items.length);
  return b.build();
}

/** The concierge: no queues of their own yet; the page says what they can do today. */
export async function conciergeWorkbench(ctx: AppContext): Promise<Workbench> {
  return start(ctx).build();
}

/** The audit chain as the latest checkpoint saw it. */
function auditState(ctx: AppContext): Workbench['audit'] {
  const [last] = ctx.audit.checkpoints(1);
  return { chainOk: last ? last.valid : true, entries: last?.count ?? 0, lastCheckpointAt: last?.at ?? null };
}

/** The auditor: what is overdue across departments and the audit chain's state. */
export async function auditorWorkbench(ctx: AppContext): Promise<Workbench> {
  const b = start(ctx);
  const overdue = await overdueList(ctx, { page: 1, pageSize: URGENT_LIMIT });
  b.count('overdueApplications', overdue.total, overdue.totalCapped);
  for (const i of overdue.items) b.item('overdueApplications', { id: i.id, talentName: i.talentName, subject: i.policyTitle, dueDate: i.dueDate });
  return b.build(auditState(ctx));
}

/** The administrator: disabled staff accounts and the audit chain's state. */
export async function adminWorkbench(ctx: AppContext): Promise<Workbench> {
  return start(ctx)
    .count('disabledAccounts', await countDisabledStaff(ctx.db))
    .build(auditState(ctx));
}

/** The employer: recognitions it requested for its employees that are still open. */
export async function employerWorkbench(ctx: AppContext, principal: Principal): Promise<Workbench> {
  const b = start(ctx);
  const open = (await myRecognitions(ctx, principal)).items.filter((r) => !CLOSED_RECOGNITION.has(r.status));
  addRecognitions(b, 'employeeRecognitions', open);
  return b.build();
}
