/**
 * The expiry of waitlist offers on a schedule: every server process runs `expireEventOffers`
 * every few minutes. Runs never overlap in one process; several processes on one database expire
 * an offer once (rows are locked, skipping those another process holds).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../platform/context.js';
import { runEvery } from '../platform/every.js';
import { expireEventOffers } from './event-registration.service.js';

/** How often offers past their reply window are expired. */
export const OFFER_EXPIRY_EVERY_MS = 5 * 60_000;

/** Starts expiring offers every `everyMs`; returns a stop function that waits for a run in progress. */
export function scheduleOfferExpiry(ctx: AppContext, log: FastifyBaseLogger, everyMs = OFFER_EXPIRY_EVERY_MS): () => Promise<void> {
  return runEvery(everyMs, () =>
    expireEventOffers(ctx).then(
      (n) => {
        if (n > 0) log.info({ expired: n }, 'event offers expired');
      },
      (err: unknown) => log.error({ err }, 'event offer expiry failed'),
    ),
  );
}
