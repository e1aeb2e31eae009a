/**
 * The employer's side of recognition (代员工申报): its employees — talents whose profile
 * names it, and nobody else — a page at a time, numbers masked, each with the tier the engine
 * proposes today, the tier granted and the latest case. Requesting on an employee's behalf is
 * `requestRecognition` (recognition.service.ts), which checks the employment again.
 */
import type { EmployeeCase, EmployeeRecognitionItem, EmployeeRecognitionPage, EmployeeRecognitionQuery, Tier } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { AppError, forbidden } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import { maskIdNumber, maskMobile } from '../personal-data/personal-data.js';
import { proposeTier } from './recognition.service.js';
import type { RecognitionRow } from './recognition.repository.js';
import { mayRequest } from './recognition.rules.js';
import { countEmployeeRows, grantsOf, latestCasesOf, listEmployeeRows } from './recognition-employees.repository.js';

function toCase(r: RecognitionRow): EmployeeCase {
  return {
    id: r.id,
    status: r.status,
    proposedTier: r.proposedTier,
    requestDate: r.requestDate,
    requestedByRole: r.requestedByRole,
    lastReason: r.lastReason,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The tier a request would propose today, or the refusal it would get (no tier, profile invalid…). */
async function proposalOf(ctx: AppContext, talentId: string, today: string): Promise<Pick<EmployeeRecognitionItem, 'proposedTier' | 'proposalProblem'>> {
  try {
    return { proposedTier: await proposeTier(ctx, talentId, today), proposalProblem: null };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { proposedTier: null, proposalProblem: { code: e.code, detail: e.message, ...(e.messageZh ? { detailZh: e.messageZh } : {}) } };
  }
}

/** GET /api/v1/recognitions/employees (employer only; 403 for an account without an employer). */
export async function employeesForRecognition(ctx: AppContext, principal: Principal, query: EmployeeRecognitionQuery): Promise<EmployeeRecognitionPage> {
  if (principal.role !== 'employer' || !principal.employerId) {
    throw forbidden({ en: 'Only an employer lists its employees for recognition.', zh: '只有用人单位可以查看本单位人才的认定情况。' });
  }
  const today = businessDate(ctx.clock.now());
  const q = query.q?.trim() || undefined;
  const rows = await listEmployeeRows(ctx.db, principal.employerId, q, query.pageSize, (query.page - 1) * query.pageSize);
  const total = await countEmployeeRows(ctx.db, principal.employerId, q);
  const ids = rows.map((r) => r.id);
  const cases = await latestCasesOf(ctx.db, ids);
  const grants = await grantsOf(ctx.db, ids);
  const items: EmployeeRecognitionItem[] = [];
  for (const r of rows) {
    const latest = cases.get(r.id) ?? null;
    const grant = grants.get(r.id) ?? null;
    items.push({
      talentId: r.id,
      name: r.name,
      mobile: r.mobileEnc ? maskMobile(ctx.cipher.decrypt(r.mobileEnc)) : null,
      idNumber: r.idNumberEnc ? maskIdNumber(ctx.cipher.decrypt(r.idNumberEnc)) : null,
      ...(await proposalOf(ctx, r.id, today)),
      grantedTier: (grant?.tier as Tier | undefined) ?? null,
      grantedUntil: grant?.validUntil ?? null,
      latestCase: latest ? toCase(latest) : null,
      canRequest: mayRequest(latest, grant?.validUntil ?? null, today),
    });
  }
  return { items, total, page: query.page, pageSize: query.pageSize };
}
