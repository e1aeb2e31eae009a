/**
 * `npm run bench:matching` — the top 20 talents for a posting among --talents (default 1,000,000)
 * generated talents with 5–30 skills of --skills (default 320) each, on a throw-away PostgreSQL.
 *
 * Subject: the in-memory index (`MatchIndex.top`), built from PostgreSQL (timed), warm, over
 * --postings (default 1,000) generated postings: median and p99 per query; every answer's
 * top 20 compared with the brute-force scan on a sample. Beside it, in the same run: the brute
 * force scan of every talent, the SQL path on PostgreSQL (`rankTalentsBySql`), and `@orama/orama`
 * used the obvious way, each timed over --sample (default 20) postings with whether its top 20
 * equals the exact one. Incremental updates: --updates profile changes applied one at a time.
 *
 * Ends with one JSON line of the figures. Options (flags or env BENCH_*): --talents --postings
 * --skills --sample --updates --peer-talents (Orama's population, default --talents).
 */
import { createRng } from '@bole/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { migrate } from '../../apps/server/src/db/migrate.js';
import { createCipher } from '../../apps/server/src/personal-data/personal-data.js';
import { fixedClock } from '../../apps/server/src/platform/clock.js';
import { createContext } from '../../apps/server/src/platform/context.js';
import { startTempPostgres } from '../../apps/server/test/postgres-server.js';
import { generatedPosting, generatedRelations, generatedTalent } from '../../apps/server/src/matching/match-generated.js';
import { loadGeneratedPosting, loadGeneratedSkills } from '../../apps/server/src/matching/match-testing.js';
import { rankTalentsBySql, scoredPosting } from '../../apps/server/src/matching/match.repository.js';
import type { RankedTalent } from '../../apps/server/src/matching/match-index.js';
import type { ScoredPosting } from '../../apps/server/src/matching/match-scoring.js';
import { buildIndexFromDatabase, copyTalents } from './load.js';
import { buildOrama, oramaTop } from './orama-peer.js';

