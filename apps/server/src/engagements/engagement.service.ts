/**
 * Flexible engagement (柔性引才): the approved employer records an engagement with the expert
 * whose talent code it scanned; employer and expert list theirs. Recording one refreshes the
 * expert's engagement facts.
 */
import { businessYear, type Engagement, type EngagementInput } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { invalid, notFound } from '../http/errors.js';
import { assertEmployerApproved, actingEmployerId } from '../employers/employer-approval.service.js';
import { findEmployerById } from '../employers/employer.service.js';
import { holderOfValidCode } from '../talent-code/talent-code.service.js';
import { ownTalentId } from '../talents/talent.service.js';
import { findEngagement, insertEngagement, listEngagementViews, type EngagementRow, type EngagementView } from './engagement.repository.js';
import { refreshEngagementFacts } from './engagement-facts.js';

/** 404 for an engagement the caller is not part of. */
export const engagementNotFound = () => notFound({ en: 'The engagement', zh: '该柔性引才合作' });

function toEngagement(v: EngagementView): Engagement {
  return {
    id: v.id,
    talentId: v.talentId,
    expertName: v.expertName,
    employerId: v.employerId,
    employerName: v.employerName,
    mode: v.mode,
    daysPerYear: v.daysPerYear,
    deliverables: v.deliverables,
    startDate: v.startDate,
    endDate: v.endDate,
    partnerEmployerId: v.partnerEmployerId,
    partnerEmployerName: v.partnerEmployerName,
    sharePercent: v.sharePercent,
    daysThisYear: v.daysThisYear,
    pendingCheckins: v.pendingCheckins,
  };
}

/** POST /engagements: records an engagement (400 naming the field for a bad code or partner). */
export async function createEngagement(ctx: AppContext, principal: Principal, input: EngagementInput): Promise<Engagement> {
  const employerId = await assertEmployerApproved(ctx, principal, 'record_engagements');
  const talentId = await holderOfValidCode(ctx, input.talentCode, 'talentCode');
  if (input.partnerEmployerId !== undefined) {
    if (input.partnerEmployerId === employerId) throw invalid([{ field: 'partnerEmployerId', message: 'must be another employer' }]);
    if (!(await findEmployerById(ctx.db, input.partnerEmployerId))) throw invalid([{ field: 'partnerEmployerId', message: 'is not a registered employer' }]);
  }
  const id = await ctx.db.transaction(async (tx) => {
    const created = await insertEngagement(tx, {
      talentId,
      employerId,
      mode: input.mode,
      daysPerYear: input.daysPerYear,
      deliverables: input.deliverables,
      startDate: input.startDate,
      endDate: input.endDate,
      partnerEmployerId: input.partnerEmployerId ?? null,
      sharePercent: input.sharePercent ?? null,
      createdBy: principal.userId,
      createdAt: ctx.clock.now(),
    });
    await refreshEngagementFacts(ctx, tx, talentId, principal.userId);
    await ctx.audit.record(tx, principal, { action: 'engagement.create', entity: 'engagement', entityId: created.id, detail: { talentId, mode: input.mode } });
    return created.id;
  });
  return (await engagementViews(ctx, { id }))[0]!;
}

async function engagementViews(ctx: AppContext, by: Parameters<typeof listEngagementViews>[1]): Promise<Engagement[]> {
  return (await listEngagementViews(ctx.db, by, businessYear(ctx.clock.now()))).map(toEngagement);
}

/** GET /engagements: the employer's engagements (its own and 双聘 shared with it), or the expert's. */
export async function listEngagements(ctx: AppContext, principal: Principal): Promise<{ items: Engagement[] }> {
  if (principal.role === 'talent') return { items: await engagementViews(ctx, { talentId: ownTalentId(principal) }) };
  return { items: await engagementViews(ctx, { employerId: actingEmployerId(principal) }) };
}

/** The engagement if the caller is its expert or its employer; 404 otherwise. */
export async function engagementOfCaller(ctx: AppContext, principal: Principal, id: string): Promise<EngagementRow & { as: 'expert' | 'employer' }> {
  const row = await findEngagement(ctx.db, id);
  if (row && principal.role === 'talent' && principal.talentId === row.talentId) return { ...row, as: 'expert' };
  if (row && principal.role === 'employer' && principal.employerId === row.employerId) return { ...row, as: 'employer' };
  throw engagementNotFound();
}
