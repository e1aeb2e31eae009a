/**
 * `npm run bench:indices` — the cockpit over a whole city: the indicators and the four indices
 * per district and per industry chain for a year, from PostgreSQL (`startTempPostgres()`),
 * seeded with `seedCity` (every seeded talent then given a tier, so all of them count).
 *
 * Subject 1: `computeSnapshot` for districts and for chains (the grouped scans, the indices and
 *   the sensitivity analysis) — target ≤ 5 s for 1,000,000 talents.
 * Subject 2: the sensitivity analysis alone: 1,000 runs for each of the four indices over the
 *   districts and over the chains — target ≤ 1 s.
 * Peer, same run: the talent counts computed in the application instead — every talent row read
 *   (keyset pages of 50,000) and counted per district in JavaScript; its counts are checked
 *   against the SQL ones.
 *
 * Ends with one JSON line: talents, indicesSeconds, sensitivityRuns, sensitivitySeconds,
 * peerSeconds, loadAverageStart, loadAverageEnd.
 *
 * Options (flags or env BENCH_*): --talents 1000000 --employers 20000 --period 2026 --runs 3
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { COCKPIT_AIMS, COCKPIT_UNIT_KINDS } from '@bole/contracts';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { migrate } from '../../apps/server/src/db/migrate.js';
import { rowsOf } from '../../apps/server/src/db/rows.js';
import { createCipher } from '../../apps/server/src/personal-data/personal-data.js';
import { fixedClock } from '../../apps/server/src/platform/clock.js';
import { createContext, type AppContext } from '../../apps/server/src/platform/context.js';
import { seedCity } from '../../apps/server/src/seed/seed-city.js';
import { computeSnapshot } from '../../apps/server/src/cockpit/cockpit.service.js';
import { unitCounts } from '../../apps/server/src/cockpit/cockpit.repository.js';
import { indicatorsOf } from '../../apps/server/src/cockpit/indicators.js';
import { rankSensitivity } from '../../apps/server/src/cockpit/sensitivity.js';
import { periodRange } from '../../apps/server/src/cockpit/period.js';
import { startTempPostgres } from '../../apps/server/test/postgres-server.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  const env = process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`];
  return (i > 0 ? process.argv[i + 1] : env) ?? fallback;
};
const TALENTS = Number(arg('talents', '1000000'));
const EMPLOYERS = Number(arg('employers', '20000'));
const PERIOD = arg('period', '2026');
const RUNS = Number(arg('runs', '3'));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = async (f: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await f();
  return (performance.now() - t) / 1000;
};

async function openOn(url: string, dataDir: string): Promise<AppContext> {
  const config = loadConfig({ NODE_ENV: 'production', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', DATABASE_URL: url });
  const database = await openDatabase({ url, poolSize: 4 });
  await migrate(database);
  return createContext({ config, database, clock: fixedClock('2027-01-05T02:00:00Z'), cipher: createCipher(randomBytes(32)) });
}

type PeerRow = { id: string; district: string | null; arrival: string | null; degree: string | null };

/** The peer: every talent row read into the application and counted per district there. */
async function peerCounts(ctx: AppContext, from: string, to: string): Promise<Map<string, { arrivals: number; present: number; doctorates: number }>> {
  const out = new Map<string, { arrivals: number; present: number; doctorates: number }>();
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = rowsOf<PeerRow>(
      await ctx.db.execute(sql`select t.id, t.district, v.arrival_date::text as arrival, v.highest_degree as degree
        from talents t join verified_facts v on v.talent_id = t.id where t.tier is not null and t.id > ${after} order by t.id limit 50000`),
    );
    for (const r of page) {
      if (r.district === null) continue;
      const c = out.get(r.district) ?? { arrivals: 0, present: 0, doctorates: 0 };
      if (r.arrival !== null && r.arrival >= from && r.arrival < to) c.arrivals++;
      if (r.arrival !== null && r.arrival < to) {
        c.present++;
        if (r.degree === 'doctorate') c.doctorates++;
      }
      out.set(r.district, c);
    }
    if (page.length < 50_000) return out;
    after = page[page.length - 1]!.id;
  }
}

async function main(): Promise<void> {
  const pg = await startTempPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-bench-indices-'));
  const loadStart = +loadavg()[0]!.toFixed(1);
  const log = (s: string) => process.stdout.write(`${s}\n`);
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  try {
    const ctx = await openOn(pg.url, dataDir);
    let t = performance.now();
    await seedCity(ctx, { talents: TALENTS, employers: EMPLOYERS, seed: 20_261_207, referenceDate: '2026-12-31' });
    await ctx.db.execute(sql`update talents set tier = (array['A','B','C','D','E'])[1 + abs(hashtext(id::text)) % 5]`);
    await ctx.db.execute(sql`analyze`);
    log(`seed: ${TALENTS.toLocaleString('en')} talents, ${EMPLOYERS.toLocaleString('en')} employers in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const indices: number[] = [];
    for (let r = 0; r < RUNS; r++) indices.push(await seconds(() => Promise.all(COCKPIT_UNIT_KINDS.map((k) => computeSnapshot(ctx, PERIOD, k)))));
    log(`indices (districts and chains, ${PERIOD}): ${indices.map((s) => s.toFixed(2)).join(', ')} s — median ${median(indices).toFixed(2)} s`);

    // The sensitivity analysis alone, on the real indicator values.
    const snapshots = await Promise.all(COCKPIT_UNIT_KINDS.map((k) => computeSnapshot(ctx, PERIOD, k)));
    const sens: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      t = performance.now();
      for (const s of snapshots)
        for (const aim of COCKPIT_AIMS)
          rankSensitivity(
            indicatorsOf(aim).map((d) => ({ id: d.id, direction: d.direction, goalposts: d.goalposts, values: s.units.map((u) => u.indicators[d.id]) })),
          );
      sens.push((performance.now() - t) / 1000);
    }
    log(`sensitivity: 1,000 runs × 4 indices × (districts + chains): ${sens.map((s) => s.toFixed(3)).join(', ')} s — median ${median(sens).toFixed(3)} s`);

    const range = periodRange(PERIOD);
    const peer: number[] = [];
    let peerResult = new Map<string, { arrivals: number; present: number; doctorates: number }>();
    for (let r = 0; r < RUNS; r++) peer.push(await seconds(async () => (peerResult = await peerCounts(ctx, range.from, range.to))));
    const sqlCounts = await unitCounts(ctx.db, 'district', range);
    for (const [district, c] of peerResult) {
      const s = sqlCounts.get(district);
      if (s?.arrivals !== c.arrivals || s.present !== c.present || s.doctorates !== c.doctorates) throw new Error(`peer and SQL disagree on ${district}`);
    }
    log(
      `peer (rows read into the application, three talent counts per district only): ${peer.map((s) => s.toFixed(2)).join(', ')} s — median ${median(peer).toFixed(2)} s; counts equal`,
    );
    log(
      `load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    await ctx.database.close();
    process.stdout.write(
      `${JSON.stringify({
        talents: TALENTS,
        indicesSeconds: +median(indices).toFixed(2),
        sensitivityRuns: 1000,
        sensitivitySeconds: +median(sens).toFixed(3),
        peerSeconds: +median(peer).toFixed(2),
        loadAverageStart: loadStart,
        loadAverageEnd: +loadavg()[0]!.toFixed(1),
      })}\n`,
    );
  } finally {
    pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
