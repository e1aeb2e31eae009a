/**
 * Recognition (人才分类认定), applicant and reviewer side: a talent (or their employer)
 * requests classification, the engine proposes the tier from the stored profile at the
 * request date, evidence is attached (what is on file is attached again automatically), the
 * case is submitted to 人社局, reviewed there, then decided by 人才办. The public notice,
 * objections and the grant are in recognition-notice.service.ts.
 */
import { evaluate, parseProfile } from '@bole/engine';
import { citySchema, departmentName } from '../city/city-file.js';
import {
  EVIDENCE_KIND_LABELS,
  TIERS,
  type CreateRecognitionBody,
  type HrDecisionBody,
  type MyRecognitionList,
  type OfficeDecisionBody,
  type Recognition,
  type RecognitionDetail,
  type RecognitionQueueQuery,
  type Tier,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import type { Tx } from '../db/database.js';
import { fail, notFound, forbidden } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import { calendarProblem } from '../calendar/calendar-problem.js';
import { packInForce, storedProfileInput } from '../policies/calculator.service.js';
import { findEvidence, findEvidenceByIds, listEvidenceOf, managedTalentId } from '../evidence/evidence.service.js';
import { notify } from '../notifications/notification.service.js';
import { hrChecked, officeChecked } from './recognition-facts.js';
import { mayRequest, missingEvidence, noticeEndsOn, requiredEvidence } from './recognition.rules.js';
import { applicantRecipients, move, stateRefusal } from './recognition.move.js';
import { presentRecognitions } from './recognition.present.js';
import { recognitionSettingsOf } from './recognition-settings.service.js';
import {
  attachEvidence,
  detachEvidence,
  findOpenRecognition,
  findRecognition,
  insertRecognition,
  insertStep,
  listAttached,
  listByStatus,
  listRecognitionsOf,
  listRequestedBy,
  lockRecognition,
  talentFacts,
  type RecognitionRow,
} from './recognition.repository.js';
import { grantsOf } from './recognition-employees.repository.js';
import { reviewDepartment } from './recognition-access.js';
import { withReviewContext } from './recognition-review.js';

/** Roles that see what a case's decision rests on (the talent's facts and the classification trace). */
const STAFF_ROLES = new Set(['reviewer', 'officer', 'auditor']);

const reviewDepartmentName = (ctx: AppContext) => departmentName(ctx.city, reviewDepartment(ctx));

const caseNotFound = () => notFound({ en: 'The recognition', zh: '该认定申请' });

const openCaseExists = (id: string) => fail('BOLE_RECOGNITION_OPEN', {}, [{ field: 'talentId', message: `has recognition ${id} in progress` }]);

/** 422 when the classification rules give the profile no tier. */
const noTier = (at: string) => fail('BOLE_NO_TIER', { at }, [{ field: 'profile', message: 'matches no tier of the classification table' }]);

/** The tier the engine gives the stored profile at `at` (422 when none, incomplete or no rules in force). */
export async function proposeTier(ctx: AppContext, talentId: string, at: string): Promise<Tier> {
  const input = await storedProfileInput(ctx, talentId);
  const parsed = parseProfile(input, at, citySchema(ctx.city));
  if (!parsed.ok) {
    throw fail('BOLE_PROFILE_INVALID', { use: { en: 'classified', zh: '用于认定' } }, [...parsed.errors]);
  }
  const resolved = await packInForce(ctx, at);
  const tier = evaluate(resolved.pack, parsed.profile, at, { trace: false }).tier;
  if (!tier || !(TIERS as readonly string[]).includes(tier)) throw noTier(at);
  return tier as Tier;
}

/** Whether the principal is the applicant side of a case (the talent, or the employer that employs or asked for them). */
async function isApplicant(ctx: AppContext, principal: Principal, row: RecognitionRow): Promise<boolean> {
  if (principal.role === 'talent') return principal.talentId === row.talentId;
  if (principal.role === 'employer') {
    if (row.requestedBy === principal.userId) return true;
    const f = await talentFacts(ctx.db, row.talentId);
    return !!principal.employerId && f?.employerId === principal.employerId;
  }
  return false;
}

/** Loads a case the principal may see; 404 otherwise (ids of others cannot be probed). */
async function visibleCase(ctx: AppContext, principal: Principal, id: string): Promise<RecognitionRow> {
  const row = await findRecognition(ctx.db, id);
  if (!row) throw caseNotFound();
  if (principal.role === 'officer' || principal.role === 'auditor') return row;
  if (principal.role === 'reviewer') {
    if (principal.department !== reviewDepartment(ctx)) {
      const by = reviewDepartmentName(ctx);
      throw forbidden({
        en: `Recognition cases are reviewed by the ${by.en}; your department has no queue here.`,
        zh: `人才认定由${by.zh}审核，您所在部门无权查看。`,
      });
    }
    if (row.status === 'draft') throw caseNotFound();
    return row;
  }
  if (await isApplicant(ctx, principal, row)) return row;
  throw caseNotFound();
}

/** Locks a case the principal may act on as applicant (404 otherwise). */
async function lockAsApplicant(ctx: AppContext, tx: Tx, principal: Principal, id: string): Promise<RecognitionRow> {
  const row = await lockRecognition(tx, id);
  if (!row || !(await isApplicant(ctx, principal, row))) throw caseNotFound();
  return row;
}

async function presentOne(
  ctx: AppContext,
  principal: Principal,
  row: RecognitionRow,
  conn: Parameters<typeof presentRecognitions>[1] = ctx.db,
): Promise<Recognition> {
  const [r] = await presentRecognitions(ctx, conn, [row], { withObjections: principal.role === 'officer' || principal.role === 'auditor' });
  return r!;
}

/**
 * POST /api/v1/recognitions: opens a case (draft) for the caller (talent) or a talent the
 * caller employs (employer). The tier is proposed by the engine from the stored profile at
 * today's business date; evidence of the needed kinds already on file is attached.
 */
export async function requestRecognition(ctx: AppContext, principal: Principal, body: CreateRecognitionBody, ip: string | null = null): Promise<Recognition> {
  const talentId = await managedTalentId(ctx, principal, body.talentId);
  const today = businessDate(ctx.clock.now());
  const open = await findOpenRecognition(ctx.db, talentId);
  if (open) throw openCaseExists(open.id);
  const tier = await proposeTier(ctx, talentId, today);
  const row = await ctx.db.transaction(async (tx) => {
    const facts = await talentFacts(tx, talentId);
    if (!facts) throw notFound({ en: 'The talent', zh: '该人才' });
    const now = ctx.clock.now();
    const created = await insertRecognition(tx, {
      talentId,
      requestedBy: principal.userId,
      requestedByRole: principal.role,
      status: 'draft',
      proposedTier: tier,
      requestDate: today,
      talentName: facts.name,
      employerName: facts.employerName,
      stageSince: today,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) throw openCaseExists((await findOpenRecognition(tx, talentId))?.id ?? '');
    const onFile = await listEvidenceOf(tx, talentId);
    const reuse = requiredEvidence(facts).flatMap((k) => onFile.find((e) => e.kind === k) ?? []);
    await attachEvidence(
      tx,
      created.id,
      reuse.map((e) => e.id),
      now,
    );
    await insertStep(tx, {
      recognitionId: created.id,
      at: now,
      action: 'request',
      fromStatus: null,
      toStatus: 'draft',
      actorId: principal.userId,
      actorRole: principal.role,
      actorDepartment: principal.department,
      reason: null,
      detail: { proposedTier: tier, reusedEvidence: reuse.map((e) => e.id) },
    });
    await ctx.audit.record(
      tx,
      principal,
      {
        action: 'recognition.request',
        entity: 'recognition',
        entityId: created.id,
        detail: { talentId, tier, requestDate: today, reusedEvidence: reuse.length },
      },
      ip,
    );
    await notify(ctx, tx, applicantRecipients(created), { kind: 'recognition.request', payload: { recognitionId: created.id, status: 'draft', tier } });
    return created;
  });
  return presentOne(ctx, principal, row);
}

/** Changes to the evidence of a case are possible while it is with the applicant. */
function assertEditable(row: RecognitionRow): void {
  if (row.status !== 'draft' && row.status !== 'returned') {
    throw stateRefusal(row.status, {
      en: 'evidence can be changed only while it is a draft or returned for more evidence',
      zh: '仅在草稿或退回补充材料时可以修改证明材料',
    });
  }
}

/** POST /api/v1/recognitions/:id/evidence: attaches a record of the same talent. */
export async function attachToRecognition(ctx: AppContext, principal: Principal, id: string, evidenceId: string): Promise<Recognition> {
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockAsApplicant(ctx, tx, principal, id);
    assertEditable(row);
    const ev = await findEvidence(tx, evidenceId);
    if (!ev || ev.talentId !== row.talentId) throw notFound({ en: 'The evidence file', zh: '该证明材料' });
    await attachEvidence(tx, id, [evidenceId], ctx.clock.now());
    await ctx.audit.record(tx, principal, {
      action: 'recognition.attach_evidence',
      entity: 'recognition',
      entityId: id,
      detail: { evidenceId, kind: ev.kind },
    });
    return row;
  });
  return presentOne(ctx, principal, row);
}

