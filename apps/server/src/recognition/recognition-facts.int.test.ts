/**
 * A granted recognition confirms what its reviewers checked: 人社局 the employment and the
 * months of social insurance it verified, the talent office the qualifications on the case's
 * evidence — as they saw them, not as the profile says later, and only once the tier is granted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { asc, eq } from 'drizzle-orm';
import type { TalentFact } from '@bole/contracts';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookies } from '../auth/testing.js';
import { employers } from '../employers/employer.table.js';
import { latestRecords } from '../facts/fact.repository.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { seedCity } from '../seed/seed-city.js';
import { talents } from '../talents/talent.table.js';
import { finalizeDue } from './recognition-notice.service.js';
import { approvedRecognition, registerTalentWithProfile } from './recognition-testing.js';

describe('the facts a granted recognition confirms', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  type Who = { login: string; password: string };
  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, who: Who, payload?: object) =>
    app.inject({ method, url, headers: { cookie: await cookieOf(who) }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-09-21T02:00:00Z' }); // Monday 10:00 in Zhuzhou
    app = await buildApp({ ctx, logger: false });
    await seedPolicyPack(ctx);
    await seedCity(ctx, { talents: 0, employers: 2, seed: 5, referenceDate: '2026-09-01', verifiedFacts: false });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('confirms, on the grant, the values each reviewer saw — by that reviewer, on the case’s evidence', async () => {
    const [e] = await ctx.db.select({ id: employers.id }).from(employers).orderBy(asc(employers.id)).limit(1);
    const reg = await registerTalentWithProfile(app, e!.id, { socialInsuranceMonths: 70 });
    const talent: Who = { login: reg.mobile, password: 'Passw0rd-1' };
    const reviewer = await createTestAccount(ctx, 'reviewer');
    const officer = await createTestAccount(ctx, 'officer');
    const id = await approvedRecognition(app, { talent: await cookieOf(talent), hr: await cookieOf(reviewer), office: await cookieOf(officer) }, 66);

    const facts = async () => new Map(((await call('GET', '/api/v1/talents/me/facts', talent)).json().facts as TalentFact[]).map((f) => [f.field, f]));
    // Approved but in public notice: nothing is confirmed yet.
    expect((await facts()).get('highestDegree')).toMatchObject({ status: 'declared', verified: null });
    // The talent now declares a doctorate nobody has seen (as a profile save would).
    await ctx.db.update(talents).set({ highestDegree: 'doctorate' }).where(eq(talents.id, reg.talentId));

    ctx.clock.set('2026-10-20T02:00:00Z');
    expect((await finalizeDue(ctx, null)).granted).toEqual([id]);
    const after = await facts();
    const caseEvidence = (await call('GET', `/api/v1/recognitions/${id}`, officer))
      .json()
      .evidence.map((x: { id: string }) => x.id)
      .sort();
    // The office saw a master's degree: that is confirmed, and the later claim stays beside it.
    expect(after.get('highestDegree')).toMatchObject({
      status: 'contradicted',
      declared: 'doctorate',
      verified: 'master',
      confirmation: { source: 'review', actorRole: 'officer' },
    });
    expect([...after.get('highestDegree')!.confirmation!.evidenceIds].sort()).toEqual(caseEvidence);
    expect(after.get('schoolTier')).toMatchObject({ status: 'verified', verified: 'double_first_class', confirmation: { actorRole: 'officer' } });
    // 人社局 confirmed the employment and the 66 months it found, not the 70 declared.
    expect(after.get('employerId')).toMatchObject({
      status: 'verified',
      verified: e!.id,
      confirmation: { source: 'review', actorRole: 'reviewer', department: 'rsj' },
    });
    expect(after.get('socialInsuranceMonths')).toMatchObject({
      status: 'contradicted',
      declared: 70,
      verified: 66,
      confirmation: { actorRole: 'reviewer', department: 'rsj' },
    });
    // Who exactly stays in the provenance records; the talent is not told the person.
    const records = await latestRecords(ctx.db, reg.talentId);
    expect(records.get('highestDegree')?.actorUserId).toBe(officer.id);
    expect(records.get('socialInsuranceMonths')?.actorUserId).toBe(reviewer.id);
    expect(after.get('employerId')!.confirmation).not.toHaveProperty('actorUserId');
    // A field the talent left empty is not confirmed.
    expect(after.get('titleDate')).toMatchObject({ status: 'declared', declared: null, verified: null });
  });

  it('shows staff what the proposed tier rests on — the facts with their status and the classification rows tried — and the talent neither', async () => {
    const [e] = await ctx.db.select({ id: employers.id }).from(employers).orderBy(asc(employers.id)).limit(1);
    const reg = await registerTalentWithProfile(app, e!.id, { socialInsuranceMonths: 70 });
    const talent: Who = { login: reg.mobile, password: 'Passw0rd-1' };
    const reviewer = await createTestAccount(ctx, 'reviewer');
    const officer = await createTestAccount(ctx, 'officer');
    const id = await approvedRecognition(app, { talent: await cookieOf(talent), hr: await cookieOf(reviewer), office: await cookieOf(officer) }, 70);

    const seen = (await call('GET', `/api/v1/recognitions/${id}`, reviewer)).json();
    expect(seen.facts.find((f: TalentFact) => f.field === 'highestDegree')).toMatchObject({ status: 'declared', declared: 'master' });
    // Rows tried in order, the last one the tier proposed; each names the facts it reads.
    const trace = seen.trace as { text: { zh: string }; pass: boolean; expr: string; facts: { field: string; status: string }[] }[];
    expect(trace.length).toBeGreaterThan(1);
    expect(trace.at(-1)).toMatchObject({ pass: true, expr: expect.stringMatching(new RegExp(`^${seen.proposedTier}: `)) });
    expect(trace.slice(0, -1).every((c) => !c.pass)).toBe(true);
    expect(trace.at(-1)!.facts.map((f) => f.field)).toContain('highestDegree');
    const own = (await call('GET', `/api/v1/recognitions/${id}`, talent)).json();
    expect(own).not.toHaveProperty('facts');
    expect(own).not.toHaveProperty('trace');
  });
});
