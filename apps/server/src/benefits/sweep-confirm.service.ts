/**
 * A sweep's confirmation by a second officer (four eyes on money). The officer who made the
 * preview cannot confirm it (403 BOLE_SAME_OFFICER); a sweep dated after today can only be
 * previewed (422 BOLE_SWEEP_FUTURE). Confirming runs in two phases, both resumable:
 *
 * 1. **verify** — the talents whose data changed since the preview (everyone when that cannot be
 *    told) are evaluated again and their diff compared with the preview's rows. A preview whose facts, entitlements or policies changed since is refused, not re-run:
 *    the job becomes `stale`, nothing is written, and the officers make a new preview — the
 *    checker confirms what they saw, never something computed after they looked.
 * 2. **write** — the preview's rows are written chunk by chunk, in SQL from the preview table
 *    (entitlements created, changed, re-activated and ended; people notified), each chunk with
 *    its checkpoint in one transaction, so a confirmation killed at any moment resumes where it
 *    stopped and writes each row once.
 */
import type { Pack } from '@bole/engine';
import type { Tx } from '../db/database.js';
import { fail } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { businessDate } from '../platform/clock.js';
import { notifyEach } from '../notifications/notification.service.js';
import { policyRegistryOf } from '../policies/policy-registry.js';
import { verifiedProfileRowsAfter, verifiedProfileRowsOf } from '../policies/profile-input.js';
import { endDateOf, type BenefitPeriod } from './entitlement-period.js';
import { sweptEntitlementsInRange, sweptEntitlementsOf } from './entitlement.repository.js';
import { newGrantsByAccount, previewChunk, previewTerms, writePreviewRange } from './sweep-write.repository.js';
import { talentsChangedSince, type InputSnapshot } from './sweep-inputs.repository.js';
import {
  advanceJob,
  findJob,
  findRunningJob,
  finishJob,
  markConfirming,
  markVerified,
  previewChunkEnd,
  previewRowsInRange,
  previewRowsOf,
  previewTalentCount,
  tryJobLock,
  userNames,
  type JobRow,
} from './job.repository.js';
import { changeRows, diffChunk, sameChanges } from './sweep-diff.js';
import { abandonPreview, evaluateChunk, JobStopped, SWEEP_LOCK, sweepRunning, type SweepActor, type SweepOptions, type SweepRun } from './sweep.service.js';
import { getSweep, stateLabel } from './sweep-view.service.js';

/** Why a preview no longer holds (the job's error and the 409's detail). */
class PreviewStale extends Error {
  constructor(readonly why: { en: string; zh: string }) {
    super(why.en);
  }
}

/**
 * Confirms the preview `id` as `checker` (or resumes a confirmation that stopped). Checks the
 * four-eyes rule, the date and the policies at once; the verify and write phases run in the
 * returned promise. The job ends `done`, or `stale` when the data changed since the preview.
 */
export async function confirmSweep(ctx: AppContext, checker: SweepActor, id: string, opts: SweepOptions = {}): Promise<SweepRun> {
  const seen = await getSweep(ctx, id);
  if (seen.createdBy === checker.userId) throw fail('BOLE_SAME_OFFICER', { what: { en: 'sweep preview', zh: '批量比对预览' } });
  const at = String(seen.params.at);
  const today = businessDate(ctx.clock.now());
  if (at > today) throw fail('BOLE_SWEEP_FUTURE', { at, today });
  const release = await tryJobLock(ctx.database, SWEEP_LOCK);
  if (!release) throw sweepRunning();
  try {
    const job = (await findJob(ctx.db, id))!;
    const resumed = job.status === 'confirming';
    if (!resumed && job.status !== 'preview') throw fail('BOLE_SWEEP_NOT_PREVIEW', { state: stateLabel(job.status) });
    if (!resumed && (await findRunningJob(ctx.db, 'sweep', 'confirming'))) throw sweepRunning();
    const resolved = await policyRegistryOf(ctx).packAt(at);
    if (!resumed && resolved?.key !== job.params.policies) {
      const why = { en: 'the policies in force on that date changed', zh: '该日生效的政策已变更' };
      await markStale(ctx, checker, job, why);
      throw fail('BOLE_SWEEP_STALE', { at, why });
    }
    const maker = job.createdBy ? ((await userNames(ctx.db, [job.createdBy])).get(job.createdBy) ?? null) : null;
    // A preview that crashed while being computed would hold the one-running slot (we hold the lock: it is not live).
    const unfinished = resumed ? undefined : await findRunningJob(ctx.db, 'sweep');
    if (unfinished) await abandonPreview(ctx, checker, unfinished, `a confirmation of sweep ${id} started`);
    const confirmed = await ctx.db.transaction(async (tx) => {
      if (!resumed) {
        if (!(await markConfirming(tx, id, checker.userId, ctx.clock.now().toISOString())))
          throw fail('BOLE_SWEEP_NOT_PREVIEW', { state: stateLabel(job.status) });
      }
      await ctx.audit.record(tx, checker, {
        action: resumed ? 'sweep.confirm.resume' : 'sweep.confirm',
        entity: 'job',
        entityId: id,
        detail: { at, preparedBy: job.createdBy, preparedByName: maker, confirmedBy: checker.userId, counts: job.counts },
      });
      return (await findJob(tx, id))!;
    });
    const done = runConfirmation(ctx, confirmed, resolved!.pack, at, opts).finally(release);
    return { job: confirmed, resumed, done };
  } catch (err) {
    await release();
    throw err;
  }
}

