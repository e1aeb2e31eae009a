/**
 * The region's member instances as processes: where each keeps its data (a PGlite folder, or
 * its own PostgreSQL database when DATABASE_URL is given), its data key, its environment, and
 * starting, probing and stopping the built server (apps/server/dist/main.js) with plain node.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The three cities of 长株潭: folder under cities/, administrative code, whether the demo city is seeded. */
export const REGION_CITIES = [
  { code: 'zhuzhou', adminCode: '430200', names: { zh: '株洲市', en: 'Zhuzhou' }, demoCity: true },
  { code: 'changsha', adminCode: '430100', names: { zh: '长沙市', en: 'Changsha' }, demoCity: false },
  { code: 'xiangtan', adminCode: '430300', names: { zh: '湘潭市', en: 'Xiangtan' }, demoCity: false },
];

/** The instance's data key (64 hex characters), created once in its folder and kept for restarts. */
export function dataKeyOf(dir) {
  const file = join(dir, 'data-key');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** DATABASE_URL with its database name replaced by `<name>_<city>` (one database per instance). */
export function databaseUrlFor(baseUrl, city) {
  const url = new URL(baseUrl);
  const base = url.pathname.replace(/^\//, '') || 'bole';
  url.pathname = `/${base}_${city}`;
  return url.toString();
}

/** Creates the instances' PostgreSQL databases that do not exist yet (needs a role allowed to CREATE DATABASE). */
export async function createDatabases(baseUrl, urls) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    for (const u of urls) {
      const name = new URL(u).pathname.slice(1);
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (rowCount === 0) await admin.query(`create database "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * The plan of one instance: its folder, port, URL and environment. `region` holds what every
 * member shares (the trust list's URL, the committee's public keys, the refresh period), or null.
 */
export function planInstance({ root, repo, city, port, databaseUrl, region, clockOffset }) {
  const dir = join(root, city.code);
  mkdirSync(dir, { recursive: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    BOLE_DATA_DIR: dir,
    BOLE_DATA_KEY: dataKeyOf(dir),
    BOLE_CITY_DIR: join(repo, 'cities', city.code),
    BOLE_PUBLIC_ORIGIN: baseUrl,
    BOLE_SEED_DEMO: String(city.demoCity),
    BOLE_LOG_LEVEL: process.env.BOLE_LOG_LEVEL ?? 'warn',
    BOLE_LOGIN_RATE_LIMIT: '10000',
    BOLE_REGISTER_RATE_LIMIT: '10000',
    ...(region
      ? {
          BOLE_REGION_TRUST_LIST_URL: region.trustListUrl,
          BOLE_REGION_COMMITTEE_JWKS: region.committeeJwksFile,
          BOLE_REGION_REFRESH_SECONDS: String(region.refreshSeconds),
        }
      : {}),
    ...(clockOffset ? { BOLE_CLOCK_OFFSET_FILE: join(dir, 'clock-offset') } : {}),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  return { city, dir, port, baseUrl, env, fresh: !existsSync(join(dir, 'started')) };
}

/** Starts the built server for a plan; its output goes to `<dir>/server.log`. */
export function startInstance(repo, plan, logStream) {
  const child = spawn(process.execPath, ['--enable-source-maps', join(repo, 'apps', 'server', 'dist', 'main.js')], {
    cwd: repo,
    env: plan.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(logStream, { end: false });
  child.stderr.pipe(logStream, { end: false });
  return child;
}

/** Waits until `GET <baseUrl>/api/health` answers 200 (or the child exits, or `timeoutMs` passes). */
export async function waitHealthy(baseUrl, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode} before it was healthy`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not healthy after ${Math.round(timeoutMs / 1000)} s`);
}

/** Stops a child with SIGTERM (the server drains and closes its database), SIGKILL after `graceMs`. */
export function stopInstance(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Waits until the instance holds trust list `version` (`GET /api/v1/region/trust-list`; it
 * fetches on its schedule). Resolves false when the instance has no such route (a build
 * without the region).
 */
export async function waitTrustList(baseUrl, version, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const res = await fetch(`${baseUrl}/api/v1/region/trust-list`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
    if (res?.status === 404) return false;
    if (res?.ok && (await res.json()).list?.version === version) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`did not take trust list version ${version} within ${Math.round(timeoutMs / 1000)} s (see its server.log)`);
}
