import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { grantEntitlementFromApplication } from '../benefits/entitlement.service.js';
import { LINES_SHEET } from './payment-excel.js';
import { expectedLines, ledger, sweptCity } from './payment-testing.js';

let ctx: TestContext;
let app: FastifyInstance;
let officer: { cookie: string };
let officerId: string;
/** The second officer, who approves the batches `officer` creates. */
let checker: { cookie: string };
let checkerId: string;
let talent: { cookie: string };
let talentId: string;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  app = await buildApp({ ctx, logger: false });
  await sweptCity(ctx, 600);
  const maker = await createTestAccount(ctx, 'officer');
  officer = await signIn(app, maker);
  officerId = maker.id;
  const second = await createTestAccount(ctx, 'officer');
  checker = await signIn(app, second);
  checkerId = second.id;
  const r = (await ctx.db.execute(sql`select id from talents order by id desc limit 1`)) as unknown as { rows: { id: string }[] };
  talentId = r.rows[0]!.id;
  talent = await signIn(app, await createTestAccount(ctx, 'talent', { talentId }));
  await ctx.db.transaction((tx) =>
    grantEntitlementFromApplication(ctx, tx, {
      talentId,
      policyId: 'settle-allowance',
      applicationId: randomUUID(),
      amountFen: 15_000_000,
      period: 'once',
      months: 1,
      startDate: '2026-07-10',
      actor: null,
    }),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object, headers: officer });

/** A budget change proposed by `officer` with a reason; the proposal's response. */
const proposeBudget = (policyId: string, body: { annualFen: number; quota: number }) =>
  post(`/api/v1/budgets/2026/${policyId}/changes`, { ...body, reason: '年中预算调整' });

/** A budget change proposed by `officer` and approved by the second officer; the approval's response. */
async function changeBudget(policyId: string, body: { annualFen: number; quota: number }) {
  const proposed = await proposeBudget(policyId, body);
  expect(proposed.statusCode, proposed.body).toBe(201);
  return app.inject({ method: 'POST', url: `/api/v1/approvals/${proposed.json().id}/approve`, payload: {}, headers: checker });
}

