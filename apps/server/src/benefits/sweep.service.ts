/**
 * The sweep (免申即享): evaluates every talent with the policy engine's columnar kernels, in
 * chunks by talent id, and keeps the sweep-managed entitlements in step — `auto` policies become
 * entitlements, `notify` policies become notices (an entitlement with source `notify` and an
 * in-app notification). Each chunk's writes, its diff rows and the job's checkpoint commit in one
 * transaction, so a sweep killed at any moment resumes where it stopped and ends with exactly
 * the entitlements of an uninterrupted run. Running it again at the same date writes nothing.
 * One sweep runs at a time (409 otherwise).
 */
import { evaluatePopulation, PopulationBuilder, type Pack } from '@bole/engine';
import type { SweepDiff, SweepJob } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { notify } from '../notifications/notification.service.js';
import { policyRegistryOf } from '../policies/policy-registry.js';
import { addProfileRows, profileRowsAfter, type ProfileRow } from '../policies/profile-input.js';
import { endDateOf, type BenefitPeriod } from './entitlement-period.js';
import { accountsOfTalents, endEntitlements, insertEntitlements, reactivate, sweptEntitlementsInRange, updateAmounts } from './entitlement.repository.js';
import {
  advanceJob,
  countTalents,
  findJob,
  findRunningJob,
  finishJob,
  insertRunningJob,
  insertSweepChanges,
  listJobs,
  previousDoneJob,
  sweepChangeCounts,
  sweepChangePage,
  tryJobLock,
  type JobRow,
  type SweepChangeRow,
} from './job.repository.js';
import { diffChunk, type ChunkDiff, type DesiredEntitlement } from './sweep-diff.js';

/** Advisory lock key of sweeps. */
export const SWEEP_LOCK = 4_242_101;

/** Progress after each chunk. */
export interface SweepProgress {
  processed: number;
  total: number;
  counts: Record<string, number>;
}

/** Options of a sweep run. */
export interface SweepOptions {
  /** Talents per chunk (and per transaction); default 5,000. */
  chunkSize?: number;
  onProgress?: (p: SweepProgress) => void;
}

