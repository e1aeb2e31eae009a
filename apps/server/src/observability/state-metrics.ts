/**
 * Gauges read when Prometheus scrapes: the database pool's connections, whether the database
 * answered, and the jobs under way — how many, how far along, how old, and how long since
 * their last checkpoint (a job that stopped moving, or a sweep preview nobody confirms).
 * One query of the jobs per scrape, shared by every job gauge.
 */
import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import type { Clock } from '../platform/clock.js';
import { activeJobs, type ActiveJob } from './job-metrics.repository.js';

/** What one scrape read: the jobs under way, or null when the database did not answer. */
type Snapshot = ActiveJob[] | null;

/**
 * How long a scrape waits for the jobs query: a database that does not answer (a cut network
 * waits for the pool's connection timeout) shows as down instead of failing the whole scrape.
 */
const READ_TIMEOUT_MS = 2_000;

/** Reads the jobs once for all gauges of a scrape (their collects run together). */
function sharedRead(database: Database): () => Promise<Snapshot> {
  let inFlight: Promise<Snapshot> | null = null;
  return () => {
    if (inFlight) return inFlight;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), READ_TIMEOUT_MS);
    });
    inFlight = Promise.race([activeJobs(database.db).catch(() => null), timedOut]).finally(() => {
      clearTimeout(timer);
      inFlight = null;
    });
    return inFlight;
  };
}

/** The jobs grouped by kind and status. */
function groups(jobs: ActiveJob[]): Map<string, { kind: string; status: string; jobs: ActiveJob[] }> {
  const out = new Map<string, { kind: string; status: string; jobs: ActiveJob[] }>();
  for (const j of jobs) {
    const key = `${j.kind}\u0000${j.status}`;
    const g = out.get(key) ?? { kind: j.kind, status: j.status, jobs: [] };
    g.jobs.push(j);
    out.set(key, g);
  }
  return out;
}

const secondsSince = (now: number, at: string) => Math.max(0, (now - Date.parse(at)) / 1000);

/** Registers the pool, database and job gauges on `registry`. */
export function registerStateMetrics(registry: Registry, source: { database: Database; clock: Clock }): void {
  const registers = [registry];
  const { database, clock } = source;
  const read = sharedRead(database);

  const pool = (name: string, help: string, pick: (s: ReturnType<Database['poolStats']>) => number | null) =>
    new Gauge({
      name,
      help,
      labelNames: ['kind'] as const,
      registers,
      collect() {
        this.reset();
        const v = pick(database.poolStats());
        if (v !== null) this.set({ kind: database.kind }, v);
      },
    });
  pool('bole_db_pool_max', 'Most connections the pool opens (1 for embedded PGlite)', (s) => s.max);
  pool('bole_db_pool_open', 'Connections open, idle or in use', (s) => s.open);
  pool('bole_db_pool_idle', 'Open connections not in use (PostgreSQL only)', (s) => s.idle);
  pool('bole_db_pool_waiting', 'Queries waiting for a connection (PostgreSQL only)', (s) => s.waiting);

  new Gauge({
    name: 'bole_database_up',
    help: '1 when the database answered the last scrape, else 0',
    registers,
    async collect() {
      this.set((await read()) === null ? 0 : 1);
    },
  });

  const perGroup = (name: string, help: string, value: (jobs: ActiveJob[], now: number) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['kind', 'status'] as const,
      registers,
      async collect() {
        this.reset();
        const jobs = await read();
        if (jobs === null) return;
        const now = clock.now().getTime();
        for (const g of groups(jobs).values()) this.set({ kind: g.kind, status: g.status }, value(g.jobs, now));
      },
    });
  perGroup('bole_jobs', 'Jobs not over: running, confirming (being written) or preview (waiting for a second officer)', (jobs) => jobs.length);
  perGroup('bole_job_progress_ratio', 'Share of its items the oldest job of the kind and status has processed (0–1)', (jobs) => {
    const oldest = jobs.reduce((a, b) => (a.createdAt <= b.createdAt ? a : b));
    return oldest.total > 0 ? Math.min(1, oldest.processed / oldest.total) : 0;
  });
  perGroup('bole_job_age_seconds', 'Age of the oldest job of the kind and status', (jobs, now) => Math.max(...jobs.map((j) => secondsSince(now, j.createdAt))));
  perGroup('bole_job_checkpoint_age_seconds', 'Longest time since a job of the kind and status last committed a checkpoint or changed status', (jobs, now) =>
    Math.max(...jobs.map((j) => secondsSince(now, j.updatedAt))),
  );
}
