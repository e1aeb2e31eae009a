/**
 * `npm run bench:tickets` — event tickets.
 *
 * 1. Verification of a signed ticket on one core (`taskset -c 0`): `verifyTicket` (signature,
 *    type, event, validity and the revocation list — what a door phone does offline) with
 *    Ed25519 (target ≥ 5,000/s) and SM2; peer in the same run: jose's `compactVerify` on the same
 *    Ed25519 ticket (signature only).
 * 2. 2,000 check-ins within one minute from four simulated door devices against two server
 *    nodes (two app instances in this process, each with its own connection pool) on one
 *    temporary PostgreSQL: 500 tickets, each scanned by all four devices at nearly the same
 *    moment, half the devices on each node. Counts tickets admitted more than once (attendance
 *    rows, and doors told "valid" twice).
 *
 * Ends with one JSON line: verificationsPerSecond, sm2VerificationsPerSecond, joseVerificationsPerSecond,
 * checkins, seconds, admittedTwice, doorsToldValidTwice, load averages.
 */
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { compactVerify, importJWK } from 'jose';
import { sql } from 'drizzle-orm';
import { generateKey } from '../../apps/server/src/region/credentials/index.js';
import { signTicket, verifyTicket } from '../../apps/server/src/events/event-ticket.js';
import { startTempPostgres } from '../../apps/server/test/postgres-server.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { migrate } from '../../apps/server/src/db/migrate.js';
import { createContext } from '../../apps/server/src/platform/context.js';
import { fixedClock } from '../../apps/server/src/platform/clock.js';
import { createCipher } from '../../apps/server/src/personal-data/personal-data.js';
import { buildApp } from '../../apps/server/src/app.js';
import { createTestAccount, signIn } from '../../apps/server/src/auth/testing.js';
import { issueTicket } from '../../apps/server/src/events/event-place.service.js';
import { findEvent, sessionsOf } from '../../apps/server/src/events/event.repository.js';

const TICKETS = 500;
const DEVICES = 4;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);

/** Verifications per CPU second of `f` (median of 5 runs of 2 s). */
async function rate(f: () => Promise<boolean>): Promise<number> {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const end = performance.now() + 2000;
    const cpu0 = process.cpuUsage();
    let n = 0;
    while (performance.now() < end) {
      for (let i = 0; i < 50; i++) if (!(await f())) throw new Error('a verification failed');
      n += 50;
    }
    const cpu = process.cpuUsage(cpu0);
    runs.push(n / ((cpu.user + cpu.system) / 1e6));
  }
  return Math.round(median(runs));
}

async function verification() {
  const claims = {
    event: 'F2026',
    session: 'S1',
    ticketId: 'abcDEF12345',
    maskedName: '欧**明',
    validFrom: new Date('2026-07-15T00:00:00Z'),
    validUntil: new Date('2026-08-01T10:00:00Z'),
  };
  const at = new Date('2026-08-01T01:00:00Z');
  const revoked = new Set(Array.from({ length: 200 }, (_, i) => `r${i}`));
  const ed = await generateKey('EdDSA');
  const sm = await generateKey('SM2');
  const edTicket = await signTicket(claims, ed.privateKey);
  const smTicket = await signTicket(claims, sm.privateKey);
  const verificationsPerSecond = await rate(async () => (await verifyTicket(edTicket, [ed.publicJwk], 'F2026', at, revoked)).ok);
  const key = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: ed.publicJwk.x }, 'EdDSA');
  const joseVerificationsPerSecond = await rate(async () => (await compactVerify(edTicket, key)).payload.length > 0);
  const sm2VerificationsPerSecond = await rate(async () => (await verifyTicket(smTicket, [sm.publicJwk], 'F2026', at, revoked)).ok);
  console.log(
    `verifyTicket Ed25519 ${verificationsPerSecond}/CPU-s · jose compactVerify ${joseVerificationsPerSecond}/CPU-s · verifyTicket SM2 ${sm2VerificationsPerSecond}/CPU-s · ticket ${edTicket.length} chars`,
  );
  return { verificationsPerSecond, joseVerificationsPerSecond, sm2VerificationsPerSecond, ticketChars: edTicket.length };
}