async function markStale(ctx: AppContext, actor: SweepActor | null, job: JobRow, why: { en: string; zh: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await finishJob(tx, job.id, 'stale', ctx.clock.now().toISOString(), why.en);
    await ctx.audit.record(tx, actor, { action: 'sweep.stale', entity: 'job', entityId: job.id, detail: { at: job.params.at, why: why.en } });
  });
}

/** The verify phase (unless passed before a crash), then the write phase from the checkpoint. */
async function runConfirmation(ctx: AppContext, job: JobRow, pack: Pack, at: string, opts: SweepOptions): Promise<JobRow> {
  try {
    let current = job;
    if (current.params.phase !== 'write') {
      let rechecked: number | 'all';
      try {
        rechecked = await verifyPreview(ctx, current, pack, at, opts);
      } catch (err) {
        if (!(err instanceof PreviewStale)) throw err;
        await markStale(ctx, null, current, err.why);
        return (await findJob(ctx.db, job.id))!;
      }
      await markVerified(ctx.db, job.id, await previewTalentCount(ctx.db, job.id), rechecked, ctx.clock.now().toISOString());
      current = (await findJob(ctx.db, job.id))!;
    }
    await writePreview(ctx, current, at, opts);
  } catch (err) {
    if (!(err instanceof JobStopped)) {
      await finishJob(ctx.db, job.id, 'failed', ctx.clock.now().toISOString(), err instanceof Error ? err.message : String(err)).catch(() => undefined);
    }
    throw err;
  }
  return (await findJob(ctx.db, job.id))!;
}

/**
 * Checks the preview against the data now (read only). When the database can say which talents'
 * inputs changed since the preview began, only those are evaluated again and their diff compared
 * with their preview rows — the rest evaluate as they did; otherwise (a preview made before
 * inputs were kept, or very many changes) everyone is. Returns how many were evaluated again.
 */
async function verifyPreview(ctx: AppContext, job: JobRow, pack: Pack, at: string, opts: SweepOptions): Promise<number | 'all'> {
  const inputs = job.params.inputs as InputSnapshot | undefined;
  const changed = inputs ? await talentsChangedSince(ctx.db, inputs, Math.max(TARGETED_MIN, Math.floor(job.total * TARGETED_SHARE))) : null;
  if (!changed) {
    await verifyEveryone(ctx, job, pack, at, opts);
    return 'all';
  }
  await verifyTalents(ctx, job, pack, at, changed, opts);
  return changed.length;
}

/** Up to this share of all talents (and at least `TARGETED_MIN`) changed: check only them. */
const TARGETED_SHARE = 0.2;
const TARGETED_MIN = 10_000;

const previewChanged = () => new PreviewStale({ en: 'talents’ facts or their entitlements changed', zh: '人才信息或其待遇已发生变化' });

