/**
 * `npm run bench:http` — the API under load over real HTTP, one server process on loopback.
 *
 * Builds the server (`apps/server/dist/main.js`), starts a throw-away PostgreSQL, seeds a city
 * (30,000 talents, 600 employers, verified facts, 20,000 open and 20,000 closed applications),
 * creates talents, an officer and a reviewer of 人社局 with accounts and a live talent code, starts
 * the server as production does and signs everyone in over HTTP. Then, per scenario, with
 * autocannon (`http-load.ts`): a warm-up, a steady 200 requests/s (target p99 ≤ 50 ms), and the
 * highest rate held at p99 ≤ 100 ms (doubling, then bisecting; each probe a few seconds).
 *
 * Scenarios: `calculator` (a signed-in talent's POST /api/v1/calculator `{}`, ten talents in
 * turn), `talentList` (an officer's first page), `talentListFiltered` (district + degree),
 * `reviewQueue` (人社局's queue, pages 1–5), `verify` (POST /api/v1/talent-code/verify, each
 * request from another service point's address, as X-Forwarded-For through one trusted proxy).
 *
 * Peer in the same run: `--peer path/to/main.js` starts a second build (e.g. an earlier commit's)
 * on the same database, and every measurement is made on both, alternating which goes first.
 * `--cpu-prof DIR` runs the server under `node --cpu-prof` and leaves the profile in DIR.
 *
 * Beside latency, the CPU the steady runs cost per answered request — the server process and the
 * PostgreSQL server's processes, from /proc — which a busy machine inflates far less than latency.
 *
 * Ends with one JSON line: per scenario `p50MsAt200`, `p99MsAt200`, `maxRpsAtP99Under100`,
 * `cpuMsPerRequest`, the load average, and the peer's figures when there is one; the calculator's
 * steps (`calculatorPhasesMs`, calculator-phases.ts).
 *
 * Options (flags or env BENCH_*): --talents 30000 --employers 600 --open 20000 --closed 20000
 *   --steady-seconds 10 --probe-seconds 4 --connections 10 --runs 1 --port 3460
 *   --scenarios calculator,talentList,... --peer FILE --cpu-prof DIR
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { startTempPostgres } from '../../apps/server/test/postgres-server.js';
import { buildWorld, createDatabase, signInOver, startServer, type BenchWorld, type ServerProcess } from './http-setup.js';
import { maxRateHeld, runAt, type RunResult, type Scenario } from './http-load.js';
import { calculatorPhases, type PhaseTime } from './calculator-phases.js';
import { serverCpuSeconds } from '../server-cpu.js';

const repo = join(import.meta.dirname, '..', '..');
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`];
};
const num = (name: string, fallback: number) => Number(flag(name) ?? fallback);

const SIZE = {
  talents: num('talents', 30_000),
  employers: num('employers', 600),
  open: num('open', 20_000),
  closed: num('closed', 20_000),
  talentAccounts: 10,
};
const STEADY_RPS = 200;
const STEADY_P99_TARGET = 50;
const MAX_P99_BOUND = 100;
const STEADY_SECONDS = num('steady-seconds', 10);
const PROBE_SECONDS = num('probe-seconds', 4);
const CONNECTIONS = num('connections', 10);
const RUNS = num('runs', 1);
const PORT = num('port', 3460);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const load1 = () => Number(loadavg()[0]!.toFixed(2));

/** The scenarios over the world's signed-in cookies. */
function scenarios(cookies: { talents: string[]; officer: string; reviewer: string }, code: string): Scenario[] {
  const json = (cookie?: string) => ({ 'content-type': 'application/json', ...(cookie ? { cookie } : {}) });
  let address = 0;
  return [
    { name: 'calculator', requests: cookies.talents.map((c) => ({ method: 'POST', path: '/api/v1/calculator', headers: json(c), body: '{}' })) },
    { name: 'talentList', requests: [{ method: 'GET', path: '/api/v1/talents?page=1&pageSize=20', headers: { cookie: cookies.officer } }] },
    {
      name: 'talentListFiltered',
      requests: [
        {
          method: 'GET',
          path: `/api/v1/talents?page=1&pageSize=20&district=${encodeURIComponent('攸县')}&degree=master`,
          headers: { cookie: cookies.officer },
        },
      ],
    },
    {
      name: 'reviewQueue',
      requests: [1, 2, 3, 4, 5].map((p) => ({ method: 'GET', path: `/api/v1/review/queue?page=${p}&pageSize=20`, headers: { cookie: cookies.reviewer } })),
    },
    {
      name: 'verify',
      requests: [
        {
          method: 'POST',
          path: '/api/v1/talent-code/verify',
          headers: json(),
          body: JSON.stringify({ code }),
          // Many service points: each request from another address (the per-address limit is 300 a minute).
          setupRequest: (req) => {
            address = (address + 1) % 60_000;
            return { ...req, headers: { ...req.headers, 'x-forwarded-for': `10.9.${address >> 8}.${address & 255}` } };
          },
        },
      ],
    },
  ];
}

