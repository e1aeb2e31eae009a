/**
 * Crash safety of the sweep: `bole sweep` (the preview) and then `bole sweep confirm` (the
 * second officer's confirmation, which writes) are killed with SIGKILL at random points of their
 * progress (after a committed chunk, with work left, however fast the machine), run
 * again, and must end with exactly the entitlements of an uninterrupted run (PGlite data folder
 * or PostgreSQL, following the vitest project). The maker's own token cannot confirm.
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
import { issueToken } from '../auth/tokens.service.js';
import { createTestAccount } from '../auth/testing.js';
import { allEntitlements } from './entitlement.repository.js';
import { sweepAndConfirm } from './sweep-testing.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { talents } from '../talents/talent.table.js';
import { VERIFIED_FACT_FIELDS } from '@bole/contracts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const AT = '2026-07-01';
let env: Record<string, string>;
let dataDir: string;
let dropDb: (() => Promise<void>) | undefined;
let makerToken: string;
let checkerToken: string;

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
  await seedCity(ctx, { talents: 3_000, employers: 60, seed: 5, referenceDate: AT, verifiedFacts: false });
  // Every declaration confirmed (as department data and reviews would), so the sweep has as much to write as the city declares.
  const declared = await ctx.db.select(Object.fromEntries(['id', ...VERIFIED_FACT_FIELDS].map((f) => [f, talents[f as 'id']]))).from(talents);
  await ctx.db.transaction(async (tx) => {
    for (const { id, ...facts } of declared) await recordVerifiedFacts(ctx, tx, id as string, facts, { source: 'department', department: 'rsj' });
  });
  const [maker, checker] = [await createTestAccount(ctx, 'officer'), await createTestAccount(ctx, 'officer')];
  makerToken = (await ctx.db.transaction((tx) => issueToken(ctx, tx, maker.id, 'cli', null))).token;
  checkerToken = (await ctx.db.transaction((tx) => issueToken(ctx, tx, checker.id, 'cli', null))).token;
  await ctx.database.close();
}, 300_000);

afterAll(async () => {
  await dropDb?.();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `bole <args>`; SIGKILLs it the moment its output so far satisfies `killWhen` (never without one). */