/** DELETE /api/v1/recognitions/:id/evidence/:evidenceId. */
export async function detachFromRecognition(ctx: AppContext, principal: Principal, id: string, evidenceId: string): Promise<Recognition> {
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockAsApplicant(ctx, tx, principal, id);
    assertEditable(row);
    if (!(await detachEvidence(tx, id, evidenceId))) throw notFound({ en: 'The attached evidence', zh: '该附件' });
    await ctx.audit.record(tx, principal, { action: 'recognition.detach_evidence', entity: 'recognition', entityId: id, detail: { evidenceId } });
    return row;
  });
  return presentOne(ctx, principal, row);
}

/** POST /api/v1/recognitions/:id/submit: to 人社局 (422 naming the evidence still missing). */
export async function submitRecognition(ctx: AppContext, principal: Principal, id: string, ip: string | null = null): Promise<Recognition> {
  const today = businessDate(ctx.clock.now());
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockAsApplicant(ctx, tx, principal, id);
    const facts = await talentFacts(tx, row.talentId);
    const attached = await listAttached(tx, [id]);
    const kinds = await findEvidenceByIds(
      tx,
      attached.map((a) => a.evidenceId),
    );
    const missing = facts ? missingEvidence(requiredEvidence(facts), kinds) : [];
    if (missing.length > 0 && (row.status === 'draft' || row.status === 'returned')) {
      throw fail(
        'BOLE_EVIDENCE_MISSING',
        { kinds: { en: missing.map((k) => EVIDENCE_KIND_LABELS[k].en).join(', '), zh: missing.map((k) => EVIDENCE_KIND_LABELS[k].zh).join('、') } },
        missing.map((k) => ({ field: `evidence.${k}`, message: 'is required' })),
      );
    }
    return move(ctx, tx, row, 'submit', principal, {
      today,
      ip,
      detail: { evidence: attached.length },
      notify: [...applicantRecipients(row), { role: 'reviewer', department: reviewDepartment(ctx) }],
    });
  });
  return presentOne(ctx, principal, row);
}