/** Checks every request of a scenario answers 200 once, before any timing. */
async function smoke(origin: string, s: Scenario): Promise<void> {
  for (const q of s.requests) {
    const res = await fetch(origin + q.path, { method: q.method, headers: { ...q.headers, 'x-forwarded-for': '10.8.0.1' }, body: q.body });
    if (res.status !== 200) throw new Error(`${s.name}: ${q.method} ${q.path} answered ${res.status} ${(await res.text()).slice(0, 300)}`);
  }
}

interface Figures {
  /** CPU milliseconds per answered request during the steady runs: the server process and PostgreSQL. */
  cpuMsPerRequest: { node: number; postgres: number };
  p50MsAt200: number;
  p99MsAt200: number;
  rpsAt200: number;
  maxRpsAtP99Under100: number;
  steadyRuns: RunResult[];
  probes: RunResult[];
  load: number;
}

/** CPU seconds used so far by process `pid` (user + system, from /proc). */
function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

async function measure(server: ServerProcess, s: Scenario, pgPort: number): Promise<Figures> {
  await runAt(server.origin, s, 100, 3, CONNECTIONS); // warm-up: JIT, caches, pool
  const steadyRuns: RunResult[] = [];
  const cpu0 = { node: processCpuSeconds(server.pid), postgres: serverCpuSeconds(pgPort) };
  for (let i = 0; i < RUNS; i++) steadyRuns.push(await runAt(server.origin, s, STEADY_RPS, STEADY_SECONDS, CONNECTIONS));
  const answered = steadyRuns.reduce((n, r) => n + r.rps * STEADY_SECONDS, 0);
  const perRequest = (seconds: number) => Number(((seconds * 1000) / Math.max(1, answered)).toFixed(2));
  const cpuMsPerRequest = {
    node: perRequest(processCpuSeconds(server.pid) - cpu0.node),
    postgres: perRequest(serverCpuSeconds(pgPort) - cpu0.postgres),
  };
  const search = await maxRateHeld(server.origin, s, {
    start: 100,
    ceiling: 3200,
    p99Bound: MAX_P99_BOUND,
    seconds: PROBE_SECONDS,
    connections: CONNECTIONS,
    refine: 3,
  });
  return {
    cpuMsPerRequest,
    p50MsAt200: median(steadyRuns.map((r) => r.p50)),
    p99MsAt200: median(steadyRuns.map((r) => r.p99)),
    rpsAt200: median(steadyRuns.map((r) => r.rps)),
    maxRpsAtP99Under100: search.maxRps,
    steadyRuns,
    probes: search.probes,
    load: load1(),
  };
}

function line(label: string, f: Figures): string {
  const steady = f.steadyRuns.map((r) => `p50 ${r.p50} p99 ${r.p99} (${r.rps}/s, load ${r.load})`).join('; ');
  const probes = f.probes.map((r) => `${r.askedRps}→${r.rps}/s p99 ${r.p99}${r.non2xx ? ` non2xx ${r.non2xx}` : ''}`).join(', ');
  return `${label.padEnd(28)} at 200/s: ${steady}; CPU ms/request node ${f.cpuMsPerRequest.node} + PostgreSQL ${f.cpuMsPerRequest.postgres}\n${''.padEnd(28)} max at p99 ≤ ${MAX_P99_BOUND} ms: ${f.maxRpsAtP99Under100}/s [${probes}]`;
}

