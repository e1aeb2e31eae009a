/**
 * Crash safety of the sweep: `bole sweep` is killed with SIGKILL at random moments, run again,
 * and must end with exactly the entitlements of an uninterrupted run (PGlite data folder or
 * PostgreSQL, following the vitest project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../config.js';
import { openContext } from '../platform/bootstrap.js';
import { fixedClock } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { testDbKind } from '../../test/test-context.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { seedCity } from '../seed/seed-city.js';
import { allEntitlements } from './entitlement.repository.js';
import { startSweep } from './sweep.service.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const AT = '2026-07-01';
let env: Record<string, string>;
let dataDir: string;
let dropDb: (() => Promise<void>) | undefined;

async function open(): Promise<AppContext> {
  return openContext(loadConfig({ ...process.env, ...env }), fixedClock('2026-07-01T02:00:00Z'));
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bole-crash-'));
  env = { NODE_ENV: 'test', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', BOLE_DATA_KEY: randomBytes(32).toString('hex') };
  if (testDbKind === 'postgres') {
    const admin = inject('pgUrl');
    const name = `bole_crash_${randomBytes(5).toString('hex')}`;
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    env.DATABASE_URL = admin.replace(/\/[^/]*$/, `/${name}`);
    dropDb = async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    };
  }
  const ctx = await open();
  await seedPolicyPack(ctx);
  await seedCity(ctx, { talents: 3_000, employers: 60, seed: 5, referenceDate: AT });
  await ctx.database.close();
}, 300_000);

afterAll(async () => {
  await dropDb?.();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `bole sweep`; kills it `killAfterMs` after it printed that it started (never when undefined). */
function runCli(killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'apps/server/src/cli/main.ts', 'sweep', '--at', AT, '--chunk-size', '10'], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: false,
    });
    let out = '';
    let armed = false;
    const onData = (b: Buffer) => {
      out += b.toString();
      if (killAfterMs !== undefined && !armed && /(Starting|Resuming) sweep/.test(out)) {
        armed = true;
        // npx → node: kill the whole tree's leaf by signalling the process group member that runs the sweep.
        setTimeout(() => killTree(child.pid!), killAfterMs);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

/** SIGKILLs a process and its descendants (npx spawns node). */
function killTree(pid: number): void {
  let children: number[];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    children = [];
  }
  for (const c of children) killTree(c);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

const terms = (rows: Awaited<ReturnType<typeof allEntitlements>>) =>
  rows.map((e) => `${e.talentId}|${e.policyId}|${e.source}|${e.amountFen}|${e.period}|${e.months}|${e.startDate}|${e.endDate}|${e.status}|${e.endedOn}`);

describe(`bole sweep killed with SIGKILL (${testDbKind})`, () => {
  it('resumes from its checkpoint and ends with the entitlements of an uninterrupted run', async () => {
    let kills = 0;
    let midRun = 0;
    for (let attempt = 0; attempt < 6 && midRun < 3; attempt++) {
      const r = await runCli(100 + Math.floor(Math.random() * 800));
      if (r.signal === 'SIGKILL' || r.code === 137 || r.code === null) kills++;
      else {
        expect(r.code, r.out).toBe(0);
        break;
      }
      const ctx = await open();
      const [job] = (
        (await ctx.db.execute(sql`select processed, total, status from jobs where kind = 'sweep' order by seq desc limit 1`)) as unknown as {
          rows: { processed: number; total: number; status: string }[];
        }
      ).rows;
      await ctx.database.close();
      if (job && job.status === 'running' && job.processed > 0 && job.processed < job.total) midRun++;
    }
    const final = await runCli();
    expect(final.code, final.out).toBe(0);
    expect(kills).toBeGreaterThan(0);
    expect(midRun).toBeGreaterThan(0);
    if (midRun > 0) expect(final.out + '').toMatch(/Resuming sweep|done/);

    const ctx = await open();
    try {
      const crashed = terms(await allEntitlements(ctx.db));
      const [counts] = (
        (await ctx.db.execute(sql`select count(*)::int n, count(distinct (talent_id, policy_id, source))::int d from entitlements`)) as unknown as {
          rows: { n: number; d: number }[];
        }
      ).rows;
      expect(counts!.n).toBe(counts!.d);
      // The same database, cleared and swept once without interruption.
      await ctx.db.execute(sql`delete from sweep_changes`);
      await ctx.db.execute(sql`delete from entitlements`);
      await ctx.db.execute(sql`delete from jobs`);
      await (
        await startSweep(ctx, null, AT, { chunkSize: 1000 })
      ).done;
      const clean = terms(await allEntitlements(ctx.db));
      expect(clean.length).toBeGreaterThan(100);
      expect(crashed).toEqual(clean);
    } finally {
      await ctx.database.close();
    }
  }, 600_000);
});