/** POST /api/v1/recognitions/:id/withdraw (applicant, while the case is with them). */
export async function withdrawRecognition(ctx: AppContext, principal: Principal, id: string): Promise<Recognition> {
  const today = businessDate(ctx.clock.now());
  const row = await ctx.db.transaction(async (tx) => move(ctx, tx, await lockAsApplicant(ctx, tx, principal, id), 'withdraw', principal, { today }));
  return presentOne(ctx, principal, row);
}

function assertHrReviewer(ctx: AppContext, principal: Principal): void {
  if (principal.role !== 'reviewer' || principal.department !== reviewDepartment(ctx)) {
    const by = reviewDepartmentName(ctx);
    throw forbidden({
      en: `The first review of recognitions belongs to the ${by.en}; your department cannot decide it.`,
      zh: `人才认定的初审由${by.zh}负责，您所在部门无权办理。`,
    });
  }
}

/**
 * POST /api/v1/recognitions/:id/hr-decision (人社局): approve (with the employment and
 * social-insurance checks), reject or return, each with its reason. Deciding a case that is
 * not in HR review (twice, or after it was returned) is a 409.
 */
export async function hrDecide(ctx: AppContext, principal: Principal, id: string, body: HrDecisionBody, ip: string | null = null): Promise<Recognition> {
  assertHrReviewer(ctx, principal);
  const today = businessDate(ctx.clock.now());
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockRecognition(tx, id);
    if (!row || row.status === 'draft') throw caseNotFound();
    if (body.decision === 'approve') {
      return move(ctx, tx, row, 'hr_approve', principal, {
        today,
        ip,
        detail: {
          employmentVerified: true,
          socialInsuranceMonthsVerified: body.socialInsuranceMonthsVerified,
          confirms: await hrChecked(tx, row.talentId, body.socialInsuranceMonthsVerified),
          ...(body.comment ? { comment: body.comment } : {}),
        },
        notify: [...applicantRecipients(row), { role: 'officer' }],
      });
    }
    return move(ctx, tx, row, body.decision === 'reject' ? 'hr_reject' : 'hr_return', principal, { today, ip, reason: body.reason });
  });
  return presentOne(ctx, principal, row);
}

