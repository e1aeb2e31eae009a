/**
 * Helpers for tests and benchmarks that need a sweep written: two officer accounts (the maker of
 * the preview and the second officer who confirms it) and a preview confirmed at once. Not used
 * by production code.
 */
import type { AppContext } from '../platform/context.js';
import { createTestAccount } from '../auth/testing.js';
import type { JobRow } from './job.repository.js';
import { previewSweep, type SweepActor, type SweepOptions } from './sweep.service.js';
import { confirmSweep } from './sweep-confirm.service.js';

const officers = new WeakMap<AppContext, { maker: SweepActor; checker: SweepActor }>();

/** Two officers of the context (created once): who previews and who confirms. */
export async function sweepOfficers(ctx: AppContext): Promise<{ maker: SweepActor; checker: SweepActor }> {
  let pair = officers.get(ctx);
  if (!pair) {
    const [a, b] = [await createTestAccount(ctx, 'officer'), await createTestAccount(ctx, 'officer')];
    pair = { maker: { userId: a.id, role: 'officer' }, checker: { userId: b.id, role: 'officer' } };
    officers.set(ctx, pair);
  }
  return pair;
}

/** Previews the sweep at `at` as one officer and has another confirm it; the finished job (done, or stale). */
export async function sweepAndConfirm(ctx: AppContext, at: string, opts: SweepOptions = {}): Promise<{ preview: JobRow; job: JobRow }> {
  const { maker, checker } = await sweepOfficers(ctx);
  const preview = await (await previewSweep(ctx, maker, at, opts)).done;
  const job = await (await confirmSweep(ctx, checker, preview.id, opts)).done;
  return { preview, job };
}
