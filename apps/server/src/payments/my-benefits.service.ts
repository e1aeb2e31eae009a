/** 我的待遇: a talent's entitlements with what was paid, what is on its way and what waits for a payout account. */
import type { MyBenefits, PaymentLineStatus } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { forbidden } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { businessDate } from '../platform/clock.js';
import { entitlementsOfTalent } from '../benefits/entitlement.service.js';
import { sweepSchedule } from '../benefits/sweep-schedule.js';
import { awardPolicyTitles } from '../programs/awards/award-policy.js';
import { linesOfTalent } from './payment.repository.js';
import { policyFacts } from './payment.service.js';

/** The caller's benefits (talents only). */
export async function myBenefits(ctx: AppContext, principal: Principal): Promise<MyBenefits> {
  if (!principal.talentId) throw forbidden({ en: 'Only a talent account has benefits.', zh: '只有人才账号有待遇。' });
  return benefitsOfTalent(ctx, principal.talentId);
}

/** A talent's entitlements and payments (the caller has checked the reader may see them). */
export async function benefitsOfTalent(ctx: AppContext, talentId: string): Promise<MyBenefits> {
  const [rows, lines, facts, sweep] = await Promise.all([
    entitlementsOfTalent(ctx.db, talentId),
    linesOfTalent(ctx.db, talentId),
    policyFacts(ctx, businessDate(ctx.clock.now())),
    sweepSchedule(ctx),
  ]);
  await awardPolicyTitles(ctx.db, rows, facts.title);
  const byEntitlement = new Map<string, typeof lines>();
  for (const l of lines) byEntitlement.set(l.entitlementId, [...(byEntitlement.get(l.entitlementId) ?? []), l]);
  const items = rows.map((e) => {
    const ls = byEntitlement.get(e.id) ?? [];
    const paidFen = ls.filter((l) => l.status === 'paid').reduce((a, l) => a + l.amountFen, 0);
    const pendingFen = ls.filter((l) => l.status === 'approved' || l.status === 'queued').reduce((a, l) => a + l.amountFen, 0);
    const awaitingAccountFen = ls.filter((l) => l.status === 'awaiting_account').reduce((a, l) => a + l.amountFen, 0);
    return {
      id: e.id,
      policyId: e.policyId,
      title: facts.title.get(e.policyId) ?? { zh: e.policyId, en: e.policyId },
      source: e.source as 'auto',
      amountFen: e.amountFen,
      period: e.period as 'once',
      months: e.months,
      startDate: e.startDate,
      endDate: e.endDate,
      status: e.status as 'active',
      endedOn: e.endedOn,
      paidFen,
      pendingFen,
      awaitingAccountFen,
      lines: ls.map((l) => ({ period: l.period, amountFen: l.amountFen, status: l.status as PaymentLineStatus, settledAt: l.settledAt })),
    };
  });
  const value = (e: (typeof items)[number]) =>
    e.period === 'once' ? e.amountFen : e.period === 'month' ? e.amountFen * e.months : e.amountFen * Math.ceil(e.months / 12);
  return {
    items,
    sweep,
    totals: {
      grantedFen: items.filter((i) => i.status === 'active').reduce((a, i) => a + value(i), 0),
      paidFen: items.reduce((a, i) => a + i.paidFen, 0),
      pendingFen: items.reduce((a, i) => a + i.pendingFen, 0),
      awaitingAccountFen: items.reduce((a, i) => a + i.awaitingAccountFen, 0),
      awaitingAccountLines: lines.filter((l) => l.status === 'awaiting_account').length,
    },
  };
}
