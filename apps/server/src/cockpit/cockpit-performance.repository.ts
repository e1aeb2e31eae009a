/**
 * Money and service performance read for the cockpit from the payments', applications' and
 * service desk's tables (read-joins only): payment lines per month, review decisions and
 * service requests per department.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import type { PeriodRange } from './cockpit.repository.js';

const startOf = (date: string): SQL => sql`(${date}::timestamp at time zone 'Asia/Shanghai')`;

/** Per payment month (`YYYY-MM`) inside the period: committed, paid and queued sums and queued lines. */
export async function moneyPerMonth(db: Db, p: PeriodRange) {
  const rows = rowsOf<{ month: string; committed: string; paid: string; queued: string; queued_lines: number }>(
    await db.execute(sql`
      select period as month,
        coalesce(sum(amount_fen) filter (where status in ('approved', 'paid')), 0)::bigint as committed,
        coalesce(sum(amount_fen) filter (where status = 'paid'), 0)::bigint as paid,
        coalesce(sum(amount_fen) filter (where status = 'queued'), 0)::bigint as queued,
        (count(*) filter (where status = 'queued'))::int as queued_lines
      from payment_lines where period >= ${p.from.slice(0, 7)} and period < ${p.to.slice(0, 7)}
      group by period order by period`),
  );
  return rows.map((r) => ({
    month: r.month,
    committedFen: Number(r.committed),
    paidFen: Number(r.paid),
    queuedFen: Number(r.queued),
    queuedLines: Number(r.queued_lines),
  }));
}

/** A department's counts: done in the period, of those on time, open now and overdue now. */
export interface DepartmentCounts {
  department: string;
  done: number;
  onTime: number;
  open: number;
  overdue: number;
  reopened?: number;
}

/**
 * Review decisions per deciding department (the department of the step that approved or
 * rejected), on time when decided by the application's due date; and applications in review
 * now per holding department, overdue past their due date on `today`.
 */
export async function reviewsPerDepartment(db: Db, p: PeriodRange, today: string): Promise<DepartmentCounts[]> {
  return rowsOf<DepartmentCounts>(
    await db.execute(sql`
      with decided as (
        select s.actor_department as department, (x.decided_at at time zone 'Asia/Shanghai')::date <= x.due_date as on_time
        from applications x
        join lateral (
          select actor_department from application_steps s
          where s.application_id = x.id and s.to_status in ('approved', 'rejected') and s.actor_department is not null
          order by s.at desc limit 1
        ) s on true
        where x.decided_at >= ${startOf(p.from)} and x.decided_at < ${startOf(p.to)} and x.due_date is not null
      ), pending as (
        select department, due_date < ${today}::date as overdue from applications where status = 'in_review' and department is not null
      )
      select department, sum(done)::int as done, sum(on_time)::int as "onTime", sum(open)::int as open, sum(overdue)::int as overdue from (
        select department, 1 as done, on_time::int as on_time, 0 as open, 0 as overdue from decided
        union all
        select department, 0, 0, 1, overdue::int from pending
      ) u group by department order by department`),
  );
}

/**
 * Service requests per handling department: closed in the period, on time when closed by the
 * resolution deadline, reopened among them; open now, overdue when past the deadline with the
 * clock running on `today`.
 */
export async function requestsPerDepartment(db: Db, p: PeriodRange, today: string): Promise<DepartmentCounts[]> {
  return rowsOf<DepartmentCounts>(
    await db.execute(sql`
      select department,
        (count(*) filter (where closed_on >= ${p.from}::date and closed_on < ${p.to}::date))::int as done,
        (count(*) filter (where closed_on >= ${p.from}::date and closed_on < ${p.to}::date and closed_on <= resolution_due))::int as "onTime",
        (count(*) filter (where closed_on >= ${p.from}::date and closed_on < ${p.to}::date and reopened_at is not null))::int as reopened,
        (count(*) filter (where closed_on is null))::int as open,
        (count(*) filter (where closed_on is null and stopped_since is null and resolution_due < ${today}::date))::int as overdue
      from service_requests
      where closed_on is null or (closed_on >= ${p.from}::date and closed_on < ${p.to}::date)
      group by department order by department`),
  );
}
