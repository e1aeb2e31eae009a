#!/usr/bin/env node
/**
 * `npm run region`: the 长株潭 region on one machine — 株洲 (430200), 长沙 (430100) and 湘潭
 * (430300) as three server processes, each with its own database (a PGlite folder, or its own
 * PostgreSQL database when DATABASE_URL is given), data key and city data, and a trust list the
 * committee key signs for them, served by this launcher. Prints `REGION <adminCode> <baseUrl>`
 * per instance once all three are healthy; SIGINT/SIGTERM stops them all. README "Running the region".
 *
 *   npm run region                                   # a fresh region under a temporary folder
 *   npm run region -- --dir ./region-data            # keep the data: a second run reuses it
 *   npm run region -- --ports 5420,5421,5422 --trust-port 5423 --refresh-seconds 10
 */
import { createWriteStream, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildServer, isStale } from '../apps/server/scripts/build.mjs';
import { createDatabases, databaseUrlFor, planInstance, REGION_CITIES, startInstance, stopInstance, waitHealthy, waitTrustList } from './region/instances.mjs';
import { seedDemoTalent, seedStaff } from './region/seed.mjs';
import { ensureCommitteeKey, readRegion, serveTrustList, signTrustList } from './region/trust.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    dir: { type: 'string' },
    ports: { type: 'string', default: process.env.BOLE_REGION_PORTS ?? '5420,5421,5422' },
    'trust-port': { type: 'string' },
    'refresh-seconds': { type: 'string', default: process.env.BOLE_REGION_REFRESH_SECONDS ?? '10' },
    'clock-offset': { type: 'boolean', default: false },
    'health-timeout-seconds': { type: 'string', default: '240' },
  },
});

const say = (line) => process.stdout.write(`${line}\n`);
const ports = opts.ports.split(',').map(Number);
if (ports.length !== REGION_CITIES.length || ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
  process.stderr.write(`--ports: three port numbers separated by commas (got ${opts.ports})\n`);
  process.exit(2);
}
const trustPort = Number(opts['trust-port'] ?? ports[ports.length - 1] + 1);
const refreshSeconds = Number(opts['refresh-seconds']);
const root = resolve(opts.dir ?? mkdtempSync(join(tmpdir(), 'bole-region-')));
mkdirSync(root, { recursive: true });

// —— build what is stale: the web app (served by every instance), the server and the `bole` command
say(`region: data under ${root}`);
const web = spawnSync(process.execPath, [join(repo, 'e2e', 'support', 'build-web-if-stale.mjs')], { cwd: repo, stdio: 'inherit' });
if (web.status !== 0) process.exit(web.status ?? 1);
const stale = ['main', 'cli'].filter(isStale);
if (stale.length > 0)
  await buildServer(stale).catch((err) => {
    process.stderr.write(`region: the server does not build: ${err.message.split('\n')[0]}\n`);
    process.exit(1);
  });

// —— the committee key, and the trust list's publication point
const region = readRegion(repo);
let committee = null;
try {
  committee = ensureCommitteeKey(repo, root);
} catch (err) {
  // Until the build has the `bole region` commands, the instances run side by side without a trust list.
  process.stderr.write(
    `region: no committee key (${
      String(err.stderr ?? err.message)
        .trim()
        .split('\n')[0]
    }); the instances run without a trust list\n`,
  );
}
const trustServer = await serveTrustList(committee?.dir ?? root, trustPort);
const trustListUrl = `http://127.0.0.1:${trustPort}/trust-list.jws`;

const plans = REGION_CITIES.map((city, i) =>
  planInstance({
    root,
    repo,
    city,
    port: ports[i],
    databaseUrl: process.env.DATABASE_URL ? databaseUrlFor(process.env.DATABASE_URL, city.code) : undefined,
    region: committee ? { trustListUrl, committeeJwksFile: committee.jwks, refreshSeconds } : null,
    clockOffset: opts['clock-offset'],
  }),
);
if (process.env.DATABASE_URL)
  await createDatabases(
    process.env.DATABASE_URL,
    plans.map((p) => p.env.DATABASE_URL),
  );

// —— start the three, stop them all on a signal
const running = new Map();
let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all([...running.values()].map((child) => stopInstance(child)));
  trustServer.close();
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

/** One city, from first-start seeding to healthy: the three run side by side. */
async function bringUp(plan) {
  // A city without the synthetic demo city gets its staff logins before its server opens the database.
  if (plan.fresh && !plan.city.demoCity) await seedStaff(repo, plan);
  if (stopping) return;
  const child = startInstance(repo, plan, createWriteStream(join(plan.dir, 'server.log'), { flags: 'a' }));
  running.set(plan.city.adminCode, child);
  // A member that stops leaves the others running: the region does not depend on any one of them.
  child.on('exit', (code, signal) => {
    if (!stopping) say(`region: ${plan.city.names.zh} (${plan.city.adminCode}) stopped (${signal ?? `code ${code}`}); the others keep running`);
  });
  await waitHealthy(plan.baseUrl, child, Number(opts['health-timeout-seconds']) * 1000);
  if (plan.fresh && !plan.city.demoCity) await seedDemoTalent(plan);
  writeFileSync(join(plan.dir, 'started'), `${new Date().toISOString()}\n`);
}

try {
  await Promise.all(
    plans.map((p) =>
      bringUp(p).catch((err) => {
        throw new Error(`${p.city.names.zh} (${p.baseUrl}): ${err.message}; see ${join(p.dir, 'server.log')}`);
      }),
    ),
  );
  writeFileSync(
    join(root, 'instances.json'),
    `${JSON.stringify(
      plans.map((p) => ({ adminCode: p.city.adminCode, city: p.city.code, baseUrl: p.baseUrl, pid: running.get(p.city.adminCode).pid, dir: p.dir })),
      null,
      2,
    )}\n`,
  );
  if (committee) {
    const members = plans.map((p) => ({ adminCode: p.city.adminCode, name: p.city.names, baseUrl: p.baseUrl }));
    const { list } = await signTrustList(repo, committee, region, members);
    say(`region: trust list version ${list.version} signed for ${list.members.length} members, served at ${trustListUrl} (refresh every ${refreshSeconds} s)`);
    // Each instance fetches it on its schedule: the region is ready when all three hold it.
    await Promise.all(plans.map((p) => waitTrustList(p.baseUrl, list.version, (refreshSeconds + 30) * 1000)));
  }
} catch (err) {
  process.stderr.write(`region: ${err.message}\n`);
  await stopAll(1);
}

say(`TRUST-LIST ${trustListUrl}`);
for (const plan of plans) say(`REGION ${plan.city.adminCode} ${plan.baseUrl}`);
