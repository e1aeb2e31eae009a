import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AssignmentOutcome, ProgramCreateBody } from '@bole/contracts';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, registerTestEmployer, sessionCookies, type TestAccount } from '../auth/testing.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';

/** 小荷计划-style call: k = 2 reviewers, at most 2 applications per expert, two criteria. */
const PLAN: ProgramCreateBody = {
  code: 'xiaohe-2026',
  name: { zh: '小荷计划 2026', en: 'Lotus Bud Program 2026' },
  opensOn: '2026-03-01',
  closesOn: '2026-03-31',
  quotaPerNominator: 2,
  reviewPlan: {
    reviewersPerApplication: 2,
    maxLoad: 2,
    criteria: [
      { id: 'innovation', name: { zh: '创新性', en: 'Innovation' }, weight: 60, min: 0, max: 10 },
      { id: 'team', name: { zh: '团队', en: 'Team' }, weight: 40, min: 0, max: 5 },
    ],
    scoringWorkingDays: 5,
    trimFrom: 5,
    disagreementAbove: 30,
  },
};
const FIELD = '新材料';

describe('programs: call, nominations within quota, conflicts, assignment with diagnosis, scoring', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let officer: TestAccount;
  let employerA: { employerId: string; login: string; password: string };
  const talents: Record<string, { cookie: string; talentId: string }> = {};
  const experts: Record<string, TestAccount & { expertId: string }> = {};
  let programId: string;
  const applications: Record<string, string> = {};
  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );

  async function call(who: { login: string; password: string } | { cookie: string }, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
    const cookie = 'cookie' in who ? who.cookie : await cookieOf(who);
    return app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  }
  async function addExpert(name: string, profile: { employerId?: string | null; relations?: { personId: string; relation: 'relative' }[] }) {
    const account = await createTestAccount(ctx, 'reviewer', { displayName: name });
    const res = await call(officer, 'POST', '/api/v1/programs/experts', { userId: account.id, fields: [FIELD], employerId: null, ...profile });
    expect(res.statusCode, res.body).toBe(200);
    experts[name] = { ...account, expertId: res.json().id };
  }
  const applicationsOfProgram = async () => (await call(officer, 'GET', `/api/v1/programs/applications?programId=${programId}`)).json().items;

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-03-02T02:00:00Z' }); // Monday 10:00 in Zhuzhou
    app = await buildApp({ ctx, logger: false });
    officer = await createTestAccount(ctx, 'officer');
    employerA = await registerTestEmployer(app, 801);
    const employerB = await registerTestEmployer(app, 802);
    for (const [name, employer] of [
      ['t1', employerA],
      ['t2', employerA],
      ['t3', employerA],
      ['t4', employerB],
    ] as const) {
      talents[name] = await registerTalentWithProfile(app, employer.employerId, {}, `申请人${name}`);
    }
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('opens a call; a call closing before it opens is refused naming closesOn', async () => {
    const bad = await call(officer, 'POST', '/api/v1/programs', { ...PLAN, code: 'bad', closesOn: '2026-02-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'closesOn' })]);
    const res = await call(officer, 'POST', '/api/v1/programs', PLAN);
    expect(res.statusCode, res.body).toBe(201);
    programId = res.json().id;
    expect((await call(talents.t1!, 'GET', '/api/v1/programs')).json().items).toEqual([expect.objectContaining({ code: 'xiaohe-2026', applications: 0 })]);
  });

  it('lets an employer nominate up to its quota, then refuses naming talentId with nothing written', async () => {
    for (const name of ['t1', 't2']) {
      const res = await call(employerA, 'POST', `/api/v1/programs/${programId}/applications`, {
        title: `项目 ${name}`,
        fields: [FIELD],
        talentId: talents[name]!.talentId,
      });
      expect(res.statusCode, res.body).toBe(201);
      applications[name] = res.json().id;
    }
    const over = await call(employerA, 'POST', `/api/v1/programs/${programId}/applications`, {
      title: '项目 t3',
      fields: [FIELD],
      talentId: talents.t3!.talentId,
    });
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: 'BOLE_QUOTA_FULL', errors: [{ field: 'talentId' }] });
    expect((await call(employerA, 'GET', '/api/v1/programs/applications')).json().items).toHaveLength(2);
  });

  it('lets a talent apply, asking at most 3 experts to be excluded', async () => {
    const ids = ['a', 'b', 'c', 'd'].map((c) => `00000000-0000-4000-8000-00000000000${c}`);
    const tooMany = await call(talents.t4!, 'POST', `/api/v1/programs/${programId}/applications`, {
      title: '项目 t4',
      fields: [FIELD],
      excludedExpertIds: ids,
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json()).toMatchObject({ code: 'BOLE_TOO_MANY_EXCLUSIONS', errors: [{ field: 'excludedExpertIds' }] });
    const res = await call(talents.t4!, 'POST', `/api/v1/programs/${programId}/applications`, { title: '项目 t4', fields: [FIELD] });
    expect(res.statusCode, res.body).toBe(201);
    applications.t4 = res.json().id;
    const again = await call(talents.t4!, 'POST', `/api/v1/programs/${programId}/applications`, { title: '项目 t4 again', fields: [FIELD] });
    expect(again.json()).toMatchObject({ code: 'BOLE_ALREADY_APPLIED' });
    expect((await call(talents.t4!, 'GET', '/api/v1/programs/applications')).json().items).toEqual([expect.objectContaining({ title: '项目 t4' })]);
  });

  it('refuses an application after the call closed, naming closesOn, with nothing written', async () => {
    const closed = await call(officer, 'POST', '/api/v1/programs', { ...PLAN, code: 'closed-2026', opensOn: '2026-01-05', closesOn: '2026-02-27' });
    const res = await call(talents.t3!, 'POST', `/api/v1/programs/${closed.json().id}/applications`, { title: '迟到', fields: [FIELD] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'BOLE_CALL_CLOSED', errors: [{ field: 'closesOn' }] });
    expect((await call(officer, 'GET', `/api/v1/programs/applications?programId=${closed.json().id}`)).json().items).toEqual([]);
  });

  it('assigns only applications whose formal check passed, listing the others as not yet formally checked', async () => {
    const pass = async (name: string) =>
      expect((await call(officer, 'POST', `/api/v1/programs/applications/${applications[name]}/formal-check`, { outcome: 'pass' })).statusCode).toBe(204);
    await pass('t1');
    const res = await call(officer, 'POST', `/api/v1/programs/${programId}/assignment`, {});
    const outcome = res.json() as AssignmentOutcome;
    // No expert yet: the one checked application cannot be reviewed; the two unchecked ones are not counted.
    expect(outcome).toMatchObject({ feasible: false, byField: [{ field: FIELD, applications: 1, neededReviews: 2 }] });
    expect(outcome.notFormallyChecked).toHaveLength(2);
    expect(outcome.notFormallyChecked).toEqual(
      expect.arrayContaining([
        { applicationId: applications.t2, title: '项目 t2', formalStatus: 'pending' },
        { applicationId: applications.t4, title: '项目 t4', formalStatus: 'pending' },
      ]),
    );
    await pass('t2');
    await pass('t4');
  });

  it('diagnoses a pool too small after conflicts, storing nothing, then assigns once an expert is added', async () => {
    await addExpert('e1', { employerId: employerA.employerId }); // same employer as t1, t2
    await addExpert('e2', {});
    await addExpert('e3', { relations: [{ personId: talents.t4!.talentId, relation: 'relative' }] });
    const short = await call(officer, 'POST', `/api/v1/programs/${programId}/assignment`, {});
    expect(short.statusCode, short.body).toBe(200);
    const diagnosis = short.json() as AssignmentOutcome;
    expect(diagnosis).toMatchObject({ feasible: false, missingReviews: 1, byField: [{ field: FIELD, neededReviews: 6, availableReviews: 5 }] });
    if (diagnosis.feasible) throw new Error('expected a diagnosis');
    expect(diagnosis.sentences[0]!.zh).toContain(`${FIELD} 领域 3 份申请需要 6 份评审`);
    expect((await applicationsOfProgram()).map((a: { reviewers: number }) => a.reviewers)).toEqual([0, 0, 0]);

    await addExpert('e4', {});
    const res = await call(officer, 'POST', `/api/v1/programs/${programId}/assignment`, {});
    const outcome = res.json() as AssignmentOutcome;
    if (!outcome.feasible) throw new Error(res.body);
    expect(outcome.notFormallyChecked).toEqual([]);
    expect(outcome.dueOn).toBe('2026-03-09'); // 5 working days after Monday 2026-03-02
    const rules = outcome.exclusions.map((x) => `${x.expertId}/${x.applicationId}/${x.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        `${experts.e1!.expertId}/${applications.t1}/same_employer`,
        `${experts.e1!.expertId}/${applications.t2}/same_employer`,
        `${experts.e3!.expertId}/${applications.t4}/declared_relation`,
      ]),
    );
    const excluded = new Set(outcome.exclusions.map((x) => `${x.expertId}/${x.applicationId}`));
    const load = new Map<string, number>();
    for (const a of outcome.assignments) {
      expect(new Set(a.reviewerIds).size).toBe(2);
      for (const r of a.reviewerIds) {
        expect(excluded.has(`${r}/${a.applicationId}`)).toBe(false);
        load.set(r, (load.get(r) ?? 0) + 1);
      }
    }
    expect(Math.max(...load.values())).toBeLessThanOrEqual(2);
    expect((await applicationsOfProgram()).map((a: { reviewers: number }) => a.reviewers)).toEqual([2, 2, 2]);
  });

  it('takes scores only from assigned experts, on the scale and before the deadline; the office sees z-scores and trimmed means', async () => {
    const byExpert = new Map<string, { applicationId: string }[]>();
    for (const e of Object.values(experts)) {
      const mine = await call(e, 'GET', '/api/v1/programs/reviews/mine');
      byExpert.set(e.expertId, mine.json().items);
    }
    expect(byExpert.get(experts.e1!.expertId)!.map((r) => r.applicationId)).not.toContain(applications.t1);
    const notAssigned = await call(experts.e1!, 'PUT', `/api/v1/programs/applications/${applications.t1}/scores`, { scores: { innovation: 5, team: 3 } });
    expect(notAssigned.statusCode).toBe(403);
    expect(notAssigned.json()).toMatchObject({ code: 'BOLE_NOT_ASSIGNED', errors: [{ field: 'applicationId' }] });
    const notExpert = await call(officer, 'PUT', `/api/v1/programs/applications/${applications.t1}/scores`, { scores: { innovation: 5, team: 3 } });
    expect(notExpert.json()).toMatchObject({ code: 'BOLE_NOT_AN_EXPERT' });

    const [first] = byExpert.get(experts.e2!.expertId)!;
    const outside = await call(experts.e2!, 'PUT', `/api/v1/programs/applications/${first!.applicationId}/scores`, { scores: { innovation: 11, team: 3 } });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'BOLE_SCORE_OUTSIDE_SCALE', errors: [{ field: 'scores.innovation' }] });
    expect((await call(experts.e2!, 'GET', '/api/v1/programs/reviews/mine')).json().items[0].scores).toBeNull();

    // Each expert scores its applications: e2 is strict, the others generous.
    for (const e of Object.values(experts)) {
      for (const [i, r] of byExpert.get(e.expertId)!.entries()) {
        const scores = e === experts.e2 ? { innovation: 2 + i, team: 1 } : { innovation: 9 - i, team: 5 };
        const res = await call(e, 'PUT', `/api/v1/programs/applications/${r.applicationId}/scores`, { scores });
        expect(res.statusCode, res.body).toBe(204);
      }
    }
    const sheet = (await call(officer, 'GET', `/api/v1/programs/${programId}/scores`)).json();
    expect(sheet.lines).toHaveLength(3);
    // Ranked best first by trimmed mean; equal means share a rank (which applications tie depends on the assignment).
    const means = sheet.lines.map((l: { trimmedMean: number }) => l.trimmedMean) as number[];
    expect(means).toEqual([...means].sort((a, b) => b - a));
    expect(sheet.lines.map((l: { rank: number }) => l.rank)).toEqual(means.map((m) => 1 + means.filter((o) => o > m).length));
    const e2Line = sheet.lines.find((l: { sheets: { reviewerId: string }[] }) => l.sheets.some((s) => s.reviewerId === experts.e2!.expertId));
    expect(e2Line.disagreement).toBe(true); // strict e2 against a generous colleague: over 30 points apart
    // A reviewer's z-score needs a spread of their own totals: e2 has one when the assignment gave them two applications or more.
    const e2Z = e2Line.sheets.find((s: { reviewerId: string }) => s.reviewerId === experts.e2!.expertId).z;
    expect(e2Z === null).toBe(byExpert.get(experts.e2!.expertId)!.length < 2);

    const rerun = await call(officer, 'POST', `/api/v1/programs/${programId}/assignment`, {});
    expect(rerun.statusCode).toBe(409);
    expect(rerun.json()).toMatchObject({ code: 'BOLE_REVIEW_STARTED' });
  });

  it('refuses scores after the deadline, naming dueOn', async () => {
    ctx.clock.set('2026-03-10T02:00:00Z');
    const [mine] = (await call(experts.e4!, 'GET', '/api/v1/programs/reviews/mine')).json().items;
    const late = await call(experts.e4!, 'PUT', `/api/v1/programs/applications/${mine.applicationId}/scores`, { scores: { innovation: 1, team: 1 } });
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'BOLE_SCORING_CLOSED', errors: [{ field: 'dueOn' }] });
    expect((await call(experts.e4!, 'GET', '/api/v1/programs/reviews/mine')).json().items[0].scores).toEqual({ innovation: 9, team: 5 });
  });
});
