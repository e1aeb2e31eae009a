/**
 * `npm run bench:seed` — how fast the synthetic city loads.
 *
 * Subject: `seedCity` (generate → seal ID/mobile with AES-256-GCM + keyed hash → COPY in chunks).
 * Peer, same run, same generated rows and the same sealing: multi-row INSERT batches through
 * Drizzle (`db.insert(talents).values(rows)`, 1,000 rows per statement), on a smaller N.
 * Targets: a throw-away PostgreSQL (`startTempPostgres()`, Debian's binaries) and PGlite in a
 * temporary data folder. Each measurement runs on a fresh, migrated database.
 *
 * Options (flags or env): --talents 1000000 --employers 20000 --runs 3
 *   --pglite-talents 200000 --peer-talents 50000 --pglite-peer-talents 20000
 * The peers also run COPY at their own N, so each ratio compares equal row counts.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../apps/server/src/config.js';
import { openDatabase, type Database } from '../apps/server/src/db/database.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { createCipher } from '../apps/server/src/personal-data/personal-data.js';
import { fixedClock } from '../apps/server/src/platform/clock.js';
import { createContext, type AppContext } from '../apps/server/src/platform/context.js';
import { employers as employersTable } from '../apps/server/src/employers/employer.table.js';
import { talents as talentsTable } from '../apps/server/src/talents/talent.table.js';
import { seedCity } from '../apps/server/src/seed/seed-city.js';
import { generateCity } from '../apps/server/src/seed/city.generator.js';
import { startTempPostgres } from '../apps/server/test/postgres-server.js';
import { serverCpuSeconds } from './server-cpu.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const env = process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`];
  const v = i > 0 ? process.argv[i + 1] : env;
  return v === undefined ? fallback : Number(v);
};
const TALENTS = arg('talents', 1_000_000);
const EMPLOYERS = arg('employers', 20_000);
const RUNS = arg('runs', 3);
const PGLITE_TALENTS = arg('pglite-talents', 200_000);
const PEER_TALENTS = arg('peer-talents', 50_000);
const PGLITE_PEER_TALENTS = arg('pglite-peer-talents', 20_000);
const SEED = 20_260_701;
const NOW = '2026-07-01T02:00:00Z';

interface Measure {
  target: string;
  method: string;
  talents: number;
  employers: number;
  seconds: number;
  rowsPerSecond: number;
  /** CPU seconds used by this process (generation, sealing, CSV; PGlite itself runs here too). */
  nodeCpu: number;
  /** CPU seconds used by the temporary PostgreSQL server's processes (0 for PGlite). */
  serverCpu: number;
}

const nodeCpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function contextFor(database: Database, dataDir: string): AppContext {
  const config = loadConfig({ NODE_ENV: 'test', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent' });
  return createContext({ config, database, clock: fixedClock(NOW), cipher: createCipher(randomBytes(32)) });
}

/** A fresh migrated database: a new database on the temp server, or PGlite in a temp folder. */
async function freshDatabase(kind: 'postgres' | 'pglite', adminUrl?: string): Promise<{ ctx: AppContext; drop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'bole-bench-'));
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: dir });
    await migrate(database);
    return {
      ctx: contextFor(database, dir),
      async drop() {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = await openDatabase({ url: adminUrl!.replace(/\/[^/]*$/, `/${name}`), poolSize: 4 });
  await migrate(database);
  return {
    ctx: contextFor(database, dir),
    async drop() {
      await database.close();
      const d = new pg.Client({ connectionString: adminUrl });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Subject: seedCity with COPY. */
async function runCopy(kind: 'postgres' | 'pglite', talents: number, employers: number, adminUrl?: string, port?: number): Promise<Measure> {
  const { ctx, drop } = await freshDatabase(kind, adminUrl);
  const cpu0 = [nodeCpuSeconds(), serverCpuSeconds(port)] as const;
  try {
    let last = 0;
    const report = await seedCity(ctx, { talents, employers, seed: SEED, referenceDate: '2026-07-01' }, (p) => {
      if (p.phase === 'talents' && p.done - last >= talents / 5) {
        last = p.done;
        process.stderr.write(`    … ${p.done.toLocaleString('en')} talents\n`);
      }
    });
    return {
      target: kind,
      method: 'COPY (seedCity)',
      talents,
      employers,
      seconds: report.seconds,
      rowsPerSecond: (talents + employers) / report.seconds,
      nodeCpu: nodeCpuSeconds() - cpu0[0],
      serverCpu: serverCpuSeconds(port) - cpu0[1],
    };
  } finally {
    await drop();
  }
}

/** Peer: the same generated and sealed rows through Drizzle multi-row INSERTs of 1,000 rows. */
async function runInsert(kind: 'postgres' | 'pglite', talents: number, employers: number, adminUrl?: string, port?: number): Promise<Measure> {
  const { ctx, drop } = await freshDatabase(kind, adminUrl);
  const cpu0 = [nodeCpuSeconds(), serverCpuSeconds(port)] as const;
  try {
    const started = performance.now();
    const stamp = new Date(NOW);
    const city = generateCity({ talents, employers, seed: SEED, referenceDate: '2026-07-01' });
    const ids: string[] = [];
    for (let i = 0; i < city.employers.length; i += 1000) {
      const batch = city.employers.slice(i, i + 1000).map((e) => ({
        creditCode: e.creditCode,
        name: e.name,
        contactMobileEnc: ctx.cipher.encrypt(e.contactMobile),
        contactMobileHash: ctx.cipher.lookupHash('mobile', e.contactMobile),
        district: e.district,
        chain: e.chain,
        kind: e.kind,
        flags: e.flags,
        createdAt: stamp,
        updatedAt: stamp,
      }));
      const inserted = await ctx.db.insert(employersTable).values(batch).returning({ id: employersTable.id });
      ids.push(...inserted.map((r) => r.id));
    }
    for (const chunk of city.talents(1000)) {
      await ctx.db.insert(talentsTable).values(
        chunk.map((t) => ({
          name: t.name,
          mobileEnc: ctx.cipher.encrypt(t.mobile),
          mobileHash: ctx.cipher.lookupHash('mobile', t.mobile),
          idNumberEnc: ctx.cipher.encrypt(t.idNumber),
          idNumberHash: ctx.cipher.lookupHash('id', t.idNumber),
          gender: t.gender,
          birthDate: t.birthDate,
          district: t.district,
          highestDegree: t.highestDegree,
          graduationDate: t.graduationDate,
          schoolTier: t.schoolTier,
          title: t.title,
          titleDate: t.titleDate,
          skillLevel: t.skillLevel,
          skillCertDate: t.skillCertDate,
          honors: t.honors,
          employerId: t.employerIndex === null ? null : ids[t.employerIndex]!,
          arrivalDate: t.arrivalDate,
          socialInsuranceMonths: t.socialInsuranceMonths,
          hukouInCity: t.hukouInCity,
          ownsHomeInCity: t.ownsHomeInCity,
          firstHomePurchaseDate: t.firstHomePurchaseDate,
          livesInTalentApartment: t.livesInTalentApartment,
          childrenSchoolAge: t.childrenSchoolAge,
          spouseNeedsJob: t.spouseNeedsJob,
          isPostdoc: t.isPostdoc,
          postdocCompletedDate: t.postdocCompletedDate,
          engagementMode: t.engagementMode,
          onsiteDaysLastYear: t.onsiteDaysLastYear,
          specialPost: t.specialPost,
          dualAppointment: t.dualAppointment,
          licensedPatentsLastYear: t.licensedPatentsLastYear,
          yearsWorkedOutside: t.yearsWorkedOutside,
          createdAt: stamp,
          updatedAt: stamp,
        })),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      target: kind,
      method: 'INSERT ×1000 (Drizzle)',
      talents,
      employers,
      seconds,
      rowsPerSecond: (talents + employers) / seconds,
      nodeCpu: nodeCpuSeconds() - cpu0[0],
      serverCpu: serverCpuSeconds(port) - cpu0[1],
    };
  } finally {
    await drop();
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  console.log(
    `bench:seed — node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ` +
      `${fmt(totalmem() / 2 ** 30, 1)} GiB RAM (${fmt(freemem() / 2 ** 30, 1)} free), load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    `runs=${RUNS}  postgres: ${fmt(TALENTS)} talents + ${fmt(EMPLOYERS)} employers (peer ${fmt(PEER_TALENTS)});` +
      ` pglite: ${fmt(PGLITE_TALENTS)} (peer ${fmt(PGLITE_PEER_TALENTS)})`,
  );
  const server = await startTempPostgres();
  const results: Measure[] = [];
  const scaleEmployers = (n: number) => Math.max(1, Math.round((EMPLOYERS * n) / TALENTS));
  try {
    for (let r = 1; r <= RUNS; r++) {
      const steps: [string, () => Promise<Measure>][] = [
        ['postgres COPY', () => runCopy('postgres', TALENTS, EMPLOYERS, server.url, server.port)],
        ['postgres INSERT', () => runInsert('postgres', PEER_TALENTS, scaleEmployers(PEER_TALENTS), server.url, server.port)],
        ['postgres COPY at the peer N', () => runCopy('postgres', PEER_TALENTS, scaleEmployers(PEER_TALENTS), server.url, server.port)],
        ['pglite COPY', () => runCopy('pglite', PGLITE_TALENTS, scaleEmployers(PGLITE_TALENTS))],
        ['pglite INSERT', () => runInsert('pglite', PGLITE_PEER_TALENTS, scaleEmployers(PGLITE_PEER_TALENTS))],
        ['pglite COPY at the peer N', () => runCopy('pglite', PGLITE_PEER_TALENTS, scaleEmployers(PGLITE_PEER_TALENTS))],
      ];
      for (const [label, step] of steps) {
        process.stderr.write(`run ${r}/${RUNS}: ${label} …\n`);
        const m = await step();
        results.push(m);
        console.log(
          `  run ${r}  ${m.target.padEnd(8)} ${m.method.padEnd(24)} ${fmt(m.talents).padStart(9)} talents  ${fmt(m.seconds, 1).padStart(7)} s  ${fmt(m.rowsPerSecond).padStart(8)} rows/s  cpu node ${fmt(m.nodeCpu, 1)} s + server ${fmt(m.serverCpu, 1)} s  (load ${loadavg()[0]!.toFixed(1)})`,
        );
      }
    }
  } finally {
    server.stop();
  }

  console.log('\nmedians');
  const groups = new Map<string, Measure[]>();
  const keyOf = (m: Measure) => `${m.target}|${m.method}|${m.talents}`;
  for (const m of results) groups.set(keyOf(m), [...(groups.get(keyOf(m)) ?? []), m]);
  const summary: Record<string, { talents: number; medianSeconds: number; medianRowsPerSecond: number; secondsPer1M: number; medianCpu: number }> = {};
  for (const [key, ms] of groups) {
    const rps = median(ms.map((m) => m.rowsPerSecond));
    const secs = median(ms.map((m) => m.seconds));
    const cpu = median(ms.map((m) => m.nodeCpu + m.serverCpu));
    const per1M = (1_000_000 + EMPLOYERS) / rps;
    summary[key] = { talents: ms[0]!.talents, medianSeconds: secs, medianRowsPerSecond: rps, secondsPer1M: per1M, medianCpu: cpu };
    console.log(
      `  ${key.split('|').slice(0, 2).join('  ').padEnd(36)} ${fmt(ms[0]!.talents).padStart(9)} talents  median ${fmt(secs, 1).padStart(7)} s  ${fmt(rps).padStart(8)} rows/s` +
        `  cpu ${fmt(cpu, 1)} s  → 1M talents ≈ ${fmt(per1M, 0)} s`,
    );
  }
  for (const [target, n] of [
    ['postgres', PEER_TALENTS],
    ['pglite', PGLITE_PEER_TALENTS],
  ] as const) {
    const copy = summary[`${target}|COPY (seedCity)|${n}`];
    const insert = summary[`${target}|INSERT ×1000 (Drizzle)|${n}`];
    if (copy && insert) {
      console.log(
        `  ${target}, ${fmt(n)} talents each: COPY ${fmt(copy.medianRowsPerSecond / insert.medianRowsPerSecond, 1)}× the rows/s of Drizzle INSERT batches, ` +
          `${fmt(insert.medianCpu / copy.medianCpu, 1)}× less CPU`,
      );
    }
  }
  const pgCopy = summary[`postgres|COPY (seedCity)|${TALENTS}`];
  if (pgCopy && TALENTS >= 1_000_000) {
    console.log(
      `  target: 1M talents into PostgreSQL ≤ 180 s — median ${fmt(pgCopy.medianSeconds, 1)} s wall: ${pgCopy.medianSeconds <= 180 ? 'met' : 'NOT met'}` +
        ` (CPU ${fmt(pgCopy.medianCpu, 1)} s of the ${cpus().length} × 180 = ${cpus().length * 180} CPU-seconds the window holds)`,
    );
  }
  console.log(`\nJSON ${JSON.stringify({ node: process.version, cpus: cpus().length, runs: RUNS, results, summary })}`);
}

await main();
