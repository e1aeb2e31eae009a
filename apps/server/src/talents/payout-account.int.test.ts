/**
 * A talent's payout account (收款账户) over HTTP: recorded, read masked, replaced and removed by
 * the talent only; the holder must be the talent; the number is sealed at rest and never comes
 * back in an answer, an audit entry or a notice; staff see the mask; every change is audited and
 * told to the talent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookieOf, signIn } from '../auth/testing.js';
import { queryRows } from '../db/rows.js';

const NUMBER = '6222 0212 3456 7890 123';
const DIGITS = NUMBER.replaceAll(' ', '');
const OTHER = '621700123456789012';

describe('payout account', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let cookie: string;
  let talentId: string;
  let officer: { cookie: string };

  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(ctx.db, q);
  const get = () => app.inject({ url: '/api/v1/talents/me/payout-account', headers: { cookie } });
  const put = (payload: Record<string, unknown>, who = cookie) =>
    app.inject({ method: 'PUT', url: '/api/v1/talents/me/payout-account', headers: { cookie: who }, payload });
  const remove = () => app.inject({ method: 'DELETE', url: '/api/v1/talents/me/payout-account', headers: { cookie } });
  const notices = async () =>
    ((await app.inject({ url: '/api/v1/notifications', headers: { cookie } })).json().items as { kind: string; payload: Record<string, unknown> }[]).filter(
      (n) => n.kind.startsWith('payout_account.'),
    );

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/talent',
      payload: { mobile: '13800001234', password: 'Passw0rd-1', name: '李四' },
    });
    expect(res.statusCode, res.body).toBe(201);
    cookie = `bole_session=${sessionCookieOf(res)}`;
    talentId = res.json().talentId;
    officer = await signIn(app, await createTestAccount(ctx, 'officer'));
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('starts empty, with the talent’s name as the only holder accepted', async () => {
    const res = await get();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ account: null, holderName: '李四', waiting: { lines: 0, amountFen: 0 } });
    const removed = await remove();
    expect([removed.statusCode, removed.json().code]).toEqual([404, 'BOLE_NOT_FOUND']);
  });

  it('refuses bad input naming the field, and never echoes the number', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ bank: '中国工商银行', accountNumber: '6222 0212 345', holderName: '李四' }, 'accountNumber'],
      [{ bank: '中国工商银行', accountNumber: '6222-0212-3456-7890', holderName: '李四' }, 'accountNumber'],
      [{ bank: '中国工商银行', accountNumber: '1'.repeat(31), holderName: '李四' }, 'accountNumber'],
      [{ bank: '', accountNumber: NUMBER, holderName: '李四' }, 'bank'],
      [{ bank: '银'.repeat(61), accountNumber: NUMBER, holderName: '李四' }, 'bank'],
      [{ accountNumber: NUMBER, holderName: '李四' }, 'bank'],
      [{ bank: '中国工商银行', accountNumber: NUMBER }, 'holderName'],
    ];
    for (const [payload, field] of cases) {
      const res = await put(payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('BOLE_VALIDATION');
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
      expect(res.body).not.toContain(DIGITS.slice(0, 10));
    }
    expect((await get()).json().account).toBeNull();
  });

  it('refuses a holder who is not the talent with a bilingual message at holderName', async () => {
    const res = await put({ bank: '中国工商银行', accountNumber: NUMBER, holderName: '王五' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'BOLE_HOLDER_NOT_TALENT',
      errors: [{ field: 'holderName', message: 'must be your name as recorded in your profile' }],
    });
    expect(res.json().detail).toContain('李四');
    expect(res.json().detailZh).toBe('待遇只能发放到本人名下的账户：户名须与档案中的姓名“李四”一致。');
    expect(res.body).not.toContain(DIGITS.slice(0, 10));
    expect((await get()).json().account).toBeNull();
  });

  it('records the account sealed, answers with the mask only, audits and tells the talent', async () => {
    // Typed with a Chinese keyboard: full-width digits, spaces as on the card.
    const fullWidth = NUMBER.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const res = await put({ bank: ' 中国工商银行株洲分行 ', accountNumber: fullWidth, holderName: ' 李四 ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      account: { bank: '中国工商银行株洲分行', accountMask: '**** **** **** 0123', holderName: '李四', setAt: '2026-07-15T02:00:00.000Z' },
      holderName: '李四',
      waiting: { lines: 0, amountFen: 0 },
    });
    expect((await get()).json()).toEqual(res.json());
    expect((await app.inject({ url: '/api/v1/talents/me', headers: { cookie } })).json().payoutAccount).toEqual(res.json().account);

    // At rest: sealed with the personal-data cipher, never in clear; the mask keeps 4 digits.
    const [row] = await rows<Record<string, string>>(
      sql`select payout_bank, payout_account_enc, payout_account_mask, payout_holder_name from talents where id = ${talentId}`,
    );
    expect(JSON.stringify(row)).not.toContain(DIGITS.slice(0, 8));
    expect(row!.payout_account_enc).toMatch(/^v1\./);
    expect(ctx.cipher.decrypt(row!.payout_account_enc!)).toBe(DIGITS);
    expect(row).toMatchObject({ payout_bank: '中国工商银行株洲分行', payout_account_mask: '**** **** **** 0123', payout_holder_name: '李四' });

    const [audit] = await rows<{ action: string; detail: Record<string, unknown> }>(
      sql`select action, detail from audit_log where entity_id = ${talentId} and action like 'talent.payout_account.%'`,
    );
    expect(audit).toEqual({
      action: 'talent.payout_account.set',
      detail: { bank: '中国工商银行株洲分行', accountMask: '**** **** **** 0123', previous: null, paymentsReleased: 0 },
    });
    expect(await notices()).toMatchObject([
      { kind: 'payout_account.set', payload: { bank: '中国工商银行株洲分行', accountMask: '**** **** **** 0123', replaced: false, previous: null } },
    ]);
  });

  it('shows staff who may read the profile only the mask', async () => {
    const res = await app.inject({ url: `/api/v1/talents/${talentId}`, headers: officer });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().payoutAccount).toMatchObject({ bank: '中国工商银行株洲分行', accountMask: '**** **** **** 0123', holderName: '李四' });
    expect(res.body).not.toContain(DIGITS.slice(0, 8));
    // The account is the talent's own: staff cannot set or read it as "me".
    expect((await put({ bank: '中国银行', accountNumber: OTHER, holderName: '李四' }, officer.cookie)).statusCode).toBe(403);
  });

  it('replaces the account, telling the talent which one it replaced', async () => {
    ctx.clock.set('2026-07-15T02:10:00Z');
    const res = await put({ bank: '中国建设银行', accountNumber: OTHER, holderName: '李四' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().account).toEqual({ bank: '中国建设银行', accountMask: '**** **** **** 9012', holderName: '李四', setAt: '2026-07-15T02:10:00.000Z' });
    const [n] = await notices();
    expect(n).toMatchObject({
      kind: 'payout_account.set',
      payload: {
        bank: '中国建设银行',
        accountMask: '**** **** **** 9012',
        replaced: true,
        previous: { bank: '中国工商银行株洲分行', accountMask: '**** **** **** 0123' },
      },
    });
    const actions = await rows<{ action: string }>(
      sql`select action from audit_log where entity_id = ${talentId} and action like 'talent.payout_account.%' order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual(['talent.payout_account.set', 'talent.payout_account.replace']);
  });

  it('removes the account, audited and told', async () => {
    ctx.clock.set('2026-07-15T02:20:00Z'); // after the replacement's notice, so the newest is first
    const res = await remove();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ account: null, holderName: '李四', waiting: { lines: 0, amountFen: 0 } });
    const [row] = await rows<Record<string, unknown>>(
      sql`select payout_bank, payout_account_enc, payout_account_mask, payout_holder_name, payout_account_set_at from talents where id = ${talentId}`,
    );
    expect(Object.values(row!)).toEqual([null, null, null, null, null]);
    expect((await notices())[0]).toMatchObject({ kind: 'payout_account.removed', payload: { bank: '中国建设银行', accountMask: '**** **** **** 9012' } });
    const [audit] = await rows<{ detail: Record<string, unknown> }>(
      sql`select detail from audit_log where entity_id = ${talentId} and action = 'talent.payout_account.remove'`,
    );
    expect(audit!.detail).toEqual({ bank: '中国建设银行', accountMask: '**** **** **** 9012', paymentsHeld: 0 });
  });

  it('never wrote either number into the audit log or a notification', async () => {
    const audit = await rows<{ detail: unknown }>(sql`select detail from audit_log`);
    const notes = await rows<{ payload: unknown }>(sql`select payload from notifications`);
    for (const text of [JSON.stringify(audit), JSON.stringify(notes)]) {
      expect(text).not.toContain(DIGITS.slice(0, 8));
      expect(text).not.toContain(OTHER.slice(0, 8));
    }
  });

  it('is the talent’s only: other roles are refused, anonymous callers must sign in', async () => {
    expect((await app.inject({ url: '/api/v1/talents/me/payout-account' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/talents/me/payout-account', headers: officer })).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/talents/me/payout-account', headers: officer })).statusCode).toBe(403);
  });
});
