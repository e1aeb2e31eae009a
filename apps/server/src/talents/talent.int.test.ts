import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestAccount } from '../auth/testing.js';
import { makeIdNumber } from '../identity/id-number.js';
import { talents } from './talent.table.js';
import { registerTalent } from './talent.service.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { bulkInsertTalents } from './talent.repository.js';
import { recomputeTalentTiers } from './talent-tier.js';
import { talentTestbed } from './talent-testing.js';

describe('talents: registration, own profile, tiers', () => {
  const bed = talentTestbed();
  const { register, nextMobile, profileBody, put, auditRows } = bed;

  describe('registration', () => {
    it('creates a minimal profile and a login, signs in and audits', async () => {
      const { cookie, me, mobile } = await register('王五');
      expect(me).toMatchObject({ role: 'talent', displayName: '王五', talentId: expect.any(String), employerId: null });
      const who = await bed.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
      expect(who.json()).toMatchObject({ id: me.id, talentId: me.talentId });

      const row = (await bed.ctx.db.select().from(talents).where(eq(talents.id, me.talentId)))[0]!;
      expect(row).toMatchObject({ name: '王五', birthDate: null, highestDegree: null, mobileHash: bed.ctx.cipher.lookupHash('mobile', mobile) });
      expect(row.mobileEnc).not.toContain(mobile);

      const profile = await bed.app.inject({ url: '/api/v1/talents/me', headers: { cookie } });
      expect(profile.statusCode).toBe(200);
      expect(profile.json()).toMatchObject({
        id: me.talentId,
        name: '王五',
        mobile: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
        complete: false,
        birthDate: null,
        tier: null,
      });

      const actions = (await auditRows()).filter((r) => r.entityId === me.talentId || r.entityId === me.id).map((r) => r.action);
      expect(actions).toEqual(expect.arrayContaining(['account.create', 'talent.register']));
    });

    it('refuses a registered mobile with 409 naming mobile', async () => {
      const { mobile } = await register();
      const res = await bed.app.inject({ method: 'POST', url: '/api/v1/auth/register/talent', payload: { mobile, password: 'Passw0rd-2', name: '李四' } });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'BOLE_DUPLICATE_ACCOUNT', errors: [{ field: 'mobile' }] });
      expect(await bed.ctx.db.select().from(talents).where(eq(talents.name, '李四'))).toEqual([]);
    });

    it('refuses bad input with 400 naming each field and unknown fields', async () => {
      const res = await bed.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register/talent',
        payload: { mobile: '12345', password: 'short', name: '', role: 'admin' },
      });
      expect(res.statusCode).toBe(400);
      const fields = res.json().errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['mobile', 'password', 'name', 'role']));
    });

    it('writes nothing when the account cannot be created after the talent insert', async () => {
      const mobile = nextMobile();
      const before = (await auditRows()).length;
      await expect(
        registerTalent(
          bed.ctx,
          { mobile, password: 'Passw0rd-1', name: '赵六' },
          {
            createAccount: async () => {
              throw new Error('disk full');
            },
          },
        ),
      ).rejects.toThrow('disk full');
      expect(
        await bed.ctx.db
          .select()
          .from(talents)
          .where(eq(talents.mobileHash, bed.ctx.cipher.lookupHash('mobile', mobile))),
      ).toEqual([]);
      expect((await auditRows()).length).toBe(before);
    });

    it('writes nothing when the mobile is already a login without a talent profile', async () => {
      const orphan = await createTestAccount(bed.ctx, 'talent');
      const res = await bed.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register/talent',
        payload: { mobile: orphan.login, password: 'Passw0rd-1', name: '孙七' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().errors).toEqual([{ field: 'mobile', message: 'is already registered' }]);
      expect(await bed.ctx.db.select().from(talents).where(eq(talents.name, '孙七'))).toEqual([]);
    });
  });

  describe('own profile', () => {
    it('saves and reads back the profile with masked numbers, and audits which fields changed', async () => {
      const { cookie, me } = await register();
      const body = profileBody();
      const res = await put(cookie, body);
      expect(res.statusCode, res.body).toBe(200);
      const saved = res.json();
      const id = body.idNumber as string;
      expect(saved).toMatchObject({
        ...body,
        idNumber: `${id.slice(0, 1)}${'*'.repeat(16)}${id.slice(-1)}`,
        employerName: '株洲中车时代电气',
        complete: true,
        id: me.talentId,
      });
      expect(saved.mobile).toMatch(/^138\*{4}\d{4}$/);
      const again = await bed.app.inject({ url: '/api/v1/talents/me', headers: { cookie } });
      expect(again.json()).toEqual(saved);

      const row = (await bed.ctx.db.select().from(talents).where(eq(talents.id, me.talentId)))[0]!;
      expect(row.idNumberHash).toBe(bed.ctx.cipher.lookupHash('id', id));
      expect(bed.ctx.cipher.decrypt(row.idNumberEnc!)).toBe(id);

      const entry = (await auditRows()).filter((r) => r.action === 'talent.update' && r.entityId === me.talentId).at(-1)!;
      expect(entry.actorId).toBe(me.id);
      expect(entry.detail.fields).toEqual(expect.arrayContaining(['birthDate', 'highestDegree', 'employerId', 'idNumber']));
      expect(JSON.stringify(entry.detail)).not.toContain(id);
    });

    it('keeps the ID number on file when the body leaves it out, and clears it with null', async () => {
      const { cookie, me } = await register();
      const id = makeIdNumber('430211', '1990-01-02', 3, 'female');
      expect((await put(cookie, profileBody({ idNumber: id, birthDate: '1990-01-02', gender: 'female' }))).statusCode).toBe(200);
      const { idNumber: _omit, ...withoutId } = profileBody({ birthDate: '1990-01-02', gender: 'female', socialInsuranceMonths: 12 });
      const kept = await put(cookie, withoutId);
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json()).toMatchObject({ idNumber: '4' + '*'.repeat(16) + id.slice(-1), socialInsuranceMonths: 12 });
      // The number on file still binds the birth date.
      const moved = await put(cookie, { ...withoutId, birthDate: '1990-01-03' });
      expect(moved.statusCode).toBe(400);
      expect(moved.json().errors).toEqual([{ field: 'birthDate', message: 'must match the birth date of the ID number on file (1990-01-02)' }]);
      const cleared = await put(cookie, { ...withoutId, idNumber: null });
      expect(cleared.json().idNumber).toBeNull();
      const row = (await bed.ctx.db.select().from(talents).where(eq(talents.id, me.talentId)))[0]!;
      expect(row).toMatchObject({ idNumberEnc: null, idNumberHash: null });
    });

    it('accepts a lower-case x in the ID number', async () => {
      const { cookie } = await register();
      let id = '';
      for (let seq = 0; !id.endsWith('X'); seq++) id = makeIdNumber('430202', '1988-08-08', seq, 'female');
      const res = await put(cookie, profileBody({ idNumber: id.toLowerCase(), birthDate: '1988-08-08', gender: 'female' }));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().idNumber).toMatch(/X$/);
    });

    it.each([
      ['a wrong check character', { idNumber: makeIdNumber('430203', '1994-03-07', 21, 'male').slice(0, 17) + 'Y' }, 'idNumber'],
      [
        'a wrong check digit',
        {
          idNumber: (() => {
            const id = makeIdNumber('430203', '1994-03-07', 21, 'male');
            return id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
          })(),
        },
        'idNumber',
      ],
      ['an ID number with another birth date', { idNumber: makeIdNumber('430203', '1994-03-08', 21, 'male') }, 'idNumber'],
      ['a gender the ID number contradicts', { gender: 'female' }, 'gender'],
      ['a birth date in the future', { birthDate: '2030-01-01', idNumber: null }, 'birthDate'],
      ['an impossible birth date', { birthDate: '1994-02-30', idNumber: null }, 'birthDate'],
      ['graduation before birth', { graduationDate: '1990-01-01' }, 'graduationDate'],
      ['a title date before birth', { titleDate: '1993-01-01' }, 'titleDate'],
      ['a skill certificate in the future', { skillCertDate: '2026-07-16' }, 'skillCertDate'],
      ['arrival before birth', { arrivalDate: '1994-03-07' }, 'arrivalDate'],
      ['a first home bought before birth', { firstHomePurchaseDate: '1980-01-01' }, 'firstHomePurchaseDate'],
      ['a postdoc completed before graduation', { postdocCompletedDate: '2019-01-01' }, 'postdocCompletedDate'],
      ['more insurance months than working months', { socialInsuranceMonths: 600 }, 'socialInsuranceMonths'],
      ['an employer that does not exist', { employerId: '00000000-0000-4000-8000-000000000000' }, 'employerId'],
      ['an employer id that is not a UUID', { employerId: 'acme' }, 'employerId'],
      ['an unknown enum value', { highestDegree: 'phd' }, 'highestDegree'],
      ['a negative count', { childrenSchoolAge: -1 }, 'childrenSchoolAge'],
      ['an unknown field', { salary: 100 }, 'salary'],
      ['a missing required field', { birthDate: undefined }, 'birthDate'],
    ])('refuses %s with 400 naming the field, and saves nothing', async (_what, over, field) => {
      const { cookie, me } = await register();
      const before = (await bed.ctx.db.select().from(talents).where(eq(talents.id, me.talentId)))[0]!;
      const res = await put(cookie, profileBody(over));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'BOLE_VALIDATION' });
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
      const after = (await bed.ctx.db.select().from(talents).where(eq(talents.id, me.talentId)))[0]!;
      expect(after).toEqual(before);
    });

    it('does not tell whether another talent holds an ID number: the save answers as any other, the holder keeps the number', async () => {
      const a = await register();
      const b = await register();
      const c = await register();
      const taken = makeIdNumber('430281', '1992-12-12', 40, 'male');
      const fresh = makeIdNumber('430281', '1992-12-12', 41, 'male');
      expect((await put(a.cookie, profileBody({ idNumber: taken, birthDate: '1992-12-12' }))).statusCode).toBe(200);
      // The probe with a registered number and a save with an unregistered one get the same answer.
      const probe = await put(b.cookie, profileBody({ idNumber: taken, birthDate: '1992-12-12' }));
      const plain = await put(c.cookie, profileBody({ idNumber: fresh, birthDate: '1992-12-12' }));
      expect(probe.statusCode).toBe(200);
      expect(plain.statusCode).toBe(200);
      const shape = (body: Record<string, unknown>) => ({
        ...body,
        id: 'x',
        name: 'x',
        mobile: 'x',
        idNumber: (body.idNumber as string).length,
        updatedAt: 'x',
      });
      expect(shape(probe.json())).toEqual(shape(plain.json()));
      const mine = await bed.app.inject({ url: '/api/v1/talents/me', headers: { cookie: b.cookie } });
      expect(mine.json().idNumber).toEqual(probe.json().idNumber);

      // The holder keeps the number: lookups by it find A only; B's copy is not linked, and the office is told.
      const rows = await bed.ctx.db.select().from(talents).where(eq(talents.id, a.me.talentId));
      expect(rows[0]!.idNumberHash).toBe(bed.ctx.cipher.lookupHash('id', taken));
      const bRow = (await bed.ctx.db.select().from(talents).where(eq(talents.id, b.me.talentId)))[0]!;
      expect(bRow.idNumberHash).toBeNull();
      expect(bed.ctx.cipher.decrypt(bRow.idNumberEnc!)).toBe(taken);
      const disputes = (await auditRows()).filter((r) => r.action === 'talent.id_number.disputed');
      expect(disputes).toEqual([expect.objectContaining({ entityId: b.me.talentId, detail: { heldBy: a.me.talentId } })]);
    });
  });

  describe('tier (classified by the policy engine)', () => {
    it('has no tier while no policy pack is in force, then follows the classification table', async () => {
      const { cookie } = await register();
      const own = (over: Record<string, unknown>) => profileBody({ idNumber: makeIdNumber('430204', '1994-03-07', 1, 'male'), ...over });
      const first = await put(cookie, own({}));
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().tier).toBeNull();
      await seedPolicyPack(bed.ctx);
      const cases: Array<[Record<string, unknown>, string | null]> = [
        [{ honors: ['city_leading'] }, 'D'],
        [{ honors: ['academician', 'city_leading'] }, 'A'],
        [{ honors: [], highestDegree: 'master' }, 'E'],
        [{ honors: [], highestDegree: 'bachelor', schoolTier: 'other' }, null],
        [{ honors: [], highestDegree: 'bachelor', schoolTier: 'other', title: 'senior' }, 'D'],
      ];
      for (const [over, tier] of cases) {
        const res = await put(cookie, own(over));
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().tier, JSON.stringify(over)).toBe(tier);
      }
      const entry = (await auditRows()).filter((r) => r.action === 'talent.update').at(-1)!;
      expect(entry.detail).toMatchObject({ tier: 'D', fields: ['title'] });
    });

    it('recomputes stored tiers in bulk, writing only the changed ones, idempotently', async () => {
      const ids = ['a', 'b', 'c'].map((x) => `00000000-0000-4000-8000-00000000000${x}`);
      const stamp = new Date('2026-01-01T00:00:00Z');
      await bulkInsertTalents(bed.ctx.database, [
        { id: ids[0], name: '博士甲', birthDate: '1990-01-01', highestDegree: 'doctorate', tier: 'A', updatedAt: stamp },
        { id: ids[1], name: '未填乙', birthDate: null, highestDegree: null, tier: 'B', updatedAt: stamp },
        { id: ids[2], name: '本科丙', birthDate: '1995-01-01', highestDegree: 'bachelor', tier: null, updatedAt: stamp },
      ]);
      const run = await recomputeTalentTiers(bed.ctx, '2026-07-15', { pageSize: 7 });
      expect(run.scanned).toBe((await bed.ctx.db.select().from(talents)).length);
      const tierOf = async (id: string) => (await bed.ctx.db.select().from(talents).where(eq(talents.id, id)))[0]!;
      expect(await tierOf(ids[0]!)).toMatchObject({ tier: 'D', updatedAt: stamp });
      expect((await tierOf(ids[1]!)).tier).toBeNull();
      expect((await tierOf(ids[2]!)).tier).toBeNull();
      expect(await recomputeTalentTiers(bed.ctx, '2026-07-15')).toMatchObject({ changed: 0 });
      expect((await auditRows()).filter((r) => r.action === 'talent.tiers.recompute')).toHaveLength(2);
    });
  });
});
