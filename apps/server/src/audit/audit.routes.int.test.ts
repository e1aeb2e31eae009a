import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, signIn, type TestAccount } from '../auth/testing.js';
import type { AuditEntry } from '@bole/contracts';

const actions = (body: { items: AuditEntry[] }) => body.items.map((e) => e.action);

describe('audit log over HTTP', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let auditor: TestAccount;
  let session: { cookie: string };

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    auditor = await createTestAccount(ctx, 'auditor', { displayName: '审计员甲' });
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

  it("filters by the actor's name or login, an action prefix and business dates (Asia/Shanghai), and names the actor", async () => {
    const get = async (q: string) => (await app.inject({ url: `/api/v1/audit?${q}`, headers: session })).json();
    const byName = await get(`actor=${encodeURIComponent('审计员')}`);
    expect(actions(byName)).toEqual(['auth.login']);
    expect(byName.items[0].actorName).toBe('审计员甲');
    expect(actions(await get(`actor=${auditor.login}`))).toEqual(['auth.login']);
    expect(actions(await get('action=account.'))).toEqual(['account.create']);
    expect(actions(await get('action=auth.login'))).toEqual(['auth.login']);
    // The entries were written at 10:00 on 15 July, Shanghai time.
    expect((await get('from=2026-07-15&to=2026-07-15')).total).toBe(2);
    expect((await get('to=2026-07-14')).total).toBe(0);
    expect((await get('from=2026-07-16')).total).toBe(0);
    const bad = await app.inject({ url: '/api/v1/audit?from=15-07-2026', headers: session });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('from');
  });

  it('exports the filtered entries to Excel and records the export', async () => {
    const res = await app.inject({ url: '/api/v1/audit/export?action=auth.', headers: session });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="audit-log-2026-07-15.xlsx"');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(3).value).toBe('审计员甲');
    expect(sheet.getRow(2).getCell(5).value).toBe('auth.login');
    const last = (await app.inject({ url: '/api/v1/audit?pageSize=1', headers: session })).json();
    expect(last.items[0]).toMatchObject({ action: 'audit.export', actorId: auditor.id, detail: { filter: { action: 'auth.' }, rows: 1 } });
  });

  it('refuses the log, its export and its chain to every role but auditors and administrators', async () => {
    for (const role of ['officer', 'reviewer', 'concierge', 'talent'] as const) {
      const other = await signIn(app, await createTestAccount(ctx, role));
      for (const url of ['/api/v1/audit', '/api/v1/audit/export', '/api/v1/audit/verify', '/api/v1/audit/checkpoints']) {
        expect((await app.inject({ url, headers: other })).statusCode, `${role} ${url}`).toBe(403);
      }
    }
    const admin = await signIn(app, await createTestAccount(ctx, 'admin'));
    expect((await app.inject({ url: '/api/v1/audit/export', headers: admin })).statusCode).toBe(200);
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
