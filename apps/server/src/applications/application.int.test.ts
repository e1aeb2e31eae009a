import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addWorkingDays } from '../calendar/working-days.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { createTestAccount } from '../auth/testing.js';
import { applicationsHarness } from './application-testing.js';
import { escalateOverdue } from './review.service.js';

describe('applications: apply → 人社局 → 财政局 → entitlement; return, appeal, escalation, bundle', () => {
  const h = applicationsHarness();
  const { call, cookieOf, rows, snapshot, upload, eligibleTalent, applySettle } = h;

  beforeAll(() => h.open());
  afterAll(() => h.close());

  it('runs the whole path: eligibility, evidence reuse, return with paused SLA, two stages, entitlement, notifications', async () => {
    // Not eligible: arrived in 2020. 422 naming the failed condition, nothing written.
    const late = await registerTalentWithProfile(h.app, h.employerId, { highestDegree: 'doctorate' }, '王晚到');
    const lateWho = { login: late.mobile, password: 'Passw0rd-1' };
    await cookieOf(lateWho); // sign-ins are audited: sign in before taking the snapshot
    const before0 = await snapshot();
    const refused = await call('POST', '/api/v1/applications', lateWho, { policyId: 'settle-allowance' });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().code).toBe('BOLE_NOT_ELIGIBLE');
    expect(refused.json().detailZh).toContain('来本市工作未满 3 年');
    expect(await snapshot()).toEqual(before0);
    // An auto policy is not applied for.
    expect((await call('POST', '/api/v1/applications', lateWho, { policyId: 'graduate-living-allowance' })).json().code).toMatch(
      /BOLE_NOT_APPLICABLE|BOLE_NOT_ELIGIBLE/,
    );

    const t = await eligibleTalent('张安家');
    const applicable = await call('GET', '/api/v1/applications/applicable', t.who);
    expect(applicable.statusCode, applicable.body).toBe(200);
    const settle = applicable.json().items.find((p: { policyId: string }) => p.policyId === 'settle-allowance');
    expect(settle).toMatchObject({ department: 'rsj', valueFen: 15_000_000, existingApplicationId: null });
    expect(settle.requirements.map((r: { kind: string | null }) => r.kind)).toEqual(['tier_certificate', 'employment_contract', 'social_insurance_record']);

    // The tier certificate has no evidence kind: without a choice it is missing.
    const before1 = await snapshot();
    const missing = await call('POST', '/api/v1/applications', t.who, { policyId: 'settle-allowance' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'BOLE_EVIDENCE_MISSING', errors: [{ field: 'evidence.0' }] });
    expect(await snapshot()).toEqual(before1);

    const created = await applySettle(t);
    expect(created).toMatchObject({ status: 'in_review', department: 'rsj', dueDate: addWorkingDays('2026-07-15', 5), valueFen: 15_000_000, version: 1 });
    expect(created.requirements.map((r: { evidence: unknown[] }) => r.evidence.length)).toEqual([1, 1, 1]);
    expect(created.steps[0]).toMatchObject({ action: 'submit', detail: { reusedEvidence: 2 } });
    const id = created.id as string;

    // One open application per talent and policy.
    const before2 = await snapshot();
    const dup = await call('POST', '/api/v1/applications', t.who, { policyId: 'settle-allowance', evidence: [{ requirement: 0, evidenceId: t.tierCert }] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('BOLE_APPLICATION_EXISTS');
    expect(await snapshot()).toEqual(before2);

    const mine = (await call('GET', '/api/v1/applications/mine', t.who)).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id, department: 'rsj', departmentName: { zh: '人社局' }, dueDate: '2026-07-22' });
    // Another talent cannot read it.
    expect((await call('GET', `/api/v1/applications/${id}`, lateWho)).statusCode).toBe(404);

    // Queues: 人社局 sees it, 财政局 does not yet.
    const q = (await call('GET', '/api/v1/review/queue', h.rsj)).json();
    expect(q).toMatchObject({ department: 'rsj', total: 1, items: [{ id, dueDate: '2026-07-22', overdue: false, escalated: false }] });
    expect((await call('GET', '/api/v1/review/queue', h.czj)).json().total).toBe(0);

    // Decision page: conditions (engine trace) beside the evidence, profile summary.
    const page = (await call('GET', `/api/v1/review/applications/${id}`, h.rsj)).json();
    expect(page.canDecide).toBe(true);
    expect((await call('GET', `/api/v1/review/applications/${id}`, h.czj)).json().canDecide).toBe(false);
    expect(page.conditions.length).toBeGreaterThan(3);
    expect(page.conditions.every((c: { pass: boolean }) => c.pass)).toBe(true);
    expect(page.profile).toMatchObject({ highestDegree: 'doctorate', socialInsuranceMonths: 10 });
    // Each condition says whether it rests on a declaration or a verified fact (the tier is recognition's, no declaration).
    expect(page.conditions.map((c: { expr: string; facts: unknown[] }) => [c.expr, c.facts])).toEqual([
      ['at >= 2024-01-01', []],
      ['tier in ["A", "B", "C", "D"]', []],
      ['employedInCity', [{ field: 'employerId', status: 'declared' }]],
      ['within(arrivalDate, 3, "years")', [{ field: 'arrivalDate', status: 'declared' }]],
      ['socialInsuranceMonths >= params.minSocialInsuranceMonths', [{ field: 'socialInsuranceMonths', status: 'declared' }]],
    ]);
    const file = await call('GET', `/api/v1/evidence/${page.requirements[1].evidence[0].id}/file`, h.rsj);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    // A department that takes no part in the application cannot download its evidence.
    expect((await call('GET', `/api/v1/evidence/${page.requirements[1].evidence[0].id}/file`, h.kjj)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/review/applications/${id}`, h.kjj)).statusCode).toBe(403);

    // Outside the department: 403, nothing changes.
    await cookieOf(h.kjj);
    const before3 = await snapshot();
    const outside = await call('POST', `/api/v1/review/applications/${id}/decision`, h.kjj, { decision: 'approve' });
    expect(outside.statusCode).toBe(403);
    // A return needs a reason.
    const noReason = await call('POST', `/api/v1/review/applications/${id}/decision`, h.rsj, { decision: 'return' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');
    expect(await snapshot()).toEqual(before3);

    const returned = await call('POST', `/api/v1/review/applications/${id}/decision`, h.rsj, {
      decision: 'return',
      reason: '劳动合同页码不全，请补充完整扫描件',
      expectedVersion: 1,
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      department: null,
      dueDate: null,
      pausedSince: '2026-07-15',
      lastReason: '劳动合同页码不全，请补充完整扫描件',
    });

    // Approving during the pause: 409, nothing changes; not in the queue meanwhile.
    const before4 = await snapshot();
    const paused = await call('POST', `/api/v1/review/applications/${id}/decision`, h.rsj, { decision: 'approve' });
    expect(paused.statusCode).toBe(409);
    expect(paused.json().code).toBe('BOLE_APPLICATION_PAUSED');
    expect((await call('GET', '/api/v1/review/queue', h.rsj)).json().total).toBe(0);
    expect(await snapshot()).toEqual(before4);

    // Two days later (Thu 16, Fri 17 paused) the talent resubmits with a new contract.
    h.ctx.clock.set('2026-07-17T03:00:00Z');
    await Promise.all([cookieOf(h.rsj), cookieOf(h.czj)]);
    const newContract = await upload(t.who, 'employment_contract', `${t.talentId}-v2`);
    const back = await call('POST', `/api/v1/applications/${id}/resubmit`, t.who, { evidence: [{ requirement: 1, evidenceId: newContract }] });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'in_review', department: 'rsj', pausedWorkingDays: 2, dueDate: addWorkingDays('2026-07-15', 7) });
    expect(back.json().requirements[1].evidence.map((e: { id: string }) => e.id)).toEqual([newContract]);
    const v = back.json().version as number;

    // A stale version is refused; the right one moves it to 财政局.
    const stale = await call('POST', `/api/v1/review/applications/${id}/decision`, h.rsj, { decision: 'approve', expectedVersion: v - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('BOLE_STALE_VERSION');
    const approved1 = await call('POST', `/api/v1/review/applications/${id}/decision`, h.rsj, { decision: 'approve', expectedVersion: v });
    expect(approved1.statusCode, approved1.body).toBe(200);
    expect(approved1.json()).toMatchObject({ status: 'in_review', department: 'czj', stageIndex: 1, dueDate: addWorkingDays('2026-07-17', 3) });

    // 人社局 deciding again: 409, nothing changes.
    const before5 = await snapshot();
    const twice = await call('POST', `/api/v1/review/applications/${id}/decision`, h.rsj, { decision: 'approve' });
    expect(twice.statusCode).toBe(409);
    expect(await snapshot()).toEqual(before5);

    // 财政局: two approvals of the version seen, at once — exactly one wins. Above ¥50,000 the
    // winner is a first approval: nothing is granted until a second 财政局 reviewer approves it,
    // and its first approver cannot be that second person.
    const seen = approved1.json().version as number;
    const [a, b] = await Promise.all([
      call('POST', `/api/v1/review/applications/${id}/decision`, h.czj, { decision: 'approve', expectedVersion: seen }),
      call('POST', `/api/v1/review/applications/${id}/decision`, h.czj, { decision: 'approve', expectedVersion: seen }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const first = (a.statusCode === 200 ? a : b).json();
    expect(first).toMatchObject({
      status: 'in_review',
      department: 'czj',
      entitlementId: null,
      canDecide: false,
      pendingSecondApproval: { firstApprovedByYou: true },
    });
    expect(await rows(sql`select id from entitlements where application_id = ${id}`)).toEqual([]);
    const own = await call('POST', `/api/v1/review/applications/${id}/decision`, h.czj, { decision: 'approve' });
    expect([own.statusCode, own.json().code]).toEqual([403, 'BOLE_SAME_OFFICER']);
    const czj2 = await createTestAccount(h.ctx, 'reviewer', { department: 'czj' });
    const second = await call('POST', `/api/v1/review/applications/${id}/decision`, czj2, { decision: 'approve' });
    expect(second.statusCode, second.body).toBe(200);
    const final = second.json();
    expect(final).toMatchObject({ status: 'approved', department: null, dueDate: null, pendingSecondApproval: null });
    expect(final.entitlementId).toBeTruthy();
    const ents = await rows<{ id: string; amount_fen: number; source: string; start_date: string }>(
      sql`select id, amount_fen::int, source, start_date::text from entitlements where application_id = ${id}`,
    );
    expect(ents).toEqual([{ id: final.entitlementId, amount_fen: 15_000_000, source: 'application', start_date: '2026-07-17' }]);

    // The approval confirmed the facts the policy's conditions read, by the final reviewer on the
    // application's evidence; a fact the policy does not read stays a declaration.
    const facts = (await call('GET', '/api/v1/talents/me/facts', t.who)).json().facts as {
      field: string;
      status: string;
      confirmation: { source: string; evidenceIds: string[] } | null;
    }[];
    const fact = (f: string) => facts.find((x) => x.field === f)!;
    for (const f of ['employerId', 'arrivalDate', 'socialInsuranceMonths']) {
      expect(fact(f), f).toMatchObject({ status: 'verified', confirmation: { source: 'review' } });
      expect(fact(f).confirmation!.evidenceIds.length, f).toBeGreaterThan(0);
    }
    expect(fact('highestDegree')).toMatchObject({ status: 'declared', confirmation: null });
    const decided = (await call('GET', `/api/v1/review/applications/${id}`, h.czj)).json();
    expect(decided.conditions.flatMap((c: { facts: { status: string }[] }) => c.facts.map((f) => f.status))).toEqual(['verified', 'verified', 'verified']);

    // The talent's timeline and a notification at every change.
    const detail = (await call('GET', `/api/v1/applications/${id}`, t.who)).json();
    expect(detail.steps.map((s: { action: string }) => s.action)).toEqual(['submit', 'return', 'resubmit', 'approve', 'first_approval', 'approve']);
    expect(detail.steps[1]).toMatchObject({ actorLabel: { zh: '人社局' }, reason: '劳动合同页码不全，请补充完整扫描件' });
    const inbox = (await call('GET', '/api/v1/notifications', t.who))
      .json()
      .items.map((n: { kind: string }) => n.kind)
      .filter((k: string) => k.startsWith('application.'));
    expect(inbox.sort()).toEqual([
      'application.approve',
      'application.approve',
      'application.first_approval',
      'application.resubmit',
      'application.return',
      'application.submit',
    ]);
    // 财政局 was told when it arrived.
    const czjInbox = (await call('GET', '/api/v1/notifications', h.czj)).json().items.map((n: { kind: string }) => n.kind);
    expect(czjInbox).toContain('application.approve');

    // Approved: applying again is a 409.
    expect(
      (await call('POST', '/api/v1/applications', t.who, { policyId: 'settle-allowance', evidence: [{ requirement: 0, evidenceId: t.tierCert }] })).statusCode,
    ).toBe(409);
    expect((await h.ctx.audit.verify()).ok).toBe(true);
  });

  it('a rejection is appealed once to 人才办; the upheld appeal resumes at 财政局', async () => {
    h.ctx.clock.set('2026-07-20T02:00:00Z');
    const t = await eligibleTalent('李申诉');
    const { id } = await applySettle(t);
    const appealTooEarly = await call('POST', `/api/v1/applications/${id}/appeal`, t.who, { reason: '尚未驳回' });
    expect(appealTooEarly.statusCode).toBe(409);
    const rej = await call('POST', `/api/v1/review/applications/${id}/decision`, h.rsj, { decision: 'reject', reason: '社保月数与系统记录不符' });
    expect(rej.statusCode, rej.body).toBe(200);
    expect(rej.json()).toMatchObject({ status: 'rejected', lastReason: '社保月数与系统记录不符' });

    const appealed = await call('POST', `/api/v1/applications/${id}/appeal`, t.who, { reason: '社保记录已更新，请复核' });
    expect(appealed.statusCode, appealed.body).toBe(200);
    expect(appealed.json()).toMatchObject({
      status: 'in_review',
      department: 'rcb',
      onAppeal: true,
      appealed: true,
      dueDate: addWorkingDays('2026-07-20', 10),
    });
    const officeQueue = (await call('GET', '/api/v1/review/queue', h.officer)).json();
    expect(officeQueue).toMatchObject({ department: 'rcb', items: [{ id, onAppeal: true }] });
    // 人社局 cannot decide the appeal.
    expect((await call('POST', `/api/v1/review/applications/${id}/decision`, h.rsj, { decision: 'approve' })).statusCode).toBe(409);

    const upheld = await call('POST', `/api/v1/review/applications/${id}/decision`, h.officer, { decision: 'approve' });
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json()).toMatchObject({ status: 'in_review', department: 'czj', onAppeal: false });
    const rej2 = await call('POST', `/api/v1/review/applications/${id}/decision`, h.czj, { decision: 'reject', reason: '预算额度已用完' });
    expect(rej2.statusCode).toBe(200);
    const before = await snapshot();
    const again = await call('POST', `/api/v1/applications/${id}/appeal`, t.who, { reason: '再次申诉' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('BOLE_ALREADY_APPEALED');
    expect(await snapshot()).toEqual(before);
  });

  it('escalates overdue items once, flags them in the queue and lists them for the officer', async () => {
    h.ctx.clock.set('2026-07-21T02:00:00Z');
    const t = await eligibleTalent('赵逾期');
    const { id, dueDate } = await applySettle(t);
    expect(dueDate).toBe('2026-07-28');
    expect((await escalateOverdue(h.ctx, '2026-07-28')).escalated).not.toContain(id);

    h.ctx.clock.set('2026-07-29T02:00:00Z');
    const first = await escalateOverdue(h.ctx, '2026-07-29');
    expect(first.escalated).toContain(id);
    const before = await snapshot();
    const second = await escalateOverdue(h.ctx, '2026-07-29');
    expect(second.escalated).toEqual([]);
    expect(second.alreadyEscalated).toBeGreaterThanOrEqual(1);
    expect(await snapshot()).toEqual(before);

    const q = (await call('GET', '/api/v1/review/queue?overdueOnly=true', h.rsj)).json();
    expect(q.items.find((i: { id: string }) => i.id === id)).toMatchObject({ overdue: true, escalated: true });
    const overdue = (await call('GET', '/api/v1/review/overdue', h.officer)).json();
    expect(overdue.items.find((i: { id: string }) => i.id === id)).toMatchObject({ department: 'rsj', workingDaysOverdue: 1, escalated: true });
    expect((await call('GET', '/api/v1/review/overdue', h.rsj)).statusCode).toBe(403);
    const officerInbox = (await call('GET', '/api/v1/notifications', h.officer)).json().items.map((n: { kind: string }) => n.kind);
    expect(officerInbox).toContain('application.escalate');
    const steps = (await call('GET', `/api/v1/applications/${id}`, t.who)).json().steps.map((s: { action: string }) => s.action);
    expect(steps).toEqual(['submit', 'escalate']);

    // Approving moves it on and clears the flag for the next stage.
    const next = await call('POST', `/api/v1/review/applications/${id}/decision`, h.rsj, { decision: 'approve' });
    expect(next.json()).toMatchObject({ department: 'czj', escalatedAt: null, overdue: false });
  });

  it('keeps each role to its own: talents cannot review, reviewers see only their department, pages are sorted by due date', async () => {
    h.ctx.clock.set('2026-07-23T02:00:00Z');
    const a = await eligibleTalent('周分页');
    await applySettle(a);
    h.ctx.clock.set('2026-07-24T02:00:00Z');
    const b = await eligibleTalent('吴分页');
    await applySettle(b);
    // A talent cannot open a queue or decide; a reviewer cannot use the talent's routes.
    expect((await call('GET', '/api/v1/review/queue', a.who)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/applications/mine', h.rsj)).statusCode).toBe(403);
    // 科技局 has nothing of 安家补贴 in its queue; 人社局's pages are ordered by due date, then id.
    expect((await call('GET', '/api/v1/review/queue', h.kjj)).json()).toMatchObject({ department: 'kjj', total: 0, items: [] });
    const p1 = (await call('GET', '/api/v1/review/queue?page=1&pageSize=1', h.rsj)).json();
    const p2 = (await call('GET', '/api/v1/review/queue?page=2&pageSize=1', h.rsj)).json();
    expect(p1.total).toBeGreaterThanOrEqual(2);
    expect(p1.totalCapped).toBe(false);
    expect(p1.items).toHaveLength(1);
    expect(p1.items[0].id).not.toBe(p2.items[0].id);
    expect(p1.items[0].dueDate <= p2.items[0].dueDate).toBe(true);
    // Bad query values are a 400 naming the field.
    const bad = await call('GET', '/api/v1/review/queue?pageSize=1000', h.rsj);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('pageSize');
  });

  it('the new-arrival bundle opens recognition and the qualifying applications in one go, reporting what it skipped', async () => {
    h.ctx.clock.set('2026-07-22T02:00:00Z');
    const t = await eligibleTalent('孙新来');
    await upload(t.who, 'degree_certificate', t.talentId);
    const res = await call('POST', '/api/v1/applications/bundle', t.who, { evidence: { 'settle-allowance': [{ requirement: 0, evidenceId: t.tierCert }] } });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.recognitionId).toBeTruthy();
    expect(out.opened.map((o: { policyId: string }) => o.policyId)).toContain('settle-allowance');
    const recognition = await call('GET', `/api/v1/recognitions/${out.recognitionId}`, t.who);
    expect(recognition.statusCode).toBe(200);
    expect(recognition.json().status).toBe('draft');
    const mine = (await call('GET', '/api/v1/applications/mine', t.who)).json().items;
    expect(mine.map((m: { id: string }) => m.id).sort()).toEqual(out.opened.map((o: { applicationId: string }) => o.applicationId).sort());

    // Again: recognition already open and settle-allowance already applied for — skipped, nothing written but the audit entry.
    const before = await snapshot();
    const again = (await call('POST', '/api/v1/applications/bundle', t.who, {})).json();
    expect(again.recognitionId).toBeNull();
    expect(again.opened).toEqual([]);
    expect(again.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ item: 'recognition', code: 'BOLE_RECOGNITION_OPEN' }),
        expect.objectContaining({ item: 'settle-allowance', code: 'BOLE_APPLICATION_EXISTS' }),
      ]),
    );
    const after = await snapshot();
    expect({ ...after, audit: before.audit }).toEqual(before);
    expect(after.audit).toBe(before.audit + 1);
  });
});
