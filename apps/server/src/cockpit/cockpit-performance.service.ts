/**
 * The cockpit's money and service screens, read live from the records (they are counts, not
 * indices): budget against committed and paid per policy, department and month with the queued
 * lines; review SLA compliance per department and service requests resolved in time and reopened.
 */
import type { CockpitMoneyDto, CockpitServiceDto } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { businessDate } from '../platform/clock.js';
import { listBudgets } from '../payments/payment.service.js';
import { moneyPerMonth, requestsPerDepartment, reviewsPerDepartment, type DepartmentCounts } from './cockpit-performance.repository.js';
import { periodRange } from './period.js';

/** A share in percent, null when there is nothing to share (no data, not zero). */
const rate = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);

/** Money in the period's budget year: per policy, summed per department, and per month of the period. */
export async function cockpitMoney(ctx: AppContext, period: string): Promise<CockpitMoneyDto> {
  const year = Number(period.slice(0, 4));
  const { items } = await listBudgets(ctx, year);
  const departments = new Map<string | null, CockpitMoneyDto['departments'][number]>();
  for (const b of items) {
    const d = departments.get(b.department) ?? { department: b.department, annualFen: 0, committedFen: 0, paidFen: 0, queuedFen: 0, queuedLines: 0 };
    for (const k of ['annualFen', 'committedFen', 'paidFen', 'queuedFen', 'queuedLines'] as const) d[k] += b[k];
    departments.set(b.department, d);
  }
  return { period, year, policies: items, departments: [...departments.values()], months: await moneyPerMonth(ctx.db, periodRange(period)) };
}

const withRate = (c: DepartmentCounts) => ({
  department: c.department,
  done: c.done,
  onTime: c.onTime,
  onTimeRate: rate(c.onTime, c.done),
  open: c.open,
  overdue: c.overdue,
});

/** Reviews and service requests per department in the period (open and overdue as of today). */
export async function cockpitService(ctx: AppContext, period: string): Promise<CockpitServiceDto> {
  const range = periodRange(period);
  const today = businessDate(ctx.clock.now());
  const [reviews, requests] = await Promise.all([reviewsPerDepartment(ctx.db, range, today), requestsPerDepartment(ctx.db, range, today)]);
  return {
    period,
    reviews: reviews.map(withRate),
    requests: requests.map((c) => ({ ...withRate(c), reopened: c.reopened ?? 0, reopenRate: rate(c.reopened ?? 0, c.done) })),
  };
}
