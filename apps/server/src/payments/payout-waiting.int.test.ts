/**
 * Payments and payout accounts (ADR 0014): a line whose talent has no payout account waits
 * (`awaiting_account`) outside the budget queue and out of the bureau's file, and the talent is
 * told; once they record an account the next batch run commits it; the bureau's file carries each
 * committed line's full account number, audited as a full read of personal data; an account with
 * approved payments still to come cannot be removed, and removing one sends queued lines back to wait.
 */
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
import { ledger, sweptCity } from './payment-testing.js';
import { setBudget } from './payment.service.js';
import { queryRows } from '../db/rows.js';

const ACCOUNT = '6217 0023 4567 8901 234';
const DIGITS = ACCOUNT.replaceAll(' ', '');
const SETTLE_FEN = 15_000_000;

let ctx: TestContext;
let app: FastifyInstance;
let officer: { cookie: string };
let checker: { cookie: string };
let talent: { cookie: string };
let talentId: string;
let talentName: string;
let batchId: string;

const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(ctx.db, q);
const linesOf = (id: string) =>
  rows<{ id: string; period: string; policy_id: string; status: string; amount_fen: number }>(
    sql`select id, period, policy_id, status, amount_fen::float8 as amount_fen from payment_lines where talent_id = ${id} order by period, policy_id`,
  );
