/**
 * The harness of the applications' integration tests: a fresh database with the pack, an
 * employer, reviewers of 人社局, 财政局 and 科技局 and an officer; calls as any of them; the
 * counts a refused request must leave untouched; eligible talents with their files and their
 * 安家补贴 (settle-allowance, 人社局 → 财政局) applications. Not used by production code.
 */
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, registerTestEmployer, sessionCookies, type TestAccount } from '../auth/testing.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { registerTalentWithProfile, uploadEvidence } from '../recognition/recognition-testing.js';
import { queryRows } from '../db/rows.js';

/** A tier-D doctor who arrived in 2025 with 10 months of social insurance: 安家补贴 (settle-allowance, 人社局 → 财政局). */
export const ELIGIBLE = { highestDegree: 'doctorate', graduationDate: '2025-06-30', arrivalDate: '2025-09-01', socialInsuranceMonths: 10 };

/** Who signs in. */
export type Who = { login: string; password: string };

/** The harness; `open` in `beforeAll`, `close` in `afterAll`. */
export function applicationsHarness() {
  const h = {
    ctx: undefined as unknown as TestContext,
    app: undefined as unknown as FastifyInstance,
    employerId: '',
    rsj: undefined as unknown as TestAccount,
    czj: undefined as unknown as TestAccount,
    kjj: undefined as unknown as TestAccount,
    officer: undefined as unknown as TestAccount,
  };
  const cookieOf = sessionCookies(
    () => h.app,
    () => h.ctx.clock.now(),
  );
  const call = async (method: 'GET' | 'POST', url: string, who?: Who, payload?: object) =>
    h.app.inject({ method, url, ...(who ? { headers: { cookie: await cookieOf(who) } } : {}), ...(payload ? { payload } : {}) });

  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(h.ctx.db, q);

  /** Everything a refused request must leave untouched. */
  async function snapshot() {
    const [c] = await rows<{
      apps: number;
      versions: number;
      steps: number;
      evidence: number;
      notifications: number;
      audit: number;
      entitlements: number;
      recognitions: number;
      approvals: number;
    }>(sql`select
      (select count(*)::int from applications) apps,
      (select coalesce(sum(version), 0)::int from applications) versions,
      (select count(*)::int from application_steps) steps,
      (select count(*)::int from application_evidence) evidence,
      (select count(*)::int from notifications) notifications,
      (select count(*)::int from audit_log) audit,
      (select count(*)::int from entitlements) entitlements,
      (select count(*)::int from recognitions) recognitions,
      (select count(*)::int from second_approvals) approvals`);
    return c!;
  }

  const upload = async (who: Who, kind: string, tag: string): Promise<string> => uploadEvidence(h.app, await cookieOf(who), kind, tag);

  /** A talent eligible for settle-allowance with the files it needs on file. */
  async function eligibleTalent(name: string) {
    const reg = await registerTalentWithProfile(h.app, h.employerId, ELIGIBLE, name);
    const who = { login: reg.mobile, password: 'Passw0rd-1' };
    const tierCert = await upload(who, 'honor_proof', reg.talentId);
    await upload(who, 'employment_contract', reg.talentId);
    await upload(who, 'social_insurance_record', reg.talentId);
    return { ...reg, who, tierCert };
  }

  async function applySettle(t: { who: Who; tierCert: string }) {
    const res = await call('POST', '/api/v1/applications', t.who, { policyId: 'settle-allowance', evidence: [{ requirement: 0, evidenceId: t.tierCert }] });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  /** Opens the database (`env` sets configuration) with the pack, an employer and the staff. */
  async function open(env: Record<string, string> = {}) {
    h.ctx = await createTestContext({ now: '2026-07-15T02:00:00Z', env }); // Wednesday 10:00 in Zhuzhou
    h.app = await buildApp({ ctx: h.ctx, logger: false });
    await seedPolicyPack(h.ctx);
    h.employerId = (await registerTestEmployer(h.app, 77)).employerId;
    h.rsj = await createTestAccount(h.ctx, 'reviewer', { department: 'rsj' });
    h.czj = await createTestAccount(h.ctx, 'reviewer', { department: 'czj' });
    h.kjj = await createTestAccount(h.ctx, 'reviewer', { department: 'kjj' });
    h.officer = await createTestAccount(h.ctx, 'officer', { department: 'rcb' });
  }

  async function close() {
    await h.app.close();
    await h.ctx.close();
  }

  return Object.assign(h, { cookieOf, call, rows, snapshot, upload, eligibleTalent, applySettle, open, close });
}
