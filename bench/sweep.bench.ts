/**
 * `npm run bench:sweep` — the 免申即享 sweep over a whole city and a large payment batch, on a
 * throw-away PostgreSQL (`startTempPostgres()`), seeded with `seedCity`.
 *
 * Subject 1: the sweep at --at over --talents talents (default 1,000,000) — its preview, then a
 *   second officer's confirmation (checked again, then written) — writing every entitlement and notice; target ≤ 30 s.
 * Subject 2: `createBatch` for --period (default 2026-07): one line per entitlement paying that
 *   month, budgets applied; target ≤ 60 s for 500,000 lines. The budgets are raised first so
 *   every line is committed but those of the talents the seed gives no payout account (about
 *   10 %, which wait for one) (the queue path is measured too: the same batch is re-run, which
 *   finds every line present and adds none).
 * Peer, same run: the sweep's writes done row by row (one INSERT per entitlement, as a naive
 *   ORM loop would) on a sample of --peer-talents talents, scaled to the full population.
 *
 * Ends with one JSON line of the figures: talents, sweepSeconds (preview + confirmation), previewSeconds,
 * confirmSeconds, sweepCpuSeconds (= sweepCpuNode + sweepCpuPostgres, the server's processes read from /proc), entitlementsWritten, againSeconds, againWritten, peerSeconds, batchLines, batchSeconds, loadAverageStart/End.
 *
 * Options (flags or env BENCH_*): --talents 1000000 --employers 20000 --peer-talents 20000
 *   --chunk 20000 --at 2026-07-01 --period 2026-07
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../apps/server/src/config.js';
import { openDatabase } from '../apps/server/src/db/database.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { createCipher } from '../apps/server/src/personal-data/personal-data.js';
import { fixedClock } from '../apps/server/src/platform/clock.js';
import { createContext, type AppContext } from '../apps/server/src/platform/context.js';
import { seedPolicyPack } from '../apps/server/src/policies/policy.service.js';
import { seedCity } from '../apps/server/src/seed/seed-city.js';
import { sweepAndConfirm, sweepOfficers } from '../apps/server/src/benefits/sweep-testing.js';
import { previewSweep } from '../apps/server/src/benefits/sweep.service.js';
import { confirmSweep } from '../apps/server/src/benefits/sweep-confirm.service.js';
import { createBatch, listBudgets, setBudget } from '../apps/server/src/payments/payment.service.js';
import { startTempPostgres } from '../apps/server/test/postgres-server.js';
import { serverCpuSeconds } from './server-cpu.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  const env = process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`];
  return (i > 0 ? process.argv[i + 1] : env) ?? fallback;
};
const TALENTS = Number(arg('talents', '1000000'));
const EMPLOYERS = Number(arg('employers', '20000'));
const PEER = Number(arg('peer-talents', '20000'));
const CHUNK = Number(arg('chunk', '20000'));
const AT = arg('at', '2026-07-01');
const PERIOD = arg('period', '2026-07');

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const cpu = () => process.cpuUsage();
const cpuSince = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1e6;
};

async function openOn(url: string, dataDir: string): Promise<AppContext> {
  const config = loadConfig({ NODE_ENV: 'production', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', DATABASE_URL: url });
  const database = await openDatabase({ url, poolSize: 4 });
  await migrate(database);
  return createContext({ config, database, clock: fixedClock(`${AT}T02:00:00Z`), cipher: createCipher(randomBytes(32)) });
}

async function main(): Promise<void> {
  const pgServer = await startTempPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-bench-sweep-'));
  const out: string[] = [];
  const figures: Record<string, number> = {};
  const loadStart = +loadavg()[0]!.toFixed(1);
  const log = (s: string) => {
    out.push(s);
    process.stdout.write(`${s}\n`);
  };
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  try {
    const ctx = await openOn(pgServer.url, dataDir);
    await seedPolicyPack(ctx);
    let t = performance.now();
    await seedCity(ctx, { talents: TALENTS, employers: EMPLOYERS, seed: 20_260_701, referenceDate: AT });
    log(`seed: ${TALENTS.toLocaleString('en')} talents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await ctx.db.execute(sql`analyze`);

    // Subject 1: the sweep — the preview, then a second officer's confirmation (checked again, written).
    const { maker, checker } = await sweepOfficers(ctx);
    t = performance.now();
    let c = cpu();
    let srv = serverCpuSeconds(pgServer.port);
    const preview = await (await previewSweep(ctx, maker, AT, { chunkSize: CHUNK })).done;
    const previewS = (performance.now() - t) / 1000;
    const previewCpu = { node: cpuSince(c), pg: serverCpuSeconds(pgServer.port) - srv };
    const job = await (await confirmSweep(ctx, checker, preview.id, { chunkSize: CHUNK })).done;
    const sweepS = (performance.now() - t) / 1000;
    const sweepCpu = { node: cpuSince(c), pg: serverCpuSeconds(pgServer.port) - srv };
    const [ents] = rows<{ n: number }>(await ctx.db.execute(sql`select count(*)::int n from entitlements`));
    log(
      `sweep: ${TALENTS.toLocaleString('en')} talents (${job.processed.toLocaleString('en')} with a change) → ${ents!.n.toLocaleString('en')} entitlements/notices in ${sweepS.toFixed(1)} s — preview ${previewS.toFixed(1)} s, confirmation ${(sweepS - previewS).toFixed(1)} s (CPU: node ${sweepCpu.node.toFixed(1)} s + PostgreSQL ${sweepCpu.pg.toFixed(1)} s — preview ${previewCpu.node.toFixed(1)} + ${previewCpu.pg.toFixed(1)}, confirmation ${(sweepCpu.node - previewCpu.node).toFixed(1)} + ${(sweepCpu.pg - previewCpu.pg).toFixed(1)}; ${Math.round(TALENTS / sweepS).toLocaleString('en')} talents/s; counts ${JSON.stringify(job.counts)})`,
    );

    t = performance.now();
    const { job: again } = await sweepAndConfirm(ctx, AT, { chunkSize: CHUNK });
    const againS = (performance.now() - t) / 1000;
    const againWritten = (again.counts.new ?? 0) + (again.counts.changed ?? 0) + (again.counts.ended ?? 0);
    log(
      `sweep again (idempotent, nothing to write): ${againS.toFixed(1)} s, new ${again.counts.new ?? 0}, changed ${again.counts.changed ?? 0}, ended ${again.counts.ended ?? 0}`,
    );
    figures.talents = TALENTS;
    figures.sweepSeconds = +sweepS.toFixed(1);
    figures.previewSeconds = +previewS.toFixed(1);
    figures.confirmSeconds = +(sweepS - previewS).toFixed(1);
    figures.sweepCpuSeconds = +(sweepCpu.node + sweepCpu.pg).toFixed(1);
    figures.sweepCpuNode = +sweepCpu.node.toFixed(1);
    figures.sweepCpuPostgres = +sweepCpu.pg.toFixed(1);
    figures.entitlementsWritten = ents!.n;
    figures.againSeconds = +againS.toFixed(1);
    figures.againWritten = againWritten;

    // Peer: row-by-row inserts of the same entitlements for a sample, scaled.
    const sample = rows<Record<string, unknown>>(
      await ctx.db.execute(sql`select talent_id, policy_id, source, amount_fen, period, months, start_date::text, end_date::text from entitlements
        where talent_id in (select id from talents order by id limit ${PEER})`),
    );
    await ctx.db.execute(sql`create table peer_entitlements (like entitlements including all)`);
    t = performance.now();
    c = cpu();
    srv = serverCpuSeconds(pgServer.port);
    await ctx.db.transaction(async (tx) => {
      for (const r of sample) {
        await tx.execute(sql`insert into peer_entitlements (talent_id, policy_id, source, amount_fen, period, months, start_date, end_date, status, created_at, updated_at)
          values (${r.talent_id}, ${r.policy_id}, ${r.source}, ${r.amount_fen}, ${r.period}, ${r.months}, ${r.start_date}, ${r.end_date}, 'active', now(), now())
          on conflict do nothing`);
      }
    });
    const peerS = (performance.now() - t) / 1000;
    const scaled = (peerS * ents!.n) / Math.max(1, sample.length);
    log(
      `peer (row-by-row INSERT, writes only): ${sample.length.toLocaleString('en')} rows of ${PEER.toLocaleString('en')} talents in ${peerS.toFixed(1)} s (CPU: node ${cpuSince(c).toFixed(1)} s + PostgreSQL ${(serverCpuSeconds(pgServer.port) - srv).toFixed(1)} s) → scaled to ${ents!.n.toLocaleString('en')} rows ≈ ${scaled.toFixed(0)} s`,
    );

    // Subject 2: the payment batch, every budget raised so all lines commit.
    const year = Number(PERIOD.slice(0, 4));
    for (const b of (await listBudgets(ctx, year)).items) await setBudget(ctx, null, year, b.policyId, { annualFen: 1e14, quota: 100_000_000 });
    t = performance.now();
    c = cpu();
    srv = serverCpuSeconds(pgServer.port);
    const batch = await createBatch(ctx, null, PERIOD);
    const payS = (performance.now() - t) / 1000;
    log(
      `payment batch ${PERIOD}: ${batch.added!.toLocaleString('en')} lines (${batch.totals.approved.toLocaleString('en')} approved, ${batch.totals.queued} queued, ${batch.totals.awaitingAccount.toLocaleString('en')} waiting for a payout account, ${(batch.totals.approvedFen / 100).toLocaleString('en')} yuan) in ${payS.toFixed(1)} s (CPU: node ${cpuSince(c).toFixed(1)} s + PostgreSQL ${(serverCpuSeconds(pgServer.port) - srv).toFixed(1)} s)`,
    );
    t = performance.now();
    const rerun = await createBatch(ctx, null, PERIOD);
    log(`payment batch re-run: ${rerun.added} lines added in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // A second month with budgets back to the YAML (the queue path).
    for (const b of (await listBudgets(ctx, year)).items)
      await ctx.db.execute(sql`delete from payment_budgets where policy_id = ${b.policyId} and year = ${year}`);
    const next = `${PERIOD.slice(0, 5)}${String(Number(PERIOD.slice(5)) + 1).padStart(2, '0')}`;
    t = performance.now();
    const b2 = await createBatch(ctx, null, next);
    log(
      `payment batch ${next} with the YAML budgets (queue): ${b2.added!.toLocaleString('en')} lines, ${b2.totals.approved.toLocaleString('en')} approved, ${b2.totals.queued.toLocaleString('en')} queued, in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    figures.peerSeconds = +scaled.toFixed(0);
    figures.batchLines = batch.added!;
    figures.batchSeconds = +payS.toFixed(1);
    log(
      `load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    await ctx.database.close();
    figures.loadAverageStart = loadStart;
    figures.loadAverageEnd = +loadavg()[0]!.toFixed(1);
    // The figures, as one JSON line (the last line of the output).
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    pgServer.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
