/** The source of "now"; tests pass a fixed clock. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

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

/** Today's business date (Asia/Shanghai) as YYYY-MM-DD. */
export function businessDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
