/**
 * Someone holding the database password but not the data folder: rewriting an entry and
 * recomputing the later hashes, deleting the last entries, or truncating the table must all
 * fail `verify`, and TRUNCATE is refused outright.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { auditLog } from './audit.table.js';
import { GENESIS_HASH, legacyChainHash, type ChainedFields } from './audit-chain.js';

const TRIGGERS_OFF = 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate;';
const TRIGGERS_ON = 'ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_truncate;';

describe('audit chain against someone holding the database', () => {
  let ctx: TestContext;

  const record = (n: number) =>
    ctx.db.transaction((tx) =>
      ctx.audit.record(tx, { userId: 'u1', role: 'officer' }, { action: 'payment.approve', entity: 'payment', entityId: `p${n}`, detail: { n } }),
    );

  beforeAll(async () => {
    ctx = await createTestContext();
    for (let i = 1; i <= 6; i++) await record(i);
  });
  afterAll(() => ctx.close());

  it('keys the chain: hashes are not the plain SHA-256 anyone can recompute', async () => {
    const rows = await ctx.db.select().from(auditLog).orderBy(auditLog.id);
    expect(rows[0]!.hash).toMatch(/^k1:[0-9a-f]{64}$/);
    expect(await ctx.audit.verify()).toEqual({ ok: true, count: 6 });
  });

  it('refuses TRUNCATE', async () => {
    const reason = await ctx.db.execute(sql`truncate audit_log`).then(
      () => 'no error',
      (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
    );
    expect(reason).toMatch(/append-only/);
    expect(await ctx.audit.verify()).toEqual({ ok: true, count: 6 });
  });

  it('finds deleted last entries against the signed checkpoint in the data folder', async () => {
    const cp = await ctx.audit.checkpoint();
    expect(cp).toMatchObject({ count: 6, headId: 6, valid: true });
    await ctx.database.exec(`${TRIGGERS_OFF} DELETE FROM audit_log WHERE id > 4; ${TRIGGERS_ON}`);
    const cut = await ctx.audit.verify();
    expect(cut).toMatchObject({ ok: false, count: 4, brokenAtId: 5 });
    expect(cut.ok === false && cut.reason).toContain('recorded 6 entries but the log holds 4');
  });

  it('finds a truncated table', async () => {
    await ctx.database.exec(`${TRIGGERS_OFF} TRUNCATE audit_log; ${TRIGGERS_ON}`);
    expect(await ctx.audit.verify()).toMatchObject({ ok: false, count: 0, reason: expect.stringContaining('truncated') });
  });
});

describe('audit chain rewritten with recomputed hashes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    for (let i = 1; i <= 5; i++) {
      await ctx.db.transaction((tx) => ctx.audit.record(tx, null, { action: 'budget.change', entity: 'budget', entityId: `b${i}`, detail: { n: i } }));
    }
  });
  afterAll(() => ctx.close());

  it('finds the rewrite without any checkpoint: the attacker cannot compute the keyed hashes', async () => {
    const rows = await ctx.db.select().from(auditLog).orderBy(auditLog.id);
    let prev = GENESIS_HASH;
    const statements: string[] = [];
    for (const r of rows) {
      const fields: ChainedFields = {
        id: r.id,
        at: r.at,
        actorId: r.actorId,
        actorRole: r.actorRole,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        detail: r.id === 3 ? { n: 300 } : r.detail,
        ip: r.ip,
      };
      const hash = legacyChainHash(prev, fields);
      statements.push(`UPDATE audit_log SET detail = '${JSON.stringify(fields.detail)}', prev_hash = '${prev}', hash = '${hash}' WHERE id = ${r.id};`);
      prev = hash;
    }
    await ctx.database.exec(`${TRIGGERS_OFF} ${statements.join(' ')} ${TRIGGERS_ON}`);
    expect(await ctx.audit.verify()).toMatchObject({ ok: false, brokenAtId: 1, reason: expect.stringContaining('no keyed hash') });
  });

  it('finds a forged checkpoint line', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    await ctx.database.exec(`${TRIGGERS_OFF} TRUNCATE audit_log; ${TRIGGERS_ON}`);
    await ctx.db.transaction((tx) => ctx.audit.record(tx, null, { action: 'budget.change', entity: 'budget', entityId: 'b1', detail: {} }));
    await ctx.audit.checkpoint();
    const file = join(ctx.config.dataDir, 'audit', 'checkpoints.jsonl');
    const last = JSON.parse(readFileSync(file, 'utf8').trim());
    writeFileSync(file, `${JSON.stringify({ ...last, count: 0, headId: 0 })}\n`);
    expect(await ctx.audit.verify()).toMatchObject({ ok: false, reason: expect.stringContaining('checkpoint file was altered') });
  });
});

describe('audit checkpoints over HTTP', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('shows auditors the signed checkpoints, and nobody else', async () => {
    const auditor = await signIn(app, await createTestAccount(ctx, 'auditor'));
    await ctx.audit.checkpoint();
    const res = await app.inject({ url: '/api/v1/audit/checkpoints', headers: auditor });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ count: 2, headId: 2, headHash: expect.stringMatching(/^k1:/), valid: true });
    const officer = await signIn(app, await createTestAccount(ctx, 'officer'));
    expect((await app.inject({ url: '/api/v1/audit/checkpoints', headers: officer })).statusCode).toBe(403);
  });
});
