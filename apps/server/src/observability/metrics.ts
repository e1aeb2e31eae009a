/**
 * The server's Prometheus metrics, one registry per application context: requests by route
 * template and status, their latency, problem answers by `BOLE_*` code, failed sign-ins, and —
 * read when scraped — the database connections and the jobs under way (state-metrics.ts).
 * Labels hold route templates, codes and reasons only: never a URL, a login or an address.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database.js';
import type { Clock } from '../platform/clock.js';
import { registerStateMetrics } from './state-metrics.js';

/** Why a sign-in failed: a wrong password for an account, a login no account has, a locked-out address, an address over its limit. */
export type LoginFailureReason = 'wrong_password' | 'unknown_login' | 'locked' | 'address_limited';

/** One answered request, as the metrics count it. */
export interface AnsweredRequest {
  method: string;
  /** The route template (`/api/v1/talents/:id`), or `unmatched` for an answer no route gave. */
  route: string;
  status: number;
  seconds: number;
  /** The problem's code when the answer was a problem. */
  code: string | undefined;
}

/** What the rest of the server records; `registry` is what `/metrics` exposes. */
export interface Metrics {
  registry: Registry;
  observeRequest(r: AnsweredRequest): void;
  loginFailed(reason: LoginFailureReason): void;
}

/** Latency buckets for an API: 5 ms to 5 s. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Creates the metrics of one application context. */
export function createMetrics(source: { database: Database; clock: Clock }): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const requests = new Counter({
    name: 'bole_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'bole_http_request_duration_seconds',
    help: 'Time from receiving a request to answering it, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const problems = new Counter({
    name: 'bole_http_problems_total',
    help: 'problem+json answers, by BOLE_* code and status',
    labelNames: ['code', 'status'] as const,
    registers,
  });
  const loginFailures = new Counter({
    name: 'bole_login_failures_total',
    help: 'Failed sign-ins, by reason (wrong_password, unknown_login, locked, address_limited)',
    labelNames: ['reason'] as const,
    registers,
  });
  registerStateMetrics(registry, source);
  return {
    registry,
    observeRequest(r) {
      const status = String(r.status);
      requests.inc({ method: r.method, route: r.route, status });
      duration.observe({ method: r.method, route: r.route }, r.seconds);
      if (r.code !== undefined) problems.inc({ code: r.code, status });
    },
    loginFailed(reason) {
      loginFailures.inc({ reason });
    },
  };
}

/**
 * Adds the process's own metrics (CPU, memory, event loop lag, garbage collection; prom-client's
 * standard `process_*` and `nodejs_*` names) — once per process, by the server's entry point.
 */
export function collectProcessMetrics(metrics: Metrics): void {
  collectDefaultMetrics({ register: metrics.registry });
}
