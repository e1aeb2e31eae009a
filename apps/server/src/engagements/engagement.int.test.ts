import { describe, expect, it } from 'vitest';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { employerTestbed } from '../employers/employer-testing.js';
import { issueTalentCode } from '../talent-code/talent-code.service.js';

describe('flexible engagement and check-ins', () => {
  const bed = employerTestbed();
  const expert = async () => {
    const t = await registerTalentWithProfile(bed.app, null, {}, '王专家');
    const code = await bed.ctx.db.transaction((tx) => issueTalentCode(bed.ctx, tx, { talentId: t.talentId, tier: 'B', validUntil: '2027-12-31', actor: null }));
    return { ...t, code: code.token };
  };
  const talentAs = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    bed.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const facts = async (cookie: string) => {
    const all = (await talentAs(cookie, 'GET', '/api/v1/talents/me/facts')).json().facts as { field: string; verified: unknown }[];
    return Object.fromEntries(
      all.filter((f) => ['engagementMode', 'onsiteDaysLastYear', 'dualAppointment', 'specialPost'].includes(f.field)).map((f) => [f.field, f.verified]),
    );
  };
  const engagement = (code: string, over: object = {}) => ({
    talentCode: code,
    mode: 'migratory',
    daysPerYear: 60,
    deliverables: '牵头攻关永磁牵引电机控制算法',
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    ...over,
  });

  it('records an engagement from a scanned code; scans and confirmed self check-ins count last year’s days as verified facts', async () => {
    const e = await bed.approved();
    const x = await expert();
    const created = await bed.as(e, 'POST', '/api/v1/engagements', engagement(x.code));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ expertName: '王专家', mode: 'migratory', daysThisYear: 0 });
    const scan = await bed.as(e, 'POST', `/api/v1/engagements/${id}/checkins`, { day: '2025-03-01', talentCode: x.code });
    expect(scan.statusCode, scan.body).toBe(201);
    expect(scan.json()).toMatchObject({ method: 'code_scan', status: 'confirmed' });
    const self = await talentAs(x.cookie, 'POST', `/api/v1/engagements/${id}/checkins`, { day: '2025-03-02', place: '株洲中车研发中心' });
    expect(self.json()).toMatchObject({ method: 'self', status: 'pending' });
    expect((await facts(x.cookie)).onsiteDaysLastYear).toBe(1);
    const ok = await bed.as(e, 'POST', `/api/v1/checkins/${self.json().id}/decision`, { decision: 'confirm' });
    expect(ok.json()).toMatchObject({ status: 'confirmed' });
    expect(await facts(x.cookie)).toEqual({ engagementMode: 'migratory', onsiteDaysLastYear: 2, dualAppointment: false, specialPost: 'none' });
    const mine = await talentAs(x.cookie, 'GET', '/api/v1/engagements');
    expect(mine.json().items).toEqual([expect.objectContaining({ id, employerName: '株洲中车时代电气', pendingCheckins: 0 })]);
  });

  it('refuses a second check-in on a day, a day outside the engagement or in the future, and a code of someone else — writing nothing', async () => {
    const e = await bed.approved();
    const x = await expert();
    const other = await expert();
    const id = (await bed.as(e, 'POST', '/api/v1/engagements', engagement(x.code, { startDate: '2026-01-01' }))).json().id as string;
    await bed.as(e, 'POST', `/api/v1/engagements/${id}/checkins`, { day: '2026-02-01', talentCode: x.code });
    const twice = await talentAs(x.cookie, 'POST', `/api/v1/engagements/${id}/checkins`, { day: '2026-02-01', place: '厂区' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'BOLE_CHECKIN_TWICE', errors: [expect.objectContaining({ field: 'day' })] });
    const outside = await bed.as(e, 'POST', `/api/v1/engagements/${id}/checkins`, { day: '2025-12-31', talentCode: x.code });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'BOLE_CHECKIN_OUTSIDE', errors: [expect.objectContaining({ field: 'day' })] });
    const future = await bed.as(e, 'POST', `/api/v1/engagements/${id}/checkins`, { day: '2026-09-01', talentCode: x.code });
    expect(future.json().errors).toEqual([expect.objectContaining({ field: 'day' })]);
    const wrong = await bed.as(e, 'POST', `/api/v1/engagements/${id}/checkins`, { day: '2026-02-02', talentCode: other.code });
    expect(wrong.json().errors).toEqual([expect.objectContaining({ field: 'talentCode' })]);
    const list = await bed.as(e, 'GET', `/api/v1/engagements/${id}/checkins`);
    expect(list.json().items.map((c: { day: string }) => c.day)).toEqual(['2026-02-01']);
  });

  it('a 双聘 needs the partner and the share; a chief-expert post sets specialPost; bad input names the field', async () => {
    const e = await bed.approved();
    const partner = await bed.approved();
    const x = await expert();
    const noPartner = await bed.as(e, 'POST', '/api/v1/engagements', engagement(x.code, { mode: 'dual_appointment' }));
    expect(noPartner.statusCode).toBe(400);
    expect(
      noPartner
        .json()
        .errors.map((er: { field: string }) => er.field)
        .sort(),
    ).toEqual(['partnerEmployerId', 'sharePercent']);
    const backwards = await bed.as(e, 'POST', '/api/v1/engagements', engagement(x.code, { endDate: '2024-12-31' }));
    expect(backwards.json().errors).toEqual([expect.objectContaining({ field: 'endDate' })]);
    const badCode = await bed.as(e, 'POST', '/api/v1/engagements', engagement('not-a-code'));
    expect(badCode.json().errors).toEqual([expect.objectContaining({ field: 'talentCode' })]);
    const dual = await bed.as(
      e,
      'POST',
      '/api/v1/engagements',
      engagement(x.code, { mode: 'dual_appointment', partnerEmployerId: partner.employerId, sharePercent: 60 }),
    );
    expect(dual.json()).toMatchObject({ partnerEmployerName: '株洲中车时代电气', sharePercent: 60 });
    await bed.as(e, 'POST', '/api/v1/engagements', engagement(x.code, { mode: 'chief_expert' }));
    expect(await facts(x.cookie)).toMatchObject({ dualAppointment: true, specialPost: 'chief_expert' });
    expect((await bed.as(partner, 'GET', '/api/v1/engagements')).json().items).toHaveLength(1);
  });

  it('an employer awaiting approval cannot record an engagement', async () => {
    const e = await bed.register();
    const x = await expert();
    const res = await bed.as(e, 'POST', '/api/v1/engagements', engagement(x.code));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('BOLE_EMPLOYER_NOT_APPROVED');
  });
});
