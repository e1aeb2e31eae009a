/**
 * The region's schedule, run by the server process (main.ts) like the audit checkpoints: at
 * start and every BOLE_REGION_REFRESH_SECONDS, fetch the trust list, then every other member's
 * status list. A failure is logged and the last good copies stay in force.
 */
import type { AppContext } from '../platform/context.js';
import type { RegionLogger } from './region-http.js';
import { runEvery } from '../platform/every.js';
import { refreshTrustList } from './trust-list.service.js';
import { refreshStatusLists } from './status-list.service.js';

/** One tick: the trust list, then the status lists. Never throws. */
export async function refreshRegion(ctx: AppContext, log: RegionLogger): Promise<void> {
  try {
    await refreshTrustList(ctx, log);
    await refreshStatusLists(ctx, log);
  } catch (err) {
    log.warn({ err: String(err) }, 'region refresh failed; the last good copies stay in force');
  }
}

/** Starts the schedule when the instance takes part in a region; returns how to stop it. */
export function startRegionSchedule(ctx: AppContext, log: RegionLogger): () => Promise<void> {
  if (!ctx.config.region.trustListUrl) return async () => {};
  return runEvery(ctx.config.region.refreshSeconds * 1000, () => refreshRegion(ctx, log), { atStart: true });
}