/** A started (or resumed) sweep: its job and the promise of its end. */
export interface SweepRun {
  job: JobRow;
  resumed: boolean;
  done: Promise<JobRow>;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Starts a sweep at `at`, or resumes the unfinished one at the same date (a crashed run). An
 * unfinished sweep at another date is abandoned (its chunks stay written; the new sweep
 * re-evaluates everyone). 409 while another sweep is running anywhere.
 */
export async function startSweep(ctx: AppContext, actor: Principal | null, at: string, opts: SweepOptions = {}): Promise<SweepRun> {
  if (!isoDate.test(at) || Number.isNaN(Date.parse(`${at}T00:00:00Z`)) || new Date(`${at}T00:00:00Z`).toISOString().slice(0, 10) !== at) {
    throw invalid([{ field: 'at', message: 'must be a date YYYY-MM-DD' }], `at: must be a real date YYYY-MM-DD, got "${at}".`);
  }
  const release = await tryJobLock(ctx.database, SWEEP_LOCK);
  if (!release) throw sweepRunning();
  try {
    const resolved = await policyRegistryOf(ctx).packAt(at);
    if (!resolved) {
      throw fail('BOLE_NO_POLICY_PACK', { at });
    }
    const now = ctx.clock.now().toISOString();
    const total = await countTalents(ctx.db);
    let job: JobRow | null | undefined = await findRunningJob(ctx.db, 'sweep');
    let resumed = false;
    if (job && job.params.at === at) {
      resumed = true;
      await ctx.db.transaction((tx) =>
        ctx.audit.record(tx, actor, {
          action: 'sweep.resume',
          entity: 'job',
          entityId: job!.id,
          detail: { at, checkpoint: job!.checkpoint, processed: job!.processed },
        }),
      );
    } else {
      if (job) {
        const stale = job;
        await ctx.db.transaction(async (tx) => {
          await finishJob(tx, stale.id, 'abandoned', now, `superseded by a sweep at ${at}`);
          await ctx.audit.record(tx, actor, {
            action: 'sweep.abandon',
            entity: 'job',
            entityId: stale.id,
            detail: { at: stale.params.at, checkpoint: stale.checkpoint },
          });
        });
      }
      job = await ctx.db.transaction(async (tx) => {
        const created = await insertRunningJob(tx, { kind: 'sweep', params: { at, policies: resolved.key }, total, createdBy: actor?.userId ?? null, now });
        if (!created) throw sweepRunning();
        await ctx.audit.record(tx, actor, { action: 'sweep.start', entity: 'job', entityId: created.id, detail: { at, talents: total } });
        return created;
      });
    }
    const started = job;
    const done = runChunks(ctx, started, resolved.pack, at, opts).finally(release);
    return { job: started, resumed, done };
  } catch (err) {
    await release();
    throw err;
  }
}

function sweepRunning() {
  return fail('BOLE_SWEEP_RUNNING');
}

/** Thrown inside a chunk's transaction when the job stopped meanwhile (rolls the chunk back). */
class JobStopped extends Error {}

/** Evaluates and writes every remaining chunk after the job's checkpoint, then finishes the job. */
async function runChunks(ctx: AppContext, job: JobRow, pack: Pack, at: string, opts: SweepOptions): Promise<JobRow> {
  const chunkSize = opts.chunkSize ?? 5_000;
  const modes = new Map(pack.policies.map((p) => [p.id, p.doc.mode]));
  let after = job.checkpoint;
  let processed = job.processed;
  const counts: Record<string, number> = { ...job.counts };
  let decrypted = 0;
  try {
    for (;;) {
      const rows = await profileRowsAfter(ctx.db, after, chunkSize);
      if (rows.length === 0) break;
      const last = rows[rows.length - 1]!.id;
      const { desired, skipped, idNumbers } = evaluateChunk(ctx, pack, modes, rows, at);
      decrypted += idNumbers;
      const add = await ctx.db.transaction((tx) => writeChunk(ctx, tx, { job, at, modes, after, last, rows: rows.length, desired, skipped }));
      after = last;
      processed += rows.length;
      for (const [k, v] of Object.entries(add)) counts[k] = (counts[k] ?? 0) + v;
      opts.onProgress?.({ processed, total: Math.max(job.total, processed), counts });
    }
    await finishSweep(ctx, job, at, processed, counts, decrypted);
  } catch (err) {
    if (!(err instanceof JobStopped)) {
      await finishJob(ctx.db, job.id, 'failed', ctx.clock.now().toISOString(), err instanceof Error ? err.message : String(err)).catch(() => undefined);
    }
    throw err;
  }
  return (await findJob(ctx.db, job.id))!;
}

/** One evaluated chunk: the talents after `after` up to and including `last`. */
interface EvaluatedChunk {
  readonly job: JobRow;
  readonly at: string;
  readonly modes: Map<string, string>;
  readonly after: string | null;
  readonly last: string;
  /** Talents read in the chunk. */
  readonly rows: number;
  readonly desired: DesiredEntitlement[];
  readonly skipped: number;
}

/**
 * A chunk's writes, in its transaction: the diff against what the sweep left before, the
 * entitlements, the change log, the notifications and the job's checkpoint. Returns the counts
 * it adds to the job. Throws JobStopped (rolling the chunk back) when the job stopped meanwhile.
 */
async function writeChunk(ctx: AppContext, tx: Tx, chunk: EvaluatedChunk): Promise<Record<string, number>> {
  const { job, at } = chunk;
  const diff = diffChunk(chunk.desired, await sweptEntitlementsInRange(tx, chunk.after, chunk.last));
  const now = ctx.clock.now().toISOString();
  await applyDiff(tx, job.id, at, diff, now);
  await insertSweepChanges(tx, changeLog(job.id, diff));
  const fresh = await notifyTalents(ctx, tx, job.id, at, chunk.modes, diff);
  const add = {
    new: diff.create.length + diff.reactivate.length,
    changed: diff.change.length,
    ended: diff.end.length,
    notices: fresh.filter((d) => d.source === 'notify').length,
    skipped: chunk.skipped,
  };
  if (!(await advanceJob(tx, job.id, chunk.last, chunk.rows, add, now))) throw new JobStopped();
  return add;
}

/** Writes a chunk's diff: new entitlements, changed amounts, reactivated and ended ones. */
async function applyDiff(tx: Tx, sweepId: string, at: string, diff: ChunkDiff, now: string): Promise<void> {
  const row = (d: DesiredEntitlement) => ({
    talentId: d.talentId,
    policyId: d.policyId,
    source: d.source,
    amountFen: d.amountFen,
    period: d.period,
    months: d.months,
    startDate: at,
    endDate: endDateOf(at, d.period, d.months),
    status: 'active',
    createdBySweep: sweepId,
    sweepId,
    createdAt: now,
    updatedAt: now,
  });
  await insertEntitlements(tx, diff.create.map(row));
  await updateAmounts(
    tx,
    diff.change.map((c) => ({
      id: c.existing.id,
      amountFen: c.desired.amountFen,
      period: c.desired.period,
      months: c.desired.months,
      endDate: endDateOf(at, c.desired.period, c.desired.months),
    })),
    sweepId,
    now,
  );
  await reactivate(
    tx,
    diff.reactivate.map((c) => ({
      id: c.existing.id,
      amountFen: c.desired.amountFen,
      period: c.desired.period,
      months: c.desired.months,
      startDate: at,
      endDate: endDateOf(at, c.desired.period, c.desired.months),
    })),
    sweepId,
    now,
  );
  await endEntitlements(
    tx,
    diff.end.map((e) => e.id),
    at,
    sweepId,
    now,
  );
}

/** The change log rows of a chunk's diff (what the sweep's diff view lists). */
function changeLog(sweepId: string, diff: ChunkDiff): SweepChangeRow[] {
  return [
    ...diff.create.map((d) => ({
      sweepId,
      talentId: d.talentId,
      policyId: d.policyId,
      source: d.source,
      change: 'new',
      oldAmountFen: null,
      newAmountFen: d.amountFen,
    })),
    ...diff.reactivate.map((c) => ({
      sweepId,
      talentId: c.desired.talentId,
      policyId: c.desired.policyId,
      source: c.desired.source,
      change: 'new',
      oldAmountFen: null,
      newAmountFen: c.desired.amountFen,
    })),
    ...diff.change.map((c) => ({
      sweepId,
      talentId: c.desired.talentId,
      policyId: c.desired.policyId,
      source: c.desired.source,
      change: 'changed',
      oldAmountFen: c.existing.amountFen,
      newAmountFen: c.desired.amountFen,
    })),
    ...diff.end.map((e) => ({
      sweepId,
      talentId: e.talentId,
      policyId: e.policyId,
      source: e.source,
      change: 'ended',
      oldAmountFen: e.amountFen,
      newAmountFen: null,
    })),
  ];
}

/**
 * Tells the talents who have an account what they now receive (in-app, in the chunk's
 * transaction). Returns the fresh grants: new and reactivated entitlements.
 */
async function notifyTalents(ctx: AppContext, tx: Tx, sweepId: string, at: string, modes: Map<string, string>, diff: ChunkDiff): Promise<DesiredEntitlement[]> {
  const fresh = [...diff.create, ...diff.reactivate.map((c) => c.desired)];
  const byTalent = new Map<string, string[]>();
  for (const d of fresh) byTalent.set(d.talentId, [...(byTalent.get(d.talentId) ?? []), d.policyId]);
  for (const a of await accountsOfTalents(tx, [...byTalent.keys()])) {
    const policies = byTalent.get(a.talentId) ?? [];
    const granted = policies.filter((p) => modes.get(p) === 'auto');
    const notices = policies.filter((p) => modes.get(p) === 'notify');
    if (granted.length) await notify(ctx, tx, [{ userIds: [a.userId] }], { kind: 'benefit.granted', payload: { at, policies: granted, sweepId } });
    if (notices.length) await notify(ctx, tx, [{ userIds: [a.userId] }], { kind: 'benefit.notice', payload: { at, policies: notices, sweepId } });
  }
  return fresh;
}

/** Marks the job done and audits the sweep's totals. */
async function finishSweep(ctx: AppContext, job: JobRow, at: string, processed: number, counts: Record<string, number>, decrypted: number): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await finishJob(tx, job.id, 'done', now);
    await ctx.audit.record(tx, null, {
      action: 'sweep.finish',
      entity: 'job',
      entityId: job.id,
      detail: { at, processed, counts, idNumbersDecrypted: decrypted, purpose: '免申即享 sweep' },
    });
  });
}

