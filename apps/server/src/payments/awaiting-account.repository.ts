/**
 * Database access for the lines that wait for a payout account (status `awaiting_account`):
 * moving a talent's lines in and out of the budget queue when their account changes, what waits
 * per talent, and who to tell after a batch run. Reads of talents and accounts are read-only.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { users } from '../auth/account.table.js';
import { paymentLines } from './payment.table.js';

type Conn = Db | Tx;

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];

/** Lines of a talent in one status, and their sum. */
export async function talentLinesIn(conn: Conn, talentId: string, status: 'approved' | 'awaiting_account'): Promise<{ lines: number; fen: number }> {
  const [r] = await conn
    .select({ lines: sql<number>`count(*)::int`, fen: sql<string>`coalesce(sum(${paymentLines.amountFen}), 0)::bigint` })
    .from(paymentLines)
    .where(and(eq(paymentLines.talentId, talentId), eq(paymentLines.status, status)));
  return { lines: Number(r?.lines ?? 0), fen: Number(r?.fen ?? 0) };
}

/** Moves a talent's lines from one status to the other (queue ⇄ waiting for an account); returns how many moved. */
export async function moveTalentLines(
  tx: Tx,
  talentId: string,
  from: 'queued' | 'awaiting_account',
  to: 'queued' | 'awaiting_account',
  now: string,
): Promise<number> {
  const moved = await tx
    .update(paymentLines)
    .set({ status: to, updatedAt: now })
    .where(and(eq(paymentLines.talentId, talentId), eq(paymentLines.status, from)))
    .returning({ id: paymentLines.id });
  return moved.length;
}

/**
 * The lines a batch run just added as waiting for an account (`created_at` = the run's time),
 * per talent who has an active login to be told: the account, how many lines and their sum.
 */
export async function newlyAwaiting(conn: Conn, batchId: string, now: string): Promise<{ userId: string; lines: number; fen: number }[]> {
  const rows = rowsOf<{ user_id: string; lines: number; fen: string | number }>(
    await conn.execute(sql`
      select u.id as user_id, l.lines, l.fen
      from (select talent_id, count(*)::int as lines, sum(amount_fen)::bigint as fen
            from payment_lines
            where batch_id = ${batchId} and status = 'awaiting_account' and created_at = ${now}::timestamptz
            group by talent_id) l
      join ${users} u on u.talent_id = l.talent_id and not u.disabled`),
  );
  return rows.map((r) => ({ userId: r.user_id, lines: Number(r.lines), fen: Number(r.fen) }));
}
