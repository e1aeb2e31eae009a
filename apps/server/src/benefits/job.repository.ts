/**
 * Database access for jobs and for the sweep's diff rows, and the "one runner at a time" lock.
 */
import { and, asc, count, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { SweepEndReason } from '@bole/contracts';
import type { Database, Db, Tx } from '../db/database.js';
import { jobs, sweepChanges } from './entitlement.table.js';
import { pgArray } from '../db/sql-arrays.js';
import { talents } from '../talents/talent.table.js';
import { users } from '../auth/account.table.js';

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

/** The job of a kind that is running (or, with `status`, being confirmed), if any. */
export async function findRunningJob(conn: Conn, kind: string, status: 'running' | 'confirming' = 'running'): Promise<JobRow | undefined> {
  const [r] = await conn
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.status, status)))
    .limit(1);
  return r;
}

/** Display names of accounts by id (the officers who made and confirmed a job). */
export async function userNames(conn: Conn, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await conn.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
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
export async function advanceJob(
  tx: Tx,
  id: string,
  checkpoint: string,
  processed: number,
  add: Record<string, number>,
  now: string,
  status: 'running' | 'confirming' = 'running',
): Promise<boolean> {
  const r = await tx
    .update(jobs)
    .set({
      checkpoint,
      processed: sql`${jobs.processed} + ${processed}`,
      counts: sql`(select jsonb_object_agg(k, coalesce((${jobs.counts} ->> k)::int, 0) + coalesce((${JSON.stringify(add)}::jsonb ->> k)::int, 0))
                   from jsonb_object_keys(${jobs.counts} || ${JSON.stringify(add)}::jsonb) as k)`,
      updatedAt: now,
    })
    .where(and(eq(jobs.id, id), eq(jobs.status, status)))
    .returning({ id: jobs.id });
  return r.length > 0;
}

/** Ends a job (`done`, `failed`, `abandoned`, or — a sweep — `stale`). */
export async function finishJob(
  conn: Conn,
  id: string,
  status: 'done' | 'failed' | 'abandoned' | 'stale',
  now: string,
  error: string | null = null,
): Promise<void> {
  await conn.update(jobs).set({ status, error, finishedAt: now, updatedAt: now }).where(eq(jobs.id, id));
}

/** A computed sweep preview now waits for confirmation. */
export async function markPreviewReady(conn: Conn, id: string, now: string): Promise<void> {
  await conn
    .update(jobs)
    .set({ status: 'preview', updatedAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running')));
}

/**
 * A second officer confirms a preview: `preview` → `confirming`, progress reset for the writing
 * phase. False when the job is no longer a preview.
 */
export async function markConfirming(tx: Tx, id: string, confirmedBy: string, now: string): Promise<boolean> {
  const r = await tx
    .update(jobs)
    .set({
      status: 'confirming',
      confirmedBy,
      confirmedAt: now,
      checkpoint: null,
      processed: 0,
      params: sql`${jobs.params} || '{"phase":"verify"}'::jsonb`,
      updatedAt: now,
    })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'preview')))
    .returning({ id: jobs.id });
  return r.length > 0;
}

/** The preview was checked against the data (`rechecked` talents evaluated again, or all): the writing phase starts over `total` talents. */
export async function markVerified(conn: Conn, id: string, total: number, rechecked: number | 'all', now: string): Promise<void> {
  const phase = JSON.stringify({ phase: 'write', rechecked });
  await conn
    .update(jobs)
    .set({ checkpoint: null, processed: 0, total, params: sql`${jobs.params} || ${phase}::jsonb`, updatedAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'confirming')));
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
    const nullable = (k: 'oldAmountFen' | 'newAmountFen' | 'months' | 'entitlementId' | 'period') => pgArray(part.map((r) => r[k] ?? null));
    await tx.execute(sql`
      insert into sweep_changes (sweep_id, talent_id, policy_id, change, source, old_amount_fen, new_amount_fen, entitlement_id, period, months)
      select u.sw, u.t, u.p, u.c, u.s, u.o, u.n, u.e, u.per, u.m
      from unnest(${pgArray(part.map((r) => r.sweepId))}::uuid[], ${pgArray(part.map((r) => r.talentId))}::uuid[], ${pgArray(part.map((r) => r.policyId))}::text[],
                  ${pgArray(part.map((r) => r.change))}::text[], ${pgArray(part.map((r) => r.source))}::text[], ${nullable('oldAmountFen')}::bigint[], ${nullable('newAmountFen')}::bigint[],
                  ${nullable('entitlementId')}::uuid[], ${nullable('period')}::text[], ${nullable('months')}::int[])
        as u(sw, t, p, c, s, o, n, e, per, m)
      on conflict do nothing`);
  }
}

