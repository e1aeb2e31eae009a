/**
 * The sweep (免申即享), first as a preview: evaluates every talent with the policy engine's
 * columnar kernels, in chunks by talent id, and records per person what would be granted,
 * changed and ended against the sweep-managed entitlements — `auto` policies become
 * entitlements, `notify` policies notices. A preview writes nothing but its own rows: no
 * entitlement, no notification. A second officer confirms it (`sweep-confirm.service.ts`);
 * only then are entitlements written and people told.
 *
 * Each chunk's preview rows and the job's checkpoint commit in one transaction, so a preview
 * killed at any moment resumes where it stopped. One sweep runs at a time (409 otherwise).
 */
import { evaluatePopulation, PopulationBuilder, type Pack } from '@bole/engine';
import type { VerifiedFactField } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { fail, invalid } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { policyRegistryOf } from '../policies/policy-registry.js';
import { addVerifiedRows, verifiedProfileRowsAfter, type VerifiedProfileRow } from '../policies/profile-input.js';
import type { BenefitPeriod } from './entitlement-period.js';
import { sweptEntitlementsInRange } from './entitlement.repository.js';
import {
  advanceJob,
  countTalents,
  findJob,
  findRunningJob,
  finishJob,
  insertRunningJob,
  insertSweepChanges,
  setEndReasons,
  markPreviewReady,
  tryJobLock,
  type JobRow,
} from './job.repository.js';
import { inputSnapshot } from './sweep-inputs.repository.js';
import { changeRows, diffChunk, type DesiredEntitlement, type ExistingEntitlement } from './sweep-diff.js';
import { unsettledFacts, verifiableFactsOf } from '../facts/fact.service.js';

/** Advisory lock key of sweeps (previews and confirmations alike). */
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
  /** A confirmation found its preview still holds and starts writing. */
  onWriting?: () => void;
}

/** A started (or resumed) sweep phase: its job and the promise of its end. */
export interface SweepRun {
  job: JobRow;
  resumed: boolean;
  done: Promise<JobRow>;
}

/** The officer acting on a sweep. */
export type SweepActor = Pick<Principal, 'userId' | 'role'>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Starts the preview of a sweep at `at` (any date, the future included), or resumes the
 * unfinished preview at the same date (a crashed run). An unfinished preview at another date is
 * abandoned. 409 while another sweep is running or being confirmed anywhere. `maker` is the
 * officer the preview belongs to: they cannot confirm it.
 */
export async function previewSweep(ctx: AppContext, maker: SweepActor, at: string, opts: SweepOptions = {}): Promise<SweepRun> {
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
    if (await findRunningJob(ctx.db, 'sweep', 'confirming')) throw sweepRunning();
    const now = ctx.clock.now().toISOString();
    const total = await countTalents(ctx.db);
    let job: JobRow | null | undefined = await findRunningJob(ctx.db, 'sweep');
    let resumed = false;
    if (job && job.params.at === at) {
      resumed = true;
      await ctx.db.transaction((tx) =>
        ctx.audit.record(tx, maker, {
          action: 'sweep.resume',
          entity: 'job',
          entityId: job!.id,
          detail: { at, checkpoint: job!.checkpoint, processed: job!.processed },
        }),
      );
    } else {
      if (job) await abandonPreview(ctx, maker, job, `superseded by a sweep at ${at}`);
      // What the database held as the preview began: its confirmation re-evaluates only the talents changed since.
      const inputs = await inputSnapshot(ctx.db);
      job = await ctx.db.transaction(async (tx) => {
        const created = await insertRunningJob(tx, { kind: 'sweep', params: { at, policies: resolved.key, inputs }, total, createdBy: maker.userId, now });
        if (!created) throw sweepRunning();
        await ctx.audit.record(tx, maker, { action: 'sweep.preview', entity: 'job', entityId: created.id, detail: { at, talents: total } });
        return created;
      });
    }
    const started = job;
    const done = runPreview(ctx, started, resolved.pack, at, opts).finally(release);
    return { job: started, resumed, done };
  } catch (err) {
    await release();
    throw err;
  }
}

/** Ends an unfinished preview (crashed, or at another date than the one asked for). */
export async function abandonPreview(ctx: AppContext, actor: SweepActor, stale: JobRow, why: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await finishJob(tx, stale.id, 'abandoned', ctx.clock.now().toISOString(), why);
    await ctx.audit.record(tx, actor, {
      action: 'sweep.abandon',
      entity: 'job',
      entityId: stale.id,
      detail: { at: stale.params.at, checkpoint: stale.checkpoint },
    });
  });
}

/** 409: a sweep is running or being confirmed. */
export function sweepRunning() {
  return fail('BOLE_SWEEP_RUNNING');
}

/** Thrown inside a chunk's transaction when the job stopped meanwhile (rolls the chunk back). */
export class JobStopped extends Error {}

