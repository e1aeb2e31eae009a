/**
 * The world `npm run bench:http` measures: a throw-away PostgreSQL with a seeded city (talents,
 * employers, verified facts, open and closed applications), one officer, one reviewer of 人社局,
 * talents with accounts, a live talent code; and the built server (`apps/server/dist/main.js`)
 * started as production starts it, on loopback, against that database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase, type Database } from '../../apps/server/src/db/database.js';
import { migrate } from '../../apps/server/src/db/migrate.js';
import { createCipher } from '../../apps/server/src/personal-data/personal-data.js';
import { systemClock, businessDate } from '../../apps/server/src/platform/clock.js';
import { createContext, type AppContext } from '../../apps/server/src/platform/context.js';
import { seedPolicyPack } from '../../apps/server/src/policies/policy.service.js';
import { ensureSigningKey } from '../../apps/server/src/talent-code/signing-key.service.js';
import { issueTalentCode } from '../../apps/server/src/talent-code/talent-code.service.js';
import { seedCity } from '../../apps/server/src/seed/seed-city.js';
import { recomputeTalentTiers } from '../../apps/server/src/talents/talent-tier.js';
import { createAccount } from '../../apps/server/src/auth/accounts.service.js';
import { loadApplications } from '../review-queue-data.js';

/** Password of the bench's accounts (not the published demo password: the server runs as production). */
export const BENCH_PASSWORD = 'Bench-http-2026!';

/** What was loaded, and who signs in. */
export interface BenchWorld {
  url: string;
  dataDir: string;
  dataKeyHex: string;
  talents: number;
  employers: number;
  openApplications: number;
  loadSeconds: number;
  logins: { talents: string[]; officer: string; reviewer: string };
  /** A valid talent code (compact JWS) of one of the talents. */
  code: string;
}

/** Sizes of the seeded city. */
export interface WorldSize {
  talents: number;
  employers: number;
  open: number;
  closed: number;
  talentAccounts: number;
}

/** Creates database `name` on the temporary server and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return serverUrl.replace(/\/[^/]*$/, `/${name}`);
}

async function account(ctx: AppContext, input: Parameters<typeof createAccount>[2]): Promise<void> {
  await ctx.db.transaction((tx) => createAccount(ctx, tx, input, null));
}

/** Talents with a profile the calculator accepts (birth date, degree, employer), in id order. */
async function completeTalents(ctx: AppContext, n: number): Promise<string[]> {
  const r = (await ctx.db.execute(sql`
    SELECT id FROM talents WHERE birth_date IS NOT NULL AND highest_degree IS NOT NULL AND graduation_date IS NOT NULL
      AND employer_id IS NOT NULL AND id_number_enc IS NOT NULL ORDER BY id LIMIT ${n}`)) as unknown as { rows: { id: string }[] };
  return r.rows.map((x) => x.id);
}

/** Loads the city into a fresh database at `url` and creates the accounts and a talent code. */
export async function buildWorld(url: string, size: WorldSize): Promise<BenchWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-bench-http-'));
  const dataKeyHex = randomBytes(32).toString('hex');
  const database: Database = await openDatabase({ url, poolSize: 4 });
  try {
    await migrate(database);
    const config = loadConfig({ NODE_ENV: 'production', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', DATABASE_URL: url });
    const ctx = createContext({ config, database, clock: systemClock, cipher: createCipher(Buffer.from(dataKeyHex, 'hex')) });
    const t0 = performance.now();
    const today = businessDate(systemClock.now());
    await seedPolicyPack(ctx);
    await ensureSigningKey(ctx);
    await seedCity(ctx, { talents: size.talents, employers: size.employers, seed: 20_261_207, referenceDate: today });
    await recomputeTalentTiers(ctx, today);
    await loadApplications(database, { open: size.open, closed: size.closed, today });
    await database.exec('VACUUM ANALYZE');
    const loadSeconds = (performance.now() - t0) / 1000;

    const ids = await completeTalents(ctx, size.talentAccounts);
    if (ids.length === 0) throw new Error('no seeded talent has a complete profile');
    const talents = ids.map((_, i) => `139${String(70_000_000 + i).padStart(8, '0')}`);
    for (const [i, talentId] of ids.entries()) {
      await account(ctx, { role: 'talent', displayName: `bench talent ${i}`, password: BENCH_PASSWORD, mobile: talents[i]!, talentId, department: null });
    }
    await account(ctx, { role: 'officer', displayName: 'bench officer', password: BENCH_PASSWORD, username: 'bench-officer', department: 'rcb' });
    await account(ctx, { role: 'reviewer', displayName: 'bench reviewer', password: BENCH_PASSWORD, username: 'bench-reviewer', department: 'rsj' });
    const validUntil = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    const issued = await ctx.db.transaction((tx) => issueTalentCode(ctx, tx, { talentId: ids[0]!, tier: 'C', validUntil, actor: null }));
    return {
      url,
      dataDir,
      dataKeyHex,
      talents: size.talents,
      employers: size.employers,
      openApplications: size.open,
      loadSeconds,
      logins: { talents, officer: 'bench-officer', reviewer: 'bench-reviewer' },
      code: issued.token,
    };
  } finally {
    await database.close();
  }
}

/** A started server process. */
export interface ServerProcess {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts a built server (`main.js`) on 127.0.0.1:`port` over the world's database, as
 * production runs it (no demo seeding, warnings only in the log). `nodeArgs` go before the
 * script (e.g. `--cpu-prof`). Resolves once `/api/health` answers.
 */
export async function startServer(world: BenchWorld, mainJs: string, port: number, nodeArgs: string[] = []): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, mainJs], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: world.url,
      BOLE_DATA_DIR: world.dataDir,
      BOLE_DATA_KEY: world.dataKeyHex,
      BOLE_LOG_LEVEL: 'warn',
      BOLE_SEED_DEMO: 'false',
      // The verify scenario arrives from many service points: their addresses come in X-Forwarded-For.
      BOLE_TRUST_PROXY: '1',
      BOLE_LOGIN_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server ${mainJs} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
    if (i === 599) throw new Error(`server ${mainJs} did not answer /api/health in 120 s`);
  }
  return {
    origin,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs in over HTTP; returns the `Cookie` header value. */
export async function signInOver(origin: string, login: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: BENCH_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('bole_session='));
  if (res.status !== 200 || !cookie) throw new Error(`sign-in of ${login} failed: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0]!;
}
