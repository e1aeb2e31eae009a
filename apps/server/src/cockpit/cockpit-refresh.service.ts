/**
 * The cockpit's refresh as a database-backed job (the `jobs` table of the sweeps, kind
 * `cockpit`): one step per kind of unit (`COCKPIT_REFRESH_STEPS`), each step's snapshot and the
 * job's checkpoint committed in one transaction. A refresh cut by a crash stays `running`; the
 * next refresh of the same period resumes after its checkpoint, one of another period abandons
 * it. One refresh runs at a time in the whole deployment (409 otherwise).
 */
import { COCKPIT_REFRESH_STEPS, type CockpitRefreshJobDto, type CockpitRefreshStep } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { advanceJob, findJob, findRunningJob, finishJob, insertRunningJob, tryJobLock, type JobRow } from '../benefits/job.service.js';
import { saveSnapshot } from './cockpit.repository.js';
import { computeSnapshot } from './cockpit.service.js';

/** Advisory lock key of cockpit refreshes. */
export const COCKPIT_LOCK = 4_242_115;
const KIND = 'cockpit';

/** A started or resumed refresh: its job and the promise of its end. */
export interface CockpitRefreshRun {
  job: JobRow;
  resumed: boolean;
  done: Promise<JobRow>;
}

/** Options of a run: `onStep` is called after each stored step (tests stop a run there). */
export interface CockpitRefreshOptions {
  onStep?: (step: CockpitRefreshStep) => Promise<void> | void;
}

/** Thrown inside a step's transaction when the job stopped meanwhile (rolls the step back). */
class JobStopped extends Error {}

/** Starts the refresh of `period`, or resumes the unfinished one of the same period. */
export async function startCockpitRefresh(
  ctx: AppContext,
  actor: Pick<Principal, 'userId' | 'role'>,
  period: string,
  opts: CockpitRefreshOptions = {},
): Promise<CockpitRefreshRun> {
  const release = await tryJobLock(ctx.database, COCKPIT_LOCK);
  if (!release) throw fail('BOLE_COCKPIT_REFRESHING');
  try {
    const now = ctx.clock.now().toISOString();
    const unfinished = await findRunningJob(ctx.db, KIND);
    let job: JobRow | undefined = unfinished?.params.period === period ? unfinished : undefined;
    if (unfinished && !job) await finishJob(ctx.db, unfinished.id, 'abandoned', now, `superseded by a refresh of ${period}`);
    const resumed = job !== undefined;
    job ??= await ctx.db.transaction(async (tx) => {
      const created = await insertRunningJob(tx, { kind: KIND, params: { period }, total: COCKPIT_REFRESH_STEPS.length, createdBy: actor.userId, now });
      if (!created) throw fail('BOLE_COCKPIT_REFRESHING');
      await ctx.audit.record(tx, actor, { action: 'cockpit.refresh', entity: 'job', entityId: created.id, detail: { period } });
      return created;
    });
    const started = job;
    const done = runRefresh(ctx, started, opts).finally(release);
    return { job: started, resumed, done };
  } catch (err) {
    await release();
    throw err;
  }
}

/** Computes and stores every step after the job's checkpoint, then marks the job done. */
async function runRefresh(ctx: AppContext, job: JobRow, opts: CockpitRefreshOptions): Promise<JobRow> {
  const period = String(job.params.period);
  const from = job.checkpoint === null ? 0 : COCKPIT_REFRESH_STEPS.indexOf(job.checkpoint as CockpitRefreshStep) + 1;
  try {
    for (const step of COCKPIT_REFRESH_STEPS.slice(from)) {
      const snapshot = await computeSnapshot(ctx, period, step);
      await ctx.db.transaction(async (tx) => {
        await saveSnapshot(tx, snapshot);
        if (!(await advanceJob(tx, job.id, step, 1, { [step]: 1 }, ctx.clock.now().toISOString()))) throw new JobStopped();
      });
      await opts.onStep?.(step);
    }
    await finishJob(ctx.db, job.id, 'done', ctx.clock.now().toISOString());
  } catch (err) {
    if (!(err instanceof JobStopped)) {
      await finishJob(ctx.db, job.id, 'failed', ctx.clock.now().toISOString(), err instanceof Error ? err.message : String(err)).catch(() => undefined);
    }
    throw err;
  }
  return (await findJob(ctx.db, job.id))!;
}

/** A refresh job by id, as the API shows it; 404 when it is not a cockpit refresh. */
export async function cockpitRefreshJob(ctx: AppContext, id: string): Promise<JobRow> {
  const job = await findJob(ctx.db, id);
  if (!job || job.kind !== KIND) throw fail('BOLE_COCKPIT_REFRESH_NOT_FOUND', { id });
  return job;
}

/** The API's view of a refresh job. */
export function showRefresh(job: JobRow, resumed?: boolean): CockpitRefreshJobDto {
  return {
    id: job.id,
    period: String(job.params.period),
    status: job.status as CockpitRefreshJobDto['status'],
    checkpoint: job.checkpoint as CockpitRefreshStep | null,
    processed: job.processed,
    total: job.total,
    percent: job.total === 0 ? 0 : Math.round((job.processed / job.total) * 100),
    ...(resumed === undefined ? {} : { resumed }),
    error: job.error,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    finishedAt: job.finishedAt,
  };
}
