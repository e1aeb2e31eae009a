/**
 * How this instance reaches the others (the committee's trust list, members' status lists and
 * message endpoints): the global `fetch`, unless a test routes it to an in-process app.
 */
import type { AppContext } from '../platform/context.js';

/** The `fetch` the region uses. */
export type RegionFetch = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<Response>;

/** What region services write to the server log (never personal data). */
export interface RegionLogger {
  info(detail: object, message: string): void;
  warn(detail: object, message: string): void;
}

/** A logger that drops everything (CLI commands and tests that do not look). */
export const silentLogger: RegionLogger = { info: () => {}, warn: () => {} };

const fetches = new WeakMap<object, RegionFetch>();

/** Routes this instance's region calls through `fetch` (tests: to another app's `inject`). */
export function setRegionFetch(ctx: AppContext, fetch: RegionFetch): void {
  fetches.set(ctx.db, fetch);
}

/** The fetch of this instance; a request that takes longer than 10 s fails. */
export function regionFetch(ctx: AppContext): RegionFetch {
  return fetches.get(ctx.db) ?? ((url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(10_000) }));
}
