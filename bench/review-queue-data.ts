/**
 * Open and closed applications for the queue benchmarks, written with `generate_series` over the
 * talents already stored: open items spread over the departments the demo pack routes to
 * (人社局 40 %, 财政局 25 %, 科技局 15 %, 住建局 10 %, 工信局 5 %, 人才办 5 %), due dates from 45
 * days before to 45 days after `today`; closed ones half approved, half rejected, with no
 * department or due date (the queue's partial index leaves them out). (talent, policy) stays unique.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../apps/server/src/db/database.js';

/** Inserts `open` in-review and `closed` decided applications; needs at least (open + closed) / 8 talents. */
export async function loadApplications(database: Database, n: { open: number; closed: number; today: string }): Promise<void> {
  const talentsResult = (await database.db.execute(sql`SELECT count(*)::int AS n FROM talents`)) as unknown as { rows: { n: number }[] };
  const talents = talentsResult.rows[0]!.n;
  const load = (from: number, to: number, status: string) => `
      WITH t AS (SELECT id, row_number() OVER (ORDER BY id) rn FROM talents)
      INSERT INTO applications (talent_id, talent_name, policy_id, policy_version, title_zh, title_en, status, stages, stage_index,
        department, apply_date, stage_started_on, due_date, amount_fen, period, months, value_fen, requirements, conditions,
        submitted_at, created_at, updated_at)
      SELECT t.id, '人才' || g, 'policy-' || (g / ${talents}), 1, '安家补贴', 'Settling-in allowance', '${status}',
        '[{"department":"rsj","slaWorkingDays":5},{"department":"czj","slaWorkingDays":3}]'::jsonb, 0,
        ${status === 'in_review' ? `(CASE WHEN g % 20 < 8 THEN 'rsj' WHEN g % 20 < 13 THEN 'czj' WHEN g % 20 < 16 THEN 'kjj' WHEN g % 20 < 18 THEN 'zjj' WHEN g % 20 < 19 THEN 'gxj' ELSE 'rcb' END)` : 'NULL'},
        DATE '${n.today}' - 44, DATE '${n.today}' - 44,
        ${status === 'in_review' ? `DATE '${n.today}' + ((g * 7919) % 91 - 45)` : 'NULL'},
        15000000, 'once', 1, 15000000, '[]'::jsonb, '[]'::jsonb, now(), now(), now()
      FROM generate_series(${from}, ${to}) g JOIN t ON t.rn = (g % ${talents}) + 1`;
  if (n.open > 0) await database.exec(load(0, n.open - 1, 'in_review'));
  if (n.closed > 0) {
    await database.exec(load(n.open, n.open + Math.floor(n.closed / 2) - 1, 'approved'));
    await database.exec(load(n.open + Math.floor(n.closed / 2), n.open + n.closed - 1, 'rejected'));
  }
}