/** Two nodes on one PostgreSQL with an event of one session and `TICKETS` confirmed tickets. */
async function twoNodes() {
  const pg = await startTempPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-tickets-'));
  const config = loadConfig({ NODE_ENV: 'test', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', DATABASE_URL: pg.url });
  const clock = fixedClock('2026-07-20T02:00:00Z');
  const cipher = createCipher(randomBytes(32));
  const dbs = [await openDatabase({ url: pg.url, poolSize: 5 }), await openDatabase({ url: pg.url, poolSize: 5 })];
  await migrate(dbs[0]!);
  const ctxs = dbs.map((database) => createContext({ config, database, clock, cipher }));
  const apps = await Promise.all(ctxs.map((ctx) => buildApp({ ctx, logger: false })));
  const ctx = ctxs[0]!;
  const officer = await createTestAccount(ctx, 'officer', { department: 'rcb' });
  const cookie = (await signIn(apps[0]!, officer)).cookie;
  const created = await apps[0]!.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: { cookie },
    payload: {
      code: 'BENCH',
      title: '压测论坛',
      kind: 'forum',
      venue: '会展中心',
      audience: 'all',
      policyId: null,
      approvalRequired: false,
      waitlist: false,
      offerHours: 48,
      registrationClosesAt: '2026-07-30T00:00:00Z',
      sessions: [{ code: 'S1', title: '主论坛', startsAt: '2026-08-01T01:00:00Z', endsAt: '2026-08-01T10:00:00Z', capacity: TICKETS }],
    },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  // Talents and confirmed registrations in bulk; each ticket signed by the production path.
  await ctx.db.execute(sql`insert into talents (name) select '参会人' || g from generate_series(1, ${TICKETS}) g`);
  const event = (await findEvent(ctx.db, 'BENCH'))!;
  const [session] = await sessionsOf(ctx.db, [event.id]);
  await ctx.db.execute(sql`insert into event_registrations (event_id, session_id, talent_id, holder, status, registered_at)
    select ${event.id}, ${session!.id}, id, '参*人', 'confirmed', now() from talents`);
  await ctx.db.execute(sql`update event_sessions set taken = ${TICKETS}`);
  await ctx.db.transaction(async (tx) => {
    const regs = (await tx.execute(sql`select * from event_registrations`)) as unknown as { rows: Record<string, unknown>[] };
    for (const r of regs.rows) await issueTicket(ctx, tx, event, session!, { id: String(r.id), holder: '参*人' } as never);
  });
  const tokens = ((await ctx.db.execute(sql`select token from event_tickets`)) as unknown as { rows: { token: string }[] }).rows.map((r) => r.token);
  return {
    apps,
    cookie,
    tokens,
    ctx,
    async close() {
      for (const app of apps) await app.close();
      for (const db of dbs) await db.close();
      pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function checkins() {
  const nodes = await twoNodes();
  try {
    const base = Date.parse('2026-08-01T00:30:00Z');
    const valid = new Map<string, number>();
    let sent = 0;
    const device = async (d: number) => {
      const app = nodes.apps[d % 2]!;
      for (const [i, ticket] of nodes.tokens.entries()) {
        // Every device scans ticket i at nearly the same moment (clocks a few ms apart).
        const scannedAt = new Date(base + i * 1000 + d * 3).toISOString();
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/events/BENCH/checkins',
          headers: { cookie: nodes.cookie },
          payload: { deviceId: `door-${d}`, scans: [{ ticket, scannedAt }] },
        });
        if (res.statusCode !== 200) throw new Error(res.body);
        sent += 1;
        if (res.json().results[0].result === 'valid') valid.set(ticket, (valid.get(ticket) ?? 0) + 1);
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: DEVICES }, (_, d) => device(d)));
    const seconds = Math.round((performance.now() - start) / 10) / 100;
    const [row] = (
      (await nodes.ctx.db.execute(sql`select count(*)::int admitted, count(distinct ticket_id)::int tickets from event_attendance`)) as unknown as {
        rows: { admitted: number; tickets: number }[];
      }
    ).rows;
    const doorsToldValidTwice = [...valid.values()].filter((n) => n > 1).length;
    console.log(
      `${sent} check-ins from ${DEVICES} devices on 2 nodes in ${seconds} s; admitted ${row!.admitted} of ${TICKETS} tickets; doors told "valid" twice: ${doorsToldValidTwice}`,
    );
    return { checkins: sent, seconds, admitted: row!.admitted, admittedTwice: row!.admitted - row!.tickets, doorsToldValidTwice };
  } finally {
    await nodes.close();
  }
}

async function main() {
  const loadStart = load();
  console.log(`tickets bench: ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, load ${loadStart.join(' ')}`);
  const v = await verification();
  const c = await checkins();
  console.log(JSON.stringify({ ...v, ...c, loadAverageStart: loadStart, loadAverageEnd: load() }));
}

await main();