/** Evaluates one chunk with the columnar kernels; returns the sweep-managed grants. */
function evaluateChunk(
  ctx: AppContext,
  pack: Pack,
  modes: Map<string, string>,
  rows: ProfileRow[],
  at: string,
): { desired: DesiredEntitlement[]; skipped: number; idNumbers: number } {
  const builder = new PopulationBuilder(pack.schema, rows.length);
  const { ids, skipped, idNumbersDecrypted: idNumbers } = addProfileRows(ctx.cipher, builder, rows);
  const ev = evaluatePopulation(pack, builder.build(), at);
  const desired: DesiredEntitlement[] = [];
  for (const o of ev.outcomes) {
    const mode = modes.get(o.policy);
    if (mode !== 'auto' && mode !== 'notify') continue;
    for (let k = 0; k < o.rows.length; k++) {
      if (o.granted[k] !== 1) continue;
      const period = o.period as BenefitPeriod;
      desired.push({
        talentId: ids[o.rows[k]!]!,
        policyId: o.policy,
        source: mode,
        amountFen: Math.round(o.amountFen[k]!),
        period,
        months: period === 'once' ? 1 : o.months[k]!,
      });
    }
  }
  return { desired, skipped, idNumbers };
}

/** A sweep job by id (404 when unknown or not a sweep). */
export async function getSweep(ctx: AppContext, id: string): Promise<JobRow> {
  const job = await findJob(ctx.db, id);
  if (!job || job.kind !== 'sweep') throw notFound({ en: 'The sweep', zh: '该批量比对任务' });
  return job;
}

