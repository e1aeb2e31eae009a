/**
 * Approval of employer registrations: the employer uploads its business licence (营业执照),
 * the talent office approves or rejects the registration, and until it is approved the employer
 * cannot act for anyone (`assertEmployerApproved`, called by every area with an employer action).
 */
import {
  EMPLOYER_STATUS_LABELS,
  GATED_EMPLOYER_ACTIONS,
  GATED_EMPLOYER_ACTION_LABELS,
  type BusinessLicence,
  type EmployerDecisionBody,
  type EmployerReviewItem,
  type EmployerReviewQuery,
  type EmployerStanding,
  type GatedEmployerAction,
} from '@bole/contracts';
import type { Readable } from 'node:stream';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, forbidden, notFound } from '../http/errors.js';
import { keepCheckedFile, openKeptFile, type ReceivedEvidence } from '../evidence/evidence.service.js';
import {
  findEmployerById,
  findEmployerStatus,
  listEmployersByStatus,
  lockEmployer,
  setEmployerLicence,
  setEmployerReview,
  type EmployerRow,
} from './employer.repository.js';
import { toEmployerProfile } from './employer.service.js';

const employerNotFound = () => notFound({ en: 'The employer', zh: '该用人单位' });

/** The employer the caller acts for (any of its HR users); 403 for other roles. */
export function actingEmployerId(principal: Principal): string {
  if (principal.role !== 'employer' || !principal.employerId) {
    throw forbidden({ en: 'Only an employer account acts for an employer.', zh: '只有用人单位账号才能办理。' });
  }
  return principal.employerId;
}

/**
 * The employer the caller acts for, once its registration is approved: 403
 * BOLE_EMPLOYER_NOT_APPROVED naming what waits for approval otherwise.
 */
export async function assertEmployerApproved(ctx: AppContext, principal: Principal, action: GatedEmployerAction): Promise<string> {
  const employerId = actingEmployerId(principal);
  const status = await findEmployerStatus(ctx.db, employerId);
  if (!status) throw employerNotFound();
  if (status !== 'approved') throw fail('BOLE_EMPLOYER_NOT_APPROVED', { status: EMPLOYER_STATUS_LABELS[status], action: GATED_EMPLOYER_ACTION_LABELS[action] });
  return employerId;
}

function licenceOf(row: EmployerRow): BusinessLicence | null {
  if (!row.licenceSha256 || !row.licenceUploadedAt) return null;
  return {
    fileName: row.licenceFileName ?? '',
    contentType: row.licenceContentType ?? '',
    size: row.licenceSize ?? 0,
    uploadedAt: row.licenceUploadedAt.toISOString(),
  };
}

function standingOf(row: EmployerRow): EmployerStanding {
  return {
    status: row.status,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    licence: licenceOf(row),
    blocked: row.status === 'approved' ? [] : [...GATED_EMPLOYER_ACTIONS],
  };
}

/** GET /employers/me/standing: the approval and what waits for it. */
export async function myStanding(ctx: AppContext, principal: Principal): Promise<EmployerStanding> {
  const row = await findEmployerById(ctx.db, actingEmployerId(principal));
  if (!row) throw employerNotFound();
  return standingOf(row);
}

/**
 * POST /employers/me/licence: keeps the uploaded business licence (PDF, JPEG or PNG). A rejected
 * registration that uploads a new licence goes back to the office (pending). Audited.
 */
export async function uploadLicence(ctx: AppContext, principal: Principal, upload: ReceivedEvidence): Promise<EmployerStanding> {
  const employerId = actingEmployerId(principal);
  const kept = await keepCheckedFile(ctx, upload);
  return ctx.db.transaction(async (tx) => {
    const current = await lockEmployer(tx, employerId);
    if (!current) throw employerNotFound();
    const now = ctx.clock.now();
    await setEmployerLicence(tx, employerId, {
      licenceSha256: kept.sha256,
      licenceFileName: kept.fileName,
      licenceContentType: kept.contentType,
      licenceSize: kept.size,
      licenceUploadedAt: now,
    });
    const row =
      current.status === 'rejected'
        ? await setEmployerReview(tx, employerId, {
            status: 'pending',
            reviewNote: current.reviewNote,
            reviewedBy: current.reviewedBy,
            reviewedAt: current.reviewedAt,
            updatedAt: now,
          })
        : (await findEmployerById(tx, employerId))!;
    await ctx.audit.record(tx, principal, {
      action: 'employer.licence',
      entity: 'employer',
      entityId: employerId,
      detail: { sha256: kept.sha256, size: kept.size },
    });
    return standingOf(row);
  });
}

function toReviewItem(ctx: AppContext, row: EmployerRow): EmployerReviewItem {
  return {
    ...toEmployerProfile(ctx.cipher, row),
    status: row.status,
    licence: licenceOf(row),
    registeredAt: row.createdAt.toISOString(),
    reviewNote: row.reviewNote,
  };
}

/** GET /employer-reviews: registrations in a status (pending by default), oldest first. */
export async function listEmployerReviews(ctx: AppContext, query: EmployerReviewQuery) {
  const { rows, total } = await listEmployersByStatus(ctx.db, query.status, query.pageSize, (query.page - 1) * query.pageSize);
  return { items: rows.map((r) => toReviewItem(ctx, r)), total, page: query.page, pageSize: query.pageSize };
}

/**
 * POST /employer-reviews/:id: approves or rejects a pending registration (409 otherwise),
 * tells the employer's users, audits.
 */
export async function decideEmployer(ctx: AppContext, principal: Principal, id: string, body: EmployerDecisionBody): Promise<EmployerReviewItem> {
  return ctx.db.transaction(async (tx) => {
    const current = await lockEmployer(tx, id);
    if (!current) throw employerNotFound();
    if (current.status !== 'pending') throw fail('BOLE_EMPLOYER_REVIEW_STATE', { status: EMPLOYER_STATUS_LABELS[current.status] });
    const now = ctx.clock.now();
    const row = await setEmployerReview(tx, id, {
      status: body.decision === 'approve' ? 'approved' : 'rejected',
      reviewNote: body.note ?? null,
      reviewedBy: principal.userId,
      reviewedAt: now,
      updatedAt: now,
    });
    await ctx.audit.record(tx, principal, { action: `employer.${body.decision}`, entity: 'employer', entityId: id, detail: { note: body.note ?? null } });
    return toReviewItem(ctx, row);
  });
}

/** GET /employer-reviews/:id/licence: the licence file for the office (reads audited). */
export async function openLicence(
  ctx: AppContext,
  principal: Principal,
  id: string,
  ip: string | null,
): Promise<{ licence: BusinessLicence; stream: Readable; size: number }> {
  const row = await findEmployerById(ctx.db, id);
  const licence = row && licenceOf(row);
  const missing = () => notFound({ en: 'The business licence', zh: '该营业执照' });
  if (!row || !licence) throw missing();
  const file = await openKeptFile(ctx, row.licenceSha256!);
  if (!file) throw missing();
  await ctx.db.transaction((tx) => ctx.audit.record(tx, principal, { action: 'employer.licence.read', entity: 'employer', entityId: id, detail: {} }, ip));
  return { licence, ...file };
}
