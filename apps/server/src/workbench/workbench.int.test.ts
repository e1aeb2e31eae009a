/**
 * 工作台: each role's endpoint answers that role only, and shows what waits for it — an
 * application in 人社局's queue with its deadline in working days, the officer's overdue count
 * and the audit chain's state for the auditor and the administrator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKBENCH_OPERATIONS, type Role, type Workbench } from '@bole/contracts';
import { createTestAccount } from '../auth/testing.js';
import { applicationsHarness } from '../applications/application-testing.js';

const h = applicationsHarness();

describe('workbenches', () => {
  const accounts = {} as Record<Role, { login: string; password: string }>;
  beforeAll(async () => {
    await h.open();
    for (const role of ['concierge', 'auditor', 'admin'] as const) accounts[role] = await createTestAccount(h.ctx, role);
    accounts.reviewer = h.rsj;
    accounts.officer = h.officer;
  });
  afterAll(() => h.close());

  it('answers each role only on its own workbench', async () => {
    for (const role of ['reviewer', 'officer', 'concierge', 'auditor', 'admin'] as const) {
      for (const other of Object.keys(WORKBENCH_OPERATIONS)) {
        const res = await h.call('GET', `/api/v1/workbench/${other}`, accounts[role]);
        expect(res.statusCode, `${role} → ${other}`).toBe(other === role ? 200 : 403);
      }
    }
    expect((await h.call('GET', '/api/v1/workbench/officer')).statusCode).toBe(401);
  });

  it('shows the reviewer an application with its deadline in working days, and the officer its queues', async () => {
    const t = await h.eligibleTalent('王工作台');
    const app = await h.applySettle(t);
    const rsj: Workbench = (await h.call('GET', '/api/v1/workbench/reviewer', h.rsj)).json();
    expect(rsj.asOf).toBe('2026-07-15');
    expect(rsj.queues.find((q) => q.queue === 'applicationReview')).toEqual({ queue: 'applicationReview', count: 1, capped: false });
    expect(rsj.urgent[0]).toMatchObject({ id: app.id, talentName: '王工作台', dueDate: '2026-07-22', workingDaysLeft: 5 });
    expect(rsj.urgent[0]!.subject.zh).toBe(app.policyTitle.zh);

    // 财政局 has nothing yet.
    const czj: Workbench = (await h.call('GET', '/api/v1/workbench/reviewer', h.czj)).json();
    expect(czj.queues.find((q) => q.queue === 'applicationReview')?.count).toBe(0);
    expect(czj.queues.some((q) => q.queue === 'recognitionHr')).toBe(false);

    const officer: Workbench = (await h.call('GET', '/api/v1/workbench/officer', h.officer)).json();
    expect(officer.queues.map((q) => q.queue)).toEqual([
      'applicationReview',
      'recognitionOffice',
      'noticesEnded',
      'openObjections',
      'overdueApplications',
      'secondApprovals',
      'paymentBatchesToApprove',
      'sweepsToConfirm',
      'idDisputes',
    ]);
    expect(officer.audit).toBeNull();
  });

  it('counts overdue applications for the auditor once their deadline has passed, and shows the audit chain', async () => {
    h.ctx.clock.set('2026-07-24T02:00:00Z');
    const auditor: Workbench = (await h.call('GET', '/api/v1/workbench/auditor', accounts.auditor)).json();
    expect(auditor.queues).toEqual([{ queue: 'overdueApplications', count: 1, capped: false }]);
    expect(auditor.urgent[0]).toMatchObject({ talentName: '王工作台', dueDate: '2026-07-22', workingDaysLeft: -2 });
    expect(auditor.audit).toMatchObject({ chainOk: true });

    const admin: Workbench = (await h.call('GET', '/api/v1/workbench/admin', accounts.admin)).json();
    expect(admin.queues).toEqual([{ queue: 'disabledAccounts', count: 0, capped: false }]);
    const concierge: Workbench = (await h.call('GET', '/api/v1/workbench/concierge', accounts.concierge)).json();
    expect(concierge).toMatchObject({ queues: [], urgent: [] });
  });
});