/** One stored row of a sweep's preview. */
export type SweepChangeStored = typeof sweepChanges.$inferSelect;

/** A sweep's preview rows of the talents in the id range (after, upTo]. */
export async function previewRowsInRange(conn: Conn, sweepId: string, after: string | null, upTo: string): Promise<SweepChangeStored[]> {
  return conn
    .select()
    .from(sweepChanges)
    .where(and(eq(sweepChanges.sweepId, sweepId), after === null ? undefined : gt(sweepChanges.talentId, after), lte(sweepChanges.talentId, upTo)))
    .orderBy(asc(sweepChanges.talentId), asc(sweepChanges.policyId));
}

/** A sweep's preview rows of some talents. */
export async function previewRowsOf(conn: Conn, sweepId: string, talentIds: readonly string[]): Promise<SweepChangeStored[]> {
  if (talentIds.length === 0) return [];
  return conn
    .select()
    .from(sweepChanges)
    .where(and(eq(sweepChanges.sweepId, sweepId), sql`${sweepChanges.talentId} = any(${pgArray(talentIds)}::uuid[])`));
}

/** The last of the next `n` talents with preview rows after `after` (a writing chunk's end); null when none is left. */
export async function previewChunkEnd(conn: Conn, sweepId: string, after: string | null, n: number): Promise<string | null> {
  const r = (await conn.execute(sql`
    select t as last from (
      select distinct talent_id as t from sweep_changes
      where sweep_id = ${sweepId}::uuid ${after === null ? sql`` : sql`and talent_id > ${after}::uuid`}
      order by talent_id limit ${n}) d order by t desc limit 1`)) as unknown as { rows: { last: string | null }[] };
  return r.rows[0]?.last ?? null;
}

/** How many talents a sweep's preview touches. */
export async function previewTalentCount(conn: Conn, sweepId: string): Promise<number> {
  const [r] = await conn
    .select({ n: sql<number>`count(distinct ${sweepChanges.talentId})::int` })
    .from(sweepChanges)
    .where(eq(sweepChanges.sweepId, sweepId));
  return Number(r?.n ?? 0);
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

/** Filters of a sweep's per-person list. */
export interface SweepChangeFilter {
  change?: string | undefined;
  policy?: string | undefined;
}

const changeWhere = (sweepId: string, f: SweepChangeFilter) =>
  and(eq(sweepChanges.sweepId, sweepId), f.change ? eq(sweepChanges.change, f.change) : undefined, f.policy ? eq(sweepChanges.policyId, f.policy) : undefined);

/** A page of a sweep's diff rows (by talent, policy) with the talent's name; `limit` null for every row. */
export async function sweepChangePage(conn: Conn, sweepId: string, f: SweepChangeFilter, limit: number | null, offset: number) {
  const q = conn
    .select({
      talentId: sweepChanges.talentId,
      talentName: talents.name,
      policyId: sweepChanges.policyId,
      source: sweepChanges.source,
      change: sweepChanges.change,
      oldAmountFen: sweepChanges.oldAmountFen,
      newAmountFen: sweepChanges.newAmountFen,
      reason: sweepChanges.reason,
    })
    .from(sweepChanges)
    .innerJoin(talents, eq(talents.id, sweepChanges.talentId))
    .where(changeWhere(sweepId, f))
    .orderBy(asc(sweepChanges.talentId), asc(sweepChanges.policyId))
    .offset(offset);
  return limit === null ? q : q.limit(limit);
}

/** Records why some of a preview's entitlements end (one statement for the chunk). */
export async function setEndReasons(
  tx: Tx,
  sweepId: string,
  rows: { talentId: string; policyId: string; source: string; reason: SweepEndReason }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    update sweep_changes c set reason = r.reason
    from jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ talent_id: r.talentId, policy_id: r.policyId, source: r.source, reason: r.reason })))}::jsonb)
      as r(talent_id uuid, policy_id text, source text, reason jsonb)
    where c.sweep_id = ${sweepId} and c.talent_id = r.talent_id and c.policy_id = r.policy_id and c.source = r.source and c.change = 'ended'`);
}

/** How many of a sweep's diff rows match the filters. */
export async function sweepChangeTotal(conn: Conn, sweepId: string, f: SweepChangeFilter): Promise<number> {
  const [r] = await conn.select({ n: count() }).from(sweepChanges).where(changeWhere(sweepId, f));
  return Number(r?.n ?? 0);
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

/** The last job of a kind that finished (status done), if any. */
export async function latestDoneJob(conn: Conn, kind: string): Promise<JobRow | undefined> {
  const [r] = await conn
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.status, 'done')))
    .orderBy(desc(jobs.seq))
    .limit(1);
  return r;
}