/**
 * POST /api/v1/recognitions/:id/office-decision (人才办): approve — the public notice starts
 * today and runs the configured number of working days —, reject or return.
 */
export async function officeDecide(
  ctx: AppContext,
  principal: Principal,
  id: string,
  body: OfficeDecisionBody,
  ip: string | null = null,
): Promise<Recognition> {
  const today = businessDate(ctx.clock.now());
  const { noticeWorkingDays } = await recognitionSettingsOf(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockRecognition(tx, id);
    if (!row) throw caseNotFound();
    if (body.decision === 'approve') {
      let ends: string;
      try {
        ends = noticeEndsOn(today, noticeWorkingDays, ctx.calendar.current());
      } catch (e) {
        calendarProblem(e);
      }
      return move(ctx, tx, row, 'office_approve', principal, {
        today,
        ip,
        detail: {
          noticeStartsOn: today,
          noticeEndsOn: ends,
          noticeWorkingDays,
          confirms: await officeChecked(tx, row.talentId),
          ...(body.comment ? { comment: body.comment } : {}),
        },
        set: { noticeStartsOn: today, noticeEndsOn: ends },
      });
    }
    return move(ctx, tx, row, body.decision === 'reject' ? 'office_reject' : 'office_return', principal, { today, ip, reason: body.reason });
  });
  return presentOne(ctx, principal, row);
}

/** GET /api/v1/recognitions/:id. */
export async function getRecognition(ctx: AppContext, principal: Principal, id: string): Promise<RecognitionDetail> {
  const r = await presentOne(ctx, principal, await visibleCase(ctx, principal, id));
  return STAFF_ROLES.has(principal.role) ? withReviewContext(ctx, r) : r;
}

/**
 * GET /api/v1/recognitions/mine: the talent's cases (an employer: the ones it asked for), newest
 * first, and whether a new request is possible today.
 */
export async function myRecognitions(ctx: AppContext, principal: Principal, talentId?: string): Promise<MyRecognitionList> {
  if (principal.role === 'employer' && !talentId)
    return { items: await presentRecognitions(ctx, ctx.db, await listRequestedBy(ctx.db, principal.userId)), canRequest: false };
  const id = await managedTalentId(ctx, principal, talentId);
  const rows = await listRecognitionsOf(ctx.db, id);
  const grant = (await grantsOf(ctx.db, [id])).get(id) ?? null;
  return {
    items: await presentRecognitions(ctx, ctx.db, rows),
    canRequest: mayRequest(rows[0] ?? null, grant?.validUntil ?? null, businessDate(ctx.clock.now())),
  };
}

/** A talent's recognition cases, newest first (the caller has checked the reader may see them). */
export async function recognitionsOfTalent(ctx: AppContext, talentId: string): Promise<Recognition[]> {
  return presentRecognitions(ctx, ctx.db, await listRecognitionsOf(ctx.db, talentId));
}

/**
 * GET /api/v1/recognitions/queue: 人社局 reviewers see cases in HR review (other
 * departments 403); the office sees its approvals, the notices and closed cases.
 */
export async function recognitionQueue(ctx: AppContext, principal: Principal, q: RecognitionQueueQuery): Promise<Recognition[]> {
  if (principal.role === 'reviewer') {
    assertHrReviewer(ctx, principal);
    if (q.stage !== 'hr') throw forbidden({ en: 'Reviewers see the HR review queue only.', zh: '审核人员只能查看人社审核队列。' });
  }
  const statuses = { hr: ['hr_review'], office: ['office_review'], notice: ['public_notice'], closed: ['granted', 'rejected', 'withdrawn'] } as const;
  const rows = await listByStatus(ctx.db, [...statuses[q.stage]]);
  return presentRecognitions(ctx, ctx.db, rows, { withObjections: principal.role !== 'reviewer' });
}
