/**
 * What is late and how concierges are judged: overdue requests escalate to the department's head
 * (its reviewers) on the first working day overdue and to the talent office after the city's
 * further working days, each step on the timeline and told to the owner and the next level; a
 * concierge's resolution rate, reopen rate and median working days to answer, beside the mean
 * satisfaction their talents gave.
 */
import { businessDate, type ConciergeStats, type ServiceEscalation } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Recipients } from '../notifications/notification.service.js';
import { notify } from '../notifications/notification.service.js';
import { answeredRequests, insertStep, lockRequest, overdueCandidates, updateRequest } from './service-desk.repository.js';
import { serviceDeskConfig } from './service-desk.config.js';
import { workingDaysOverdue } from './service-clock.rules.js';

/**
 * Escalates every open request overdue on `at` (default today) one level at a time: the head on
 * the first working day overdue, the talent office after `officeAfterWorkingDays`. Idempotent:
 * a level is reached once per request (until a reopening starts its clocks again).
 */
export async function escalateOverdue(ctx: AppContext, at?: string): Promise<ServiceEscalation> {
  const today = at ?? businessDate(ctx.clock.now());
  const cfg = serviceDeskConfig(ctx);
  const cal = ctx.calendar.current();
  const toHead: string[] = [];
  const toOffice: string[] = [];
  for (const candidate of await overdueCandidates(ctx.db, today)) {
    await ctx.db.transaction(async (tx) => {
      const row = await lockRequest(tx, candidate.id);
      if (!row || row.answeredOn || row.stoppedSince) return;
      const late = workingDaysOverdue(row, today, cal);
      const level = late >= cfg.officeAfterWorkingDays ? 2 : late >= 1 ? 1 : 0;
      if (level <= row.escalation) return;
      const now = ctx.clock.now().toISOString();
      const owner: Recipients[] = row.ownerId ? [{ userIds: [row.ownerId] }] : [];
      for (let next = row.escalation + 1; next <= level; next++) {
        const action = next === 1 ? ('escalate_head' as const) : ('escalate_office' as const);
        const to: Recipients = next === 1 ? { role: 'reviewer', department: row.department } : { role: 'officer', department: ctx.city.roles.talentOffice };
        await insertStep(tx, { requestId: row.id, at: now, action, status: row.status, actorId: null, note: null, detail: { workingDaysOverdue: late } });
        await ctx.audit.record(tx, null, {
          action: `service_request.${action}`,
          entity: 'service_request',
          entityId: row.id,
          detail: { workingDaysOverdue: late },
        });
        await notify(ctx, tx, [to, ...owner], {
          kind: 'service_request.step',
          payload: { requestId: row.id, category: row.category, action, status: row.status, dueOn: row.resolutionDue },
        });
        (next === 1 ? toHead : toOffice).push(row.id);
      }
      await updateRequest(tx, row.id, { escalation: level });
    });
  }
  return { at: today, toHead, toOffice };
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const rate = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 1000) / 1000);

/** Each owner's figures over the requests they answered: resolution rate, reopen rate, median working days, mean rating. */
export async function conciergeFigures(ctx: AppContext): Promise<ConciergeStats> {
  const cal = ctx.calendar.current();
  const byOwner = new Map<string, Awaited<ReturnType<typeof answeredRequests>>>();
  for (const r of await answeredRequests(ctx.db)) {
    if (!r.ownerId) continue;
    byOwner.set(r.ownerId, [...(byOwner.get(r.ownerId) ?? []), r]);
  }
  const items = [...byOwner].map(([userId, rows]) => {
    const ratings = rows.flatMap((r) => (r.rating === null ? [] : [r.rating]));
    return {
      userId,
      name: rows[0]!.ownerName,
      answered: rows.length,
      resolutionRate: rate(rows.filter((r) => r.outcome === 'resolved').length, rows.length),
      reopenRate: rate(rows.filter((r) => r.reopenedAt !== null).length, rows.length),
      medianWorkingDays: median(rows.map((r) => Math.max(0, cal.workingDaysBetween(r.submittedOn, r.answeredOn!) - r.pausedWorkingDays))),
      meanRating: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null,
    };
  });
  return { items: items.sort((a, b) => (b.resolutionRate ?? 0) - (a.resolutionRate ?? 0)) };
}