/** Evaluates every remaining chunk after the job's checkpoint into preview rows, then marks the preview ready. */
async function runPreview(ctx: AppContext, job: JobRow, pack: Pack, at: string, opts: SweepOptions): Promise<JobRow> {
  const chunkSize = opts.chunkSize ?? 5_000;
  const modes = new Map(pack.policies.map((p) => [p.id, p.doc.mode]));
  const reads = new Map(pack.policies.map((p) => [p.id, verifiableFactsOf(p)]));
  let after = job.checkpoint;
  let processed = job.processed;
  const counts: Record<string, number> = { ...job.counts };
  /** Writes a chunk's preview rows and the checkpoint in one transaction, then reports progress. */
  const write = async (from: string | null, last: string, n: number, desired: DesiredEntitlement[], skipped: number) => {
    const add = await ctx.db.transaction(async (tx) => {
      const diff = diffChunk(desired, await sweptEntitlementsInRange(tx, from, last));
      await insertSweepChanges(tx, changeRows(job.id, diff));
      await setEndReasons(tx, job.id, await endReasons(tx, reads, diff.end));
      const fresh = [...diff.create, ...diff.reactivate.map((c) => c.desired)];
      const a = {
        new: fresh.length,
        changed: diff.change.length,
        ended: diff.end.length,
        notices: fresh.filter((d) => d.source === 'notify').length,
        skipped,
      };
      if (!(await advanceJob(tx, job.id, last, n, a, ctx.clock.now().toISOString()))) throw new JobStopped();
      return a;
    });
    processed += n;
    for (const [k, v] of Object.entries(add)) counts[k] = (counts[k] ?? 0) + v;
    opts.onProgress?.({ processed, total: Math.max(job.total, processed), counts });
  };
  try {
    // Three chunks in flight: n+1 read while n is evaluated and n-1 written, so the database and the engine work at once.
    // Chunks commit in order (n waits for n-1): a checkpoint still means "everything before it is written".
    let next = verifiedProfileRowsAfter(ctx.db, after, chunkSize, at);
    let writing: Promise<void> = Promise.resolve();
    for (;;) {
      const rows = await next;
      if (rows.length === 0) break;
      const last = rows[rows.length - 1]!.id;
      next = rows.length < chunkSize ? Promise.resolve([]) : verifiedProfileRowsAfter(ctx.db, last, chunkSize, at);
      next.catch(() => undefined); // awaited (and thrown) on the next turn; never an unhandled rejection meanwhile
      const { desired, skipped } = evaluateChunk(pack, modes, rows, at);
      await writing;
      writing = write(after, last, rows.length, desired, skipped);
      writing.catch(() => undefined); // likewise awaited on the next turn or after the loop
      after = last;
    }
    await writing;
    await ctx.db.transaction(async (tx) => {
      await markPreviewReady(tx, job.id, ctx.clock.now().toISOString());
      await ctx.audit.record(tx, null, {
        action: 'sweep.preview.ready',
        entity: 'job',
        entityId: job.id,
        detail: { at, processed, counts, facts: 'verified', tier: 'granted', purpose: '免申即享 sweep preview' },
      });
    });
  } catch (err) {
    if (!(err instanceof JobStopped)) {
      await finishJob(ctx.db, job.id, 'failed', ctx.clock.now().toISOString(), err instanceof Error ? err.message : String(err)).catch(() => undefined);
    }
    throw err;
  }
  return (await findJob(ctx.db, job.id))!;
}

/**
 * Why entitlements end, when facts their policy reads changed: withdrawn confirmations and
 * declarations the verified data contradicts (the officer reads it in the diff).
 */
async function endReasons(tx: Tx, reads: ReadonlyMap<string, readonly string[]>, ended: readonly ExistingEntitlement[]) {
  const facts = await unsettledFacts(
    tx,
    ended.map((e) => e.talentId),
  );
  return ended.flatMap((e) => {
    const f = facts.get(e.talentId);
    const fields = reads.get(e.policyId) ?? [];
    const reason = {
      withdrawn: fields.filter((x) => f?.withdrawn.has(x)) as VerifiedFactField[],
      contradicted: fields.filter((x) => f?.contradicted.has(x)) as VerifiedFactField[],
    };
    return reason.withdrawn.length + reason.contradicted.length === 0 ? [] : [{ talentId: e.talentId, policyId: e.policyId, source: e.source, reason }];
  });
}

/**
 * Evaluates one chunk with the columnar kernels on verified facts and granted tiers only (a
 * declaration alone holds nothing here); returns the sweep-managed grants.
 */
export function evaluateChunk(
  pack: Pack,
  modes: Map<string, string>,
  rows: VerifiedProfileRow[],
  at: string,
): { desired: DesiredEntitlement[]; skipped: number } {
  const builder = new PopulationBuilder(pack.schema, rows.length);
  const { ids, tiers, skipped } = addVerifiedRows(builder, rows);
  const ev = evaluatePopulation(pack, builder.build(), at, { tiers: Uint8Array.from(tiers) });
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
  return { desired, skipped };
}
