/**
 * 身份证号冲突: a talent who gives an ID number another talent holds is saved as any other, and the
 * office sees the dispute, both sides masked, and settles it: the number stays with its holder or
 * goes to the claimant; the talent whose number is cleared is told why; audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { makeIdNumber } from '../identity/id-number.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { talents } from './talent.table.js';

describe('the office settles ID numbers two talents gave', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let officer: { cookie: string };
  let auditor: { cookie: string };
  const get = (url: string, cookie: string) => app.inject({ url, headers: { cookie } });
  const settle = (claimant: string, payload: object, cookie = officer.cookie) =>
    app.inject({ method: 'POST', url: `/api/v1/talents/${claimant}/id-number-dispute`, headers: { cookie }, payload });
  const hashOf = async (id: string) => (await ctx.db.select({ h: talents.idNumberHash }).from(talents).where(eq(talents.id, id)))[0]!.h;
  /** Two talents giving the same number: the first holds it, the second's copy waits for the office. */
  const dispute = async (n: number) => {
    const number = makeIdNumber('430203', '1991-05-05', n, 'male');
    const holder = await registerTalentWithProfile(app, null, { idNumber: number, birthDate: '1991-05-05' }, `原登记${n}`);
    const claimant = await registerTalentWithProfile(app, null, { idNumber: number, birthDate: '1991-05-05' }, `后登记${n}`);
    return { number, holder, claimant };
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    officer = await signIn(app, await createTestAccount(ctx, 'officer'));
    auditor = await signIn(app, await createTestAccount(ctx, 'auditor'));
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('lists each dispute with both talents and the number masked; talents cannot see it', async () => {
    const { holder, claimant, number } = await dispute(31);
    const list = await get('/api/v1/talents/id-number-disputes', auditor.cookie);
    expect(list.statusCode, list.body).toBe(200);
    const item = list.json().items.find((i: { claimant: { talentId: string } }) => i.claimant.talentId === claimant.talentId);
    expect(item).toMatchObject({ claimant: { name: '后登记31' }, holder: { talentId: holder.talentId, name: '原登记31' } });
    expect(item.idNumber).not.toBe(number);
    expect(item.idNumber).toMatch(/\*/);
    expect(list.body).not.toContain(number);
    expect((await get('/api/v1/talents/id-number-disputes', claimant.cookie)).statusCode).toBe(403);
  });

  it('kept by the holder: the claimant’s number is cleared and they are told why; the holder is untouched', async () => {
    const { holder, claimant, number } = await dispute(32);
    const bad = await settle(claimant.talentId, { outcome: 'kept_by_holder', reason: '' });
    expect([bad.statusCode, bad.json().errors[0].field]).toEqual([400, 'reason']);
    const res = await settle(claimant.talentId, { outcome: 'kept_by_holder', reason: '经核验身份证原件，号码属于原登记人' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { claimant: { talentId: string } }) => i.claimant.talentId)).not.toContain(claimant.talentId);
    expect((await get('/api/v1/talents/me', claimant.cookie)).json().idNumber).toBeNull();
    expect(await hashOf(holder.talentId)).toBe(ctx.cipher.lookupHash('id', number));
    const inbox = (await get('/api/v1/notifications', claimant.cookie)).json().items as { kind: string; payload: { reason: string } }[];
    expect(inbox.find((n) => n.kind === 'talent.id_number_cleared')?.payload.reason).toBe('经核验身份证原件，号码属于原登记人');
    // Settled: a second decision finds nothing to settle; an auditor may not decide.
    expect((await settle(claimant.talentId, { outcome: 'given_to_claimant', reason: '再次处理' })).statusCode).toBe(404);
    expect((await settle(holder.talentId, { outcome: 'given_to_claimant', reason: '再次处理' }, auditor.cookie)).statusCode).toBe(403);
  });

  it('given to the claimant: the holder’s number is cleared and they are told; the claimant’s is linked; audited', async () => {
    const { holder, claimant, number } = await dispute(33);
    const res = await settle(claimant.talentId, { outcome: 'given_to_claimant', reason: '原登记人误填他人号码' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await hashOf(claimant.talentId)).toBe(ctx.cipher.lookupHash('id', number));
    expect(await hashOf(holder.talentId)).toBeNull();
    expect((await get('/api/v1/talents/me', holder.cookie)).json().idNumber).toBeNull();
    const inbox = (await get('/api/v1/notifications', holder.cookie)).json().items as { kind: string }[];
    expect(inbox.map((n) => n.kind)).toContain('talent.id_number_cleared');
    const audit = await ctx.db.query.auditLog.findMany({ where: (a, { eq: is }) => is(a.action, 'talent.id_number.dispute_resolved') });
    expect(audit.at(-1)).toMatchObject({
      entityId: claimant.talentId,
      detail: { outcome: 'given_to_claimant', holder: holder.talentId, reason: '原登记人误填他人号码' },
    });
    expect(JSON.stringify(audit)).not.toContain(number);
  });
});
