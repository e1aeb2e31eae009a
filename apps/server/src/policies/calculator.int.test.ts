import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { Principal } from '../http/access.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { seedPolicyPack } from './policy.service.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';

const principal = (over: Partial<Principal>): Principal => ({
  userId: 'u-officer',
  role: 'officer',
  displayName: 'Officer',
  department: 'rcb',
  talentId: null,
  employerId: null,
  via: 'token',
  credentialId: 'c1',
  ...over,
});

interface Outcome {
  policy: string;
  amountFen: number;
  valueFen: number;
  period: string;
  months: number;
  displacedBy: string | null;
  payee: 'talent' | 'employer';
  summary: { zh: string; en: string };
  conditions: { pass: boolean; text: { zh: string; en: string }; why: { zh: string; en: string } | null }[];
}

describe('calculator (政策计算器)', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const principals = new Map<string, Principal>();
  const calc = (who: string, payload: unknown) =>
    app.inject({ method: 'POST', url: '/api/v1/calculator', payload: payload as object, headers: { 'x-test-user': who } });
  const find = (list: Outcome[], id: string) => list.find((o) => o.policy === id);

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
    app = await buildApp({ ctx, logger: false, authenticate: async (req) => principals.get(String(req.headers['x-test-user'])) ?? null });
    await seedPolicyPack(ctx);
    const [employer] = await ctx.db
      .insert(employers)
      .values({
        creditCode: '91430200MA4L000001',
        name: '中车株洲电力机车有限公司',
        district: '石峰区',
        chain: 'rail',
        kind: 'enterprise',
        flags: ['above_scale', 'high_tech'],
      })
      .returning({ id: employers.id });
    const [doctor] = await ctx.db
      .insert(talents)
      .values({
        name: '王博',
        birthDate: '1992-03-10',
        highestDegree: 'doctorate',
        graduationDate: '2025-06-30',
        schoolTier: 'double_first_class',
        employerId: employer!.id,
        arrivalDate: '2025-09-01',
        socialInsuranceMonths: 10,
        hukouInCity: false,
      })
      .returning({ id: talents.id });
    const [blank] = await ctx.db.insert(talents).values({ name: '新注册' }).returning({ id: talents.id });
    principals.set('officer', principal({}));
    principals.set('talent', principal({ userId: 'u-talent', role: 'talent', department: null, talentId: doctor!.id }));
    principals.set('blank', principal({ userId: 'u-blank', role: 'talent', department: null, talentId: blank!.id }));
    principals.set('employer', principal({ userId: 'u-emp', role: 'employer', department: null, employerId: employer!.id }));
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('a talent gets their own tier, granted, displaced and unmet benefits from their record', async () => {
    const res = await calc('talent', {});
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ at: '2026-07-15', subject: { kind: 'self' }, tier: 'D', age: 34, tierLabel: { zh: expect.stringContaining('D 类') } });

    const settle = find(body.granted, 'settle-allowance')!;
    expect(settle).toMatchObject({ amountFen: 15_000_000, period: 'once', months: 1, valueFen: 15_000_000, displacedBy: null });
    expect(settle.summary.zh).toBe('一次性 150,000 元');
    expect(settle.conditions.every((c) => c.pass)).toBe(true);

    // 就高不重复: the living allowance (1,500 × 36 = 54,000) loses to the settling-in allowance.
    const living = find(body.displaced, 'graduate-living-allowance')!;
    expect(living).toMatchObject({ displacedBy: 'settle-allowance', amountFen: 150_000, months: 36, valueFen: 5_400_000 });
    expect(living.summary.zh).toContain('就高不重复');
    expect(living.summary.en).toContain('highest-only');

    // Not met: the first-home subsidy needs a purchase date; the reason says so in both languages.
    const home = find(body.notMet, 'first-home-subsidy')!;
    const failed = home.conditions.filter((c) => !c.pass);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]!.why!.zh).toMatch(/首套房购买日期/);
    expect(failed[0]!.why!.en).toMatch(/first home purchase date/);

    // The recruitment reward goes to the employer: listed as such, never in the talent's own total.
    const granted = body.granted as Outcome[];
    expect(find(granted, 'employer-recruitment-reward')).toMatchObject({ payee: 'employer', valueFen: 3_000_000 });
    expect(settle.payee).toBe('talent');
    const own = granted.filter((o) => o.policy !== 'employer-recruitment-reward');
    expect(body.totalValueFen).toBe(own.reduce((s, o) => s + o.valueFen, 0));
    expect(body.granted.length + body.displaced.length + body.notMet.length).toBeGreaterThanOrEqual(20);
    expect(body.versions).toContain('settle-allowance@1');
  });

  it('tells the truth both ways: what confirmed facts give now, and which declarations still need whom to confirm them', async () => {
    const before = (await calc('talent', {})).json();
    // Nothing is confirmed yet and no tier was granted: nothing moves without an application.
    expect(before.confirmed).toEqual({ tier: null, granted: [], totalValueFen: 0 });
    const settle = find(before.granted, 'settle-allowance') as Outcome & { toConfirm: unknown[] };
    expect(settle.toConfirm).toEqual(
      expect.arrayContaining([
        { field: 'employerId', status: 'declared', by: 'employer', department: 'rsj', evidence: ['employment_contract'] },
        { field: 'socialInsuranceMonths', status: 'declared', by: 'department', department: 'rsj', evidence: ['social_insurance_record'] },
      ]),
    );
    // Facts born in Bole (a talent apartment tenancy) are not the talent's to get confirmed: never listed.
    const listed = [...before.granted, ...before.displaced].flatMap((o: Outcome & { toConfirm: { field: string; by: string }[] }) => o.toConfirm);
    expect(listed.map((f: { field: string }) => f.field)).not.toContain('livesInTalentApartment');
    expect(listed.filter((f: { by: string }) => f.by === 'system')).toEqual([]);
    // 人社局 and a reviewer confirm what the living allowance reads: it now holds on confirmed facts.
    const talentId = principals.get('talent')!.talentId!;
    await ctx.db.transaction(async (tx) => {
      await recordVerifiedFacts(ctx, tx, talentId, { highestDegree: 'doctorate', graduationDate: '2025-06-30' }, { source: 'review' });
      const [e] = await tx.select({ id: employers.id }).from(employers).limit(1);
      await recordVerifiedFacts(ctx, tx, talentId, { employerId: e!.id, socialInsuranceMonths: 10 }, { source: 'department', department: 'rsj' });
    });
    const after = (await calc('talent', {})).json();
    // The declared "no city hukou" (and "no home") is nobody's confirmation: the hukou route the
    // declarations give does not hold on confirmed facts (nor any housing benefit).
    expect(find(after.granted, 'hukou-settlement')).toBeDefined();
    expect(after.confirmed.granted).toEqual(['graduate-living-allowance', 'xiaohe-young-talent']);
    expect(after.confirmed.totalValueFen).toBe(5_400_000 + 10_000_000);
    expect(find(after.displaced, 'graduate-living-allowance')).toMatchObject({ toConfirm: [] });
    // A profile an officer types has no record behind it: no confirmed view.
    expect((await calc('officer', { profile: { id: 'p', birthDate: '1990-01-01', highestDegree: 'master' } })).json().confirmed).toBeNull();
  });

  it('explains what would pass for a failed numeric condition', async () => {
    const res = await calc('officer', {
      at: '2026-03-01',
      profile: {
        id: 'x',
        birthDate: '1990-05-01',
        highestDegree: 'doctorate',
        employerId: 'e1',
        employer: { chain: 'rail', kind: 'enterprise', district: '天元区' },
        arrivalDate: '2025-07-01',
        socialInsuranceMonths: 4,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const settle = find(res.json().notMet, 'settle-allowance')!;
    const si = settle.conditions.find((c) => !c.pass)!;
    expect(si.text.zh).toContain('社保');
    expect(si.why!.zh).toContain('不低于6');
    expect(si.why!.zh).toContain('目前为4');
    expect(si.why!.en).toMatch(/at least 6 \(now 4\)/);
  });

  it('an officer evaluates any submitted profile, or a stored talent', async () => {
    const res = await calc('officer', { at: '2026-03-01', profile: { id: 'q', birthDate: '1970-01-01', highestDegree: 'master', honors: ['academician'] } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ tier: 'A', subject: { kind: 'profile', id: 'q' } });
    expect(find(res.json().granted, 'medical-green-channel')).toMatchObject({ period: 'year', amountFen: 300_000 });

    const stored = await calc('officer', { talentId: principals.get('talent')!.talentId });
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({ tier: 'D', subject: { kind: 'talent' } });
  });

  it('a bad profile is a 400 naming the field', async () => {
    const base = { id: 'b', birthDate: '1990-01-01', highestDegree: 'master' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, birthDate: '1990-02-30' }, 'profile.birthDate'],
      [{ ...base, highestDegree: 'phd' }, 'profile.highestDegree'],
      [{ ...base, socialInsuranceMonths: '8' }, 'profile.socialInsuranceMonths'],
      [{ ...base, socialInsuranceMonths: -1 }, 'profile.socialInsuranceMonths'],
      [{ ...base, honors: ['nobel'] }, 'profile.honors'],
      [{ ...base, employerId: 'e1', employer: { chain: 'steel', kind: 'enterprise', district: '天元区' } }, 'profile.employer.chain'],
      [{ ...base, idNumber: '430203199001011235' }, 'profile.idNumber'],
      [{ ...base, birthDate: '2030-01-01' }, 'profile.birthDate'],
      [{ id: 'b', highestDegree: 'master' }, 'profile.birthDate'],
    ];
    for (const [profile, field] of cases) {
      const res = await calc('officer', { at: '2026-03-01', profile });
      expect(res.statusCode, JSON.stringify(profile)).toBe(400);
      expect(res.json().code).toBe('BOLE_VALIDATION');
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const badAt = await calc('officer', { at: '2026-13-01', profile: base });
    expect(badAt.statusCode).toBe(400);
    expect(badAt.json().errors[0].field).toBe('at');
    const neither = await calc('officer', {});
    expect(neither.statusCode).toBe(400);
    expect(neither.json().errors[0].field).toBe('profile');
  });

  it('a talent cannot evaluate someone else; an incomplete record is a 422; other roles are refused', async () => {
    expect((await calc('talent', { profile: { id: 'z', birthDate: '1990-01-01', highestDegree: 'master' } })).statusCode).toBe(403);
    const blank = await calc('blank', {});
    expect(blank.statusCode).toBe(422);
    expect(blank.json()).toMatchObject({ code: 'BOLE_PROFILE_INCOMPLETE' });
    expect(blank.json().errors.map((e: { field: string }) => e.field)).toEqual(['birthDate', 'highestDegree']);
    expect((await calc('employer', {})).statusCode).toBe(403);
    expect((await calc('nobody', {})).statusCode).toBe(401);
  });

  it('nothing is in force before the pack starts', async () => {
    const res = await calc('officer', { at: '2020-01-01', profile: { id: 'b', birthDate: '1990-01-01', highestDegree: 'master' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('BOLE_POLICY_NONE_IN_FORCE');
  });

  it("on a date with nothing in force, the subject's own problem is still the one reported (its reads are sent together)", async () => {
    const at = '2020-01-01';
    expect((await calc('officer', { at, talentId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await calc('blank', { at })).json()).toMatchObject({ code: 'BOLE_PROFILE_INCOMPLETE' });
    const bad = await calc('officer', { at, profile: { id: 'b', birthDate: '1990-02-30', highestDegree: 'master' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('profile.birthDate');
    expect((await calc('talent', { at, profile: { id: 'z', birthDate: '1990-01-01', highestDegree: 'master' } })).statusCode).toBe(403);
  });
});