const arg = (name: string, fallback: string): number => {
  const i = process.argv.indexOf(`--${name}`);
  const env = process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`];
  return Number((i > 0 ? process.argv[i + 1] : env) ?? fallback);
};
const TALENTS = arg('talents', '1000000');
const POSTINGS = arg('postings', '1000');
const SKILLS = arg('skills', '320');
const SAMPLE = arg('sample', '20');
const UPDATES = arg('updates', '10000');
const PEER_TALENTS = arg('peer-talents', String(TALENTS));
const SEED = 20_261_207;
const DISTRICTS = ['天元区', '芦淞区', '荷塘区', '石峰区', '渌口区', '醴陵市', '攸县', '茶陵县', '炎陵县'];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number) => +x.toFixed(3);
const sameTop = (a: RankedTalent[], b: RankedTalent[]) => JSON.stringify(a) === JSON.stringify(b);
const log = (s: string) => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const loadStart = +loadavg()[0]!.toFixed(1);
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const pgServer = await startTempPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-bench-matching-'));
  const database = await openDatabase({ url: pgServer.url, poolSize: 4 });
  try {
    await migrate(database);
    const config = loadConfig({ NODE_ENV: 'production', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', DATABASE_URL: pgServer.url });
    const ctx = createContext({ config, database, clock: fixedClock('2026-12-07T02:00:00Z'), cipher: createCipher(randomBytes(32)) });
    const related = generatedRelations(SKILLS);
    await loadGeneratedSkills(ctx.db, SKILLS, related);
    let t = performance.now();
    const skillRows = await copyTalents(database, TALENTS, SKILLS, DISTRICTS, SEED);
    await ctx.db.execute(sql`analyze`);
    log(`load: ${TALENTS.toLocaleString('en')} talents, ${skillRows.toLocaleString('en')} talent skills in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    const index = await buildIndexFromDatabase(ctx.db, TALENTS);
    const indexBuildSeconds = +((performance.now() - t) / 1000).toFixed(1);
    log(
      `index build from PostgreSQL: ${index.size.toLocaleString('en')} talents in ${indexBuildSeconds} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );

    // Postings: shifted back by one skill number (skill id = number + 1 in the database).
    const rand = createRng(SEED + 1).next;
    const postings: ScoredPosting[] = Array.from({ length: POSTINGS }, () => {
      const p = generatedPosting(rand, SKILLS, DISTRICTS);
      return { ...p, required: p.required.map((s) => s + 1), optional: p.optional.map((s) => s + 1) };
    });
    for (const p of postings.slice(0, 50)) index.top(p, 20); // warm-up
    const times: number[] = [];
    const answers: RankedTalent[][] = [];
    for (const p of postings) {
      const s = performance.now();
      answers.push(index.top(p, 20));
      times.push(performance.now() - s);
    }
    const p50 = quantile(times, 0.5);
    const p99 = quantile(times, 0.99);
    log(
      `index top 20: ${POSTINGS} postings, median ${ms(p50)} ms, p99 ${ms(p99)} ms, max ${ms(Math.max(...times))} ms, empty answers ${answers.filter((a) => a.length === 0).length}`,
    );

    // Brute force over a sample: the exact reference for every compared answer.
    const sample = postings.slice(0, SAMPLE);
    const bruteTimes: number[] = [];
    let exactTop20 = true;
    sample.forEach((p, i) => {
      const s = performance.now();
      const exact = index.scan(p, 20);
      bruteTimes.push(performance.now() - s);
      exactTop20 &&= sameTop(exact, answers[i]!);
    });
    log(`brute force: median ${ms(quantile(bruteTimes, 0.5))} ms over ${SAMPLE} postings; index top 20 equal: ${exactTop20}`);

    // SQL path: the same postings stored, ranked by the query.
    const sqlTimes: number[] = [];
    let sqlExact = true;
    for (const p of sample) {
      const unshifted = { ...p, required: p.required.map((s) => s - 1), optional: p.optional.map((s) => s - 1) };
      const id = await loadGeneratedPosting(ctx.db, unshifted);
      const s = performance.now();
      const fromSql = await rankTalentsBySql(ctx.db, id, 20);
      sqlTimes.push(performance.now() - s);
      // Compared with the exact answer for the posting as stored (a posting without a district is
      // stored with one, as the table requires).
      sqlExact &&= sameTop(fromSql, index.scan((await scoredPosting(ctx.db, id))!, 20));
    }
    log(`SQL path on PostgreSQL: median ${ms(quantile(sqlTimes, 0.5))} ms over ${SAMPLE} postings; equal to the index: ${sqlExact}`);

    // Incremental updates: profile changes applied one by one, then a check against the scan.
    const urand = createRng(SEED + 2).next;
    t = performance.now();
    for (let i = 0; i < UPDATES; i++) {
      const changed = generatedTalent(urand, Math.floor(urand() * TALENTS), SKILLS, DISTRICTS);
      index.upsert({ ...changed, skills: changed.skills.map((s) => ({ ...s, skill: s.skill + 1 })) });
    }
    const updateMs = (performance.now() - t) / UPDATES;
    const afterUpdates = sample.slice(0, 5).every((p) => sameTop(index.top(p, 20), index.scan(p, 20)));
    log(`incremental updates: ${UPDATES.toLocaleString('en')} profile changes, ${ms(updateMs)} ms each; still exact: ${afterUpdates}`);

    // Peer: Orama over the same talents.
    t = performance.now();
    const orama = await buildOrama(PEER_TALENTS, SKILLS, DISTRICTS, SEED);
    const oramaBuild = (performance.now() - t) / 1000;
    const peerTimes: number[] = [];
    let peerExact = true;
    for (const [i, p] of sample.entries()) {
      const unshifted = { ...p, required: p.required.map((s) => s - 1), optional: p.optional.map((s) => s - 1) };
      const s = performance.now();
      const ids = await oramaTop(orama, unshifted);
      peerTimes.push(performance.now() - s);
      peerExact &&= JSON.stringify(ids) === JSON.stringify(answers[i]!.map((a) => a.id));
    }
    log(
      `@orama/orama: ${PEER_TALENTS.toLocaleString('en')} documents built in ${oramaBuild.toFixed(1)} s; search median ${ms(quantile(peerTimes, 0.5))} ms; top 20 equal: ${peerExact}`,
    );

    const figures = {
      talents: TALENTS,
      postings: POSTINGS,
      skills: SKILLS,
      p50Ms: ms(p50),
      p99Ms: ms(p99),
      exactTop20: exactTop20 && sqlExact,
      bruteForceP50Ms: ms(quantile(bruteTimes, 0.5)),
      sqlP50Ms: ms(quantile(sqlTimes, 0.5)),
      sqlExactTop20: sqlExact,
      peerP50Ms: ms(quantile(peerTimes, 0.5)),
      peerExactTop20: peerExact,
      peerTalents: PEER_TALENTS,
      peerBuildSeconds: +oramaBuild.toFixed(1),
      indexBuildSeconds,
      updateMs: ms(updateMs),
      loadAverageStart: loadStart,
      loadAverageEnd: +loadavg()[0]!.toFixed(1),
    };
    log(JSON.stringify(figures));
  } finally {
    await database.close();
    pgServer.stop();
  }
}

await main();
