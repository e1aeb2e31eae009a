/** The office's talent detail: who may open it, what it gathers, masking, and its audit trail. */
import { describe, expect, it } from 'vitest';
import { createTestAccount, signIn } from '../auth/testing.js';
import { makeIdNumber } from '../identity/id-number.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { talentTestbed } from './talent-testing.js';

describe('talents: the office detail page', () => {
  const bed = talentTestbed();
  const { register, profileBody, put, auditRows } = bed;
  const detailOf = (id: string, cookie: string) => bed.app.inject({ url: `/api/v1/talents/${id}/detail`, headers: { cookie }, remoteAddress: '198.51.100.9' });

  it("gathers the talent's file with numbers masked, lists who read the full numbers, and audits the read", async () => {
    await seedPolicyPack(bed.ctx);
    const t = await register('王五');
    const id = makeIdNumber('430203', '1994-03-07', 31, 'male');
    expect((await put(t.cookie, profileBody({ name: '王五', idNumber: id }))).statusCode).toBe(200);
    const recognition = await bed.app.inject({ method: 'POST', url: '/api/v1/recognitions', headers: { cookie: t.cookie }, payload: {} });
    expect(recognition.statusCode, recognition.body).toBe(201);

    const officer = await createTestAccount(bed.ctx, 'officer', { displayName: '刘科长' });
    const { cookie } = await signIn(bed.app, officer);
    expect((await bed.app.inject({ url: `/api/v1/talents/${t.me.talentId}/personal-data`, headers: { cookie } })).statusCode).toBe(200);

    const res = await detailOf(t.me.talentId, cookie);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.profile).toMatchObject({ name: '王五', idNumber: `4${'*'.repeat(16)}${id.slice(-1)}`, mobile: `138****${t.mobile.slice(-4)}` });
    expect(res.body).not.toContain(id);
    expect(res.body).not.toContain(t.mobile);
    expect(body.facts.find((f: { field: string }) => f.field === 'highestDegree')).toMatchObject({ status: 'declared' });
    expect(body.recognitions).toEqual([expect.objectContaining({ id: recognition.json().id, talentId: t.me.talentId })]);
    expect(body.applications).toEqual([]);
    expect(body.benefits.items).toEqual([]);
    expect(body.fullNumberReads).toEqual([expect.objectContaining({ actorId: officer.id, actorName: '刘科长', action: 'personal_data.read' })]);

    const entry = (await auditRows()).filter((r) => r.action === 'talent.detail.read').at(-1)!;
    expect(entry).toMatchObject({ actorId: officer.id, entity: 'talent', entityId: t.me.talentId, ip: '198.51.100.9' });
  });

  it('is open to officers and auditors only; an unknown talent is 404 and leaves no audit entry', async () => {
    const t = await register();
    for (const role of ['reviewer', 'admin', 'employer'] as const) {
      const account = await createTestAccount(bed.ctx, role, role === 'employer' ? { employerId: bed.employerId } : {});
      const { cookie } = await signIn(bed.app, account);
      expect((await detailOf(t.me.talentId, cookie)).statusCode, role).toBe(403);
    }
    expect((await detailOf(t.me.talentId, t.cookie)).statusCode).toBe(403);
    const auditor = await signIn(bed.app, await createTestAccount(bed.ctx, 'auditor'));
    expect((await detailOf(t.me.talentId, auditor.cookie)).statusCode).toBe(200);

    const before = (await auditRows()).length;
    expect((await detailOf('00000000-0000-4000-8000-000000000000', auditor.cookie)).statusCode).toBe(404);
    expect((await auditRows()).length).toBe(before);
  });
});
