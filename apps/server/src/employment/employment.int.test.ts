import { describe, expect, it } from 'vitest';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { employerTestbed } from '../employers/employer-testing.js';

describe('employment: a talent names the employer, the employer confirms, declines or ends it', () => {
  const bed = employerTestbed();
  const talentAs = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    bed.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const factsOf = async (cookie: string) => {
    const facts = (await talentAs(cookie, 'GET', '/api/v1/talents/me/facts')).json().facts as {
      field: string;
      verified: unknown;
      confirmation: { source: string } | null;
    }[];
    return Object.fromEntries(
      facts.filter((f) => f.field === 'employerId' || f.field === 'arrivalDate').map((f) => [f.field, [f.verified, f.confirmation?.source ?? null]]),
    );
  };

  it('confirmation sets employer and arrival date as employer-confirmed facts; ending withdraws them', async () => {
    const e = await bed.approved();
    const t = await registerTalentWithProfile(bed.app, null);
    const named = await talentAs(t.cookie, 'POST', '/api/v1/employments', { employerId: e.employerId, arrivalDate: '2024-03-01' });
    expect(named.statusCode, named.body).toBe(201);
    expect(named.json()).toMatchObject({ status: 'pending', employerName: '株洲中车时代电气', talentName: '李小明' });
    const second = await talentAs(t.cookie, 'POST', '/api/v1/employments', { employerId: e.employerId, arrivalDate: '2024-03-01' });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('BOLE_EMPLOYMENT_OPEN');

    const pending = await bed.as(e, 'GET', '/api/v1/employments?status=pending');
    expect(pending.json().items.map((i: { id: string }) => i.id)).toEqual([named.json().id]);
    const ok = await bed.as(e, 'POST', `/api/v1/employments/${named.json().id}/decision`, { decision: 'confirm' });
    expect(ok.json()).toMatchObject({ status: 'confirmed' });
    expect(await factsOf(t.cookie)).toEqual({ employerId: [e.employerId, 'employer'], arrivalDate: ['2024-03-01', 'employer'] });

    const early = await bed.as(e, 'POST', `/api/v1/employments/${named.json().id}/decision`, { decision: 'end', endDate: '2024-01-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([expect.objectContaining({ field: 'endDate' })]);
    const ended = await bed.as(e, 'POST', `/api/v1/employments/${named.json().id}/decision`, { decision: 'end', endDate: '2026-06-30' });
    expect(ended.json()).toMatchObject({ status: 'ended', endDate: '2026-06-30' });
    expect(await factsOf(t.cookie)).toEqual({ employerId: [null, null], arrivalDate: [null, null] });
  });

  it('a declined request tells the talent why, sets no fact, and the talent may name an employer again', async () => {
    const e = await bed.approved();
    const t = await registerTalentWithProfile(bed.app, null);
    const named = (await talentAs(t.cookie, 'POST', '/api/v1/employments', { employerId: e.employerId, arrivalDate: '2025-01-02' })).json();
    const no = await bed.as(e, 'POST', `/api/v1/employments/${named.id}/decision`, { decision: 'decline', reason: '查无此人' });
    expect(no.json()).toMatchObject({ status: 'declined', declineReason: '查无此人' });
    const twice = await bed.as(e, 'POST', `/api/v1/employments/${named.id}/decision`, { decision: 'confirm' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('BOLE_EMPLOYMENT_STATE');
    expect(await factsOf(t.cookie)).toEqual({ employerId: [null, null], arrivalDate: [null, null] });
    const mine = await talentAs(t.cookie, 'GET', '/api/v1/employments/mine');
    expect(mine.json().items[0]).toMatchObject({ status: 'declined', declineReason: '查无此人' });
    const again = await talentAs(t.cookie, 'POST', '/api/v1/employments', { employerId: e.employerId, arrivalDate: '2025-01-02' });
    expect(again.statusCode).toBe(201);
    const withdrawn = await talentAs(t.cookie, 'POST', `/api/v1/employments/${again.json().id}/withdraw`);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
  });

  it('an employer awaiting approval cannot confirm, another employer cannot see it, bad input names the field', async () => {
    const pending = await bed.register();
    const other = await bed.approved();
    const t = await registerTalentWithProfile(bed.app, null);
    const future = await talentAs(t.cookie, 'POST', '/api/v1/employments', { employerId: pending.employerId, arrivalDate: '2099-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([expect.objectContaining({ field: 'arrivalDate' })]);
    const unknown = await talentAs(t.cookie, 'POST', '/api/v1/employments', { employerId: '00000000-0000-4000-8000-000000000000', arrivalDate: '2025-01-01' });
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'employerId' })]);
    const named = (await talentAs(t.cookie, 'POST', '/api/v1/employments', { employerId: pending.employerId, arrivalDate: '2025-01-01' })).json();
    const refused = await bed.as(pending, 'POST', `/api/v1/employments/${named.id}/decision`, { decision: 'confirm' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('BOLE_EMPLOYER_NOT_APPROVED');
    const foreign = await bed.as(other, 'POST', `/api/v1/employments/${named.id}/decision`, { decision: 'confirm' });
    expect(foreign.statusCode).toBe(404);
    expect((await bed.as(pending, 'GET', '/api/v1/employments')).json().items).toHaveLength(1);
  });
});
