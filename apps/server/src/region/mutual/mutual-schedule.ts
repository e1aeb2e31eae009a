/**
 * The re-check job: on an instance that takes part in a region, every
 * BOLE_REGION_REFRESH_SECONDS (the partners' status lists refresh on the same period; a stale
 * one is fetched before it is read), every live mutual recognition is checked against its
 * source's status list and ends when revoked there. Runs one at a time; a failure is logged
 * and the next tick tries again.
 */
import type { AppContext } from '../../platform/context.js';
import type { RegionLogger } from '../region-http.js';
import { runEvery } from '../../platform/every.js';
import { regionPorts } from './mutual.region.js';
import { recheckMutualRecognitions } from './mutual-recheck.service.js';

/** Starts the job (nothing when the instance is in no region); returns how to stop it. */
export function startMutualRecheck(
  ctx: Pick<AppContext, 'config'> & Partial<AppContext>,
  log: RegionLogger,
  recheck: () => Promise<{ ended: string[]; unreachable: string[] }> = () => recheckMutualRecognitions(ctx as AppContext, regionPorts(ctx as AppContext)),
): () => Promise<void> {
  if (!ctx.config.region.trustListUrl) return async () => {};
  return runEvery(ctx.config.region.refreshSeconds * 1000, () =>
    recheck()
      .then((r) => {
        if (r.ended.length > 0) log.info({ ended: r.ended.length }, 'mutual recognitions ended: their source credentials were revoked');
        if (r.unreachable.length > 0) log.warn({ sources: r.unreachable }, 'mutual recognition re-check: no status list at hand for these sources');
      })
      .catch((err: unknown) => log.warn({ err: String(err) }, 'mutual recognition re-check failed; the next tick tries again')),
  );
}
