import { readFileSync } from 'node:fs';

/** The source of "now"; tests pass a fixed clock. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * The wall clock plus an offset in milliseconds read from `path` (re-read at most every
 * 100 ms; a missing or empty file means no offset). Browser tests use it to let the public
 * notice end; configuration refuses it in production.
 */
export function offsetFileClock(path: string): Clock {
  let offset = 0;
  let readAt = -Infinity;
  return {
    now: () => {
      const t = Date.now();
      if (t - readAt >= 100) {
        readAt = t;
        let text: string;
        try {
          text = readFileSync(path, 'utf8').trim();
        } catch {
          text = '';
        }
        const n = Number(text);
        offset = text !== '' && Number.isFinite(n) ? n : 0;
      }
      return new Date(t + offset);
    },
  };
}

/** A clock frozen at (or movable from) a given instant, for tests. */
export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let t = new Date(iso).getTime();
  return {
    now: () => new Date(t),
    set: (s) => {
      t = new Date(s).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** Today's business date (Asia/Shanghai) as YYYY-MM-DD: the contracts' one definition, shared with the web. */
export { businessDate } from '@bole/contracts';
