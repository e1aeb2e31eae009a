import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HOME, HUKOU, SCHOOLING, serviceDeskHarness } from './service-desk-testing.js';

const { h, call, talent, filed, counts, open, close } = serviceDeskHarness();
beforeAll(() => open());
afterAll(() => close());
afterEach(() => h.ctx.clock.set('2026-07-15T02:00:00Z'));

const r = (id: string, step = '') => `/api/v1/service-requests/${id}${step ? `/${step}` : ''}`;
type Clock = { clock: string; dueOn: string | null; overdue: boolean };
const due = (req: { clocks: Clock[] }, clock: string) => req.clocks.find((c) => c.clock === clock)!;

describe('filing a service request', () => {
  it('files a children’s-schooling request to the education bureau with the three clocks in working days', async () => {
    const t = await talent();
    const res = await call('POST', '/api/v1/service-requests', t, { category: 'children_schooling', form: SCHOOLING, consent: true });
    expect(res.statusCode, res.body).toBe(201);
    const [req] = res.json().requests;
    expect(req).toMatchObject({ category: 'children_schooling', department: 'jyj', status: 'accepted', ownerId: null, form: SCHOOLING });
    // Filed Wednesday 15 July: first contact Thursday, first update Monday, resolution in 10 working days.
    expect(req.clocks.map((c: Clock) => [c.clock, c.dueOn])).toEqual([
      ['first_contact', '2026-07-16'],
      ['update', '2026-07-20'],
      ['resolution', '2026-07-29'],
    ]);
    const queue = (await call('GET', '/api/v1/service-requests', h.conciergeA)).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(req.id);
  });

  it('refuses a form with missing required fields, naming each, and writes nothing', async () => {
    const t = await talent();
    const before = await counts();
    const res = await call('POST', '/api/v1/service-requests', t, {
      category: 'children_schooling',
      form: { childName: '李小雨', schoolStage: ' ' },
      consent: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('BOLE_SERVICE_FORM_INCOMPLETE');
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['form.childBirthDate', 'form.schoolStage', 'form.preferredDistrict']);
    expect(res.json().detailZh).toContain('子女出生日期');
    expect(await counts()).toEqual(before);
  });

  it('refuses a request without consent to share with the department', async () => {
    const t = await talent();
    const res = await call('POST', '/api/v1/service-requests', t, { category: 'children_schooling', form: SCHOOLING, consent: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('consent');
  });

  it('files the arrival bundle in one form: hukou, schooling and home purchase fanned out, shown as one case', async () => {
    const t = await talent();
    const res = await call('POST', '/api/v1/service-cases', t, {
      bundle: 'arrival',
      forms: { hukou: HUKOU, children_schooling: SCHOOLING, home_purchase: HOME },
      consent: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.bundle).toBe('arrival');
    expect(c.requests.map((x: { department: string }) => x.department).sort()).toEqual(['gaj', 'jyj', 'zjj']);
    const mine = (await call('GET', '/api/v1/service-cases/mine', t)).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].requests).toHaveLength(3);
  });

  it('refuses a bundle with one category’s form incomplete, and writes none of it', async () => {
    const t = await talent();
    const before = await counts();
    const res = await call('POST', '/api/v1/service-cases', t, { bundle: 'arrival', forms: { hukou: HUKOU, children_schooling: SCHOOLING }, consent: true });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('forms.home_purchase.district');
    expect(await counts()).toEqual(before);
  });
});

describe('the closed loop', () => {
  it('first owner until hand-over, co-handling, a stopped clock that pushes the deadline, answer, close, follow-up, one rating', async () => {
    const t = await talent();
    const { id } = await filed(t);
    expect((await call('POST', r(id, 'claim'), h.conciergeA, {})).json()).toMatchObject({ status: 'assigned', ownerName: '王专员' });
    const notOwner = await call('POST', r(id, 'contact'), h.conciergeB, { note: '已电话联系' });
    expect(notOwner.statusCode).toBe(403);
    expect(notOwner.json().code).toBe('BOLE_SERVICE_NOT_OWNER');
    expect((await call('POST', r(id, 'contact'), h.conciergeA, { note: '已电话联系，了解学区意向' })).json()).toMatchObject({ status: 'in_progress' });
    const coRes = await call('POST', r(id, 'co-handle'), h.conciergeA, { department: 'zjj', note: '学区房核验' });
    expect(coRes.statusCode, coRes.body).toBe(200);
    const co = coRes.json();
    expect(co.coDepartments).toEqual(['zjj']);
    const stopped = (await call('POST', r(id, 'stop-clock'), h.conciergeA, { waitingFor: 'talent', note: '等待补充户口簿' })).json();
    expect(stopped.stopped).toMatchObject({ waitingFor: 'talent', note: '等待补充户口簿', byName: '王专员', since: '2026-07-15' });

    h.ctx.clock.set('2026-07-22T02:00:00Z'); // five working days later
    expect(due((await call('GET', r(id), h.conciergeA)).json(), 'update').overdue).toBe(false);
    const resumed = (await call('POST', r(id, 'resume-clock'), h.conciergeA, { note: '材料已补齐' })).json();
    expect(due(resumed, 'resolution').dueOn).toBe('2026-08-05');
    expect(due(resumed, 'update').dueOn).toBe('2026-07-27');

    const handed = await call('POST', r(id, 'hand-over'), h.conciergeA, { toUserId: h.conciergeB.id, note: '转赵专员跟进' });
    expect(handed.json()).toMatchObject({ ownerName: '赵专员' });
    expect((await call('POST', r(id, 'update'), h.conciergeA, { note: 'x' })).statusCode).toBe(403);
    const noRule = await call('POST', r(id, 'answer'), h.conciergeB, { outcome: 'not_possible', note: '不符合条件' });
    expect(noRule.json().errors[0].field).toBe('rule');
    expect((await call('POST', r(id, 'answer'), h.conciergeB, { outcome: 'resolved', note: '已安排天元区实验小学' })).json()).toMatchObject({
      status: 'answered',
      outcome: 'resolved',
    });
    expect((await call('POST', r(id, 'close'), h.conciergeB, { note: '办结' })).json().status).toBe('closed');
    expect((await call('POST', r(id, 'follow-up'), h.conciergeB, { note: '回访满意' })).json().status).toBe('follow_up');
    expect((await call('POST', r(id, 'rate'), t, { rating: 5 })).json()).toMatchObject({ status: 'rated', rating: 5 });

    const before = await counts();
    const again = await call('POST', r(id, 'rate'), t, { rating: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'BOLE_SERVICE_ALREADY_RATED', errors: [{ field: 'rating' }] });
    expect(await counts()).toEqual(before);

    const final = (await call('GET', r(id), t)).json();
    expect(final.steps.map((s: { action: string }) => s.action)).toEqual([
      'submit',
      'claim',
      'contact',
      'co_handle',
      'stop_clock',
      'resume_clock',
      'hand_over',
      'answer',
      'close',
      'follow_up',
      'rate',
    ]);
    const notices = (await call('GET', '/api/v1/notifications', t)).json();
    const told = notices.items.filter((n: { kind: string }) => n.kind === 'service_request.step').map((n: { payload: { action: string } }) => n.payload.action);
    expect(told.sort()).toEqual(['answer', 'claim', 'close', 'contact', 'hand_over', 'resume_clock', 'stop_clock']);
    const figures = (await call('GET', '/api/v1/service-desk/figures', h.office)).json();
    expect(figures.items.find((f: { name: string }) => f.name === '赵专员')).toMatchObject({ answered: 1, resolutionRate: 1, reopenRate: 0, meanRating: 5 });
  });

  it('reopens once within 15 days of closing; later, or a second time, is refused naming the field', async () => {
    const t = await talent();
    const late = await talent();
    const ids = [(await filed(t)).id, (await filed(late)).id];
    for (const id of ids) {
      await call('POST', r(id, 'claim'), h.conciergeA, {});
      await call('POST', r(id, 'contact'), h.conciergeA, { note: '已联系' });
      await call('POST', r(id, 'answer'), h.conciergeA, { outcome: 'redirected', note: '请至区教育局', redirectedTo: '天元区教育局' });
      await call('POST', r(id, 'close'), h.conciergeA, { note: '办结' });
    }
    h.ctx.clock.set('2026-07-30T02:00:00Z'); // 15 days after closing
    const reopened = await call('POST', r(ids[0]!, 'reopen'), t, { reason: '学校未落实' });
    expect(reopened.json()).toMatchObject({ status: 'in_progress', reopened: true, ownerName: '王专员' });
    await call('POST', r(ids[0]!, 'answer'), h.conciergeA, { outcome: 'resolved', note: '已落实' });
    await call('POST', r(ids[0]!, 'close'), h.conciergeA, { note: '办结' });
    const twice = await call('POST', r(ids[0]!, 'reopen'), t, { reason: '还是不行' });
    expect(twice.json()).toMatchObject({ code: 'BOLE_SERVICE_REOPEN_CLOSED', errors: [{ field: 'reason' }] });

    h.ctx.clock.set('2026-07-31T02:00:00Z'); // 16 days after closing
    const before = await counts();
    const tooLate = await call('POST', r(ids[1]!, 'reopen'), late, { reason: '学校未落实' });
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json()).toMatchObject({ code: 'BOLE_SERVICE_REOPEN_CLOSED', errors: [{ field: 'reason' }] });
    expect(tooLate.json().detailZh).toContain('15');
    expect(await counts()).toEqual(before);
  });
});

describe('overdue requests', () => {
  it('escalate to the department head on the first working day overdue, then the talent office, each told once', async () => {
    const t = await talent();
    const { id } = await filed(t);
    h.ctx.clock.set('2026-07-17T02:00:00Z'); // first contact was due Thursday
    const overdue = (await call('GET', '/api/v1/service-requests?overdue=true', h.head)).json();
    expect(overdue.items.map((x: { id: string }) => x.id)).toContain(id);
    const first = (await call('POST', '/api/v1/service-requests/escalate', h.office, {})).json();
    expect(first.toHead).toContain(id);
    expect(first.toOffice).not.toContain(id);
    expect((await call('POST', '/api/v1/service-requests/escalate', h.office, {})).json().toHead).not.toContain(id);
    const headNotices = (await call('GET', '/api/v1/notifications', h.head)).json().items;
    expect(
      headNotices.some(
        (n: { kind: string; payload: { requestId: string; action: string } }) => n.payload.requestId === id && n.payload.action === 'escalate_head',
      ),
    ).toBe(true);

    h.ctx.clock.set('2026-07-21T02:00:00Z'); // three working days overdue
    const second = (await call('POST', '/api/v1/service-requests/escalate', h.office, {})).json();
    expect(second.toOffice).toContain(id);
    const officeNotices = (await call('GET', '/api/v1/notifications', h.office)).json().items;
    expect(
      officeNotices.some((n: { payload: { requestId: string; action: string } }) => n.payload.requestId === id && n.payload.action === 'escalate_office'),
    ).toBe(true);
    expect((await call('GET', r(id), t)).json().escalation).toBe(2);
  });

  it('does not escalate a request whose clock is stopped waiting for a third party', async () => {
    const t = await talent();
    const { id } = await filed(t);
    await call('POST', r(id, 'claim'), h.conciergeA, {});
    await call('POST', r(id, 'contact'), h.conciergeA, { note: '已联系' });
    await call('POST', r(id, 'stop-clock'), h.conciergeA, { waitingFor: 'third_party', note: '等待学校回复' });
    h.ctx.clock.set('2026-08-20T02:00:00Z');
    const res = (await call('POST', '/api/v1/service-requests/escalate', h.office, {})).json();
    expect([...res.toHead, ...res.toOffice]).not.toContain(id);
  });
});
