import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { buildApp } from '../app.js';
import type { Principal } from '../http/access.js';
import { auditLog } from '../audit/audit.table.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount } from '../auth/testing.js';
import { seedPolicyPack } from './policy.service.js';

const principal = (over: Partial<Principal>): Principal => ({
  userId: '',
  role: 'officer',
  displayName: 'Officer',
  department: 'rcb',
  talentId: null,
  employerId: null,
  via: 'token',
  credentialId: 'c1',
  ...over,
});

/** A doctor (tier D) who arrived 8 months before 2026-03-01, employed in the city. */
const doctor = {
  id: 'p1',
  birthDate: '1990-05-01',
  highestDegree: 'doctorate',
  graduationDate: '2025-06-30',
  employerId: 'e1',
  employer: { chain: 'rail', kind: 'enterprise', district: '天元区', flags: ['high_tech'] },
  arrivalDate: '2026-01-01',
  socialInsuranceMonths: 8,
};

describe('policy versions', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let v1Yaml: string;
  /** The officer who requests publications, the second officers who approve them, an auditor. */
  const principals = new Map<string, Principal>();
  const idOf = (who: string) => principals.get(who)!.userId;
  const as = (who: string) => ({ 'x-test-user': who });
  const post = (url: string, payload: unknown, who = 'officer') => app.inject({ method: 'POST', url, payload: payload as object, headers: as(who) });
  const get = (url: string, who = 'officer') => app.inject({ method: 'GET', url, headers: as(who) });
  /** Approves the pending publication of a version as `who`. */
  const approvePublication = async (policyId: string, version: number, who = 'officer2') => {
    const pending = (await get(`/api/v1/policies/${policyId}/versions/${version}`)).json().pendingPublication;
    expect(pending, `a pending publication of ${policyId} v${version}`).toBeTruthy();
    return post(`/api/v1/approvals/${pending.approvalId}/approve`, {}, who);
  };
  const amountD = async (at: string) => {
    const res = await post('/api/v1/calculator', { at, profile: doctor });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const settle = [...body.granted, ...body.displaced, ...body.notMet].find((b: { policy: string }) => b.policy === 'settle-allowance');
    return { amountFen: settle.amountFen as number, version: settle.version as number, versions: body.versions as string[] };
  };

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
    for (const [who, role] of [
      ['officer', 'officer'],
      ['officer2', 'officer'],
      ['officer3', 'officer'],
      ['auditor', 'auditor'],
    ] as const) {
      const account = await createTestAccount(ctx, role, { displayName: who });
      principals.set(who, principal({ userId: account.id, role, displayName: who, department: role === 'officer' ? 'rcb' : null }));
    }
    app = await buildApp({ ctx, logger: false, authenticate: async (req) => principals.get(String(req.headers['x-test-user'])) ?? null });
    expect(await seedPolicyPack(ctx)).toBeGreaterThanOrEqual(4);
    v1Yaml = (await get('/api/v1/policies/settle-allowance/versions/1')).json().yaml;
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('seeds the pack once as version 1, published from each policy’s effective date', async () => {
    expect(await seedPolicyPack(ctx)).toBe(0);
    const res = await get('/api/v1/policies');
    expect(res.statusCode).toBe(200);
    const settle = res.json().items.find((p: { id: string }) => p.id === 'settle-allowance');
    expect(settle).toMatchObject({ kind: 'policy', inForceVersion: 1, latestVersion: 1, pillar: 'attract', title: { zh: '高层次人才安家补贴' } });
    expect(res.json().items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['classification', 'exclusive-groups']));
    const versions = (await get('/api/v1/policies/settle-allowance/versions')).json().items;
    expect(versions).toEqual([expect.objectContaining({ version: 1, status: 'published', effectiveFrom: '2024-01-01', inForce: true })]);
    expect(versions[0].examples.failed).toBe(0);
  });

  it('rejects a draft with an error with its line and column, and stores nothing', async () => {
    const lines = v1Yaml.split('\n');
    const at = lines.findIndex((l) => l.includes('socialInsuranceMonths >= params.minSocialInsuranceMonths'));
    expect(at).toBeGreaterThan(0);
    const broken = v1Yaml.replace('socialInsuranceMonths >= params', 'socialInsuranceMonth >= params');
    const res = await post('/api/v1/policies/settle-allowance/versions', { yaml: broken });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('BOLE_POLICY_INVALID');
    expect(body.detailZh).toContain(`第 ${at + 1} 行`);
    expect(body.errors[0]).toMatchObject({ field: 'yaml', line: at + 1 });
    expect(body.errors[0].column).toBeGreaterThan(lines[at]!.indexOf('socialInsuranceMonth'));
    expect(body.errors[0].message).toMatch(/socialInsuranceMonth/);

    const syntax = await post('/api/v1/policies/settle-allowance/versions', { yaml: 'id: settle-allowance\ntitle: { zh: x\n' });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().errors[0].line).toBeGreaterThanOrEqual(2);

    const wrongId = await post('/api/v1/policies/settle-allowance/versions', { yaml: v1Yaml.replace('id: settle-allowance', 'id: settle-allowance-2') });
    expect(wrongId.statusCode).toBe(400);
    expect(wrongId.json().errors.some((e: { message: string; line: number }) => /id must be "settle-allowance"/.test(e.message) && e.line === 1)).toBe(true);

    const versions = (await get('/api/v1/policies/settle-allowance/versions')).json().items;
    expect(versions).toHaveLength(1);
  });

  it('validates without storing', async () => {
    const ok = await post('/api/v1/policies/settle-allowance/validate', { yaml: v1Yaml });
    expect(ok.json()).toEqual({ ok: true, kind: 'policy', errors: [] });
    const bad = await post('/api/v1/policies/settle-allowance/validate', { yaml: v1Yaml.replace('period: once', 'period: weekly') });
    expect(bad.statusCode).toBe(200);
    expect(bad.json().ok).toBe(false);
    expect(bad.json().errors[0].line).toBe(v1Yaml.split('\n').findIndex((l) => l.includes('period: once')) + 1);
  });

  it('rejects a misspelt top-level key and an empty document in validation exactly as saving does', async () => {
    const misspelt = v1Yaml.replace(/^eligibility:/m, 'eligibilty:');
    const line = misspelt.split('\n').findIndex((l) => l.startsWith('eligibilty:')) + 1;
    const checked = (await post('/api/v1/policies/settle-allowance/validate', { yaml: misspelt })).json();
    expect(checked.ok).toBe(false);
    expect(checked.errors).toContainEqual(expect.objectContaining({ line, message: '(document): unknown key "eligibilty" (did you mean "eligibility"?)' }));
    expect(checked.errors).toContainEqual(expect.objectContaining({ message: 'eligibility: is required' }));
    const saved = await post('/api/v1/policies/settle-allowance/versions', { yaml: misspelt });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().errors).toEqual(checked.errors);

    const empty = (await post('/api/v1/policies/settle-allowance/validate', { yaml: '' })).json();
    expect(empty).toMatchObject({ ok: false, errors: [expect.objectContaining({ line: 1, message: '(document): is empty' })] });
    const blank = (await post('/api/v1/policies/settle-allowance/validate', { yaml: '  \n' })).json();
    expect(blank.errors.map((e: { message: string }) => e.message)).toEqual(['(document): is empty']);
  });

  it('blocks publication while an example fails, naming it', async () => {
    const raised = v1Yaml.replace('D: 150000 }', 'D: 200000 }');
    expect(raised).not.toBe(v1Yaml);
    const created = await post('/api/v1/policies/settle-allowance/versions', { yaml: raised });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ version: 2, status: 'draft', effectiveFrom: null, inForce: false });

    const run = await post('/api/v1/policies/settle-allowance/versions/2/run-examples', {});
    expect(run.statusCode).toBe(200);
    expect(run.json().failed).toBe(1);
    const failed = run.json().results.find((r: { passed: boolean }) => !r.passed);
    expect(failed.name).toMatch(/150,000/);
    expect(failed.mismatches.join()).toMatch(/amountFen: expected 15000000, got 20000000/);

    const publish = await post('/api/v1/policies/settle-allowance/versions/2/publish', { effectiveFrom: '2026-08-01' });
    expect(publish.statusCode).toBe(422);
    expect(publish.json()).toMatchObject({ code: 'BOLE_POLICY_EXAMPLES_FAILED' });
    expect(publish.json().detail).toContain('tier D doctor arrived 8 months ago gets 150,000');
    expect((await get('/api/v1/policies/settle-allowance/versions/2')).json().status).toBe('draft');
  });

  it('publishes a valid version from a date once a second officer approves; evaluation before and after that date uses the right version', async () => {
    const raised = v1Yaml
      .replace('D: 150000 }', 'D: 200000 }')
      .replace('gets 150,000', 'gets 200,000')
      .replace('amountFen: 15000000, months: 1, valueFen: 15000000', 'amountFen: 20000000, months: 1, valueFen: 20000000');
    const created = await post('/api/v1/policies/settle-allowance/versions', { yaml: raised });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().version).toBe(3);

    const past = await post('/api/v1/policies/settle-allowance/versions/3/publish', { effectiveFrom: '2026-07-01' });
    expect(past.statusCode).toBe(422);
    expect(past.json()).toMatchObject({ code: 'BOLE_POLICY_EFFECTIVE_DATE', errors: [{ field: 'effectiveFrom' }] });

    const before = await amountD('2026-07-31');
    expect(before).toMatchObject({ amountFen: 15_000_000, version: 1 });

    // Requested by one officer: checked, but nothing is published until a second officer approves.
    const requested = await post('/api/v1/policies/settle-allowance/versions/3/publish', { effectiveFrom: '2026-08-01', reason: '标准上调' });
    expect(requested.statusCode, requested.body).toBe(202);
    expect(requested.json()).toMatchObject({
      version: 3,
      status: 'draft',
      pendingPublication: { effectiveFrom: '2026-08-01', requestedBy: idOf('officer'), requestedByName: 'officer', requestedByYou: true, reason: '标准上调' },
    });
    expect((await get('/api/v1/policies/settle-allowance/versions', 'officer2')).json().items[2].pendingPublication).toMatchObject({ requestedByYou: false });
    expect(await amountD('2026-08-01')).toMatchObject({ amountFen: 15_000_000, version: 1 });
    const own = await approvePublication('settle-allowance', 3, 'officer');
    expect([own.statusCode, own.json().code]).toEqual([403, 'BOLE_SAME_OFFICER']);
    expect((await get('/api/v1/policies/settle-allowance/versions/3')).json().status).toBe('draft');

    const approved = await approvePublication('settle-allowance', 3);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ kind: 'policy_publish', status: 'approved', madeBy: idOf('officer'), checkedBy: idOf('officer2') });
    const published = await get('/api/v1/policies/settle-allowance/versions/3');
    expect(published.json()).toMatchObject({
      version: 3,
      status: 'published',
      effectiveFrom: '2026-08-01',
      publishedBy: idOf('officer'),
      inForce: false,
      pendingPublication: null,
    });
    expect(published.json().examples).toMatchObject({ failed: 0 });

    expect(await amountD('2026-07-31')).toMatchObject({ amountFen: 15_000_000, version: 1 });
    const after = await amountD('2026-08-01');
    expect(after).toMatchObject({ amountFen: 20_000_000, version: 3 });
    expect(after.versions).toContain('settle-allowance@3');

    const again = await post('/api/v1/policies/settle-allowance/versions/3/publish', { effectiveFrom: '2026-09-01' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('BOLE_POLICY_NOT_DRAFT');

    const list = (await get('/api/v1/policies')).json().items.find((p: { id: string }) => p.id === 'settle-allowance');
    expect(list).toMatchObject({ inForceVersion: 1, latestVersion: 3, scheduledVersions: [{ version: 3, effectiveFrom: '2026-08-01' }], draftVersions: [2] });

    const [entry] = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'policy.version.publish'));
    expect(entry).toMatchObject({
      actorId: idOf('officer2'),
      entityId: 'settle-allowance',
      detail: { version: 3, effectiveFrom: '2026-08-01', requestedBy: idOf('officer'), approvedBy: idOf('officer2') },
    });
    const [approval] = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'approval.approve'));
    expect(approval).toMatchObject({
      actorId: idOf('officer2'),
      detail: {
        kind: 'policy_publish',
        subject: 'settle-allowance@3',
        madeBy: idOf('officer'),
        madeByName: 'officer',
        checkedBy: idOf('officer2'),
        checkedByName: 'officer2',
      },
    });
  });

  it('two second officers approving the same publication at once: one wins, the other gets 409', async () => {
    const draft = await post('/api/v1/policies/classification/versions', { yaml: (await get('/api/v1/policies/classification/versions/1')).json().yaml });
    expect(draft.statusCode, draft.body).toBe(201);
    const v = draft.json().version;
    expect((await post(`/api/v1/policies/classification/versions/${v}/publish`, { effectiveFrom: '2026-10-01' })).statusCode).toBe(202);
    const { approvalId } = (await get(`/api/v1/policies/classification/versions/${v}`)).json().pendingPublication;
    const results = await Promise.all([
      post(`/api/v1/approvals/${approvalId}/approve`, {}, 'officer2'),
      post(`/api/v1/approvals/${approvalId}/approve`, {}, 'officer3'),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const published = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'policy.version.publish'));
    expect(published.filter((e) => e.entityId === 'classification')).toHaveLength(1);
  });

  it('keeps earlier versions readable', async () => {
    const v1 = await get('/api/v1/policies/settle-allowance/versions/1', 'auditor');
    expect(v1.statusCode).toBe(200);
    expect(v1.json()).toMatchObject({ version: 1, status: 'published', yaml: v1Yaml, inForce: true });
    expect(v1.json().parsed.id).toBe('settle-allowance');
    expect((await get('/api/v1/policies/settle-allowance/versions/9')).statusCode).toBe(404);
    expect((await get('/api/v1/policies/no-such-policy/versions')).statusCode).toBe(404);
  });

  it('a later publication must come after the scheduled one; a draft can be retired', async () => {
    const early = await post('/api/v1/policies/settle-allowance/versions', { yaml: v1Yaml });
    expect(early.json().version).toBe(4);
    const res = await post('/api/v1/policies/settle-allowance/versions/4/publish', { effectiveFrom: '2026-07-20' });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('2026-08-01');
    const retired = await post('/api/v1/policies/settle-allowance/versions/2/retire', {});
    expect(retired.statusCode).toBe(200);
    expect(retired.json().status).toBe('retired');
    expect((await post('/api/v1/policies/settle-allowance/versions/2/publish', { effectiveFrom: '2026-12-01' })).statusCode).toBe(409);
    expect((await post('/api/v1/policies/settle-allowance/versions/1/retire', {})).statusCode).toBe(409);
  });

  it('runs every check again at approval: a request whose date has passed is refused with the reason; a rejection publishes nothing', async () => {
    const next = await post('/api/v1/policies/settle-allowance/versions', { yaml: v1Yaml });
    const v = next.json().version as number;
    expect((await post(`/api/v1/policies/settle-allowance/versions/${v}/publish`, { effectiveFrom: '2026-09-01' })).statusCode).toBe(202);
    ctx.clock.set('2026-09-02T02:00:00Z');
    const late = await approvePublication('settle-allowance', v);
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'BOLE_POLICY_EFFECTIVE_DATE', errors: [{ field: 'effectiveFrom' }] });
    const still = (await get(`/api/v1/policies/settle-allowance/versions/${v}`)).json();
    expect(still).toMatchObject({ status: 'draft', pendingPublication: { effectiveFrom: '2026-09-01' } });

    const rejected = await post(`/api/v1/approvals/${still.pendingPublication.approvalId}/reject`, { note: '生效日期已过，请重新申请' }, 'officer2');
    expect(rejected.json()).toMatchObject({ status: 'rejected', note: '生效日期已过，请重新申请' });
    expect((await get(`/api/v1/policies/settle-allowance/versions/${v}`)).json()).toMatchObject({ status: 'draft', pendingPublication: null });
  });

  it('retiring a draft closes its publication request: nothing is left for the second officer to approve', async () => {
    const v = (await post('/api/v1/policies/settle-allowance/versions', { yaml: v1Yaml })).json().version as number;
    expect((await post(`/api/v1/policies/settle-allowance/versions/${v}/publish`, { effectiveFrom: '2026-11-02' })).statusCode).toBe(202);
    const approvalId = (await get(`/api/v1/policies/settle-allowance/versions/${v}`)).json().pendingPublication.approvalId as string;
    expect((await post(`/api/v1/policies/settle-allowance/versions/${v}/retire`, {})).json()).toMatchObject({ status: 'retired', pendingPublication: null });
    const request = (await get(`/api/v1/approvals/${approvalId}`, 'officer2')).json();
    expect(request).toMatchObject({ status: 'withdrawn', checkedBy: idOf('officer'), note: '版本已停用 / the version was retired' });
    const pending = (await get('/api/v1/approvals', 'officer2')).json().items as { id: string }[];
    expect(pending.map((r) => r.id)).not.toContain(approvalId);
    expect((await post(`/api/v1/approvals/${approvalId}/approve`, {}, 'officer2')).statusCode).toBe(409);
  });
});
