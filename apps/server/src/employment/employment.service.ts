/**
 * Employment (在职申报): a talent names their employer and arrival date; the employer confirms
 * (the employer and arrival date become employer-confirmed verified facts that every later
 * application reuses), declines with a reason, or ends a confirmed employment with its date
 * (the facts are withdrawn). The talent may withdraw a request still pending.
 */
import {
  EMPLOYMENT_STATUS_LABELS,
  businessDate,
  type Employment,
  type EmploymentDecisionBody,
  type EmploymentStatus,
  type NameEmployerBody,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import { ownTalentId } from '../talents/talent.service.js';
import { findEmployerById } from '../employers/employer.service.js';
import { assertEmployerApproved, actingEmployerId } from '../employers/employer-approval.service.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { isEmployerPosting } from '../matching/posting.service.js';
import {
  findEmploymentView,
  findOpenEmployment,
  insertEmployment,
  listEmployerEmployments,
  listTalentEmployments,
  lockEmployment,
  updateEmployment,
  type EmploymentView,
} from './employment.repository.js';

const employmentNotFound = () => notFound({ en: 'The employment', zh: '该在职申报' });

function toEmployment(v: EmploymentView): Employment {
  return {
    id: v.id,
    talentId: v.talentId,
    talentName: v.talentName,
    employerId: v.employerId,
    employerName: v.employerName,
    status: v.status,
    arrivalDate: v.arrivalDate,
    postingId: v.postingId,
    postingTitle: v.postingTitle,
    endDate: v.endDate,
    declineReason: v.declineReason,
    requestedAt: v.requestedAt.toISOString(),
    decidedAt: v.decidedAt?.toISOString() ?? null,
  };
}

function openConflict(open: EmploymentView) {
  return fail('BOLE_EMPLOYMENT_OPEN', { status: EMPLOYMENT_STATUS_LABELS[open.status], employer: open.employerName });
}

/** POST /employments: the talent names their employer (400 naming the field for an unknown employer or a future date; 409 when one is open). */
export async function nameEmployer(ctx: AppContext, principal: Principal, body: NameEmployerBody): Promise<Employment> {
  const talentId = ownTalentId(principal);
  if (body.arrivalDate > businessDate(ctx.clock.now())) throw invalid([{ field: 'arrivalDate', message: 'must not be in the future' }]);
  return ctx.db.transaction(async (tx) => {
    if (!(await findEmployerById(tx, body.employerId))) throw invalid([{ field: 'employerId', message: 'is not a registered employer' }]);
    const open = await findOpenEmployment(tx, talentId);
    if (open) throw openConflict(open);
    const created = await insertEmployment(tx, {
      talentId,
      employerId: body.employerId,
      status: 'pending',
      arrivalDate: body.arrivalDate,
      requestedAt: ctx.clock.now(),
    });
    if (!created) throw openConflict((await findOpenEmployment(tx, talentId))!);
    await ctx.audit.record(tx, principal, {
      action: 'employment.name',
      entity: 'employment',
      entityId: created.id,
      detail: { employerId: body.employerId, arrivalDate: body.arrivalDate },
    });
    return toEmployment((await findEmploymentView(tx, created.id))!);
  });
}

/** GET /employments/mine: the talent's employments, newest first. */
export async function myEmployments(ctx: AppContext, principal: Principal): Promise<{ items: Employment[] }> {
  return { items: (await listTalentEmployments(ctx.db, ownTalentId(principal))).map(toEmployment) };
}

/** GET /employments: the employer's employments (any HR user, approved or not), optionally by status. */
export async function employerEmployments(ctx: AppContext, principal: Principal, status: EmploymentStatus | undefined): Promise<{ items: Employment[] }> {
  return { items: (await listEmployerEmployments(ctx.db, actingEmployerId(principal), status)).map(toEmployment) };
}

function stateConflict(status: EmploymentStatus, refusal: { en: string; zh: string }) {
  return fail('BOLE_EMPLOYMENT_STATE', { status: EMPLOYMENT_STATUS_LABELS[status], refusal });
}

/** POST /employments/:id/withdraw: the talent withdraws a request the employer has not decided. */
export async function withdrawEmployment(ctx: AppContext, principal: Principal, id: string): Promise<Employment> {
  const talentId = ownTalentId(principal);
  return ctx.db.transaction(async (tx) => {
    const row = await lockEmployment(tx, id);
    if (!row || row.talentId !== talentId) throw employmentNotFound();
    if (row.status !== 'pending') throw stateConflict(row.status, { en: 'only a pending request can be withdrawn', zh: '只有待确认的申报可以撤回' });
    await updateEmployment(tx, id, { status: 'withdrawn', decidedAt: ctx.clock.now(), decidedBy: principal.userId });
    await ctx.audit.record(tx, principal, { action: 'employment.withdraw', entity: 'employment', entityId: id, detail: {} });
    return toEmployment((await findEmploymentView(tx, id))!);
  });
}

/**
 * POST /employments/:id/decision: the approved employer confirms or declines a pending
 * employment, or ends a confirmed one with its date (not before arrival, not in the future).
 * Confirming records the employer and arrival date as verified facts; ending withdraws them.
 */
export async function decideEmployment(ctx: AppContext, principal: Principal, id: string, body: EmploymentDecisionBody): Promise<Employment> {
  const employerId = await assertEmployerApproved(ctx, principal, 'confirm_employment');
  return ctx.db.transaction(async (tx) => {
    const row = await lockEmployment(tx, id);
    if (!row || row.employerId !== employerId) throw employmentNotFound();
    const now = ctx.clock.now();
    const by = { source: 'employer' as const, actorUserId: principal.userId };
    if (body.decision === 'end') {
      if (row.status !== 'confirmed') throw stateConflict(row.status, { en: 'only a confirmed employment can end', zh: '只有已确认的在职可以办理离职' });
      if (body.endDate < row.arrivalDate) throw invalid([{ field: 'endDate', message: `must not be before the arrival date ${row.arrivalDate}` }]);
      if (body.endDate > businessDate(now)) throw invalid([{ field: 'endDate', message: 'must not be in the future' }]);
      await updateEmployment(tx, id, { status: 'ended', endDate: body.endDate, decidedAt: now, decidedBy: principal.userId });
      await recordVerifiedFacts(ctx, tx, row.talentId, { employerId: null, arrivalDate: null }, by);
    } else {
      if (row.status !== 'pending') throw stateConflict(row.status, { en: 'it was already decided', zh: '已处理过' });
      const confirm = body.decision === 'confirm';
      const postingId = confirm ? (body.postingId ?? null) : null;
      if (postingId !== null && !(await isEmployerPosting(tx, employerId, postingId))) {
        throw invalid([{ field: 'postingId', message: 'is not a posting of this employer' }]);
      }
      await updateEmployment(tx, id, {
        status: confirm ? 'confirmed' : 'declined',
        postingId,
        declineReason: confirm ? null : body.reason,
        decidedAt: now,
        decidedBy: principal.userId,
      });
      if (confirm) await recordVerifiedFacts(ctx, tx, row.talentId, { employerId, arrivalDate: row.arrivalDate }, by);
    }
    await ctx.audit.record(tx, principal, { action: `employment.${body.decision}`, entity: 'employment', entityId: id, detail: { talentId: row.talentId } });
    return toEmployment((await findEmploymentView(tx, id))!);
  });
}
