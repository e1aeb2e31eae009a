/**
 * Database access for jobs and for the sweep's diff rows, and the "one runner at a time" lock.
 */
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Database, Db, Tx } from '../db/database.js';
import { jobs, sweepChanges } from './entitlement.table.js';
import { pgArray } from './entitlement.repository.js';

type Conn = Db | Tx;

/** A job row. */
export type JobRow = typeof jobs.$inferSelect;

/** Inserts a running job; null when another job of the kind is running (partial unique index). */
export async function insertRunningJob(
  conn: Conn,
  row: { kind: string; params: Record<string, unknown>; total: number; createdBy: string | null; now: string },
): Promise<JobRow | null> {
  const [r] = await conn
    .insert(jobs)
    .values({ kind: row.kind, params: row.params, status: 'running', total: row.total, createdBy: row.createdBy, createdAt: row.now, updatedAt: row.now })
    .onConflictDoNothing()
    .returning();
  return r ?? null;
}

/** The running job of a kind, if any. */
export async function findRunningJob(conn: Conn, kind: string): Promise<JobRow | undefined> {
  const [r] = await conn
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.status, 'running')))
    .limit(1);
  return r;
}

/** A job by id. */
export async function findJob(conn: Conn, id: string): Promise<JobRow | undefined> {
  const [r] = await conn.select().from(jobs).where(eq(jobs.id, id)).limit(1);
  return r;
}

/** Latest jobs of a kind. */
export async function listJobs(conn: Conn, kind: string, limit: number): Promise<JobRow[]> {
  return conn.select().from(jobs).where(eq(jobs.kind, kind)).orderBy(desc(jobs.seq)).limit(limit);
}

/** The job finished before `job` of the same kind with status done (the previous sweep). */
export async function previousDoneJob(conn: Conn, job: JobRow): Promise<JobRow | undefined> {
  const [r] = await conn
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, job.kind), eq(jobs.status, 'done'), sql`${jobs.seq} < ${job.seq}`))
    .orderBy(desc(jobs.seq))
    .limit(1);
  return r;
}

/**
 * Advances the checkpoint inside the chunk's transaction; false (nothing written) when the job
 * is no longer running — the caller then rolls the chunk back.
 */
export async function advanceJob(tx: Tx, id: string, checkpoint: string, processed: number, add: Record<string, number>, now: string): Promise<boolean> {
  const r = await tx
    .update(jobs)
    .set({
      checkpoint,
      processed: sql`${jobs.processed} + ${processed}`,
      counts: sql`(select jsonb_object_agg(k, coalesce((${jobs.counts} ->> k)::int, 0) + coalesce((${JSON.stringify(add)}::jsonb ->> k)::int, 0))
                   from jsonb_object_keys(${jobs.counts} || ${JSON.stringify(add)}::jsonb) as k)`,
      updatedAt: now,
    })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running')))
    .returning({ id: jobs.id });
  return r.length > 0;
}

/** Ends a job (`done`, `failed` or `abandoned`). */
export async function finishJob(conn: Conn, id: string, status: 'done' | 'failed' | 'abandoned', now: string, error: string | null = null): Promise<void> {
  await conn.update(jobs).set({ status, error, finishedAt: now, updatedAt: now }).where(eq(jobs.id, id));
}

/** Sets a job's total (number of talents when it started). */
export async function setJobTotal(conn: Conn, id: string, total: number): Promise<void> {
  await conn.update(jobs).set({ total }).where(eq(jobs.id, id));
}

/** One diff row of a sweep. */
export type SweepChangeRow = typeof sweepChanges.$inferInsert;

/** Records a chunk's diff rows. */
export async function insertSweepChanges(tx: Tx, rows: SweepChangeRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    const nums = (k: 'oldAmountFen' | 'newAmountFen') => `{${part.map((r) => (r[k] === null || r[k] === undefined ? 'NULL' : String(r[k]))).join(',')}}`;
    await tx.execute(sql`
      insert into sweep_changes (sweep_id, talent_id, policy_id, change, source, old_amount_fen, new_amount_fen)
      select u.sw, u.t, u.p, u.c, u.s, u.o, u.n
      from unnest(${pgArray(part.map((r) => r.sweepId))}::uuid[], ${pgArray(part.map((r) => r.talentId))}::uuid[], ${pgArray(part.map((r) => r.policyId))}::text[],
                  ${pgArray(part.map((r) => r.change))}::text[], ${pgArray(part.map((r) => r.source))}::text[], ${nums('oldAmountFen')}::bigint[], ${nums('newAmountFen')}::bigint[])
        as u(sw, t, p, c, s, o, n)
      on conflict do nothing`);
  }
}

/** Counts of a sweep's diff per change and policy. */
export async function sweepChangeCounts(
  conn: Conn,
  sweepId: string,
): Promise<{ change: string; policyId: string; source: string; n: number; deltaFen: number }[]> {
  const rows = await conn
    .select({
      change: sweepChanges.change,
      policyId: sweepChanges.policyId,
      source: sweepChanges.source,
      n: count(),
      deltaFen: sql<number>`coalesce(sum(coalesce(${sweepChanges.newAmountFen}, 0) - coalesce(${sweepChanges.oldAmountFen}, 0)), 0)::bigint`,
    })
    .from(sweepChanges)
    .where(eq(sweepChanges.sweepId, sweepId))
    .groupBy(sweepChanges.change, sweepChanges.policyId, sweepChanges.source)
    .orderBy(asc(sweepChanges.policyId), asc(sweepChanges.change));
  return rows.map((r) => ({ ...r, n: Number(r.n), deltaFen: Number(r.deltaFen) }));
}

/** A page of a sweep's diff rows (by talent, policy). */
export async function sweepChangePage(conn: Conn, sweepId: string, change: string | undefined, limit: number, offset: number) {
  return conn
    .select()
    .from(sweepChanges)
    .where(and(eq(sweepChanges.sweepId, sweepId), change ? eq(sweepChanges.change, change) : undefined))
    .orderBy(asc(sweepChanges.talentId), asc(sweepChanges.policyId))
    .limit(limit)
    .offset(offset);
}

/** Number of talents (for progress). */
export async function countTalents(conn: Conn): Promise<number> {
  const r = (await conn.execute(sql`select count(*)::int as n from talents`)) as unknown as { rows: { n: number }[] };
  return Number(r.rows[0]?.n ?? 0);
}

const held = new Set<number>();

/**
 * Takes the lock of one kind of job without waiting; null when it is held — by this process or,
 * on PostgreSQL, by any process (a session advisory lock on a dedicated connection, released by
 * the server if the holder dies, so a killed sweep never blocks the next one). Returns the release.
 */
export async function tryJobLock(database: Database, key: number): Promise<(() => Promise<void>) | null> {
  if (held.has(key)) return null;
  held.add(key);
  if (database.kind !== 'postgres') {
    return async () => {
      held.delete(key);
    };
  }
  const pool = (
    database.db as unknown as {
      $client: { connect(): Promise<{ query(q: string, v: unknown[]): Promise<{ rows: { ok: boolean }[] }>; release(err?: boolean): void }> };
    }
  ).$client;
  const client = await pool.connect();
  try {
    const r = await client.query('select pg_try_advisory_lock($1) as ok', [key]);
    if (!r.rows[0]?.ok) {
      client.release();
      held.delete(key);
      return null;
    }
  } catch (err) {
    client.release(true);
    held.delete(key);
    throw err;
  }
  return async () => {
    try {
      await client.query('select pg_advisory_unlock($1)', [key]);
      client.release();
    } catch {
      client.release(true);
    } finally {
      held.delete(key);
    }
  };
}
