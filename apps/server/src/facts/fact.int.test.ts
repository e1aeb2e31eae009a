import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount } from '../auth/testing.js';
import { employers } from '../employers/employer.table.js';
import { seedCity } from '../seed/seed-city.js';
import { talents } from '../talents/talent.table.js';
import { auditLog } from '../audit/audit.table.js';
import { latestRecords } from './fact.repository.js';
import { recordVerifiedFacts, talentFactsOf, verifiedFactsOf } from './fact.service.js';

describe('verified facts: confirmations with provenance beside the declarations', () => {
  let ctx: TestContext;
  let talentId: string;
  let otherEmployer: string;

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
    await seedCity(ctx, { talents: 5, employers: 3, seed: 3, referenceDate: '2026-06-30', verifiedFacts: false });
    const [t] = await ctx.db.select({ id: talents.id }).from(talents).orderBy(asc(talents.id)).limit(1);
    talentId = t!.id;
    await ctx.db
      .update(talents)
      .set({ highestDegree: 'master', socialInsuranceMonths: 30, honors: ['city_leading'], hukouInCity: false })
      .where(eq(talents.id, talentId));
    const [e] = await ctx.db.select({ id: employers.id }).from(employers).orderBy(asc(employers.id)).limit(1);
    otherEmployer = e!.id;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('starts with every field declared only, nothing verified', async () => {
    const facts = await talentFactsOf(ctx, talentId);
    expect(facts.facts.find((f) => f.field === 'highestDegree')).toMatchObject({ status: 'declared', declared: 'master', verified: null, confirmation: null });
    expect(new Set(facts.facts.map((f) => f.status))).toEqual(new Set(['declared']));
    expect((await verifiedFactsOf(ctx, talentId)).highestDegree).toBeNull();
  });

  it('a department confirms social insurance differently from the declaration: the claim stays beside it', async () => {
    const officer = await createTestAccount(ctx, 'officer');
    const res = await ctx.db.transaction((tx) =>
      recordVerifiedFacts(
        ctx,
        tx,
        talentId,
        { socialInsuranceMonths: 24, hukouInCity: false },
        { source: 'department', department: 'rsj', actorUserId: officer.id, importId: 'imp-1' },
      ),
    );
    expect(res).toEqual({ changed: ['socialInsuranceMonths', 'hukouInCity'], contradicted: ['socialInsuranceMonths'] });
    const facts = await talentFactsOf(ctx, talentId);
    const si = facts.facts.find((f) => f.field === 'socialInsuranceMonths')!;
    expect(si).toMatchObject({
      status: 'contradicted',
      declared: 30,
      verified: 24,
      confirmation: { source: 'department', department: 'rsj', importId: 'imp-1', actorRole: 'officer' },
    });
    expect(facts.facts.find((f) => f.field === 'hukouInCity')).toMatchObject({ status: 'verified', declared: false, verified: false });
    const [declared] = await ctx.db.select({ m: talents.socialInsuranceMonths }).from(talents).where(eq(talents.id, talentId));
    expect(declared!.m).toBe(30);
    const [audit] = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'facts.verify'));
    expect(audit).toMatchObject({ actorId: officer.id, actorRole: 'officer', entityId: talentId });
    expect(audit!.detail).toMatchObject({ source: 'department', confirmed: ['socialInsuranceMonths', 'hukouInCity'], contradicted: ['socialInsuranceMonths'] });
    expect(JSON.stringify(audit!.detail)).not.toContain('24');
  });

  it('a reviewer confirms the degree and honours on evidence; the same confirmation again changes nothing', async () => {
    const reviewer = await createTestAccount(ctx, 'reviewer');
    const by = { source: 'review' as const, actorUserId: reviewer.id };
    const first = await ctx.db.transaction((tx) => recordVerifiedFacts(ctx, tx, talentId, { highestDegree: 'master', honors: ['city_leading'] }, by));
    expect(first).toEqual({ changed: ['highestDegree', 'honors'], contradicted: [] });
    const again = await ctx.db.transaction((tx) => recordVerifiedFacts(ctx, tx, talentId, { honors: ['city_leading'] }, by));
    expect(again).toEqual({ changed: [], contradicted: [] });
    const facts = await talentFactsOf(ctx, talentId);
    expect(facts.facts.find((f) => f.field === 'honors')).toMatchObject({
      status: 'verified',
      verified: ['city_leading'],
      confirmation: { source: 'review', actorRole: 'reviewer', department: 'rsj' },
    });
    expect((await latestRecords(ctx.db, talentId)).get('honors')?.actorUserId).toBe(reviewer.id);
  });

  it('a withdrawal (null) makes the field declared only again', async () => {
    const res = await ctx.db.transaction((tx) =>
      recordVerifiedFacts(ctx, tx, talentId, { socialInsuranceMonths: null }, { source: 'department', department: 'rsj' }),
    );
    expect(res).toEqual({ changed: ['socialInsuranceMonths'], contradicted: [] });
    expect((await talentFactsOf(ctx, talentId)).facts.find((f) => f.field === 'socialInsuranceMonths')).toMatchObject({
      status: 'declared',
      verified: null,
      confirmation: null,
    });
  });

  it('a field the talent left empty is verified, not contradicted: they claimed nothing', async () => {
    await ctx.db.update(talents).set({ firstHomePurchaseDate: null }).where(eq(talents.id, talentId));
    const res = await ctx.db.transaction((tx) =>
      recordVerifiedFacts(ctx, tx, talentId, { firstHomePurchaseDate: '2026-03-02' }, { source: 'department', department: 'bdc' }),
    );
    expect(res).toEqual({ changed: ['firstHomePurchaseDate'], contradicted: [] });
    expect((await talentFactsOf(ctx, talentId)).facts.find((f) => f.field === 'firstHomePurchaseDate')).toMatchObject({
      status: 'verified',
      declared: null,
      verified: '2026-03-02',
    });
  });

  it('refuses a bad value or an unknown employer naming the field, and writes nothing', async () => {
    await expect(
      ctx.db.transaction((tx) => recordVerifiedFacts(ctx, tx, talentId, { highestDegree: 'wizard' } as never, { source: 'review' })),
    ).rejects.toMatchObject({ status: 400, errors: [{ field: 'highestDegree' }] });
    await expect(
      ctx.db.transaction((tx) => recordVerifiedFacts(ctx, tx, talentId, { employerId: '00000000-0000-4000-8000-000000000000' }, { source: 'employer' })),
    ).rejects.toMatchObject({ status: 400, errors: [{ field: 'employerId' }] });
    await expect(
      ctx.db.transaction((tx) => recordVerifiedFacts(ctx, tx, '00000000-0000-4000-8000-000000000000', { hukouInCity: true }, { source: 'department' })),
    ).rejects.toMatchObject({ status: 404 });
    const ok = await ctx.db.transaction((tx) => recordVerifiedFacts(ctx, tx, talentId, { employerId: otherEmployer }, { source: 'employer' }));
    expect(ok.changed).toEqual(['employerId']);
  });
});