const runBatch = (period: string) => app.inject({ method: 'POST', url: '/api/v1/payment-batches', payload: { period }, headers: officer });
const approve = (id: string) => app.inject({ method: 'POST', url: `/api/v1/payment-batches/${id}/approve`, payload: {}, headers: checker });
const exportFile = async (id: string) => {
  const res = await app.inject({ method: 'GET', url: `/api/v1/payment-batches/${id}/export.xlsx`, headers: officer });
  expect(res.statusCode, res.body).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
};
const upload = async (id: string, wb: ExcelJS.Workbook) => {
  const boundary = `----bole${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.from(await wb.xlsx.writeBuffer()),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/v1/payment-batches/${id}/import`,
    payload: body,
    headers: { ...officer, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
};
const grant = (policyId: string, amountFen: number, period: 'once' | 'month', months: number, startDate: string) =>
  ctx.db.transaction((tx) =>
    grantEntitlementFromApplication(ctx, tx, { talentId, policyId, applicationId: randomUUID(), amountFen, period, months, startDate, actor: null }),
  );

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  app = await buildApp({ ctx, logger: false });
  await sweptCity(ctx, 400, '2026-07-01', 80);
  officer = await signIn(app, await createTestAccount(ctx, 'officer'));
  checker = await signIn(app, await createTestAccount(ctx, 'officer'));
  const [t] = await rows<{ id: string; name: string }>(sql`select id, name from talents where payout_account_enc is null order by id desc limit 1`);
  talentId = t!.id;
  talentName = t!.name;
  talent = await signIn(app, await createTestAccount(ctx, 'talent', { talentId }));
  await grant('settle-allowance', SETTLE_FEN, 'once', 1, '2026-07-10');
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('payments wait for a payout account', () => {
  it('a line whose talent has no account waits with that reason, reserves no budget, and the talent is told', async () => {
    const res = await runBatch('2026-07');
    expect(res.statusCode, res.body).toBe(200);
    batchId = res.json().id;
    const without = new Set((await rows<{ id: string }>(sql`select id from talents where payout_account_enc is null`)).map((r) => r.id));
    expect(without.size).toBeGreaterThan(20);
    const all = await rows<{ talent_id: string; status: string; amount_fen: number }>(
      sql`select talent_id, status, amount_fen::float8 as amount_fen from payment_lines`,
    );
    const waiting = all.filter((l) => without.has(l.talent_id));
    expect(waiting.length).toBeGreaterThan(0);
    expect(all.filter((l) => l.status === 'awaiting_account')).toEqual(waiting.map((l) => ({ ...l, status: 'awaiting_account' })));
    expect(res.json().totals).toMatchObject({ awaitingAccount: waiting.length, awaitingAccountFen: waiting.reduce((a, l) => a + l.amount_fen, 0) });

    expect(await linesOf(talentId)).toContainEqual(expect.objectContaining({ period: '2026-07', policy_id: 'settle-allowance', status: 'awaiting_account' }));
    const page = await app.inject({ url: `/api/v1/payment-batches/${batchId}/lines?status=awaiting_account&pageSize=200`, headers: officer });
    expect(page.json().total).toBe(waiting.length);
    expect(page.json().items).toContainEqual(expect.objectContaining({ talentId, policyId: 'settle-allowance', status: 'awaiting_account' }));

    // The budget counts neither the waiting money as committed nor as queued.
    const budgets = (await app.inject({ url: '/api/v1/budgets?year=2026', headers: officer })).json().items as Record<string, number | string>[];
    const settle = budgets.find((b) => b.policyId === 'settle-allowance')!;
    const settleLines = await rows<{ status: string; amount_fen: number }>(
      sql`select status, amount_fen::float8 as amount_fen from payment_lines where policy_id = 'settle-allowance'`,
    );
    const sum = (s: string) => settleLines.filter((l) => l.status === s).reduce((a, l) => a + l.amount_fen, 0);
    expect(settle).toMatchObject({ committedFen: sum('approved'), queuedFen: sum('queued') });

    const inbox = (await app.inject({ url: '/api/v1/notifications', headers: talent })).json().items as { kind: string; payload: Record<string, unknown> }[];
    const told = inbox.filter((n) => n.kind === 'payment.awaiting_account');
    expect(told).toHaveLength(1);
    const mine = (await linesOf(talentId)).filter((l) => l.status === 'awaiting_account');
    expect(told[0]!.payload).toEqual({ batchId, period: '2026-07', lines: mine.length, amountFen: mine.reduce((a, l) => a + l.amount_fen, 0) });

    const benefits = (await app.inject({ url: '/api/v1/benefits/mine', headers: talent })).json();
    expect(benefits.items.find((i: { policyId: string }) => i.policyId === 'settle-allowance')).toMatchObject({
      awaitingAccountFen: SETTLE_FEN,
      pendingFen: 0,
      lines: [{ period: '2026-07', status: 'awaiting_account' }],
    });
    expect(benefits.totals).toMatchObject({ awaitingAccountLines: mine.length });
    expect((await app.inject({ url: '/api/v1/talents/me/payout-account', headers: talent })).json().waiting).toEqual({
      lines: mine.length,
      amountFen: mine.reduce((a, l) => a + l.amount_fen, 0),
    });
    // A second run of the month adds nothing and tells nobody again.
    expect((await runBatch('2026-07')).json().added).toBe(0);
    const again = (await app.inject({ url: '/api/v1/notifications', headers: talent })).json().items as { kind: string }[];
    expect(again.filter((n) => n.kind === 'payment.awaiting_account')).toHaveLength(1);
  });

  it("re-imports the bureau's file; a waiting line, never exported, is refused by name", async () => {
    expect((await approve(batchId)).statusCode).toBe(200);
    const wb = await exportFile(batchId);
    const ws = wb.getWorksheet(LINES_SHEET)!;
    ws.getRow(2).getCell(9).value = '已发放';
    const [mine] = (await linesOf(talentId)).filter((l) => l.status === 'awaiting_account');
    const extra = ws.addRow([mine!.id, '2026-07', talentName, '', '', 'settle-allowance', '', mine!.amount_fen / 100, '已发放', '']);
    const refused = await upload(batchId, wb);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      { field: `row ${extra.number}`, message: `line ${mine!.id} waits for the talent's payout account and was not in the exported file` },
    ]);
    ws.spliceRows(extra.number, 1);
    const applied = await upload(batchId, wb);
    expect([applied.statusCode, applied.json().paid]).toEqual([200, 1]);
  });

  it("the bureau's file carries each committed line's bank, holder and full account number, never a waiting line, audited as a full read", async () => {
    const ws = (await exportFile(batchId)).getWorksheet(LINES_SHEET)!;
    expect([11, 12, 13].map((c) => ws.getRow(1).getCell(c).value)).toEqual(['开户银行 Bank', '户名 Account holder', '银行账号 Account number']);
    const committed = await rows<{ id: string; name: string; bank: string; enc: string }>(
      sql`select l.id, t.name, t.payout_bank as bank, t.payout_account_enc as enc
        from payment_lines l join talents t on t.id = l.talent_id where l.batch_id = ${batchId} and l.status in ('approved', 'paid', 'failed')`,
    );
    const accounts = new Map(committed.map((l) => [l.id, [l.bank, l.name, ctx.cipher.decrypt(l.enc)]]));
    const waitingIds = new Set((await rows<{ id: string }>(sql`select id from payment_lines where status = 'awaiting_account'`)).map((r) => r.id));
    expect(ws.rowCount - 1).toBe(committed.length);
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      expect(waitingIds.has(String(row.getCell(1).value))).toBe(false);
      const number = row.getCell(13).value;
      expect(typeof number).toBe('string'); // text: Excel keeps all 19 digits
      expect(number).toMatch(/^\d{19}$/);
      expect(row.getCell(12).value).toBe(row.getCell(3).value);
      expect([row.getCell(11).value, row.getCell(12).value, number]).toEqual(accounts.get(String(row.getCell(1).value)));
    }
    const [read] = await rows<{ action: string; entity: string; detail: Record<string, unknown> }>(
      sql`select action, entity, detail from audit_log where entity_id = ${batchId} and action = 'personal_data.read'`,
    );
    const [talents] = await rows<{ n: number }>(
      sql`select count(distinct talent_id)::int as n from payment_lines where batch_id = ${batchId} and status in ('approved', 'paid', 'failed')`,
    );
    expect(read).toEqual({
      action: 'personal_data.read',
      entity: 'payment_batch',
      detail: {
        fields: ['payoutAccountNumber'],
        accounts: committed.length,
        talents: talents!.n,
        purpose: 'payment file for the finance bureau',
        period: '2026-07',
      },
    });
    const exports = await rows<{ detail: Record<string, unknown> }>(
      sql`select detail from audit_log where entity_id = ${batchId} and action = 'payment.batch.export'`,
    );
    for (const e of exports) expect(e.detail).toMatchObject({ idNumbers: 'masked', accountNumbers: 'full' });
  });

  it('once the talent records an account, the next batch run commits the waiting lines', async () => {
    const before = (await linesOf(talentId)).filter((l) => l.status === 'awaiting_account').length;
    const set = await app.inject({
      method: 'PUT',
      url: '/api/v1/talents/me/payout-account',
      headers: talent,
      payload: { bank: '中国建设银行株洲分行', accountNumber: ACCOUNT, holderName: talentName },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().waiting).toEqual({ lines: 0, amountFen: 0 });
    expect((await linesOf(talentId)).map((l) => l.status)).toEqual(Array(before).fill('queued'));
    const [audit] = await rows<{ detail: Record<string, unknown> }>(
      sql`select detail from audit_log where entity_id = ${talentId} and action = 'talent.payout_account.set'`,
    );
    expect(audit!.detail['paymentsReleased']).toBe(before);
    // Nothing is committed behind the officers' backs: the approved batch stays as approved.
    expect((await app.inject({ url: `/api/v1/payment-batches/${batchId}`, headers: officer })).json().status).toBe('approved');

    const rerun = await runBatch('2026-07');
    expect(rerun.json()).toMatchObject({ added: 0, status: 'awaiting_approval' });
    expect(await linesOf(talentId)).toContainEqual(expect.objectContaining({ policy_id: 'settle-allowance', status: 'approved' }));
    const settle = (await app.inject({ url: '/api/v1/benefits/mine', headers: talent }))
      .json()
      .items.find((i: { policyId: string }) => i.policyId === 'settle-allowance');
    expect(settle).toMatchObject({ pendingFen: SETTLE_FEN, awaitingAccountFen: 0 });

    expect((await approve(batchId)).statusCode).toBe(200);
    // The file now pays the talent's line into their account, in full.
    const ws = (await exportFile(batchId)).getWorksheet(LINES_SHEET)!;
    const line = (await linesOf(talentId)).find((l) => l.policy_id === 'settle-allowance')!;
    const mine: unknown[][] = [];
    ws.eachRow((row) => {
      if (row.getCell(1).value === line.id) mine.push([row.getCell(11).value, row.getCell(12).value, row.getCell(13).value]);
    });
    expect(mine).toEqual([['中国建设银行株洲分行', talentName, DIGITS]]);
  });

  it('an account with approved payments still to come cannot be removed; removing one later sends queued lines back to wait', async () => {
    const remove = () => app.inject({ method: 'DELETE', url: '/api/v1/talents/me/payout-account', headers: talent });
    const refused = await remove();
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().code).toBe('BOLE_PAYOUT_ACCOUNT_IN_USE');
    expect(refused.json().detail).toContain('150000.00 yuan');
    expect(refused.body).not.toContain(DIGITS.slice(0, 8));
    expect((await app.inject({ url: '/api/v1/talents/me/payout-account', headers: talent })).json().account).not.toBeNull();

    // The bureau pays the line; then the account may go.
    const wb = await exportFile(batchId);
    const line = (await linesOf(talentId)).find((l) => l.policy_id === 'settle-allowance')!;
    wb.getWorksheet(LINES_SHEET)!.eachRow((row) => {
      if (row.getCell(1).value === line.id) row.getCell(9).value = '已发放';
    });
    expect((await upload(batchId, wb)).json()).toMatchObject({ paid: 1 });

    // A monthly benefit from August; its budget leaves no room, so September's line queues.
    await grant('rent-subsidy', 100_000, 'month', 12, '2026-08-01');
    expect((await runBatch('2026-08')).statusCode).toBe(200);
    const rent = (await app.inject({ url: '/api/v1/budgets?year=2026', headers: officer }))
      .json()
      .items.find((b: { policyId: string }) => b.policyId === 'rent-subsidy');
    // The budget set to what is committed (as a second officer's approval of a proposal applies it).
    await setBudget(ctx, null, 2026, 'rent-subsidy', { annualFen: rent.committedFen, quota: rent.quotaUsed });
    expect((await runBatch('2026-09')).statusCode).toBe(200);
    const september = (await linesOf(talentId)).find((l) => l.policy_id === 'rent-subsidy' && l.period === '2026-09');
    expect(september?.status).toBe('queued');
    const august = (await linesOf(talentId)).find((l) => l.policy_id === 'rent-subsidy' && l.period === '2026-08')!;
    const augustBatch = (await runBatch('2026-08')).json().id as string;
    expect(await approve(augustBatch)).toMatchObject({ statusCode: 200 });
    const aug = await exportFile(augustBatch);
    aug.getWorksheet(LINES_SHEET)!.eachRow((row) => {
      if (row.getCell(1).value === august.id) row.getCell(9).value = '已发放';
    });
    expect((await upload(augustBatch, aug)).json()).toMatchObject({ paid: 1 });

    const removed = await remove();
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ account: null, waiting: { lines: 1, amountFen: 100_000 } });
    expect((await linesOf(talentId)).find((l) => l.id === september!.id)?.status).toBe('awaiting_account');
    const [audit] = await rows<{ detail: Record<string, unknown> }>(
      sql`select detail from audit_log where entity_id = ${talentId} and action = 'talent.payout_account.remove'`,
    );
    expect(audit!.detail).toMatchObject({ bank: '中国建设银行株洲分行', accountMask: '**** **** **** 1234', paymentsHeld: 1 });
  });

  it('kept every number out of the audit log and the notifications', async () => {
    const text = JSON.stringify([await rows(sql`select detail from audit_log`), await rows(sql`select payload from notifications`), await ledger(ctx)]);
    expect(text).not.toContain(DIGITS.slice(0, 8));
    for (const t of await rows<{ payout_account_enc: string }>(sql`select payout_account_enc from talents where payout_account_enc is not null limit 50`)) {
      expect(text).not.toContain(ctx.cipher.decrypt(t.payout_account_enc).slice(0, 10));
    }
  });
});
