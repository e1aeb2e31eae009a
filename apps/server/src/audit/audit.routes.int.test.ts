import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, signIn, type TestAccount } from '../auth/testing.js';

describe('audit log over HTTP', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let auditor: TestAccount;
  let session: { cookie: string };

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    auditor = await createTestAccount(ctx, 'auditor');
    session = await signIn(app, auditor);
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('lists entries newest first, page by page, and filters by entity', async () => {
    const page = await app.inject({ url: '/api/v1/audit?pageSize=1', headers: session });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    // account.create of the auditor, then the auditor's login.
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ id: 2, action: 'auth.login', actorId: auditor.id, actorRole: 'auditor' }] });
    expect(body.items[0].at).toBe('2026-07-15T02:00:00.000Z');
    const byUser = await app.inject({ url: `/api/v1/audit?entity=user&entityId=${auditor.id}`, headers: session });
    expect(byUser.json().items.map((e: { action: string }) => e.action)).toEqual(['account.create']);
  });

  it('verifies the chain, and finds an edit made around the append-only trigger', async () => {
    expect((await app.inject({ url: '/api/v1/audit/verify', headers: session })).json()).toMatchObject({ ok: true });
    await ctx.database.exec(`
      ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE audit_log SET actor_role = 'admin' WHERE id = 2;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    const res = await app.inject({ url: '/api/v1/audit/verify', headers: session });
    expect(res.json()).toMatchObject({ ok: false, brokenAtId: 2, reason: expect.stringContaining('edited') });
  });
});