function runCli(args: string[], killWhen?: (out: string) => boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'apps/server/src/cli/main.ts', ...args, '--chunk-size', '10'], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: false,
    });
    let out = '';
    let killed = false;
    const onData = (b: Buffer) => {
      out += b.toString();
      if (killWhen && !killed && killWhen(out)) {
        killed = true;
        // npx → node: kill the whole tree, so the process that runs the sweep dies mid-chunk.
        killTree(child.pid!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

/**
 * Whether, after the line matching `arm`, the command reported `label` progress of at least
 * `percent` % but not 100 % (it prints a line per tenth when not on a terminal, after each
 * committed chunk): a kill then lands with work done and work left, whatever the machine's speed.
 */
function progressedPast(arm: RegExp, label: string, percent: number): (out: string) => boolean {
  return (out) => {
    const from = out.search(arm);
    if (from < 0) return false;
    for (const m of out.slice(from).matchAll(new RegExp(`${label}: ([\\d,]+)/[\\d,]+ \\((\\d+)%\\)`, 'g'))) {
      const pct = Number(m[2]);
      if (Number(m[1]!.replace(/,/g, '')) > 0 && pct >= percent && pct < 100) return true;
    }
    return false;
  };
}

/** The latest sweep job's progress. */
async function latestJob(): Promise<{ id: string; processed: number; total: number; status: string; phase: string | null } | undefined> {
  const ctx = await open();
  try {
    const [job] = (
      (await ctx.db.execute(
        sql`select id, processed, total, status, params->>'phase' as phase from jobs where kind = 'sweep' order by seq desc limit 1`,
      )) as unknown as {
        rows: { id: string; processed: number; total: number; status: string; phase: string | null }[];
      }
    ).rows;
    return job;
  } finally {
    await ctx.database.close();
  }
}

/**
 * Kills `args` at a random point of its `label` progress after `armOn` until it was caught mid-run
 * (`midRun`) at least `want` times, then runs it to the end; returns the kills, the mid-run
 * catches and the last output.
 */
async function killAndResume(args: string[], armOn: RegExp, label: string, midRun: (job: Awaited<ReturnType<typeof latestJob>>) => boolean, want: number) {
  let kills = 0;
  let caught = 0;
  for (let attempt = 0; attempt < 6 && caught < want; attempt++) {
    const r = await runCli(args, progressedPast(armOn, label, 1 + Math.floor(Math.random() * 70)));
    if (r.signal === 'SIGKILL' || r.code === 137 || r.code === null) kills++;
    else {
      expect(r.code, r.out).toBe(0);
      break;
    }
    if (midRun(await latestJob())) caught++;
  }
  const final = await runCli(args);
  expect(final.code, final.out).toBe(0);
  return { kills, caught, out: final.out };
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
  it('resumes the preview and the confirmation from their checkpoints and ends with the entitlements of an uninterrupted run', async () => {
    const preview = await killAndResume(
      ['sweep', '--at', AT, '--token', makerToken],
      /(Starting|Resuming) sweep preview/,
      'preview',
      (job) => !!job && job.status === 'running' && job.processed > 0 && job.processed < job.total,
      2,
    );
    expect(preview.kills).toBeGreaterThan(0);
    expect(preview.caught).toBeGreaterThan(0);
    const id = /Preview ([0-9a-f-]{36}) ready/.exec(preview.out)?.[1];
    expect(id, preview.out).toBeDefined();
    {
      const ctx = await open();
      const [n] = ((await ctx.db.execute(sql`select count(*)::int n from entitlements`)) as unknown as { rows: { n: number }[] }).rows;
      await ctx.database.close();
      expect(n!.n).toBe(0); // a preview writes nothing
    }

    // One operator alone cannot pay: the maker's own token does not confirm.
    const alone = await runCli(['sweep', 'confirm', id!, '--token', makerToken]);
    expect(alone.code).toBe(1);
    expect(alone.out).toMatch(/another officer must confirm it/);

    const confirm = await killAndResume(
      ['sweep', 'confirm', id!, '--token', checkerToken],
      /Writing sweep/,
      'confirm',
      (job) => !!job && job.id === id && job.status === 'confirming' && job.phase === 'write' && job.processed > 0 && job.processed < job.total,
      2,
    );
    expect(confirm.kills).toBeGreaterThan(0);
    expect(confirm.caught).toBeGreaterThan(0);
    expect(confirm.out).toMatch(/Sweep .* done/);
    // Run once more, as an operator does when unsure whether the last run finished: nothing to do.
    const again = await runCli(['sweep', 'confirm', id!, '--token', checkerToken]);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toMatch(/done earlier \(you confirmed it; nothing more to write\): granted \d+/);

    const ctx = await open();
    try {
      const crashed = terms(await allEntitlements(ctx.db));
      const [counts] = (
        (await ctx.db.execute(sql`select count(*)::int n, count(distinct (talent_id, policy_id, source))::int d from entitlements`)) as unknown as {
          rows: { n: number; d: number }[];
        }
      ).rows;
      expect(counts!.n).toBe(counts!.d);
      const [notes] = (
        (await ctx.db.execute(sql`select count(*)::int n, count(distinct (recipient_user_id, kind))::int d from notifications`)) as unknown as {
          rows: { n: number; d: number }[];
        }
      ).rows;
      expect(notes!.n).toBe(notes!.d); // nobody was told twice
      // The same database, cleared and swept once without interruption.
      await ctx.db.execute(sql`delete from sweep_changes`);
      await ctx.db.execute(sql`delete from entitlements`);
      await ctx.db.execute(sql`delete from jobs`);
      await sweepAndConfirm(ctx, AT, { chunkSize: 1000 });
      const clean = terms(await allEntitlements(ctx.db));
      expect(clean.length).toBeGreaterThan(100);
      expect(crashed).toEqual(clean);
    } finally {
      await ctx.database.close();
    }
  }, 600_000);
});
