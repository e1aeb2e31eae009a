/**
 * A node's short memory of session lookups (ADR 0020). Every API request names its session; reading it
 * (session and account, one query) was a database round trip per request, often several per
 * page. A lookup is remembered for `SESSION_CACHE_MS` of real time, keyed by the token's hash:
 *
 * - on this node, every write to sessions or accounts (sign-out, password change or reset,
 *   disabling, any account update: see account.repository.ts) forgets every remembered lookup
 *   at once, and a lookup that was in flight during such a write is not remembered (one that
 *   starts after the write but before its transaction commits reads the old row and may be
 *   remembered: the same bound as another node's write applies to it);
 * - a write this process did not make (another node, the `bole` command) is seen within
 *   `SESSION_CACHE_MS`: that is how long a session ended elsewhere may still answer here;
 * - expiry (idle and absolute) is checked against the clock on every request, and a session
 *   due for its `last_seen_at` write is read again, so neither depends on the memory.
 */

let generation = 0;

/** Forgets every remembered lookup of this process (called by each write to sessions or accounts). */
export function forgetSessions(): void {
  generation++;
}

interface Entry<T> {
  value: T;
  until: number;
  generation: number;
}

/** Remembered lookups by token hash, each for at most `ttlMs` of real time. */
export class SessionCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 50_000,
  ) {}

  /** The lookup remembered for `key`, unless it is older than the TTL or a write happened since. */
  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.generation === generation && performance.now() < e.until) return e.value;
    this.entries.delete(key);
    return undefined;
  }

  /**
   * Call before reading: returns the function that remembers the answer. The TTL counts from
   * the start of the read, and nothing is remembered when a write happened while it ran.
   */
  begin(): (key: string, value: T) => void {
    const started = { generation, at: performance.now() };
    return (key, value) => {
      if (this.ttlMs <= 0 || started.generation !== generation) return;
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { value, until: started.at + this.ttlMs, generation: started.generation });
    };
  }
}
