/**
 * The office's talent detail: one talent's file gathered from the modules that hold it, numbers
 * masked. Opening it is a read of a person's data and is audited (`talent.detail.read`) before
 * anything is returned: no entry, no data.
 */
import { TALENT_DETAIL_RECENT, type TalentDetail } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { notFound } from '../http/errors.js';
import { talentFactsOf } from '../facts/fact.service.js';
import { recognitionsOfTalent } from '../recognition/recognition.service.js';
import { applicationsOfTalent } from '../applications/application.service.js';
import { benefitsOfTalent } from '../payments/my-benefits.service.js';
import { notificationsOfTalent } from '../notifications/notification.service.js';
import { auditPage } from '../audit/audit-view.service.js';
import { findTalentById } from './talent.repository.js';
import { toTalentProfile } from './talent.service.js';

/** GET /talents/:id/detail (roles from ROUTE_ACCESS); an unknown id is "not found". */
export async function talentDetail(ctx: AppContext, principal: Principal, id: string, ip: string | null): Promise<TalentDetail> {
  const row = await ctx.db.transaction(async (tx) => {
    const found = await findTalentById(tx, id);
    if (!found) throw notFound({ en: 'The talent', zh: '该人才' });
    await ctx.audit.record(tx, principal, { action: 'talent.detail.read', entity: 'talent', entityId: id }, ip);
    return found;
  });
  const [facts, recognitions, applications, benefits, notifications, reads] = await Promise.all([
    talentFactsOf(ctx, id),
    recognitionsOfTalent(ctx, id),
    applicationsOfTalent(ctx, id),
    benefitsOfTalent(ctx, id),
    notificationsOfTalent(ctx, id, TALENT_DETAIL_RECENT),
    auditPage(ctx, { page: 1, pageSize: TALENT_DETAIL_RECENT, entity: 'talent', entityId: id, action: 'personal_data.read' }),
  ]);
  return {
    profile: toTalentProfile(ctx.cipher, row),
    facts: facts.facts,
    recognitions,
    applications,
    benefits,
    notifications,
    fullNumberReads: reads.items,
  };
}
