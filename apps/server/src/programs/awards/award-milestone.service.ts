/**
 * Awards paid by milestones (e.g. 50 % on signing, 50 % after the mid-term report is accepted):
 * once an award is final — confirmed, its notice over, no objection open — the office marks a
 * milestone reached and that share becomes a once-only entitlement in the benefits ledger, which
 * payments pay like any other. Shares are whole fen and add up exactly to the award, which the
 * decision already held within the program's budget.
 */
import type { Principal } from '../../http/access.js';
import { invalid, notFound } from '../../http/errors.js';
import { businessDate } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { grantEntitlementFromProgramAward } from '../../benefits/entitlement.service.js';
import { lockApplicationWithProgram } from '../formal-check/formal-check.repository.js';
import { awardNotFinal, milestoneShares } from './award.rules.js';
import { awardListState, presentAward } from './award.service.js';
import { saveAward } from './award.repository.js';
import { awardPolicyId } from './award-policy.js';

const NOT_FINAL = {
  not_awarded: { zh: '该申报未获资助。', en: 'The application is not awarded.' },
  unconfirmed: { zh: '该资助决定待第二人复核。', en: 'The award awaits a second officer.' },
  notice_not_published: { zh: '资助名单尚未公示。', en: 'The award list is not published yet.' },
  notice_running: { zh: '资助名单仍在公示期内。', en: 'The award list is still in public notice.' },
  open_objections: { zh: '该资助有未处理的异议。', en: 'The award has an open objection.' },
} as const;

/**
 * Marks a milestone of an award reached: its share's ledger line is created (once — marking it
 * again changes nothing). Refused with nothing written: a milestone the program does not have
 * (`milestoneId`), an award not final yet (409 BOLE_AWARD_LIST_STATE saying why).
 */
export async function reachMilestone(ctx: AppContext, who: Principal, applicationId: string, milestoneId: string) {
  const today = businessDate(ctx.clock.now());
  const award = await ctx.db.transaction(async (tx) => {
    const found = await lockApplicationWithProgram(tx, applicationId);
    if (!found) throw notFound({ en: 'The application', zh: '该申报' });
    const { application, program } = found;
    const milestones = program.funding?.milestones ?? [];
    if (!milestones.some((m) => m.id === milestoneId))
      throw invalid([{ field: 'milestoneId', message: `is not a milestone of the program (${milestones.map((m) => m.id).join(', ')})` }]);
    const why = awardNotFinal(application.award, program.awardNotice, today);
    if (why) throw awardListState(NOT_FINAL[why]);
    const award = application.award!;
    if (award.milestones.some((m) => m.milestoneId === milestoneId)) return award;
    const amountFen = milestoneShares(award.amountFen, milestones).get(milestoneId)!;
    const line = await grantEntitlementFromProgramAward(ctx, tx, {
      talentId: application.talentId,
      policyId: awardPolicyId(program.code, milestoneId),
      amountFen,
      startDate: today,
      actor: who,
    });
    const next = { ...award, milestones: [...award.milestones, { milestoneId, reachedOn: today, amountFen, entitlementId: line.id }] };
    await saveAward(tx, applicationId, next);
    await ctx.audit.record(tx, who, {
      action: 'program.milestone',
      entity: 'program_application',
      entityId: applicationId,
      detail: { milestoneId, amountFen, entitlementId: line.id },
    });
    return next;
  });
  return presentAward(ctx, applicationId, award);
}