/** Evaluates the talents whose inputs changed and compares their diff with their preview rows. */
async function verifyTalents(ctx: AppContext, job: JobRow, pack: Pack, at: string, ids: readonly string[], opts: SweepOptions): Promise<void> {
  const chunkSize = Math.min(opts.chunkSize ?? 5_000, 5_000);
  const modes = new Map(pack.policies.map((p) => [p.id, p.doc.mode]));
  for (let i = 0; i < ids.length; i += chunkSize) {
    const chunk = ids.slice(i, i + chunkSize);
    const { desired } = evaluateChunk(pack, modes, await verifiedProfileRowsOf(ctx.db, chunk, at), at);
    const now = changeRows(job.id, diffChunk(desired, await sweptEntitlementsOf(ctx.db, chunk)));
    if (!sameChanges(now, await previewRowsOf(ctx.db, job.id, chunk))) throw previewChanged();
  }
  opts.onProgress?.({ processed: job.total, total: job.total, counts: job.counts });
}

/** Evaluates everyone again and compares each chunk's diff with the preview. */
async function verifyEveryone(ctx: AppContext, job: JobRow, pack: Pack, at: string, opts: SweepOptions): Promise<void> {
  const chunkSize = opts.chunkSize ?? 5_000;
  const modes = new Map(pack.policies.map((p) => [p.id, p.doc.mode]));
  let after: string | null = null;
  let processed = 0;
  for (;;) {
    const rows = await verifiedProfileRowsAfter(ctx.db, after, chunkSize, at);
    if (rows.length === 0) break;
    const last = rows[rows.length - 1]!.id;
    const { desired } = evaluateChunk(pack, modes, rows, at);
    const now = changeRows(job.id, diffChunk(desired, await sweptEntitlementsInRange(ctx.db, after, last)));
    if (!sameChanges(now, await previewRowsInRange(ctx.db, job.id, after, last))) throw previewChanged();
    after = last;
    processed += rows.length;
    opts.onProgress?.({ processed, total: Math.max(job.total, processed), counts: job.counts });
  }
  // Rows of talents no longer there.
  if (after !== null && (await previewChunkEnd(ctx.db, job.id, after, 1)) !== null) throw previewChanged();
}

/**
 * Writes the preview's rows in chunks of talents after the checkpoint — in SQL from the preview
 * table (`sweep-write.repository.ts`), each chunk with its notifications and checkpoint in one
 * transaction — then marks the sweep done.
 */
async function writePreview(ctx: AppContext, job: JobRow, at: string, opts: SweepOptions): Promise<void> {
  const chunkSize = opts.chunkSize ?? 5_000;
  opts.onWriting?.();
  const ends = (await previewTerms(ctx.db, job.id)).map((t) => ({ ...t, endDate: endDateOf(at, t.period as BenefitPeriod, t.months) }));
  let after = job.checkpoint;
  let processed = job.processed;
  for (;;) {
    const chunk = await previewChunk(ctx.db, job.id, after, chunkSize);
    if (chunk === null) break;
    const from = after;
    await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now().toISOString();
      await writePreviewRange(tx, { sweepId: job.id, after: from, upTo: chunk.last, at, now, ends });
      await notifyTalents(ctx, tx, job.id, at, from, chunk.last);
      if (!(await advanceJob(tx, job.id, chunk.last, chunk.talents, {}, now, 'confirming'))) throw new JobStopped();
    });
    after = chunk.last;
    processed += chunk.talents;
    opts.onProgress?.({ processed, total: Math.max(job.total, processed), counts: job.counts });
  }
  await ctx.db.transaction(async (tx) => {
    await finishJob(tx, job.id, 'done', ctx.clock.now().toISOString());
    await ctx.audit.record(tx, null, {
      action: 'sweep.finish',
      entity: 'job',
      entityId: job.id,
      detail: {
        at,
        preparedBy: job.createdBy,
        confirmedBy: job.confirmedBy,
        counts: job.counts,
        rechecked: job.params.rechecked ?? 'all',
        purpose: '免申即享 sweep',
      },
    });
  });
}

/** Tells the accounts of the range's talents what they now receive (in-app, in the chunk's transaction): one notice per kind. */
async function notifyTalents(ctx: AppContext, tx: Tx, sweepId: string, at: string, after: string | null, upTo: string): Promise<void> {
  const items = (await newGrantsByAccount(tx, sweepId, after, upTo)).flatMap(({ userId, granted, notices }) => [
    ...(granted.length ? [{ userId, content: { kind: 'benefit.granted' as const, payload: { at, policies: granted, sweepId } } }] : []),
    ...(notices.length ? [{ userId, content: { kind: 'benefit.notice' as const, payload: { at, policies: notices, sweepId } } }] : []),
  ]);
  await notifyEach(ctx, tx, items);
}
