/**
 * Where @fastify/rate-limit counts requests: in the database (`auth_throttles`, keys `rate:…`),
 * not in each process's memory, so every server node on one PostgreSQL spends one budget per
 * client address and route. One statement per limited request (an atomic upsert-increment);
 * counters idle for a day are deleted, at most once an hour per node.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { AppContext } from '../platform/context.js';
import { LOGIN_DAY_MS } from './login-rules.js';
import { hitThrottle, pruneIdleThrottles } from './throttle.repository.js';

/** How often a node deletes idle counters. */
const PRUNE_EVERY_MS = 3600_000;

/**
 * Counters idle this long are deleted. Every window (sign-in counters, recovery codes, route
 * limits) is at most a day, so a counter idle for a day has nothing left to say.
 */
export const IDLE_COUNTER_MS = LOGIN_DAY_MS;

/** The @fastify/rate-limit store class over this context's database and clock. */
export function databaseRateLimitStore(ctx: AppContext): FastifyRateLimitStoreCtor {
  let lastPrune = 0;
  const pruneNow = async (now: Date) => {
    if (now.getTime() - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = now.getTime();
    await pruneIdleThrottles(ctx.db, new Date(now.getTime() - IDLE_COUNTER_MS), now);
  };

  const count = async (key: string, timeWindow: number) => {
    const now = ctx.clock.now();
    await pruneNow(now);
    const row = await hitThrottle(ctx.db, key, now, timeWindow);
    return { current: row.count, ttl: Math.max(0, row.windowStart.getTime() + timeWindow - now.getTime()) };
  };

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;

    /** `@fastify/rate-limit` passes its options first; a route's store has its own key prefix. */
    constructor(_options?: unknown, prefix = 'rate:*|') {
      this.prefix = prefix;
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      count(this.prefix + key, timeWindow).then(
        (result) => callback(null, result),
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    }

    /** A route's store: its counters are keyed by method and route as well as by address. */
    child(declared: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin passes the route's merged limit options, the route under `routeInfo` (as its Redis store reads them).
      const options = declared as unknown as { routeInfo?: { method?: string | string[]; url?: string }; timeWindow?: unknown };
      const method = [options.routeInfo?.method ?? '*'].flat().join(',');
      const route = `${method} ${options.routeInfo?.url ?? '*'}`;
      if (typeof options.timeWindow === 'number' && options.timeWindow > IDLE_COUNTER_MS) {
        throw new Error(`The rate limit of ${route} has a window longer than a day; idle counters are deleted after a day`);
      }
      return new DatabaseRateLimitStore(undefined, `rate:${route}|`);
    }
  }
  return DatabaseRateLimitStore;
}
