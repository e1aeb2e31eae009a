/**
 * The cross-department view: the talent office and auditors see every application in review,
 * whichever department holds it, with its stage and its deadline in working days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InReviewPage } from '@bole/contracts';
import { createTestAccount } from '../auth/testing.js';
import { applicationsHarness } from './application-testing.js';

const h = applicationsHarness();

describe('applications in review across departments', () => {
  beforeAll(() => h.open());
  afterAll(() => h.close());

  it('lists an application held by 人社局 for the officer and the auditor, with its deadline in working days', async () => {
    const app = await h.applySettle(await h.eligibleTalent('李跨部门'));
    const auditor = await createTestAccount(h.ctx, 'auditor');
    for (const who of [h.officer, auditor]) {
      const page: InReviewPage = (await h.call('GET', '/api/v1/review/in-review', who)).json();
      expect(page.asOf).toBe('2026-07-15');
      expect(page.items).toEqual([
        expect.objectContaining({
          id: app.id,
          talentName: '李跨部门',
          department: 'rsj',
          stageIndex: 0,
          dueDate: '2026-07-22',
          workingDaysLeft: 5,
          overdue: false,
        }),
      ]);
    }
    const byDept = (dept: string) => h.call('GET', `/api/v1/review/in-review?department=${dept}`, h.officer);
    expect((await byDept('rsj')).json().total).toBe(1);
    expect((await byDept('czj')).json().total).toBe(0);
    expect((await byDept('RSJ!')).statusCode).toBe(400);

    h.ctx.clock.set('2026-07-24T02:00:00Z');
    const late: InReviewPage = (await h.call('GET', '/api/v1/review/in-review', h.officer)).json();
    expect(late.items[0]).toMatchObject({ workingDaysLeft: -2, overdue: true });
  });

  it('refuses the view to reviewers and other roles', async () => {
    for (const who of [h.rsj, await createTestAccount(h.ctx, 'concierge'), await createTestAccount(h.ctx, 'admin')]) {
      expect((await h.call('GET', '/api/v1/review/in-review', who)).statusCode).toBe(403);
    }
    expect((await h.call('GET', '/api/v1/review/in-review')).statusCode).toBe(401);
  });
});
