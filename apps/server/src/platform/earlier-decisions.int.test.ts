/**
 * An instance whose recognitions and applications were decided before facts had provenance:
 * on its next start every fact is the talent's declaration, except those a granted recognition
 * or an approved application confirmed — recorded once as reviewed, by the deciding reviewer, on
 * the case's evidence — and what a department confirmed since stays as it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { asc, sql } from 'drizzle-orm';
import type { ApplicationDetail, TalentFact } from '@bole/contracts';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookies } from '../auth/testing.js';
import { employers } from '../employers/employer.table.js';
import { latestRecords } from '../facts/fact.repository.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { seedCity } from '../seed/seed-city.js';
import { finalizeDue } from '../recognition/recognition-notice.service.js';
import { approvedRecognition, registerTalentWithProfile, uploadEvidence } from '../recognition/recognition-testing.js';
import { confirmFactsOfEarlierDecisions, EARLIER_DECISIONS_MARKER } from './bootstrap.js';

describe('facts of decisions made before facts had provenance', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  type Who = { login: string; password: string };
  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );
  const call = async (method: 'GET' | 'POST', url: string, who: Who, payload?: object) =>
    app.inject({ method, url, headers: { cookie: await cookieOf(who) }, ...(payload ? { payload } : {}) });
  const upload = async (who: Who, kind: string, tag: string): Promise<string> => uploadEvidence(app, await cookieOf(who), kind, tag);
  const factsOf = async (who: Who) => new Map(((await call('GET', '/api/v1/talents/me/facts', who)).json().facts as TalentFact[]).map((f) => [f.field, f]));

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

  it('confirms once what earlier grants and approvals checked, and keeps what a department confirmed since', async () => {
    const [e] = await ctx.db.select({ id: employers.id }).from(employers).orderBy(asc(employers.id)).limit(1);
    const rsj = await createTestAccount(ctx, 'reviewer', { department: 'rsj' });
    const czj = await createTestAccount(ctx, 'reviewer', { department: 'czj' });
    const czj2 = await createTestAccount(ctx, 'reviewer', { department: 'czj' });
    const officer = await createTestAccount(ctx, 'officer');

    // A recognition granted: 人社局 verified 66 of the 70 months declared, the office the qualifications.
    const a = await registerTalentWithProfile(app, e!.id, { socialInsuranceMonths: 70 }, '张早认定');
    const aWho: Who = { login: a.mobile, password: 'Passw0rd-1' };
    const rec = await approvedRecognition(app, { talent: await cookieOf(aWho), hr: await cookieOf(rsj), office: await cookieOf(officer) }, 66);

    // An application approved by 人社局 and then 财政局, by two of its reviewers as its value needs (settle-allowance reads the employment, arrival and months).
    const b = await registerTalentWithProfile(
      app,
      e!.id,
      { highestDegree: 'doctorate', graduationDate: '2025-06-30', arrivalDate: '2025-09-01', socialInsuranceMonths: 10 },
      '李早申请',
    );
    const bWho: Who = { login: b.mobile, password: 'Passw0rd-1' };
    const proof = await upload(bWho, 'honor_proof', b.talentId);
    for (const kind of ['employment_contract', 'social_insurance_record']) await upload(bWho, kind, b.talentId);
    const applied = await call('POST', '/api/v1/applications', bWho, { policyId: 'settle-allowance', evidence: [{ requirement: 0, evidenceId: proof }] });
    expect(applied.statusCode, applied.body).toBe(201);
    const appId = applied.json().id as string;
    for (const who of [rsj, czj, czj2]) {
      const d = await call('POST', `/api/v1/review/applications/${appId}/decision`, who, { decision: 'approve' });
      expect(d.statusCode, d.body).toBe(200);
    }
    expect((await call('GET', `/api/v1/applications/${appId}`, bWho)).json()).toMatchObject({ status: 'approved' });
    ctx.clock.set('2026-10-20T02:00:00Z');
    expect((await finalizeDue(ctx, null)).granted).toEqual([rec]);

    // The same decisions as an instance made them before facts had provenance: no facts, no snapshots.
    await ctx.db.execute(sql`delete from fact_records`);
    await ctx.db.execute(sql`delete from verified_facts`);
    await ctx.db.execute(sql`update recognition_steps set detail = detail - 'confirms'`);
    await ctx.db.execute(sql`delete from settings where key = ${EARLIER_DECISIONS_MARKER}`);
    expect((await factsOf(aWho)).get('highestDegree')).toMatchObject({ status: 'declared', verified: null });
    // Since then, 人社局's data confirmed talent B's months: that stays.
    await ctx.db.transaction((tx) => recordVerifiedFacts(ctx, tx, b.talentId, { socialInsuranceMonths: 14 }, { source: 'department', department: 'rsj' }));

    expect(await confirmFactsOfEarlierDecisions(ctx)).toEqual({ recognitions: 1, applications: 1 });

    const aFacts = await factsOf(aWho);
    expect(aFacts.get('highestDegree')).toMatchObject({ status: 'verified', verified: 'master', confirmation: { source: 'review', actorRole: 'officer' } });
    expect(aFacts.get('employerId')).toMatchObject({
      status: 'verified',
      verified: e!.id,
      confirmation: { source: 'review', actorRole: 'reviewer', department: 'rsj' },
    });
    expect(aFacts.get('socialInsuranceMonths')).toMatchObject({
      status: 'contradicted',
      declared: 70,
      verified: 66,
      confirmation: { actorRole: 'reviewer', department: 'rsj' },
    });
    // Who exactly is kept in the provenance records (the talent sees the role and department, never the person).
    const confirmer = async (talentId: string, field: string) => (await latestRecords(ctx.db, talentId)).get(field)?.actorUserId;
    expect(await confirmer(a.talentId, 'highestDegree')).toBe(officer.id);
    expect(await confirmer(a.talentId, 'socialInsuranceMonths')).toBe(rsj.id);
    expect(aFacts.get('highestDegree')!.confirmation).not.toHaveProperty('actorUserId');
    expect(aFacts.get('titleDate')).toMatchObject({ status: 'declared', verified: null });
    // Not read by any decision: still only declared.
    expect(aFacts.get('childrenSchoolAge')?.status).toBe('declared');

    const bFacts = await factsOf(bWho);
    const detail = (await call('GET', `/api/v1/applications/${appId}`, bWho)).json() as ApplicationDetail;
    const evidence = detail.requirements.flatMap((r) => r.evidence.map((x) => x.id)).sort();
    // The final approver (财政局's second reviewer) confirmed what the policy's conditions read, on the application's evidence.
    expect(bFacts.get('arrivalDate')).toMatchObject({
      status: 'verified',
      verified: '2025-09-01',
      confirmation: { source: 'review', actorRole: 'reviewer', department: 'czj' },
    });
    expect([...bFacts.get('arrivalDate')!.confirmation!.evidenceIds].sort()).toEqual(evidence);
    expect(bFacts.get('employerId')).toMatchObject({ status: 'verified', verified: e!.id, confirmation: { actorRole: 'reviewer', department: 'czj' } });
    expect(await confirmer(b.talentId, 'arrivalDate')).toBe(czj2.id);
    expect(await confirmer(b.talentId, 'employerId')).toBe(czj2.id);
    // The degree counts only through the tier, which no application confirms.
    expect(bFacts.get('highestDegree')?.status).toBe('declared');
    expect(bFacts.get('socialInsuranceMonths')).toMatchObject({ verified: 14, confirmation: { source: 'department', department: 'rsj' } });

    // Once per instance: the next start fills in nothing, even after a confirmation is withdrawn.
    const records = async () =>
      Number(((await ctx.db.execute(sql`select count(*)::int n from fact_records`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    const before = await records();
    expect(await confirmFactsOfEarlierDecisions(ctx)).toBeNull();
    expect(await records()).toBe(before);
    const [marker] = (
      (await ctx.db.execute(sql`select value from settings where key = ${EARLIER_DECISIONS_MARKER}`)) as unknown as { rows: { value: unknown }[] }
    ).rows;
    expect(marker!.value).toEqual({ recognitions: 1, applications: 1 });
    expect((await ctx.db.execute(sql`select 1 from audit_log where action = 'facts.backfill'`)) as unknown as { rows: unknown[] }).toMatchObject({
      rows: [{}],
    });
  });

  it('on a fresh instance there is nothing to fill in: the marker alone is set', async () => {
    const fresh = await createTestContext({ now: '2026-09-21T02:00:00Z' });
    try {
      expect(await confirmFactsOfEarlierDecisions(fresh)).toEqual({ recognitions: 0, applications: 0 });
      expect(await confirmFactsOfEarlierDecisions(fresh)).toBeNull();
      // Nothing was recorded, so nothing is audited.
      expect(((await fresh.db.execute(sql`select count(*)::int n from audit_log`)) as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
