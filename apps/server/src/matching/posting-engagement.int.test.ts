/**
 * A posting names how it engages with the one vocabulary every module uses (ENGAGEMENT_KINDS):
 * 双聘 is `dual_appointment`. Postings an older release stored as `dual` read as
 * `dual_appointment` after the upgrade's post-migration step.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ENGAGEMENT_KIND_LABELS } from '@bole/contracts';
import { registerTestEmployer, signIn } from '../auth/testing.js';
import { talentTestbed } from '../talents/talent-testing.js';
import { migrate } from '../db/migrate.js';
import { postings } from './posting.table.js';

describe('a posting’s engagement mode', () => {
  const bed = talentTestbed();
  const posting = (engagementMode: string) => ({
    title: '双聘首席工程师',
    chain: 'rail',
    subField: 'rail.traction',
    requiredSkills: ['rail.traction.01'],
    optionalSkills: [],
    headcount: 1,
    salaryMin: 20_000,
    salaryMax: 30_000,
    district: '石峰区',
    engagementMode,
    urgency: 'normal',
    closesOn: '2026-09-30',
  });

  it('takes 双聘 as dual_appointment, refuses the old name, and reads rows stored under it after the upgrade', async () => {
    const { cookie } = await signIn(bed.app, await registerTestEmployer(bed.app, 7101));
    const post = (mode: string) => bed.app.inject({ method: 'POST', url: '/api/v1/postings', headers: { cookie }, payload: posting(mode) });
    const mine = async () =>
      (await bed.app.inject({ method: 'GET', url: '/api/v1/postings/mine', headers: { cookie } })).json() as { engagementMode: string }[];

    const created = await post('dual_appointment');
    expect(created.statusCode).toBe(201);
    expect(ENGAGEMENT_KIND_LABELS.dual_appointment.zh).toBe('双聘');

    const refused = await post('dual');
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('engagementMode');

    // A row written by the release before the vocabulary was made one.
    await bed.ctx.db.update(postings).set({ engagementMode: 'dual' }).where(eq(postings.id, created.json().id));
    await migrate(bed.ctx.database);
    expect((await mine()).map((p) => p.engagementMode)).toEqual(['dual_appointment']);
  });
});
