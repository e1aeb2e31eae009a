import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AssignmentOutcome, ProgramAwardNotices, ProgramRanking, ScoreSummary } from '@bole/contracts';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookies, type TestAccount } from '../auth/testing.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { testCall } from './program-testing.js';

const FIELD = '新能源';
/** A contest final (大赛路演): 5 judges, one 0–10 criterion. */
const PITCH = testCall('pitch-2026', '2026-03-31', {
  reviewPlan: { ...testCall('x').reviewPlan, kind: 'pitch', reviewersPerApplication: 5, maxLoad: 3, trimFrom: 5, disagreementAbove: 80 },
  funding: {
    budgetFen: 300_000_00,
    milestones: [
      { id: 'signing', name: { zh: '签约', en: 'Signing' }, percent: 50 },
      { id: 'midterm', name: { zh: '中期验收', en: 'Mid-term report accepted' }, percent: 50 },
    ],
  },
});

describe('programs: pitch rounds with 5 judges, the panel decision, the award list in public notice, milestones', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let officer: TestAccount;
  let secondOfficer: TestAccount;
  const judges: (TestAccount & { expertId: string })[] = [];
  const talents: Record<string, { cookie: string; talentId: string; mobile: string }> = {};
  const applications: Record<string, string> = {};
  let programId: string;
  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );
  async function call(who: Pick<TestAccount, 'login' | 'password'> | { cookie: string } | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
    const headers = who === null ? {} : { cookie: 'cookie' in who ? who.cookie : await cookieOf(who) };
    return app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  }

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-03-02T02:00:00Z' }); // Monday 10:00 in Zhuzhou
    app = await buildApp({ ctx, logger: false });
    officer = await createTestAccount(ctx, 'officer');
    secondOfficer = await createTestAccount(ctx, 'officer');
    for (const [name, person] of [
      ['a', '张伟'],
      ['b', '李娜'],
      ['c', '王强'],
    ] as const) {
      talents[name] = await registerTalentWithProfile(app, null, {}, person);
    }
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('refuses a pitch round without exactly 5 judges, naming the field', async () => {
    const four = { ...PITCH, code: 'pitch-four', reviewPlan: { ...PITCH.reviewPlan, reviewersPerApplication: 4 } };
    const res = await call(officer, 'POST', '/api/v1/programs', four);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'reviewPlan.reviewersPerApplication' })]);
    expect((await call(officer, 'GET', '/api/v1/programs')).json().items).toEqual([]);
  });

  it('scores a pitch by its 5 judges dropping the highest and the lowest', async () => {
    const created = await call(officer, 'POST', '/api/v1/programs', PITCH);
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    for (const name of ['a', 'b', 'c']) {
      const res = await call(talents[name]!, 'POST', `/api/v1/programs/${programId}/applications`, { title: `路演项目 ${name}`, fields: [FIELD] });
      expect(res.statusCode, res.body).toBe(201);
      applications[name] = res.json().id;
    }
    for (const name of ['a', 'b']) {
      const res = await call(officer, 'POST', `/api/v1/programs/applications/${applications[name]}/formal-check`, { outcome: 'pass' });
      expect(res.statusCode).toBe(204);
    }
    for (let i = 0; i < 5; i++) {
      const account = await createTestAccount(ctx, 'reviewer', { displayName: `评委${i + 1}` });
      const res = await call(officer, 'POST', '/api/v1/programs/experts', { userId: account.id, fields: [FIELD], employerId: null });
      judges.push({ ...account, expertId: res.json().id });
    }
    const outcome = (await call(officer, 'POST', `/api/v1/programs/${programId}/assignment`, {})).json() as AssignmentOutcome;
    if (!outcome.feasible) throw new Error(JSON.stringify(outcome));
    expect(outcome.assignments.map((a) => a.reviewerIds.length)).toEqual([5, 5]);
    expect(outcome.notFormallyChecked).toEqual([expect.objectContaining({ applicationId: applications.c })]);

    const given = { a: [10, 8, 7, 6, 1], b: [9, 9, 9, 9, 2] };
    for (const [i, judge] of judges.entries()) {
      for (const name of ['a', 'b'] as const) {
        const res = await call(judge, 'PUT', `/api/v1/programs/applications/${applications[name]}/scores`, { scores: { innovation: given[name][i] } });
        expect(res.statusCode, res.body).toBe(204);
      }
    }
    const sheet = (await call(officer, 'GET', `/api/v1/programs/${programId}/scores`)).json() as ScoreSummary;
    const line = (name: 'a' | 'b') => sheet.lines.find((l) => l.applicationId === applications[name])!;
    expect(line('a')).toMatchObject({ mean: 64, trimmedMean: 70, rank: 2 }); // 10 and 1 dropped: (8 + 7 + 6) / 3
    expect(line('b')).toMatchObject({ mean: 76, trimmedMean: 90, rank: 1 }); // 9 and 2 dropped
  });

  const ranking = async () => (await call(officer, 'GET', `/api/v1/programs/${programId}/ranking`)).json() as ProgramRanking;
  const decide = (name: string, body: object) => call(officer, 'PUT', `/api/v1/programs/applications/${applications[name]}/decision`, body);

  it('ranks the scored applications with their flags; refuses a decision on an unscored one or over the budget, writing nothing', async () => {
    const before = await ranking();
    expect(before).toMatchObject({ budgetFen: 300_000_00, awardedFen: 0, remainingFen: 300_000_00, notice: null });
    expect(before.lines.map((l) => [l.applicationId, l.rank, l.sheets, l.disagreement, l.decision])).toEqual([
      [applications.b, 1, 5, false, null],
      [applications.a, 2, 5, true, null], // 10 against 1: 90 points apart
    ]);
    const unscored = await decide('c', { outcome: 'awarded', reason: '项目前景好', amountFen: 10_000_00 });
    expect(unscored.statusCode).toBe(409);
    expect(unscored.json()).toMatchObject({ code: 'BOLE_NOT_SCORED', errors: [{ field: 'applicationId' }] });

    const first = await decide('b', { outcome: 'awarded', reason: '路演第一名', amountFen: 200_000_00 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ outcome: 'awarded', amountFen: 200_000_00, confirmed: false });
    const over = await decide('a', { outcome: 'awarded', reason: '路演第二名', amountFen: 150_000_00 });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'BOLE_PROGRAM_BUDGET_EXCEEDED', errors: [{ field: 'amountFen' }] });
    expect(over.json().detail).toContain('100000.00 yuan left');
    const after = await ranking();
    expect(after).toMatchObject({ awardedFen: 200_000_00, remainingFen: 100_000_00 });
    expect(after.lines.find((l) => l.applicationId === applications.a)!.decision).toBeNull();
  });

  it('has a second officer confirm an award through the approvals queue; the deciding officer cannot', async () => {
    const a = await decide('a', { outcome: 'awarded', reason: '路演第二名', amountFen: 100_000_00 });
    expect(a.statusCode, a.body).toBe(200);
    const queue = (await call(secondOfficer, 'GET', '/api/v1/approvals?kind=program_award')).json().items as { change: object }[];
    expect(queue.map((r) => r.change)).toContainEqual(
      expect.objectContaining({ programName: PITCH.name, title: '路演项目 a', amountFen: 100_000_00, applicationId: applications.a }),
    );
    for (const name of ['a', 'b']) {
      const approvalId = (await ranking()).lines.find((l) => l.applicationId === applications[name])!.decision!.approvalId;
      const own = await call(officer, 'POST', `/api/v1/approvals/${approvalId}/approve`, {});
      expect(own.statusCode).toBe(403);
      expect(own.json()).toMatchObject({ code: 'BOLE_SAME_OFFICER' });
      const ok = await call(secondOfficer, 'POST', `/api/v1/approvals/${approvalId}/approve`, {});
      expect(ok.statusCode, ok.body).toBe(200);
    }
    const confirmed = await ranking();
    expect(confirmed.lines.map((l) => l.decision?.confirmed)).toEqual([true, true]);
    expect(confirmed).toMatchObject({ awardedFen: 300_000_00, remainingFen: 0 });
  });

  const publicList = async () => (await call(null, 'GET', '/api/v1/public/program-award-notices')).json() as ProgramAwardNotices;
  const objection = { name: '知情人', contact: '13700001111', reason: '该项目与其已获市级资助的项目相同。' };

  it('publishes the confirmed awards with masked names; anyone objects while the notice runs; an upheld objection withdraws the award', async () => {
    const published = await call(officer, 'POST', `/api/v1/programs/${programId}/award-notice`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toEqual({ startsOn: '2026-03-02', endsOn: '2026-03-09' }); // 5 working days
    const again = await call(officer, 'POST', `/api/v1/programs/${programId}/award-notice`);
    expect(again.json()).toMatchObject({ code: 'BOLE_AWARD_LIST_STATE', errors: [{ field: 'programId' }] });
    const late = await decide('a', { outcome: 'not_awarded', reason: '改变主意' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'BOLE_AWARD_LIST_STATE' });

    const list = await publicList();
    expect(list.items.map((i) => [i.maskedName, i.title, i.amountFen])).toEqual([
      ['张*', '路演项目 a', 100_000_00],
      ['李*', '路演项目 b', 200_000_00],
    ]);
    expect(JSON.stringify(list)).not.toContain('张伟');

    const filed = await call(null, 'POST', `/api/v1/public/program-award-notices/${applications.a}/objections`, objection);
    expect(filed.statusCode, filed.body).toBe(201);
    const notAwarded = await call(null, 'POST', `/api/v1/public/program-award-notices/${applications.c}/objections`, objection);
    expect(notAwarded.statusCode).toBe(404);
    const decision = (await ranking()).lines.find((l) => l.applicationId === applications.a)!.decision!;
    expect(decision.objections).toEqual([expect.objectContaining({ name: '知情人', contact: '137****1111', status: 'open' })]);

    const resolveUrl = `/api/v1/programs/applications/${applications.a}/objections/${filed.json().id}/resolve`;
    const upheld = await call(officer, 'POST', resolveUrl, { outcome: 'uphold', resolution: '经核实重复资助' });
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json()).toMatchObject({ outcome: 'not_awarded', amountFen: 0 });
    expect(await ranking()).toMatchObject({ awardedFen: 200_000_00, remainingFen: 100_000_00 });
    expect((await publicList()).items.map((i) => i.maskedName)).toEqual(['李*']);
    const twice = await call(officer, 'POST', resolveUrl, { outcome: 'dismiss', resolution: '再次处理' });
    expect(twice.json()).toMatchObject({ code: 'BOLE_OBJECTION_RESOLVED' });
  });

  it('refuses objections once the notice has ended and takes the list down', async () => {
    ctx.clock.set('2026-03-10T02:00:00Z');
    const res = await call(null, 'POST', `/api/v1/public/program-award-notices/${applications.b}/objections`, objection);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'BOLE_AWARD_NOTICE_CLOSED', errors: [{ field: 'applicationId' }] });
    expect((await publicList()).items).toEqual([]);
  });

  it('pays a final award by milestones: each share becomes one ledger line, the shares adding up to the award', async () => {
    const reach = (name: string, milestone: string) => call(officer, 'POST', `/api/v1/programs/applications/${applications[name]}/milestones/${milestone}`);
    const withdrawn = await reach('a', 'signing');
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json()).toMatchObject({ code: 'BOLE_AWARD_LIST_STATE', errors: [{ field: 'applicationId' }] });
    const unknown = await reach('b', 'final');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'milestoneId' })]);

    const signed = await reach('b', 'signing');
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().milestones).toEqual([expect.objectContaining({ milestoneId: 'signing', reachedOn: '2026-03-10', amountFen: 100_000_00 })]);
    expect((await reach('b', 'signing')).json().milestones).toHaveLength(1); // marking it again pays nothing twice
    const midterm = await reach('b', 'midterm');
    const paid = midterm.json().milestones.map((m: { amountFen: number }) => m.amountFen);
    expect(paid.reduce((a: number, b: number) => a + b, 0)).toBe(200_000_00);

    const mine = await call({ login: talents.b!.mobile, password: 'Passw0rd-1' }, 'GET', '/api/v1/benefits/mine'); // signed in again: a week has passed
    expect(mine.statusCode, mine.body).toBe(200);
    const benefits = mine.json().items as { policyId: string; amountFen: number; period: string }[];
    expect(benefits.filter((e) => e.policyId.startsWith('program:')).map((e) => [e.policyId, e.amountFen, e.period])).toEqual(
      expect.arrayContaining([
        ['program:pitch-2026:signing', 100_000_00, 'once'],
        ['program:pitch-2026:midterm', 100_000_00, 'once'],
      ]),
    );
    expect(benefits.filter((e) => e.policyId.startsWith('program:'))).toHaveLength(2);
  });

  it("pays the milestones' lines in the next payment batch from the program's funding, once, titled by program and milestone", async () => {
    const talent = { login: talents.b!.mobile, password: 'Passw0rd-1' };
    const account = await call(talent, 'PUT', '/api/v1/talents/me/payout-account', {
      bank: '中国建设银行株洲分行',
      accountNumber: '6217 0023 4567 8901 234',
      holderName: '李娜',
    });
    expect(account.statusCode, account.body).toBe(200);
    const run = await call(officer, 'POST', '/api/v1/payment-batches', { period: '2026-03' });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ added: 2, totals: { approved: 2, approvedFen: 200_000_00, queued: 0 } });
    const approved = await call(secondOfficer, 'POST', `/api/v1/payment-batches/${run.json().id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const again = await call(officer, 'POST', '/api/v1/payment-batches', { period: '2026-03' });
    expect(again.json()).toMatchObject({ added: 0, status: 'approved', totals: { lines: 2, approvedFen: 200_000_00 } });

    const lines = (await call(officer, 'GET', `/api/v1/payment-batches/${run.json().id}/lines?page=1&pageSize=50`)).json().items as {
      policyTitle: object;
      amountFen: number;
      status: string;
    }[];
    expect(lines.map((l) => [l.policyTitle, l.amountFen, l.status])).toEqual(
      expect.arrayContaining([
        [{ zh: '计划 pitch-2026 · 签约（50%）', en: 'Program pitch-2026 · Signing (50%)' }, 100_000_00, 'approved'],
        [{ zh: '计划 pitch-2026 · 中期验收（50%）', en: 'Program pitch-2026 · Mid-term report accepted (50%)' }, 100_000_00, 'approved'],
      ]),
    );
    const mine = (await call(talent, 'GET', '/api/v1/benefits/mine')).json().items as { policyId: string; title: object; pendingFen: number }[];
    expect(mine.find((e) => e.policyId === 'program:pitch-2026:signing')).toMatchObject({
      title: { zh: '计划 pitch-2026 · 签约（50%）', en: 'Program pitch-2026 · Signing (50%)' },
      pendingFen: 100_000_00,
    });
    const budgets = (await call(officer, 'GET', '/api/v1/budgets?year=2026')).json().items as { policyId: string }[];
    expect(budgets.map((b) => b.policyId).filter((id) => id.startsWith('program:'))).toEqual([]);
  });
});
