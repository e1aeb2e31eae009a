import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { EmployeeRecognitionItem, EmployeeRecognitionPage } from '@bole/contracts';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookies } from '../auth/testing.js';
import { makeCreditCode } from '../identity/credit-code.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { FILES, multipart, registerTalentWithProfile } from './recognition-testing.js';

describe('recognition: an employer lists its employees and requests on their behalf', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  type Who = { login: string; password: string };
  const employers: Record<'rail' | 'other', { id: string; who: Who }> = {} as never;
  let officer: Who;
  let reviewer: Who;
  const staff: Record<string, { talentId: string; mobile: string; who: Who }> = {};

  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );
  const call = async (method: 'GET' | 'POST', url: string, who?: Who, payload?: object) =>
    app.inject({ method, url, ...(who ? { headers: { cookie: await cookieOf(who) } } : {}), ...(payload ? { payload } : {}) });
  const list = async (who: Who, query = '') => {
    const res = await call('GET', `/api/v1/recognitions/employees${query}`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as EmployeeRecognitionPage;
  };
  const byName = (page: EmployeeRecognitionPage, name: string): EmployeeRecognitionItem => {
    const item = page.items.find((i) => i.name === name);
    if (!item) throw new Error(`${name} is not on the page`);
    return item;
  };

  async function registerEmployer(n: number, name: string) {
    const creditCode = makeCreditCode('430200', n);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/employer',
      payload: { creditCode, name, password: 'Passw0rd-1', contactMobile: `139000000${n}`, district: '石峰区', chain: 'rail', kind: 'enterprise', flags: [] },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { id: res.json().employerId as string, who: { login: creditCode, password: 'Passw0rd-1' } };
  }

  async function employ(employerId: string | null, name: string, over: Record<string, unknown> = {}) {
    const t = await registerTalentWithProfile(app, employerId, over, name);
    staff[name] = { talentId: t.talentId, mobile: t.mobile, who: { login: t.mobile, password: 'Passw0rd-1' } };
    return staff[name]!;
  }

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-09-21T02:00:00Z' }); // a Monday in Zhuzhou
    app = await buildApp({ ctx, logger: false });
    await seedPolicyPack(ctx);
    employers.rail = await registerEmployer(81, '株洲轨道装备有限公司');
    employers.other = await registerEmployer(82, '株洲电子信息有限公司');
    officer = await createTestAccount(ctx, 'officer');
    reviewer = await createTestAccount(ctx, 'reviewer');
    await employ(employers.rail.id, '周博士', { highestDegree: 'doctorate' });
    await employ(employers.rail.id, '吴硕士');
    await employ(employers.rail.id, '郑本科', { highestDegree: 'bachelor', schoolTier: 'other' });
    await employ(employers.other.id, '王外单位', { highestDegree: 'doctorate' });
    await employ(null, '冯自由');
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('lists only its own employees, numbers masked, with the tier a request would propose', async () => {
    const page = await list(employers.rail.who);
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(page.items.map((i) => i.name).sort()).toEqual(['吴硕士', '周博士', '郑本科']);
    // the other employer sees its own and nothing of ours
    const other = await list(employers.other.who);
    expect(other.items.map((i) => i.name)).toEqual(['王外单位']);

    for (const item of page.items) {
      const { mobile } = staff[item.name]!;
      expect(item.mobile).toBe(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
      expect(item.idNumber).toMatch(/^4\*{16}[\dX]$/);
    }
    const body = JSON.stringify(page);
    for (const { mobile } of Object.values(staff)) expect(body).not.toContain(mobile);

    expect(byName(page, '周博士')).toMatchObject({ proposedTier: 'D', proposalProblem: null, latestCase: null, grantedTier: null, canRequest: true });
    // the talent's own page gets the same answer from the server
    expect((await call('GET', '/api/v1/recognitions/mine', staff['周博士']!.who)).json()).toEqual({ items: [], canRequest: true });
    expect(byName(page, '吴硕士')).toMatchObject({ proposedTier: 'E', proposalProblem: null });
    // no tier: the list carries the refusal a request would get, in both languages
    const none = byName(page, '郑本科');
    expect(none.proposedTier).toBeNull();
    expect(none.proposalProblem).toMatchObject({ code: 'BOLE_NO_TIER', detailZh: expect.stringContaining('不符合任何人才层次') });
    const refused = await call('POST', '/api/v1/recognitions', employers.rail.who, { talentId: staff['郑本科']!.talentId });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detailZh).toBe(none.proposalProblem!.detailZh);
  });

  it('pages and filters by the beginning of a name', async () => {
    const first = await list(employers.rail.who, '?page=1&pageSize=2');
    const second = await list(employers.rail.who, '?page=2&pageSize=2');
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(first.total).toBe(3);
    expect(new Set([...first.items, ...second.items].map((i) => i.talentId)).size).toBe(3);
    const found = await list(employers.rail.who, `?q=${encodeURIComponent('周')}`);
    expect(found.items.map((i) => i.name)).toEqual(['周博士']);
    expect(found.total).toBe(1);
    // a LIKE wildcard is taken literally
    expect((await list(employers.rail.who, '?q=%25')).items).toEqual([]);
    expect((await call('GET', '/api/v1/recognitions/employees?pageSize=500', employers.rail.who)).statusCode).toBe(400);
  });

  it('is for employers only', async () => {
    expect((await call('GET', '/api/v1/recognitions/employees')).statusCode).toBe(401);
    for (const who of [staff['周博士']!.who, officer, reviewer]) {
      const res = await call('GET', '/api/v1/recognitions/employees', who);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('BOLE_FORBIDDEN');
    }
  });

  it('shows the case requested on behalf, refuses a second one and a stranger, and ends with the grant', async () => {
    const zhou = staff['周博士']!;
    const created = await call('POST', '/api/v1/recognitions', employers.rail.who, { talentId: zhou.talentId });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    let row = byName(await list(employers.rail.who), '周博士');
    expect(row.latestCase).toMatchObject({ id, status: 'draft', proposedTier: 'D', requestedByRole: 'employer', requestDate: '2026-09-21' });
    expect(row.canRequest).toBe(false);

    // a second request while one is open, and a request for someone else's employee, are refused
    const again = await call('POST', '/api/v1/recognitions', employers.rail.who, { talentId: zhou.talentId });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'BOLE_RECOGNITION_OPEN', detailZh: expect.stringContaining('进行中的认定申请') });
    const stranger = await call('POST', '/api/v1/recognitions', employers.rail.who, { talentId: staff['王外单位']!.talentId });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().detailZh).toContain('本单位在职人才');

    // the employer attaches the evidence itself and submits
    for (const kind of created.json().missingEvidence as string[]) {
      const m = multipart(`${kind}.pdf`, 'application/pdf', Buffer.concat([FILES.pdf, Buffer.from(kind)]));
      const up = await app.inject({
        method: 'POST',
        url: `/api/v1/evidence?kind=${kind}&talentId=${zhou.talentId}`,
        headers: { cookie: await cookieOf(employers.rail.who), ...m.headers },
        payload: m.payload,
      });
      expect(up.statusCode, up.body).toBe(201);
      expect((await call('POST', `/api/v1/recognitions/${id}/evidence`, employers.rail.who, { evidenceId: up.json().id })).statusCode).toBe(200);
    }
    expect((await call('POST', `/api/v1/recognitions/${id}/submit`, employers.rail.who)).json()).toMatchObject({ status: 'hr_review' });
    expect(byName(await list(employers.rail.who), '周博士').latestCase).toMatchObject({ status: 'hr_review' });

    // the talent sees it as requested by the employer
    const mineList = (await call('GET', '/api/v1/recognitions/mine', zhou.who)).json();
    expect(mineList.canRequest).toBe(false); // a case is open
    const mine = mineList.items[0];
    expect(mine).toMatchObject({ id, status: 'hr_review', requestedByRole: 'employer' });
    expect(mine.steps[0]).toMatchObject({ action: 'request', actorLabel: { zh: '用人单位', en: 'employer' } });

    // 人社局 and 人才办 approve; after the notice the tier is granted and no new request is offered
    const hr = await call('POST', `/api/v1/recognitions/${id}/hr-decision`, reviewer, {
      decision: 'approve',
      employmentVerified: true,
      socialInsuranceMonthsVerified: 70,
    });
    expect(hr.statusCode, hr.body).toBe(200);
    const office = await call('POST', `/api/v1/recognitions/${id}/office-decision`, officer, { decision: 'approve' });
    expect(office.statusCode, office.body).toBe(200);
    const after = new Date(`${office.json().noticeEndsOn}T02:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    ctx.clock.set(after.toISOString());
    expect((await call('POST', '/api/v1/recognitions/finalize', officer, {})).json().granted).toContain(id);
    row = byName(await list(employers.rail.who), '周博士');
    expect(row).toMatchObject({ grantedTier: 'D', latestCase: { status: 'granted' }, canRequest: false });
    expect(row.grantedUntil).toMatch(/^2029-/);
  });
});
