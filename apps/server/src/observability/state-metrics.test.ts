/**
 * The gauges read at scrape time, on a database that stopped answering: the pool's counters
 * still show (every connection busy, queries waiting), the database shows down, and the scrape
 * ends in about two seconds instead of waiting for the pool's connection timeout.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import { fixedClock } from '../platform/clock.js';
import { registerStateMetrics } from './state-metrics.js';

/** A query builder whose every query never finishes (a cut network). */
const hanging: unknown = new Proxy(function () {}, {
  get: (_t, key) => (key === 'then' ? () => undefined : hanging),
  apply: () => hanging,
});

describe('scrape-time gauges', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a saturated pool and a database that does not answer, without hanging the scrape', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const database = { kind: 'postgres', db: hanging, poolStats: () => ({ max: 10, open: 10, idle: 0, waiting: 7 }) } as unknown as Database;
    const registry = new Registry();
    registerStateMetrics(registry, { database, clock: fixedClock('2026-07-15T02:00:00Z') });
    const scrape = registry.metrics();
    await vi.advanceTimersByTimeAsync(2_000);
    const text = await scrape;
    expect(text).toMatch(/^bole_db_pool_open\{kind="postgres"\} 10$/m);
    expect(text).toMatch(/^bole_db_pool_idle\{kind="postgres"\} 0$/m);
    expect(text).toMatch(/^bole_db_pool_waiting\{kind="postgres"\} 7$/m);
    expect(text).toMatch(/^bole_database_up 0$/m);
    expect(text).not.toMatch(/^bole_jobs\{/m);
  });
});
