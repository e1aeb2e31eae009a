/**
 * Load runs with autocannon over loopback: a steady rate (autocannon's `overallRate`, spread over
 * the connections) and the search for the highest rate a scenario holds at a p99 bound. Latency
 * is what autocannon measures from sending a request to its last byte, in whole milliseconds;
 * a request that could not be sent on time (all connections busy) waits, and its wait is not
 * counted (no coordinated-omission correction) — so a rate counts as held only when the server
 * also kept up with it (≥ 97 % of the asked rate answered) and answered 2xx only.
 */
import { loadavg } from 'node:os';
import autocannon from 'autocannon';

/** One request of a scenario, as autocannon sends it. */
export interface ScenarioRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Changes each request before it is sent (e.g. another client address). */
  setupRequest?: autocannon.Request['setupRequest'];
}

/** A scenario: requests sent in turn by every connection. */
export interface Scenario {
  name: string;
  requests: ScenarioRequest[];
}

/** The outcome of one run at one rate. */
export interface RunResult {
  askedRps: number;
  /** 2xx answers per second over the run. */
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  /** 1-minute load average at the end of the run. */
  load: number;
}

/** Runs `scenario` at `rate` requests per second for `seconds` over `connections` connections. */
export async function runAt(origin: string, scenario: Scenario, rate: number, seconds: number, connections: number): Promise<RunResult> {
  const r = await autocannon({
    url: origin,
    connections: Math.min(connections, rate),
    overallRate: rate,
    duration: seconds,
    requests: scenario.requests.map((q) => ({ ...q })),
    timeout: 10,
  });
  return {
    askedRps: rate,
    rps: Math.round(r['2xx'] / r.duration),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    non2xx: r.non2xx,
    errors: r.errors,
    load: Number(loadavg()[0]!.toFixed(2)),
  };
}

/** Whether a run held its rate under the p99 bound: on time, every answer 2xx, no errors. */
export function held(r: RunResult, p99Bound: number): boolean {
  return r.p99 <= p99Bound && r.non2xx === 0 && r.errors === 0 && r.rps >= 0.97 * r.askedRps;
}

/** Options of the search for the highest rate held. */
export interface SearchOptions {
  start: number;
  ceiling: number;
  p99Bound: number;
  seconds: number;
  connections: number;
  /** Bisection steps after the first rate that fails. */
  refine: number;
}

/**
 * The highest rate held at p99 ≤ bound: doubles from `start` until a rate fails (or the ceiling
 * holds), then bisects between the last held and the first failed rate. 0 when even `start`
 * fails; every probe is returned for the record.
 */
export async function maxRateHeld(origin: string, scenario: Scenario, o: SearchOptions): Promise<{ maxRps: number; probes: RunResult[] }> {
  const probes: RunResult[] = [];
  const probe = async (rate: number) => {
    await runAt(origin, scenario, rate, 1, o.connections); // a second at the new rate first: the pool and the caches settle
    const r = await runAt(origin, scenario, rate, o.seconds, o.connections);
    probes.push(r);
    return held(r, o.p99Bound);
  };
  let good = 0;
  let rate = o.start;
  while (await probe(rate)) {
    good = rate;
    if (rate === o.ceiling) return { maxRps: good, probes };
    rate = Math.min(rate * 2, o.ceiling);
  }
  let bad = rate;
  for (let i = 0; i < o.refine && bad - good > Math.max(10, good * 0.05); i++) {
    const mid = Math.round((good + bad) / 2);
    if (await probe(mid)) good = mid;
    else bad = mid;
  }
  return { maxRps: good, probes };
}
