/** Who may read and write talent profiles: ownership, roles, masked reads and the audited full read. */
import { describe, expect, it } from 'vitest';
import { createTestAccount, signIn } from '../auth/testing.js';
import { makeIdNumber } from '../identity/id-number.js';
import { talentTestbed } from './talent-testing.js';

describe('talents: ownership, roles and staff reads', () => {
  const bed = talentTestbed();
  const { register, profileBody, put, auditRows } = bed;

  describe('ownership and roles', () => {
    it("a talent cannot read another talent's profile or personal data", async () => {
      const a = await register();
      const b = await register();
      expect((await bed.app.inject({ url: `/api/v1/talents/${a.me.talentId}`, headers: { cookie: a.cookie } })).statusCode).toBe(200);
      const other = await bed.app.inject({ url: `/api/v1/talents/${b.me.talentId}`, headers: { cookie: a.cookie } });
      expect(other.statusCode).toBe(404);
      const pd = await bed.app.inject({ url: `/api/v1/talents/${b.me.talentId}/personal-data`, headers: { cookie: a.cookie } });
      expect(pd.statusCode).toBe(403);
      expect((await bed.app.inject({ url: '/api/v1/talents', headers: { cookie: a.cookie } })).statusCode).toBe(403);
    });

    it('an employer cannot read or write a talent profile', async () => {
      const emp = await createTestAccount(bed.ctx, 'employer', { employerId: bed.employerId });
      const { cookie } = await signIn(bed.app, emp);
      expect((await put(cookie, profileBody())).statusCode).toBe(403);
      expect((await bed.app.inject({ url: '/api/v1/talents/me', headers: { cookie } })).statusCode).toBe(403);
    });

    it('anonymous callers get 401', async () => {
      expect((await bed.app.inject({ url: '/api/v1/talents/me' })).statusCode).toBe(401);
      expect((await bed.app.inject({ method: 'PUT', url: '/api/v1/talents/me', payload: profileBody() })).statusCode).toBe(401);
    });
  });

  describe('staff reads', () => {
    it('staff read a masked profile; officers read the full numbers, audited', async () => {
      const t = await register();
      const id = makeIdNumber('430203', '1994-03-07', 99, 'male');
      expect((await put(t.cookie, profileBody({ idNumber: id }))).statusCode).toBe(200);

      for (const role of ['officer', 'auditor', 'admin'] as const) {
        const { cookie } = await signIn(bed.app, await createTestAccount(bed.ctx, role));
        const res = await bed.app.inject({ url: `/api/v1/talents/${t.me.talentId}`, headers: { cookie } });
        expect(res.statusCode, role).toBe(200);
        expect(res.json()).toMatchObject({ idNumber: `4${'*'.repeat(16)}${id.slice(-1)}`, mobile: `138****${t.mobile.slice(-4)}` });
        // the mask and the birth date beside it leave the region and sequence digits unknown
        const shown = res.json();
        expect(shown.birthDate).toBe('1994-03-07');
        expect(`${shown.idNumber}${shown.birthDate}`).not.toContain(id.slice(0, 6));
      }

      const officer = await createTestAccount(bed.ctx, 'officer');
      const { cookie } = await signIn(bed.app, officer);
      const full = await bed.app.inject({ url: `/api/v1/talents/${t.me.talentId}/personal-data`, headers: { cookie }, remoteAddress: '198.51.100.7' });
      expect(full.statusCode).toBe(200);
      expect(full.json()).toEqual({ id: t.me.talentId, name: '张三', idNumber: id, mobile: t.mobile });
      const entry = (await auditRows()).filter((r) => r.action === 'personal_data.read').at(-1)!;
      expect(entry).toMatchObject({
        actorId: officer.id,
        actorRole: 'officer',
        entity: 'talent',
        entityId: t.me.talentId,
        ip: '198.51.100.7',
        detail: { fields: ['idNumber', 'mobile'] },
      });
      expect(await bed.ctx.audit.verify()).toMatchObject({ ok: true });

      for (const role of ['auditor', 'reviewer'] as const) {
        const c = await signIn(bed.app, await createTestAccount(bed.ctx, role));
        expect((await bed.app.inject({ url: `/api/v1/talents/${t.me.talentId}/personal-data`, headers: c })).statusCode, role).toBe(403);
      }
    });

    it('answers 404 for an unknown talent and 400 for a malformed id', async () => {
      const { cookie } = await signIn(bed.app, await createTestAccount(bed.ctx, 'officer'));
      const missing = await bed.app.inject({ url: '/api/v1/talents/00000000-0000-4000-8000-000000000000', headers: { cookie } });
      expect(missing.statusCode).toBe(404);
      const before = (await auditRows()).length;
      expect((await bed.app.inject({ url: '/api/v1/talents/00000000-0000-4000-8000-000000000000/personal-data', headers: { cookie } })).statusCode).toBe(404);
      expect((await auditRows()).length).toBe(before);
      const bad = await bed.app.inject({ url: '/api/v1/talents/nope', headers: { cookie } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('id');
    });
  });
});
