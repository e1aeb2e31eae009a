/** The cross-department view: every application in review, which stage and department hold it, due when. */
import type { InReviewPage, InReviewQuery } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { businessDate } from '../platform/clock.js';
import { onCalendar } from './application.move.js';
import { toQueueItem } from './application.present.js';
import { inReviewPage } from './application.repository.js';

/**
 * GET /api/v1/review/in-review (officer, auditor): a page of every department's (or one's) items,
 * soonest due first; only those past their due date with `overdueOnly` (the overdue list).
 */
export async function inReviewList(ctx: AppContext, q: InReviewQuery, opts: { overdueOnly?: boolean } = {}): Promise<InReviewPage> {
  const today = businessDate(ctx.clock.now());
  const { rows, total, capped } = await inReviewPage(ctx.db, {
    ...(opts.overdueOnly ? { before: today } : {}),
    ...(q.department ? { department: q.department } : {}),
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const cal = ctx.calendar.current();
  return {
    items: rows.map((r) => ({
      ...toQueueItem(r, today),
      dueDateProvisional: cal.isProvisional(r.dueDate),
      workingDaysLeft: onCalendar(() => cal.workingDaysBetween(today, r.dueDate!)),
    })),
    total,
    totalCapped: capped,
    page: q.page,
    pageSize: q.pageSize,
    asOf: today,
  };
}
