/**
 * Entitlements: what a talent is entitled to, however it was decided — by the sweep (auto),
 * by a notice (notify) or by an approved application. Payments read them; nothing else writes
 * them.
 */
import type { Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { invalid } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { endDateOf, type BenefitPeriod } from './entitlement-period.js';
import { findEntitlement, insertEntitlement, type NewEntitlementRow } from './entitlement.repository.js';

/** A talent's entitlements, for the modules that read them (payments). */
export { entitlementsOfTalent, type EntitlementRow } from './entitlement.repository.js';

/** What an approved application grants. */
export interface ApplicationGrant {
  talentId: string;
  policyId: string;
  applicationId: string;
  amountFen: number;
  period: BenefitPeriod;
  months: number;
  /** YYYY-MM-DD */
  startDate: string;
  actor: Pick<Principal, 'userId' | 'role'> | null;
}

const PERIODS = new Set(['once', 'month', 'year']);

/**
 * Creates (or returns the existing) entitlement for an approved application, inside the
 * caller's transaction. Idempotent per application and per (talent, policy, source
 * `application`): approving twice, or a retry of the approval, returns the same row.
 */
export async function grantEntitlementFromApplication(ctx: AppContext, tx: Tx, input: ApplicationGrant): Promise<{ id: string }> {
  const errors = [];
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen < 0) errors.push({ field: 'amountFen', message: 'must be a whole number of fen, 0 or more' });
  if (!PERIODS.has(input.period)) errors.push({ field: 'period', message: 'must be once, month or year' });
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > 600)
    errors.push({ field: 'months', message: 'must be a whole number from 1 to 600' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.startDate) || Number.isNaN(Date.parse(`${input.startDate}T00:00:00Z`)))
    errors.push({ field: 'startDate', message: 'must be a date YYYY-MM-DD' });
  if (errors.length) throw invalid(errors, 'The entitlement to grant is invalid.');

  const existing =
    (await findEntitlement(tx, { applicationId: input.applicationId })) ??
    (await findEntitlement(tx, { talentId: input.talentId, policyId: input.policyId, source: 'application' }));
  if (existing) return { id: existing.id };

  const now = ctx.clock.now().toISOString();
  const months = input.period === 'once' ? 1 : input.months;
  const row: NewEntitlementRow = {
    talentId: input.talentId,
    policyId: input.policyId,
    source: 'application',
    applicationId: input.applicationId,
    amountFen: input.amountFen,
    period: input.period,
    months,
    startDate: input.startDate,
    endDate: endDateOf(input.startDate, input.period, months),
    status: 'active',
    createdAt: now,
    updatedAt: now,
  };
  const id = await insertEntitlement(tx, row);
  if (!id) {
    // A concurrent approval inserted it first (unique index): return that row.
    const found = await findEntitlement(tx, { applicationId: input.applicationId });
    if (found) return { id: found.id };
    const other = await findEntitlement(tx, { talentId: input.talentId, policyId: input.policyId, source: 'application' });
    if (other) return { id: other.id };
    throw new Error('entitlement insert conflicted but no row was found');
  }
  await auditGrant(ctx, tx, input.actor, id, row);
  return { id };
}

/** The audit entry of a new entitlement: who granted what, from when. */
async function auditGrant(ctx: AppContext, tx: Tx, actor: ApplicationGrant['actor'], id: string, row: NewEntitlementRow, extra: Record<string, unknown> = {}) {
  const { talentId, policyId, applicationId, amountFen, period, months, startDate, source } = row;
  await ctx.audit.record(tx, actor, {
    action: 'entitlement.grant',
    entity: 'entitlement',
    entityId: id,
    detail: { talentId, policyId, applicationId, amountFen, period, months, startDate, source, ...extra },
  });
}

/** One milestone's share of a program award (项目资助), to pay once. */
export interface ProgramAwardShare {
  talentId: string;
  /** `program:<program code>:<milestone id>`: one row per talent and milestone. */
  policyId: string;
  amountFen: number;
  /** YYYY-MM-DD: the day the milestone was reached. */
  startDate: string;
  actor: Pick<Principal, 'userId' | 'role'> | null;
}

/**
 * Creates (or returns the existing) once-only entitlement for a milestone's share of a program
 * award, inside the caller's transaction. Idempotent per (talent, program milestone): marking
 * the milestone twice returns the same row. Source `application`: the award came from an
 * application the panel decided.
 */
export async function grantEntitlementFromProgramAward(ctx: AppContext, tx: Tx, input: ProgramAwardShare): Promise<{ id: string }> {
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen < 0)
    throw invalid([{ field: 'amountFen', message: 'must be a whole number of fen, 0 or more' }]);
  const key = { talentId: input.talentId, policyId: input.policyId, source: 'application' };
  const existing = await findEntitlement(tx, key);
  if (existing) return { id: existing.id };
  const now = ctx.clock.now().toISOString();
  const row: NewEntitlementRow = {
    ...key,
    applicationId: null,
    amountFen: input.amountFen,
    period: 'once',
    months: 1,
    startDate: input.startDate,
    endDate: endDateOf(input.startDate, 'once', 1),
    status: 'active',
    createdAt: now,
    updatedAt: now,
  };
  const id = await insertEntitlement(tx, row);
  if (!id) return { id: (await findEntitlement(tx, key))!.id };
  await auditGrant(ctx, tx, input.actor, id, row, { award: 'program' });
  return { id };
}
