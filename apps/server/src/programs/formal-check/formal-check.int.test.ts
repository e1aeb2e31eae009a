import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { createTestContext, type TestContext } from '../../../test/test-context.js';
import { createTestAccount, registerTestEmployer, sessionCookies, type TestAccount } from '../../auth/testing.js';
import { registerTalentWithProfile } from '../../recognition/recognition-testing.js';
import { testCall } from '../program-testing.js';

const FORM = {
  title: '高温合金涡轮叶片研究',
  summary: '面向航空发动机的高温合金叶片',
  fields: ['新材料'],
  budgetLines: [
    { item: '材料费', amountFen: 3_000_000 },
    { item: '测试费', amountFen: 2_000_000 },
  ],
};

describe('programs: the form, the formal check with its paused clock, duplicates across programs', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let officer: TestAccount;
  let talent: { login: string; password: string };
  let other: { cookie: string; talentId: string };
  const programs: Record<string, string> = {};
  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );
  const as = async (who: Pick<TestAccount, 'login' | 'password'> | { cookie: string }, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: 'cookie' in who ? who.cookie : await cookieOf(who) }, ...(payload ? { payload } : {}) });
  const officeList = async (code: string) => (await as(officer, 'GET', `/api/v1/programs/applications?programId=${programs[code]}`)).json().items;

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-03-02T02:00:00Z' }); // Monday
    app = await buildApp({ ctx, logger: false });
    officer = await createTestAccount(ctx, 'officer');
    const employerId = (await registerTestEmployer(app, 871)).employerId;
    talent = { login: (await registerTalentWithProfile(app, employerId)).mobile, password: 'Passw0rd-1' };
    other = await registerTalentWithProfile(app, employerId, {}, '王芳');
    for (const [code, closes] of [
      ['xiaohe-fc', '2026-03-31'],
      ['leader-fc', '2026-03-31'],
      ['contest-fc', '2026-04-30'],
    ] as const) {
      const res = await as(officer, 'POST', '/api/v1/programs', testCall(code, closes));
      expect(res.statusCode, res.body).toBe(201);
      programs[code] = res.json().id;
    }
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  let applicationId: string;

  it('keeps the form the issue names and starts the formal-check clock (10 working days)', async () => {
    const res = await as(talent, 'POST', `/api/v1/programs/${programs['xiaohe-fc']}/applications`, FORM);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ summary: FORM.summary, budgetLines: FORM.budgetLines, formalStatus: 'pending', formalDueOn: '2026-03-16' });
    applicationId = res.json().id;
  });

  it('refuses an attachment that is not in the applicant’s evidence, nothing written', async () => {
    const res = await as(other, 'POST', `/api/v1/programs/${programs['xiaohe-fc']}/applications`, {
      ...FORM,
      evidenceIds: ['00000000-0000-4000-8000-000000000001'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('evidenceIds.0');
    expect(await officeList('xiaohe-fc')).toHaveLength(1);
  });

  it('returns for completion, pausing the clock; the resubmission moves the due date by the paused working days', async () => {
    const back = await as(officer, 'POST', `/api/v1/programs/applications/${applicationId}/formal-check`, { outcome: 'return', note: '请补充预算说明' });
    expect(back.statusCode, back.body).toBe(204);
    const mine = (await as(talent, 'GET', '/api/v1/programs/applications')).json().items[0];
    expect(mine).toMatchObject({ formalStatus: 'returned', formalDueOn: null, returnNote: '请补充预算说明' });
    // a pass while it is with the applicant is refused
    const early = await as(officer, 'POST', `/api/v1/programs/applications/${applicationId}/formal-check`, { outcome: 'pass' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('BOLE_FORMAL_CHECK_STATE');
    // someone else may not resubmit it
    expect((await as(other, 'POST', `/api/v1/programs/applications/${applicationId}/resubmit`, { summary: 'x' })).statusCode).toBe(403);

    ctx.clock.set('2026-03-09T02:00:00Z'); // a week later: 5 working days paused
    const again = await as(talent, 'POST', `/api/v1/programs/applications/${applicationId}/resubmit`, {
      budgetLines: [{ item: '材料费', amountFen: 5_000_000 }],
    });
    expect(again.statusCode, again.body).toBe(204);
    const [row] = await officeList('xiaohe-fc');
    expect(row).toMatchObject({
      formalStatus: 'pending',
      formalDueOn: '2026-03-23',
      budgetLines: [{ item: '材料费', amountFen: 5_000_000 }],
      returnNote: '请补充预算说明',
    });

    expect((await as(officer, 'POST', `/api/v1/programs/applications/${applicationId}/formal-check`, { outcome: 'pass' })).statusCode).toBe(204);
    expect((await officeList('xiaohe-fc'))[0]).toMatchObject({ formalStatus: 'passed', returnNote: null });
    expect((await as(talent, 'POST', `/api/v1/programs/applications/${applicationId}/resubmit`, { summary: 'x' })).statusCode).toBe(409);
  });

  it('a return needs a note; an unknown outcome is a 400 naming the field', async () => {
    const res = await as(officer, 'POST', `/api/v1/programs/applications/${applicationId}/formal-check`, { outcome: 'return' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().errors)).toContain('note');
  });

  it('flags to the office the same applicant’s similar title or project in another open call', async () => {
    const similar = await as(talent, 'POST', `/api/v1/programs/${programs['leader-fc']}/applications`, { ...FORM, title: '高温合金涡轮叶片的研究' });
    expect(similar.statusCode, similar.body).toBe(201);
    const unrelated = await as(talent, 'POST', `/api/v1/programs/${programs['contest-fc']}/applications`, { ...FORM, title: '城市轨道交通调度' });
    expect(unrelated.statusCode).toBe(201);
    const [flagged] = await officeList('xiaohe-fc');
    expect(flagged.duplicates).toEqual(
      expect.arrayContaining([
        { applicationId: similar.json().id, programId: programs['leader-fc'], title: '高温合金涡轮叶片的研究', reason: 'similar_title' },
        { applicationId: unrelated.json().id, programId: programs['contest-fc'], title: '城市轨道交通调度', reason: 'open_call' },
      ]),
    );
    // the applicant does not see the office's flags
    const mine = (await as(talent, 'GET', '/api/v1/programs/applications')).json().items;
    expect(mine.every((a: { duplicates: unknown[] }) => a.duplicates.length === 0)).toBe(true);
  });
});