function phaseTable(phases: PhaseTime[]): string {
  const total = phases.reduce((s, p) => s + p.mean, 0);
  const rows = phases.map(
    (p) => `  ${p.phase.padEnd(18)} ${p.p50.toFixed(3).padStart(8)} ${p.p99.toFixed(3).padStart(8)} ${((100 * p.mean) / total).toFixed(0).padStart(5)} %`,
  );
  return [`calculator steps, one request at a time (ms):  p50      p99   share of mean`, ...rows, ''].join('\n');
}

async function main() {
  const build = spawnSync(process.execPath, [join(repo, 'apps/server/scripts/build.mjs'), 'main'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('server build failed');
  const loadStart = load1();
  const pgServer = await startTempPostgres();
  let world: BenchWorld | undefined;
  const servers: ServerProcess[] = [];
  try {
    world = await buildWorld(await createDatabase(pgServer.url, 'bench_http'), SIZE);
    const profDir = flag('cpu-prof');
    const main = await startServer(world, join(repo, 'apps/server/dist/main.js'), PORT, profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []);
    servers.push(main);
    const peerJs = flag('peer');
    const peer = peerJs ? await startServer(world, peerJs, PORT + 1) : undefined;
    if (peer) servers.push(peer);
    const cookies = {
      talents: await Promise.all(world.logins.talents.map((l) => signInOver(main.origin, l))),
      officer: await signInOver(main.origin, world.logins.officer),
      reviewer: await signInOver(main.origin, world.logins.reviewer),
    };
    const only = flag('scenarios')?.split(',');
    const chosen = scenarios(cookies, world.code).filter((s) => !only || only.includes(s.name));
    process.stdout.write(
      `# bench:http — ${new Date().toISOString()}\n` +
        `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; load at start ${loadStart}\n` +
        `data: ${SIZE.talents} talents, ${SIZE.employers} employers, ${SIZE.open} open + ${SIZE.closed} closed applications, loaded in ${world.loadSeconds.toFixed(1)} s\n` +
        `${CONNECTIONS} connections at ${STEADY_RPS}/s for ${STEADY_SECONDS} s × ${RUNS}; max-rate probes of ${PROBE_SECONDS} s; latency in ms\n`,
    );
    const out: Record<string, unknown> = {};
    if (!only || only.includes('calculator')) {
      const phases = await calculatorPhases(world, cookies.talents[0]!, num('phase-requests', 500));
      process.stdout.write(phaseTable(phases));
      out.calculatorPhasesMs = Object.fromEntries(phases.map((p) => [p.phase, { p50: p.p50, p99: p.p99 }]));
    }
    for (const [i, s] of chosen.entries()) {
      for (const server of servers) await smoke(server.origin, s);
      const order = peer && i % 2 === 1 ? [peer, main] : peer ? [main, peer] : [main];
      const figures = new Map<ServerProcess, Figures>();
      for (const server of order) figures.set(server, await measure(server, s, pgServer.port));
      const f = figures.get(main)!;
      process.stdout.write(line(s.name, f) + '\n');
      const entry: Record<string, unknown> = {
        p50MsAt200: f.p50MsAt200,
        p99MsAt200: f.p99MsAt200,
        rpsAt200: f.rpsAt200,
        cpuMsPerRequest: f.cpuMsPerRequest,
        p99TargetAt200Met: f.p99MsAt200 <= STEADY_P99_TARGET && f.rpsAt200 >= 0.97 * STEADY_RPS,
        maxRpsAtP99Under100: f.maxRpsAtP99Under100,
        load: f.load,
      };
      if (peer) {
        const p = figures.get(peer)!;
        process.stdout.write(line(`${s.name} (peer)`, p) + '\n');
        entry.peer = {
          p50MsAt200: p.p50MsAt200,
          p99MsAt200: p.p99MsAt200,
          rpsAt200: p.rpsAt200,
          cpuMsPerRequest: p.cpuMsPerRequest,
          maxRpsAtP99Under100: p.maxRpsAtP99Under100,
          load: p.load,
        };
      }
      out[s.name] = entry;
    }
    out.loadAverageStart = loadStart;
    out.loadAverageEnd = load1();
    out.connections = CONNECTIONS;
    out.talents = SIZE.talents;
    process.stdout.write(JSON.stringify(out) + '\n');
  } finally {
    for (const s of servers) await s.stop();
    pgServer.stop();
    if (world) rmSync(world.dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