async function upload(batchId: string, wb: ExcelJS.Workbook) {
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const boundary = '----bole' + randomUUID();
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="batch.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/v1/payment-batches/${batchId}/import`,
    payload: body,
    headers: { ...officer, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

describe('payment ledger', () => {
  let batchId: string;

  it('queues lines beyond a policy quota in fair order, and a raise releases them', async () => {
    const expected = await expectedLines(ctx, '2026-07');
    expect(expected.size).toBeGreaterThan(10);
    const set = await changeBudget('rent-subsidy', { annualFen: 100_000_000, quota: 2 });
    expect(set.statusCode, set.body).toBe(200);

    const res = await post('/api/v1/payment-batches', { period: '2026-07' });
    expect(res.statusCode, res.body).toBe(200);
    batchId = res.json().id;
    const lines = await ledger(ctx);
    expect(lines).toHaveLength(expected.size);
    for (const l of lines) expect(expected.get(l.entitlement_id)).toBe(l.amount_fen);
    const rent = lines.filter((l) => l.policy_id === 'rent-subsidy');
    expect(rent.length).toBeGreaterThan(2);
    const approved = rent.filter((l) => l.status === 'approved').map((l) => l.entitlement_id);
    // Same start date and grant time (one sweep): fair order falls to the entitlement id.
    expect(approved).toEqual(
      rent
        .map((l) => l.entitlement_id)
        .sort()
        .slice(0, 2),
    );
    expect(res.json().totals.queued).toBe(rent.length - 2);

    // Repeating the batch adds nothing.
    const again = await post('/api/v1/payment-batches', { period: '2026-07' });
    expect([again.json().id, again.json().added]).toEqual([batchId, 0]);
    expect(await ledger(ctx)).toEqual(lines);

    const budgets = (await app.inject({ method: 'GET', url: '/api/v1/budgets?year=2026', headers: officer })).json();
    const rb = budgets.items.find((b: { policyId: string }) => b.policyId === 'rent-subsidy');
    expect(rb).toMatchObject({ quota: 2, overridden: true, quotaUsed: 2, queuedLines: rent.length - 2 });

    const lower = await proposeBudget('rent-subsidy', { annualFen: 100_000_000, quota: 1 });
    expect([lower.statusCode, lower.json().code]).toEqual([409, 'BOLE_BUDGET_BELOW_COMMITTED']);
    const raise = await changeBudget('rent-subsidy', { annualFen: 100_000_000, quota: 10_000 });
    expect(raise.json()).toMatchObject({ status: 'approved', outcome: { released: rent.length - 2 } });
    const raised = (await app.inject({ method: 'GET', url: '/api/v1/budgets?year=2026', headers: officer })).json();
    expect(raised.items.find((b: { policyId: string }) => b.policyId === 'rent-subsidy')).toMatchObject({ queuedLines: 0, quotaUsed: rent.length });
  });

  it('releases the batch to the finance bureau only once a second officer approves it; the audit names both', async () => {
    const exportNow = () => app.inject({ method: 'GET', url: `/api/v1/payment-batches/${batchId}/export.xlsx`, headers: officer });
    const before = await exportNow();
    expect([before.statusCode, before.json().code]).toEqual([409, 'BOLE_BATCH_NOT_APPROVED']);
    const seen = (await app.inject({ method: 'GET', url: `/api/v1/payment-batches/${batchId}`, headers: officer })).json();
    expect(seen).toMatchObject({ status: 'awaiting_approval', createdBy: officerId, madeByYou: true, approvedBy: null });
    expect((await app.inject({ method: 'GET', url: `/api/v1/payment-batches/${batchId}`, headers: checker })).json().madeByYou).toBe(false);

    const own = await post(`/api/v1/payment-batches/${batchId}/approve`, {});
    expect([own.statusCode, own.json().code]).toEqual([403, 'BOLE_SAME_OFFICER']);
    expect((await exportNow()).statusCode).toBe(409);

    const ok = await app.inject({ method: 'POST', url: `/api/v1/payment-batches/${batchId}/approve`, payload: {}, headers: checker });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', createdBy: officerId, approvedBy: checkerId });
    expect(ok.json().approvedByName).toBeTruthy();
    expect(ok.json().createdByName).toBeTruthy();
    const audit = (await ctx.db.execute(
      sql`select actor_id, detail from audit_log where entity_id = ${batchId} and action = 'payment.batch.approve'`,
    )) as unknown as { rows: { actor_id: string; detail: Record<string, unknown> }[] };
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.actor_id).toBe(checkerId);
    expect(audit.rows[0]!.detail).toMatchObject({ period: '2026-07', preparedBy: officerId, preparedByName: ok.json().createdByName, approvedBy: checkerId });
    expect(audit.rows[0]!.detail['lines']).toBe(ok.json().totals.approved);
  });

  it("lists a batch's lines with the talent, policy title, department, period and amount", async () => {
    const items: { talentId: string; policyId: string }[] = [];
    let total = -1;
    for (let p = 1; items.length !== total; p++) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/payment-batches/${batchId}/lines?pageSize=200&page=${p}`, headers: checker });
      expect(res.statusCode, res.body).toBe(200);
      total = res.json().total;
      items.push(...res.json().items);
    }
    expect(total).toBe((await ledger(ctx)).length);
    const settle = items.find((l) => l.talentId === talentId && l.policyId === 'settle-allowance') as unknown as Record<string, unknown> & {
      policyTitle: { zh: string };
    };
    expect(settle).toMatchObject({ period: '2026-07', amountFen: 15_000_000, department: expect.any(String) as string });
    expect(settle.talentName).toBeTruthy();
    expect(settle.policyTitle.zh).not.toBe('settle-allowance');
  });

  it('exports the batch to Excel with masked IDs, yuan amounts and totals', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/payment-batches/${batchId}/export.xlsx`, headers: officer });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([LINES_SHEET, '按政策 By policy', '按部门 By department', '说明 About']);
    const ws = wb.getWorksheet(LINES_SHEET)!;
    const lines = (await ledger(ctx)).filter((l) => l.status === 'approved');
    expect(ws.rowCount - 1).toBe(lines.length);
    const row2 = ws.getRow(2);
    expect(String(row2.getCell(4).value)).toMatch(/^\d\*{16}[\dX]$/);
    expect(ws.getColumn(8).numFmt).toBe('#,##0.00');
    const sum = lines.reduce((a, l) => a + l.amount_fen, 0);
    const byDept = wb.getWorksheet('按部门 By department')!;
    const total = byDept.getRow(byDept.rowCount);
    expect([total.getCell(1).value, total.getCell(2).value, total.getCell(3).value]).toEqual(['合计 Total', lines.length, sum / 100]);
  });

  it('re-imports the file line by line; a bad row is named and nothing is half-applied', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/payment-batches/${batchId}/export.xlsx`, headers: officer });
    const load = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return wb;
    };
    const bad = await load();
    const ws = bad.getWorksheet(LINES_SHEET)!;
    ws.getRow(2).getCell(9).value = '已发放';
    ws.getRow(3).getCell(8).value = Number(ws.getRow(3).getCell(8).value) + 1;
    ws.getRow(4).getCell(1).value = randomUUID();
    const rejected = await upload(batchId, bad);
    expect(rejected.statusCode).toBe(400);
    const fields = rejected.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(['row 3', 'row 4']);
    expect((await ledger(ctx)).filter((l) => l.status === 'paid')).toHaveLength(0);

    const good = await load();
    const g = good.getWorksheet(LINES_SHEET)!;
    g.getRow(2).getCell(9).value = '已发放';
    g.getRow(3).getCell(9).value = 'failed';
    g.getRow(3).getCell(10).value = '账户已注销';
    const applied = await upload(batchId, good);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ paid: 1, failed: 1 });
    // The same file again changes nothing.
    expect((await upload(batchId, good)).json()).toMatchObject({ paid: 0, failed: 0 });
    const batch = (await app.inject({ method: 'GET', url: `/api/v1/payment-batches/${batchId}`, headers: officer })).json();
    expect(batch.totals).toMatchObject({ paid: 1, failed: 1 });
  });

  it('shows the talent 我的待遇 with granted and pending amounts; other roles are refused', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/benefits/mine', headers: talent });
    expect(res.statusCode, res.body).toBe(200);
    const settle = res.json().items.find((i: { policyId: string }) => i.policyId === 'settle-allowance');
    expect(settle).toMatchObject({ source: 'application', amountFen: 15_000_000, pendingFen: 15_000_000, paidFen: 0, title: { zh: '高层次人才安家补贴' } });
    // When 免申即享 last compared everyone, and when it next does: the first working day of next month (1 August 2026 is a Saturday).
    expect(res.json().sweep).toEqual({ lastOn: '2026-07-01', nextOn: '2026-08-03' });
    expect((await app.inject({ method: 'GET', url: '/api/v1/benefits/mine', headers: officer })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/payment-batches', payload: { period: '2026-7' }, headers: officer })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/v1/payment-batches', payload: { period: '2026-08' }, headers: talent })).statusCode).toBe(403);
  });

  it('tells each talent in the inbox that their line was paid, or failed and why', async () => {
    const lines = (await ctx.db.execute(
      sql`select id, talent_id, policy_id, amount_fen::float8 as amount_fen from payment_lines where batch_id = ${batchId} and status = 'approved' order by id`,
    )) as unknown as {
      rows: { id: string; talent_id: string; policy_id: string; amount_fen: number }[];
    };
    const settle = lines.rows.find((l) => l.talent_id === talentId && l.policy_id === 'settle-allowance')!;
    const other = lines.rows.find((l) => l.talent_id !== talentId)!;
    const otherTalent = await signIn(app, await createTestAccount(ctx, 'talent', { talentId: other.talent_id }));
    const res = await app.inject({ method: 'GET', url: `/api/v1/payment-batches/${batchId}/export.xlsx`, headers: officer });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(LINES_SHEET)!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === settle.id) row.getCell(9).value = '已发放';
      if (row.getCell(1).value === other.id) {
        row.getCell(9).value = 'failed';
        row.getCell(10).value = '收款账户户名不符';
      }
    });
    expect((await upload(batchId, wb)).json()).toMatchObject({ paid: 1, failed: 1 });

    // Only the payment news counts here: the seeded talents may also hold notices from the sweep
    // (which of them the demo data confirms varies with their generated ids).
    const payments = async (who: { cookie: string }) =>
      ((await app.inject({ method: 'GET', url: '/api/v1/notifications', headers: who })).json().items as { kind: string }[]).filter((n) =>
        n.kind.startsWith('payment.'),
      );
    const inbox = await payments(talent);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      kind: 'payment.paid',
      readAt: null,
      payload: { lineId: settle.id, batchId, period: '2026-07', policyId: 'settle-allowance', title: { zh: '高层次人才安家补贴' }, amountFen: 15_000_000 },
    });
    const theirs = await payments(otherTalent);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatchObject({
      kind: 'payment.failed',
      payload: { lineId: other.id, policyId: other.policy_id, amountFen: other.amount_fen, reason: '收款账户户名不符' },
    });
  });
});
