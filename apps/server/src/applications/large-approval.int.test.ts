/**
 * Four eyes on large applications (ADR 0015): the final approval of 安家补贴 (¥150,000, 人社局 →
 * 财政局) above the threshold waits for a second 财政局 reviewer; at the threshold one approval
 * grants it. The threshold is read at each decision, so the tests move it on the context as a
 * restart with another BOLE_SECOND_APPROVAL_ABOVE_FEN would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAccount, type TestAccount } from '../auth/testing.js';
import { applicationsHarness, type Who } from './application-testing.js';

/** 安家补贴 for a tier-D doctor: ¥150,000 once. */
const VALUE_FEN = 15_000_000;

describe('large applications need a second approver of the department', () => {
  const h = applicationsHarness();
  const { call, cookieOf, rows, snapshot, eligibleTalent, applySettle } = h;
  let czj2: TestAccount;
  const decision = (id: string, who: Who, body: object) => call('POST', `/api/v1/review/applications/${id}/decision`, who, body);

  /** A settle-allowance application approved by 人社局, now with 财政局. */
  async function atFinance(name: string) {
    const t = await eligibleTalent(name);
    const { id } = await applySettle(t);
    const passed = await decision(id, h.rsj, { decision: 'approve' });
    expect(passed.json()).toMatchObject({ status: 'in_review', department: 'czj' });
    return { ...t, id };
  }

  /** A settle-allowance application first-approved by `h.czj`, with its pending request's id. */
  async function firstApproved(name: string) {
    const t = await atFinance(name);
    const first = await decision(t.id, h.czj, { decision: 'approve' });
    expect(first.statusCode, first.body).toBe(200);
    return { ...t, approvalId: first.json().pendingSecondApproval.approvalId as string };
  }

  const entitlementsOf = (id: string) => rows<{ id: string }>(sql`select id from entitlements where application_id = ${id}`);

  beforeAll(async () => {
    await h.open();
    czj2 = await createTestAccount(h.ctx, 'reviewer', { department: 'czj', displayName: '财政局复核员' });
  });
  afterAll(() => h.close());

  it('reads the threshold from BOLE_SECOND_APPROVAL_ABOVE_FEN, ¥50,000 by default', () => {
    expect(h.ctx.config.secondApprovalAboveFen).toBe(5_000_000);
  });

  it('at the threshold itself one approval grants the benefit', async () => {
    h.ctx.config.secondApprovalAboveFen = VALUE_FEN;
    const t = await atFinance('钱恰好');
    const res = await decision(t.id, h.czj, { decision: 'approve' });
    expect(res.json()).toMatchObject({ status: 'approved', pendingSecondApproval: null });
    expect(await entitlementsOf(t.id)).toHaveLength(1);
    expect(await rows(sql`select id from second_approvals where subject = ${t.id}`)).toEqual([]);
  });

  it('a fen above it, the first approval grants nothing; only a different 财政局 reviewer completes it; the audit names both', async () => {
    h.ctx.config.secondApprovalAboveFen = VALUE_FEN - 1;
    const t = await atFinance('孙复核');
    const first = await decision(t.id, h.czj, { decision: 'approve' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'in_review',
      department: 'czj',
      entitlementId: null,
      canDecide: false,
      pendingSecondApproval: { firstApprovedByYou: true, thresholdFen: VALUE_FEN - 1 },
    });
    const approvalId = first.json().pendingSecondApproval.approvalId as string;
    expect(await entitlementsOf(t.id)).toEqual([]);
    // Nothing confirmed yet: the facts stay the talent's declarations.
    const facts = (await call('GET', '/api/v1/talents/me/facts', t.who)).json().facts as { field: string; status: string }[];
    expect(facts.find((f) => f.field === 'socialInsuranceMonths')!.status).toBe('declared');
    // The timeline (the talent's and the reviewer's) shows it awaiting a second approver.
    const mine = (await call('GET', `/api/v1/applications/${t.id}`, t.who)).json();
    expect(mine.steps.map((s: { action: string }) => s.action)).toEqual(['submit', 'approve', 'first_approval']);
    const forOther = (await call('GET', `/api/v1/review/applications/${t.id}`, czj2)).json();
    expect(forOther).toMatchObject({
      canDecide: true,
      pendingSecondApproval: { approvalId, firstApprovedByYou: false, firstApprovedByName: expect.any(String) },
    });

    // The 待复核 list: the second reviewer may check it, its maker may not, other departments do not see it.
    const listed = async (who: Who) => (await call('GET', '/api/v1/approvals', who)).json().items.filter((i: { id: string }) => i.id === approvalId);
    expect(await listed(czj2)).toMatchObject([{ kind: 'application', scope: 'czj', mayCheck: true, madeByYou: false, change: { valueFen: VALUE_FEN } }]);
    expect(await listed(h.czj)).toMatchObject([{ mayCheck: false, madeByYou: true }]);
    expect(await listed(h.rsj)).toEqual([]);

    // Refused, and nothing changes: the first approver again (either way in), another department, an officer.
    await Promise.all([h.czj, h.rsj, h.officer].map((w) => cookieOf(w)));
    const before = await snapshot();
    const again = await decision(t.id, h.czj, { decision: 'approve' });
    expect([again.statusCode, again.json().code]).toEqual([403, 'BOLE_SAME_OFFICER']);
    const viaList = await call('POST', `/api/v1/approvals/${approvalId}/approve`, h.czj, {});
    expect([viaList.statusCode, viaList.json().code]).toEqual([403, 'BOLE_SAME_OFFICER']);
    expect((await decision(t.id, h.czj, { decision: 'reject', reason: '改变主意' })).statusCode).toBe(403);
    for (const w of [h.rsj, h.officer]) {
      const r = await call('POST', `/api/v1/approvals/${approvalId}/approve`, w, {});
      expect([r.statusCode, r.json().code]).toEqual([403, 'BOLE_APPROVAL_NOT_IN_REMIT']);
    }
    expect(await snapshot()).toEqual(before);

    const second = await decision(t.id, czj2, { decision: 'approve', expectedVersion: forOther.version });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ status: 'approved', pendingSecondApproval: null });
    const [ent] = await entitlementsOf(t.id);
    expect(second.json().entitlementId).toBe(ent!.id);
    const after = (await call('GET', '/api/v1/talents/me/facts', t.who)).json().facts as { field: string; status: string }[];
    expect(after.find((f) => f.field === 'socialInsuranceMonths')!.status).toBe('verified');

    const [entry] = await rows<{ actor_id: string; detail: Record<string, unknown> }>(
      sql`select actor_id, detail from audit_log where action = 'approval.approve' and entity_id = ${approvalId}`,
    );
    expect(entry).toMatchObject({
      actor_id: czj2.id,
      detail: { kind: 'application', subject: t.id, madeBy: h.czj.id, checkedBy: czj2.id, checkedByName: '财政局复核员', outcome: { entitlementId: ent!.id } },
    });
    expect(entry!.detail.madeByName).toBeTruthy();
    const steps = (await call('GET', `/api/v1/applications/${t.id}`, t.who)).json().steps as { action: string; detail: Record<string, unknown> }[];
    expect(steps.map((s) => s.action)).toEqual(['submit', 'approve', 'first_approval', 'approve']);
    expect(steps[3]!.detail).toMatchObject({ firstApprovedBy: h.czj.id, approval: approvalId });
    expect((await call('POST', `/api/v1/approvals/${approvalId}/approve`, czj2, {})).json().code).toBe('BOLE_APPROVAL_NOT_PENDING');
    expect((await h.ctx.audit.verify()).ok).toBe(true);
  });

  it('the second reviewer may return it or reject it instead; nothing is granted', async () => {
    h.ctx.config.secondApprovalAboveFen = 5_000_000;
    const returned = await firstApproved('周退回');
    const back = await decision(returned.id, czj2, { decision: 'return', reason: '请补充完整的社保缴费记录' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'returned', lastReason: '请补充完整的社保缴费记录', pendingSecondApproval: null });
    const request = (await call('GET', `/api/v1/approvals/${returned.approvalId}`, czj2)).json();
    expect(request).toMatchObject({ status: 'rejected', note: '请补充完整的社保缴费记录', checkedBy: czj2.id });
    // Resubmitted, it needs two approvals again: this time 财政局's other reviewer approves first.
    expect((await call('POST', `/api/v1/applications/${returned.id}/resubmit`, returned.who, {})).statusCode).toBe(200);
    expect((await decision(returned.id, czj2, { decision: 'approve' })).json()).toMatchObject({
      status: 'in_review',
      pendingSecondApproval: { firstApprovedByYou: true },
    });
    expect((await decision(returned.id, h.czj, { decision: 'approve' })).json()).toMatchObject({ status: 'approved' });
    expect(await entitlementsOf(returned.id)).toHaveLength(1);

    const rejected = await firstApproved('吴驳回');
    const blank = await call('POST', `/api/v1/approvals/${rejected.approvalId}/reject`, czj2, { note: ' ' });
    expect([blank.statusCode, blank.json().errors[0].field]).toEqual([400, 'note']);
    const no = await call('POST', `/api/v1/approvals/${rejected.approvalId}/reject`, czj2, { note: '金额与预算安排不符' });
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json()).toMatchObject({ status: 'rejected', note: '金额与预算安排不符' });
    const closed = (await call('GET', `/api/v1/review/applications/${rejected.id}`, czj2)).json();
    expect(closed).toMatchObject({ status: 'rejected', lastReason: '金额与预算安排不符', entitlementId: null });
    expect(await entitlementsOf(rejected.id)).toEqual([]);
  });

  it('the first approver may withdraw the first approval; the application is theirs to decide again', async () => {
    const t = await firstApproved('郑撤回');
    const notTheirs = await call('POST', `/api/v1/approvals/${t.approvalId}/withdraw`, czj2, {});
    expect([notTheirs.statusCode, notTheirs.json().code]).toEqual([403, 'BOLE_APPROVAL_NOT_MAKER']);
    const withdrawn = await call('POST', `/api/v1/approvals/${t.approvalId}/withdraw`, h.czj, {});
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    const page = (await call('GET', `/api/v1/review/applications/${t.id}`, h.czj)).json();
    expect(page).toMatchObject({ status: 'in_review', department: 'czj', canDecide: true, pendingSecondApproval: null });
    expect(await entitlementsOf(t.id)).toEqual([]);
    // The talent's timeline says so, and the talent is told.
    const mine = (await call('GET', `/api/v1/applications/${t.id}`, t.who)).json();
    expect(mine.steps.map((s: { action: string }) => s.action)).toEqual(['submit', 'approve', 'first_approval', 'first_approval_withdrawn']);
    expect(mine.steps[3]).toMatchObject({ actorRole: 'reviewer', detail: { approval: t.approvalId } });
    const inbox = (await call('GET', '/api/v1/notifications', t.who)).json().items as { kind: string }[];
    expect(inbox.map((n) => n.kind)).toContain('application.first_approval_withdrawn');
  });
});
