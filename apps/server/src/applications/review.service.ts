/**
 * Applications, reviewer side: a department's queue by due date, the decision page (profile
 * summary, evidence, the engine's trace, timeline), decisions (approve → next stage or final
 * approval with the entitlement; reject; return for more evidence), the officer's overdue list
 * and the escalation job that flags overdue items to the talent office.
 */
import {
  DUE_SOON_WORKING_DAYS,
  type Department,
  type EscalateResult,
  type OverduePage,
  type OverdueQuery,
  type ReviewDecisionBody,
  type ReviewQueuePage,
  type ReviewQueueQuery,
  type ApplicationDetail,
  type ConditionOutcome,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { notFound, forbidden } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import { factsReadByCondition } from '@bole/engine';
import { talentFactsOf, verifiableFieldsOf } from '../facts/fact.service.js';
import { notify } from '../notifications/notification.service.js';
import { currentStage, isFinalApproval, needsEscalation, needsSecondApproval } from './application.rules.js';
import { grantApproved, policyApplied } from './application-grant.js';
import { decideSecond, pendingSecondApproval, presentPending, recordFirstApproval } from './second-approval.service.js';
import { move, notificationPayload, onCalendar, positionOf, recordChange, refused } from './application.move.js';
import { toApplicationDetail, toQueueItem } from './application.present.js';
import { inReviewList } from './in-review.service.js';
import {
  countEscalated,
  dueForEscalation,
  findApplication,
  applicationsAttaching,
  listOfTalent,
  lockApplication,
  policiesInQueue,
  queuePage,
  updateIfVersion,
  type ApplicationRow,
  type QueueFilter,
} from './application.repository.js';

const applicationNotFound = () => notFound({ en: 'The application', zh: '该申请' });

/** The department whose queue a staff member works: a reviewer's own; an officer works the city's talent office's. */
export function workingDepartment(ctx: AppContext, principal: Principal): Department {
  if (principal.role === 'officer') return ctx.city.roles.talentOffice;
  if (principal.role === 'reviewer' && principal.department) return principal.department;
  throw forbidden({ en: 'Only reviewers of a department and talent-office officers have a review queue.', zh: '只有部门审核人员和人才办人员有审核队列。' });
}

/** Departments that take part in an application (its stages, and the talent office once appealed). */
function departmentsOf(ctx: AppContext, row: Pick<ApplicationRow, 'stages' | 'appealed'>): Set<Department> {
  return new Set<Department>([...row.stages.map((s) => s.department), ...(row.appealed ? [ctx.city.roles.talentOffice] : [])]);
}

/** Whether `department` reviews (or reviewed) any application of the talent — its stages or its appeal. */
export async function departmentReviewsTalent(ctx: AppContext, department: Department, talentId: string): Promise<boolean> {
  return (await listOfTalent(ctx.db, talentId)).some((row) => departmentsOf(ctx, row).has(department));
}

/** Whether staff may read an application: officers and auditors all; reviewers those their department takes part in. */
function mayRead(ctx: AppContext, principal: Principal, row: Pick<ApplicationRow, 'stages' | 'appealed'>): boolean {
  if (principal.role === 'officer' || principal.role === 'auditor') return true;
  return principal.role === 'reviewer' && !!principal.department && departmentsOf(ctx, row).has(principal.department);
}

/** 403 unless staff may read the application. */
function assertMayRead(ctx: AppContext, principal: Principal, row: ApplicationRow): void {
  if (mayRead(ctx, principal, row)) return;
  throw forbidden({ en: 'This application is not reviewed by your department.', zh: '该申请不由您所在部门审核。' });
}

/** GET /api/v1/review/queue: the caller's department's in-review items, earliest due first. */
export async function reviewQueue(ctx: AppContext, principal: Principal, q: ReviewQueueQuery): Promise<ReviewQueuePage> {
  const department = workingDepartment(ctx, principal);
  const today = businessDate(ctx.clock.now());
  const cal = ctx.calendar.current();
  const [{ rows, total, capped }, policies] = await Promise.all([
    queuePage(ctx.db, { department, ...queueFilter(ctx, q, today), limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
    policiesInQueue(ctx.db, department),
  ]);
  return {
    items: rows.map((r) => ({ ...toQueueItem(r, today), dueDateProvisional: cal.isProvisional(r.dueDate) })),
    total,
    totalCapped: capped,
    page: q.page,
    pageSize: q.pageSize,
    department,
    asOf: today,
    policies: policies.map((p) => ({ id: p.id, title: { zh: p.titleZh, en: p.titleEn } })),
  };
}

/** A full ID number (18 characters) or mainland mobile number (11 digits): looked up by keyed hash, never by pattern. */
const ID_NUMBER = /^\d{17}[\dXx]$/;
const MOBILE = /^1\d{10}$/;

/** The repository's filter of a queue query: the search, the stage, the policy, the due date. */
function queueFilter(ctx: AppContext, q: ReviewQueueQuery, today: string): QueueFilter {
  const text = q.q ?? '';
  const search: QueueFilter = ID_NUMBER.test(text)
    ? { numberHash: { kind: 'id', hash: ctx.cipher.lookupHash('id', text.toUpperCase()) } }
    : MOBILE.test(text)
      ? { numberHash: { kind: 'mobile', hash: ctx.cipher.lookupHash('mobile', text) } }
      : text
        ? { name: text }
        : {};
  const soon = q.due === 'soon' ? onCalendar(() => ctx.calendar.current().addWorkingDays(today, DUE_SOON_WORKING_DAYS)) : null;
  return {
    ...search,
    ...(q.stage ? { stage: q.stage === 'appeal' ? 'appeal' : Number(q.stage) - 1 } : {}),
    ...(q.policyId ? { policyId: q.policyId } : {}),
    ...(q.overdueOnly === 'true' || q.due === 'overdue' ? { overdueBefore: today } : {}),
    ...(soon ? { dueBy: soon } : {}),
  };
}

/** GET /api/v1/review/overdue (officer, auditor): overdue items of every department, most overdue first. */
export async function overdueList(ctx: AppContext, q: OverdueQuery): Promise<OverduePage> {
  const page = await inReviewList(ctx, q, { overdueOnly: true });
  return { ...page, items: page.items.map(({ workingDaysLeft, ...item }) => ({ ...item, workingDaysOverdue: -workingDaysLeft })) };
}

/** GET /api/v1/review/applications/:id: the decision page. */
export async function reviewApplication(ctx: AppContext, principal: Principal, id: string): Promise<ApplicationDetail> {
  const row = await findApplication(ctx.db, id);
  if (!row) throw applicationNotFound();
  assertMayRead(ctx, principal, row);
  const detail = await toApplicationDetail(ctx.db, row, businessDate(ctx.clock.now()), ctx.calendar.current(), { staff: true, city: ctx.city });
  const pending = await pendingSecondApproval(ctx.db, id);
  return {
    ...detail,
    conditions: await withFactStatus(ctx, row, detail.conditions),
    canDecide: mayDecideNow(ctx, principal, row, pending),
    pendingSecondApproval: presentPending(pending, principal),
    secondApprovalAboveFen: ctx.config.secondApprovalAboveFen,
  };
}

/**
 * Each condition with the talent's facts it reads and their status now, so the reviewer sees
 * whether it rests on a declaration or a verified fact.
 */
async function withFactStatus(ctx: AppContext, row: ApplicationRow, conditions: ConditionOutcome[]): Promise<ConditionOutcome[]> {
  const policy = await policyApplied(ctx, row);
  if (!policy) return conditions;
  const reads = factsReadByCondition(policy);
  const status = new Map((await talentFactsOf(ctx, row.talentId)).facts.map((f) => [f.field, f.status]));
  return conditions.map((c) => ({
    ...c,
    facts: verifiableFieldsOf(reads.get(c.expr) ?? []).map((field) => ({ field, status: status.get(field) ?? 'declared' })),
  }));
}

/** Whether the caller's department holds the application now (and the caller is not its pending first approver). */
function mayDecideNow(ctx: AppContext, principal: Principal, row: ApplicationRow, pending: { madeBy: string } | undefined): boolean {
  if (row.status !== 'in_review' || (principal.role !== 'reviewer' && principal.role !== 'officer')) return false;
  if (pending?.madeBy === principal.userId) return false;
  return !!row.department && row.department === (principal.role === 'officer' ? ctx.city.roles.talentOffice : principal.department);
}

/**
 * POST /api/v1/review/applications/:id/decision. 403 when the caller's department takes no
 * part in the application; 409 when it is not with the caller's department now (decided
 * already, moved on, returned to the applicant) or changed since `expectedVersion`. Final
 * approval grants the entitlement in the same transaction — unless the application's value is
 * above the second-approval threshold: then it records the first approval and waits for a
 * different person of the department (second-approval.service.ts), who completes, rejects or
 * returns it through this same decision.
 */
export async function decide(
  ctx: AppContext,
  principal: Principal,
  id: string,
  body: ReviewDecisionBody,
  ip: string | null = null,
): Promise<ApplicationDetail> {
  const department = workingDepartment(ctx, principal);
  const today = businessDate(ctx.clock.now());
  // The policy applied for, as in force on the application's date (neither changes afterwards):
  // an approval confirms the facts its conditions read. Read before the transaction, which
  // holds the only connection on an embedded database.
  const applied = await findApplication(ctx.db, id);
  if (!applied) throw applicationNotFound();
  if (!departmentsOf(ctx, applied).has(department))
    throw forbidden({ en: 'This application is not reviewed by your department; you cannot decide it.', zh: '该申请不由您所在部门审核，您无权办理。' });
  const pending = await pendingSecondApproval(ctx.db, id);
  if (pending) {
    await decideSecond(ctx, principal, applied, pending, body, ip);
    return reviewApplication(ctx, principal, id);
  }
  const policy = await policyApplied(ctx, applied);
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockApplication(tx, id);
    if (!row) throw applicationNotFound();
    const position = positionOf(row, ctx.city);
    const holder = currentStage(position).department;
    if (row.status === 'in_review' && holder !== department) throw refused(row, body.decision, 'not_in_review');
    const cal = ctx.calendar.current();
    if (
      body.decision === 'approve' &&
      needsSecondApproval(row.valueFen, ctx.config.secondApprovalAboveFen) &&
      onCalendar(() => isFinalApproval(position, today, cal))
    ) {
      return recordFirstApproval(ctx, tx, row, principal, {
        department,
        reason: body.reason || null,
        ...(body.expectedVersion !== undefined ? { expectedVersion: body.expectedVersion } : {}),
        ip,
      });
    }
    const moved = await move(ctx, tx, row, body.decision, principal, {
      today,
      reason: body.reason ?? null,
      ...(body.expectedVersion !== undefined ? { expectedVersion: body.expectedVersion } : {}),
      detail: { stage: row.onAppeal ? 'appeal' : row.stageIndex, department },
      ip,
    });
    if (!(moved.final && moved.row.status === 'approved')) return moved.row;
    return grantApproved(ctx, tx, moved.row, principal, policy, today);
  });
  const pendingNow = await pendingSecondApproval(ctx.db, id);
  return {
    ...(await toApplicationDetail(ctx.db, row, today, ctx.calendar.current(), { staff: true, city: ctx.city })),
    canDecide: mayDecideNow(ctx, principal, row, pendingNow),
    pendingSecondApproval: presentPending(pendingNow, principal),
  };
}

/**
 * Escalates every in-review application overdue on `at` (due before it) that was not yet
 * escalated in its current stage: flags it, adds a timeline step and tells the talent office
 * and the department. Idempotent: a second run on the same date escalates nothing new.
 */
export async function escalateOverdue(ctx: AppContext, at?: string): Promise<EscalateResult> {
  const today = at ?? businessDate(ctx.clock.now());
  const escalated: string[] = [];
  for (;;) {
    const ids = await dueForEscalation(ctx.db, today, 200);
    if (ids.length === 0) break;
    let progressed = 0;
    for (const id of ids) {
      const done = await ctx.db.transaction(async (tx) => {
        const row = await lockApplication(tx, id);
        if (!row || !needsEscalation(positionOf(row, ctx.city), today)) return false;
        const now = ctx.clock.now();
        const updated = await updateIfVersion(tx, row.id, row.version, { escalatedAt: now, updatedAt: now });
        if (!updated) return false;
        const overdueDays = onCalendar(() => ctx.calendar.current().workingDaysBetween(row.dueDate!, today));
        await recordChange(ctx, tx, row, updated, 'escalate', null, { detail: { at: today, dueDate: row.dueDate, workingDaysOverdue: overdueDays } });
        await notify(ctx, tx, [{ role: 'officer' }, { role: 'reviewer', department: row.department! }], {
          kind: 'application.escalate',
          payload: { ...notificationPayload(updated, ctx.city), workingDaysOverdue: overdueDays },
        });
        return true;
      });
      if (done) {
        escalated.push(id);
        progressed++;
      }
    }
    if (ids.length < 200 || progressed === 0) break;
  }
  return { at: today, escalated, alreadyEscalated: (await countEscalated(ctx.db, today)) - escalated.length };
}

/**
 * Evidence access the applications workflow gives staff (registered with the evidence module at
 * start-up): a file attached to an application the caller may read.
 */
export async function staffMaySeeApplicationEvidence(ctx: AppContext, principal: Principal, evidenceId: string): Promise<boolean> {
  return (await applicationsAttaching(ctx.db, evidenceId)).some((row) => mayRead(ctx, principal, row));
}