/** A job as the API shows it. */
export function presentSweep(job: JobRow, resumed?: boolean): SweepJob {
  const total = Math.max(job.total, job.processed);
  return {
    id: job.id,
    status: job.status as SweepJob['status'],
    at: String(job.params.at ?? ''),
    processed: job.processed,
    total,
    percent: job.status === 'done' ? 100 : total === 0 ? 0 : Math.min(100, Math.floor((job.processed / total) * 1000) / 10),
    counts: job.counts,
    checkpoint: job.checkpoint,
    error: job.error,
    ...(resumed === undefined ? {} : { resumed }),
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/** Latest sweeps, newest first. */
export async function listSweeps(ctx: AppContext): Promise<SweepJob[]> {
  return (await listJobs(ctx.db, 'sweep', 20)).map((j) => presentSweep(j));
}

/** What a sweep changed against the state the previous sweep left. */
export async function sweepDiff(
  ctx: AppContext,
  id: string,
  q: { change?: 'new' | 'changed' | 'ended' | undefined; page: number; pageSize: number },
): Promise<SweepDiff> {
  const job = await getSweep(ctx, id);
  const previous = await previousDoneJob(ctx.db, job);
  const byPolicy = await sweepChangeCounts(ctx.db, id);
  const totals = { new: 0, changed: 0, ended: 0 };
  for (const r of byPolicy) totals[r.change as keyof typeof totals] += r.n;
  const items = await sweepChangePage(ctx.db, id, q.change, q.pageSize, (q.page - 1) * q.pageSize);
  return {
    sweepId: id,
    previousSweepId: previous?.id ?? null,
    totals,
    byPolicy,
    items: items.map((r) => ({
      talentId: r.talentId,
      policyId: r.policyId,
      source: r.source,
      change: r.change as 'new',
      oldAmountFen: r.oldAmountFen,
      newAmountFen: r.newAmountFen,
    })),
    page: q.page,
    pageSize: q.pageSize,
  };
}
