import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, registerTestEmployer, sessionCookies } from '../auth/testing.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { finalizeDue, grantedTierOf } from './recognition-notice.service.js';
import { FILES, multipart, registerTalentWithProfile } from './recognition-testing.js';

describe('recognition: request → 人社局 → 人才办 → public notice → grant', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let employerId: string;
  type Who = { login: string; password: string };
  let employer: Who;
  let reviewer: Who;
  let otherReviewer: Who;
  let officer: Who;

  const at = (iso: string) => ctx.clock.set(iso);
  /** A session cookie valid at the current (test) time: sessions idle out when the clock jumps. */
  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who?: Who, payload?: object) =>
    app.inject({ method, url, ...(who ? { headers: { cookie: await cookieOf(who) } } : {}), ...(payload ? { payload } : {}) });

  async function upload(who: Who, kind: string, name: string, type: string, content: Buffer) {
    const m = multipart(name, type, content);
    return app.inject({ method: 'POST', url: `/api/v1/evidence?kind=${kind}`, headers: { cookie: await cookieOf(who), ...m.headers }, payload: m.payload });
  }

  /** A talent with a draft recognition and all required evidence uploaded (distinct files). */
  async function readyCase(name = '李小明', over: Record<string, unknown> = {}) {
    const reg = await registerTalentWithProfile(app, employerId, over, name);
    const t = { ...reg, cookie: { login: reg.mobile, password: 'Passw0rd-1' } as Who };
    for (const kind of ['degree_certificate', 'employment_contract', 'social_insurance_record']) {
      const res = await upload(t.cookie, kind, `${kind}.pdf`, 'application/pdf', Buffer.concat([FILES.pdf, Buffer.from(`${t.talentId}${kind}`)]));
      expect(res.statusCode, res.body).toBe(201);
    }
    const created = await call('POST', '/api/v1/recognitions', t.cookie, {});
    expect(created.statusCode, created.body).toBe(201);
    return { ...t, id: created.json().id as string, created: created.json() };
  }

  async function toNotice(id: string, cookie: Who) {
    expect((await call('POST', `/api/v1/recognitions/${id}/submit`, cookie)).statusCode).toBe(200);
    const hr = await call('POST', `/api/v1/recognitions/${id}/hr-decision`, reviewer, {
      decision: 'approve',
      employmentVerified: true,
      socialInsuranceMonthsVerified: 70,
    });
    expect(hr.statusCode, hr.body).toBe(200);
    const office = await call('POST', `/api/v1/recognitions/${id}/office-decision`, officer, { decision: 'approve' });
    expect(office.statusCode, office.body).toBe(200);
    return office.json();
  }

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-09-21T02:00:00Z' }); // Monday 10:00 in Zhuzhou
    app = await buildApp({ ctx, logger: false });
    await seedPolicyPack(ctx);
    const registered = await registerTestEmployer(app, 91);
    employerId = registered.employerId;
    employer = { login: registered.login, password: registered.password };
    reviewer = await createTestAccount(ctx, 'reviewer');
    otherReviewer = await createTestAccount(ctx, 'reviewer', { department: 'kjj' });
    officer = await createTestAccount(ctx, 'officer');
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('runs the whole path, with an objection dismissed, and grants after 5 working days across the holidays', async () => {
    at('2026-09-21T02:00:00Z');
    const t = await readyCase('李小明');
    expect(t.created).toMatchObject({ status: 'draft', proposedTier: 'E', holder: 'applicant', missingEvidence: [], requestDate: '2026-09-21' });
    // evidence on file was attached automatically
    expect(t.created.evidence.map((e: { kind: string }) => e.kind).sort()).toEqual(['degree_certificate', 'employment_contract', 'social_insurance_record']);

    // a reviewer reads a talent's profile only once a case is with their department
    expect((await call('GET', `/api/v1/talents/${t.talentId}`, reviewer)).statusCode).toBe(404);
    const submitted = await call('POST', `/api/v1/recognitions/${t.id}/submit`, t.cookie);
    expect(submitted.json()).toMatchObject({ status: 'hr_review', holder: 'rsj', dueDate: '2026-10-12' });
    const profile = await call('GET', `/api/v1/talents/${t.talentId}`, reviewer);
    expect(profile.statusCode).toBe(200);
    expect(profile.json().name).toBe('李小明');
    expect((await call('GET', `/api/v1/talents/${t.talentId}`, otherReviewer)).statusCode).toBe(404);

    // 人社局 sees it; another department may not
    const queue = await call('GET', '/api/v1/recognitions/queue?stage=hr', reviewer);
    expect(queue.json().items.map((r: { id: string }) => r.id)).toContain(t.id);
    expect((await call('GET', '/api/v1/recognitions/queue?stage=hr', otherReviewer)).statusCode).toBe(403);
    const wrongDept = await call('POST', `/api/v1/recognitions/${t.id}/hr-decision`, otherReviewer, {
      decision: 'approve',
      employmentVerified: true,
      socialInsuranceMonthsVerified: 70,
    });
    expect(wrongDept.statusCode).toBe(403);
    // the reviewer may open the evidence of the case; the other department may not
    const evId = t.created.evidence[0].id;
    expect((await call('GET', `/api/v1/evidence/${evId}/file`, reviewer)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/evidence/${evId}/file`, otherReviewer)).statusCode).toBe(404);

    // reject needs a reason
    const noReason = await call('POST', `/api/v1/recognitions/${t.id}/hr-decision`, reviewer, { decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');

    at('2026-09-22T02:00:00Z');
    const approve = { decision: 'approve', employmentVerified: true, socialInsuranceMonthsVerified: 70 };
    // a double click: both requests at once, exactly one decides
    await cookieOf(reviewer);
    const both = await Promise.all([1, 2].map(() => call('POST', `/api/v1/recognitions/${t.id}/hr-decision`, reviewer, approve)));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 200)!.json()).toMatchObject({ status: 'office_review', holder: 'rcb' });
    const twice = await call('POST', `/api/v1/recognitions/${t.id}/hr-decision`, reviewer, approve);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('BOLE_RECOGNITION_STATE');
    expect(
      (await ctx.db.query.recognitionSteps.findMany({ where: (s, { and, eq }) => and(eq(s.recognitionId, t.id), eq(s.action, 'hr_approve')) })).length,
    ).toBe(1);

    at('2026-09-24T02:00:00Z'); // Thursday before Mid-Autumn (25–27) and National Day (10-01..07)
    const office = await call('POST', `/api/v1/recognitions/${t.id}/office-decision`, officer, { decision: 'approve' });
    expect(office.json()).toMatchObject({ status: 'public_notice', noticeStartsOn: '2026-09-24', noticeEndsOn: '2026-10-09', holder: 'public' });

    // the public notice lists it with a masked name, no login needed
    const notices = (await call('GET', '/api/v1/public/recognition-notices')).json();
    expect(notices.items).toContainEqual({
      id: t.id,
      maskedName: '李*明',
      employerName: '株洲中车时代电气',
      tier: 'E',
      noticeStartsOn: '2026-09-24',
      noticeEndsOn: '2026-10-09',
    });

    at('2026-09-28T02:00:00Z');
    const objection = await app.inject({
      method: 'POST',
      url: `/api/v1/public/recognition-notices/${t.id}/objections`,
      remoteAddress: '10.9.0.1',
      payload: { name: '王五', contact: '13700001111', reason: '据我所知此人学历证书存疑，请核查。' },
    });
    expect(objection.statusCode, objection.body).toBe(201);
    const withObjection = (await call('GET', `/api/v1/recognitions/${t.id}`, officer)).json();
    expect(withObjection.holder).toBe('rcb');
    // The objector's phone number is masked on staff screens.
    expect(withObjection.objections[0]).toMatchObject({ status: 'open', contact: '137****1111' });
    expect(JSON.stringify(withObjection)).not.toContain('13700001111');
    // the talent does not see who objected
    expect((await call('GET', `/api/v1/recognitions/${t.id}`, t.cookie)).json().objections).toBeUndefined();

    at('2026-10-10T02:00:00Z'); // notice over (Saturday make-up workday), objection still open
    const blocked = await call('POST', `/api/v1/recognitions/${t.id}/finalize`, officer);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('BOLE_OPEN_OBJECTIONS');

    at('2026-09-29T02:00:00Z');
    const dismissed = await call('POST', `/api/v1/recognitions/${t.id}/objections/${objection.json().id}/resolve`, officer, {
      outcome: 'dismiss',
      resolution: '经核查学历证书真实有效。',
    });
    expect(dismissed.json()).toMatchObject({ status: 'public_notice', holder: 'public' });
    const again = await call('POST', `/api/v1/recognitions/${t.id}/objections/${objection.json().id}/resolve`, officer, {
      outcome: 'uphold',
      resolution: '再次处理',
    });
    expect(again.statusCode).toBe(409);

    at('2026-10-09T08:00:00Z'); // last day of the notice: too early
    expect((await call('POST', `/api/v1/recognitions/${t.id}/finalize`, officer)).json().code).toBe('BOLE_NOTICE_RUNNING');
    expect((await finalizeDue(ctx, null)).granted).toEqual([]);

    at('2026-10-10T01:00:00Z');
    const sweep = await finalizeDue(ctx, null, '2026-10-10');
    expect(sweep.granted).toContain(t.id);
    expect((await finalizeDue(ctx, null, '2026-10-10')).granted).toEqual([]); // idempotent
    // objecting after the notice ended
    const late = await app.inject({
      method: 'POST',
      url: `/api/v1/public/recognition-notices/${t.id}/objections`,
      remoteAddress: '10.9.0.2',
      payload: { name: '赵六', contact: '13700002222', reason: '公示结束后提出的异议内容。' },
    });
    expect(late.statusCode).toBe(409);

    const mineList = (await call('GET', '/api/v1/recognitions/mine', t.cookie)).json();
    expect(mineList.canRequest).toBe(false); // granted, valid until 2029-10-09
    const mine = mineList.items[0];
    expect(mine).toMatchObject({ status: 'granted', validUntil: '2029-10-09', holder: 'none' });
    expect(mine.steps.map((s: { action: string }) => s.action)).toEqual([
      'request',
      'submit',
      'hr_approve',
      'office_approve',
      'objection_filed',
      'objection_dismissed',
      'finalize',
    ]);
    expect(mine.steps[2]).toMatchObject({ actorLabel: { zh: '人社局', en: expect.any(String) }, detail: { socialInsuranceMonthsVerified: 70 } });
    expect(await grantedTierOf(ctx, t.talentId)).toMatchObject({ tier: 'E', validUntil: '2029-10-09' });

    const code = await call('GET', '/api/v1/talent-code/me', t.cookie);
    expect(code.statusCode, code.body).toBe(200);
    expect(code.json()).toMatchObject({ tier: 'E', name: '李*明' });
    const verified = await call('POST', '/api/v1/talent-code/verify', undefined, { code: code.json().code });
    expect(verified.json()).toMatchObject({ status: 'valid', claims: { tier: 'E' } });

    const inbox = (await call('GET', '/api/v1/notifications', t.cookie)).json();
    expect(inbox.items.map((n: { kind: string }) => n.kind)).toContain('recognition.finalize');
    expect(inbox.unread).toBeGreaterThanOrEqual(7);
    expect((await call('POST', `/api/v1/notifications/${inbox.items[0].id}/read`, t.cookie)).statusCode).toBe(204);
    expect((await call('GET', '/api/v1/notifications', t.cookie)).json().unread).toBe(inbox.unread - 1);
    const officerInbox = (await call('GET', '/api/v1/notifications', officer)).json();
    expect(officerInbox.items.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['recognition.hr_approve', 'recognition.objection_filed']));

    const audit = await ctx.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.entityId, t.id) });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['recognition.request', 'recognition.submit', 'recognition.hr_approve', 'recognition.office_approve', 'recognition.finalize']),
    );
    expect((await ctx.audit.verify()).ok).toBe(true);
  });

  it('rejects the recognition when an objection is upheld', async () => {
    at('2026-11-02T02:00:00Z');
    const t = await readyCase('周杰');
    await toNotice(t.id, t.cookie);
    const o = await app.inject({
      method: 'POST',
      url: `/api/v1/public/recognition-notices/${t.id}/objections`,
      remoteAddress: '10.9.0.3',
      payload: { name: '匿名', contact: 'a@b.cn', reason: '该人才并未在本单位实际工作。' },
    });
    expect(o.statusCode).toBe(201);
    const upheld = await call('POST', `/api/v1/recognitions/${t.id}/objections/${o.json().id}/resolve`, officer, {
      outcome: 'uphold',
      resolution: '经核实未实际在岗，认定不予通过。',
    });
    expect(upheld.json()).toMatchObject({ status: 'rejected', lastReason: '经核实未实际在岗，认定不予通过。' });
    at('2026-11-30T02:00:00Z');
    expect((await finalizeDue(ctx, null)).granted).not.toContain(t.id);
    expect((await call('GET', '/api/v1/talent-code/me', t.cookie)).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/public/recognition-notices')).json().items.map((i: { id: string }) => i.id)).not.toContain(t.id);
  });

  it('returns for more evidence, then accepts the resubmission', async () => {
    at('2026-11-02T02:00:00Z');
    const t = await readyCase('孙丽');
    expect((await call('POST', `/api/v1/recognitions/${t.id}/submit`, t.cookie)).statusCode).toBe(200);
    const ret = await call('POST', `/api/v1/recognitions/${t.id}/hr-decision`, reviewer, {
      decision: 'return',
      reason: '社保缴费记录不清晰，请补充近12个月的缴费证明。',
    });
    expect(ret.json()).toMatchObject({ status: 'returned', holder: 'applicant', lastReason: '社保缴费记录不清晰，请补充近12个月的缴费证明。' });
    // approving while returned is a conflict
    const approve = await call('POST', `/api/v1/recognitions/${t.id}/hr-decision`, reviewer, {
      decision: 'approve',
      employmentVerified: true,
      socialInsuranceMonthsVerified: 70,
    });
    expect(approve.statusCode).toBe(409);
    const old = ret.json().evidence.find((e: { kind: string }) => e.kind === 'social_insurance_record');
    expect((await call('DELETE', `/api/v1/recognitions/${t.id}/evidence/${old.id}`, t.cookie)).json().missingEvidence).toEqual(['social_insurance_record']);
    const missing = await call('POST', `/api/v1/recognitions/${t.id}/submit`, t.cookie);
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('BOLE_EVIDENCE_MISSING');
    const up = await upload(t.cookie, 'social_insurance_record', 'si-2026.png', 'image/png', FILES.png);
    expect(up.statusCode, up.body).toBe(201);
    expect((await call('POST', `/api/v1/recognitions/${t.id}/evidence`, t.cookie, { evidenceId: up.json().id })).json().missingEvidence).toEqual([]);
    const resubmitted = await call('POST', `/api/v1/recognitions/${t.id}/submit`, t.cookie);
    expect(resubmitted.json()).toMatchObject({ status: 'hr_review', holder: 'rsj' });
    expect(resubmitted.json().steps.map((s: { action: string }) => s.action)).toEqual(['request', 'submit', 'hr_return', 'submit']);
    // a second open case for the same talent is refused
    expect((await call('POST', '/api/v1/recognitions', t.cookie, {})).json().code).toBe('BOLE_RECOGNITION_OPEN');
  });

  it('refuses a profile the rules give no tier (422) and lets an employer apply for its employee', async () => {
    const none = await registerTalentWithProfile(app, employerId, { highestDegree: 'bachelor', schoolTier: 'other' }, '钱七');
    const res = await call('POST', '/api/v1/recognitions', { login: none.mobile, password: 'Passw0rd-1' }, {});
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'BOLE_NO_TIER' });

    const t = await registerTalentWithProfile(app, employerId, { highestDegree: 'doctorate' }, '吴博士');
    const byEmployer = await call('POST', '/api/v1/recognitions', employer, { talentId: t.talentId });
    expect(byEmployer.statusCode, byEmployer.body).toBe(201);
    expect(byEmployer.json()).toMatchObject({ proposedTier: 'D', requestedByRole: 'employer' });
    // the talent sees the case the employer opened
    expect((await call('GET', '/api/v1/recognitions/mine', { login: t.mobile, password: 'Passw0rd-1' })).json().items[0].id).toBe(byEmployer.json().id);
    // an employer cannot act for someone it does not employ
    const stranger = await registerTalentWithProfile(app, null, {}, '郑十');
    expect((await call('POST', '/api/v1/recognitions', employer, { talentId: stranger.talentId })).statusCode).toBe(403);
  });

  it('never grants before the notice ends: a future sweep date is refused over HTTP and by the command line, in every mode', async () => {
    at('2026-11-16T02:00:00Z');
    const t = await readyCase('卫早');
    const noticeEnds = (await toNotice(t.id, t.cookie)).noticeEndsOn as string;
    expect(noticeEnds).toBe('2026-11-23');
    for (const env of ['test', 'development'] as const) {
      ctx.config.env = env;
      const early = await call('POST', '/api/v1/recognitions/finalize', officer, { at: '2026-11-24' });
      expect(early.statusCode).toBe(422);
      expect(early.json()).toMatchObject({ code: 'BOLE_FUTURE_DATE', errors: [{ field: 'at' }] });
    }
    ctx.config.env = 'test';
    // `bole recognition finalize --at 2026-11-24` runs this
    await expect(finalizeDue(ctx, null, '2026-11-24')).rejects.toMatchObject({ code: 'BOLE_FUTURE_DATE' });
    expect((await call('GET', `/api/v1/recognitions/${t.id}`, officer)).json().status).toBe('public_notice');
    expect(await grantedTierOf(ctx, t.talentId)).toBeNull();
    // time passes: the same sweep grants
    at('2026-11-24T02:00:00Z');
    expect((await call('POST', '/api/v1/recognitions/finalize', officer, { at: '2026-11-24' })).json().granted).toContain(t.id);
  });

  it('office settings change the notice length', async () => {
    expect((await call('GET', '/api/v1/recognitions/settings', officer)).json()).toEqual({ noticeWorkingDays: 5, validityYears: 3 });
    expect((await call('PUT', '/api/v1/recognitions/settings', officer, { noticeWorkingDays: 7, validityYears: 3 })).statusCode).toBe(200);
    at('2026-12-01T02:00:00Z');
    const t = await readyCase('冯八');
    expect((await toNotice(t.id, t.cookie)).noticeEndsOn).toBe('2026-12-10');
    await call('PUT', '/api/v1/recognitions/settings', officer, { noticeWorkingDays: 5, validityYears: 3 });
  });
});
