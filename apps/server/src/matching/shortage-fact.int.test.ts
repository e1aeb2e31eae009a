/**
 * `inShortageCatalogue` over the API: an employer confirms an employment naming the posting the
 * talent fills; once the office publishes the quarter's shortage catalogue, a post whose required
 * skill it lists at ★3 or above makes the field true — in the talent's own evaluation and in the
 * verified one (the 免申即享 view) — and the calculator's explanation names it. A post outside the
 * catalogue, or no post named, leaves it false.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { employerTestbed } from '../employers/employer-testing.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { readPackDir } from '../policies/pack-files.js';
import { repoPath } from '../platform/paths.js';

const POLICY = 'shortage-recruitment-reward';
const LISTED = '所任岗位列入紧缺人才目录';

describe('a post in the shortage catalogue (inShortageCatalogue)', () => {
  const bed = employerTestbed({ now: '2026-07-15T02:00:00Z' });
  beforeAll(async () => {
    // The demo pack and a test policy that rewards recruiting into a listed post.
    const test = { path: `test/${POLICY}.yaml`, text: readFileSync(repoPath('packages', 'engine', 'test', 'packs', `${POLICY}.yaml`), 'utf8') };
    expect(await seedPolicyPack(bed.ctx, [...readPackDir(bed.ctx.city.packDir), test])).toBeGreaterThan(0);
  });

  const posting = (skill: string) => ({
    title: `岗位 ${skill}`,
    chain: 'rail',
    subField: 'rail.traction',
    requiredSkills: [skill],
    headcount: 4,
    salaryMin: 15_000,
    salaryMax: 25_000,
    minDegree: 'master',
    minYears: 5,
    district: '石峰区',
    engagementMode: 'full_time',
    closesOn: '2026-09-30',
  });

  async function hire(e: { employerId: string; login: string; password: string }, postingId?: string) {
    const t = await registerTalentWithProfile(bed.app, e.employerId, { arrivalDate: '2026-03-01' });
    const named = await bed.app.inject({
      method: 'POST',
      url: '/api/v1/employments',
      headers: { cookie: t.cookie },
      payload: { employerId: e.employerId, arrivalDate: '2026-03-01' },
    });
    expect(named.statusCode, named.body).toBe(201);
    return {
      ...t,
      employmentId: named.json().id as string,
      confirm: () => bed.as(e, 'POST', `/api/v1/employments/${named.json().id}/decision`, { decision: 'confirm', ...(postingId ? { postingId } : {}) }),
    };
  }

  async function shortageReward(cookie: string) {
    const res = await bed.app.inject({ method: 'POST', url: '/api/v1/calculator', headers: { cookie }, payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const outcome = [...body.granted, ...body.notMet].find((b: { policy: string }) => b.policy === POLICY);
    const condition = outcome.conditions.find((c: { text: { zh: string } }) => c.text.zh === LISTED);
    return { granted: body.granted.some((b: { policy: string }) => b.policy === POLICY), confirmed: body.confirmed.granted.includes(POLICY), condition };
  }

  it('is true for a confirmed post in a ★3 skill of the published catalogue, false outside it, and named in the explanation', async () => {
    const e = await bed.approved();
    const scarce = await bed.as(e, 'POST', '/api/v1/postings', posting('rail.traction.01'));
    expect(scarce.statusCode, scarce.body).toBe(201);
    const inPost = await hire(e, scarce.json().id);
    expect((await inPost.confirm()).json()).toMatchObject({ status: 'confirmed', postingId: scarce.json().id, postingTitle: '岗位 rail.traction.01' });

    // Nothing published yet: no catalogue, no shortage.
    expect((await shortageReward(inPost.cookie)).granted).toBe(false);

    const published = await bed.as(bed.officer, 'POST', '/api/v1/shortage-catalogue/publications', { period: '2026-Q3' });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ period: '2026-Q3', listedSkills: 1 });
    const cat = (await bed.app.inject({ method: 'GET', url: '/api/v1/shortage-catalogue' })).json();
    expect(cat.publishedAt).toBe('2026-07-15T02:00:00.000Z');
    expect(cat.entries[0]).toMatchObject({ skill: 'rail.traction.01' });
    expect(cat.entries[0].stars).toBeGreaterThanOrEqual(3);

    const yes = await shortageReward(inPost.cookie);
    expect(yes).toMatchObject({ granted: true, confirmed: true, condition: { pass: true, text: { zh: LISTED, en: 'Post listed in the shortage catalogue' } } });

    // A posting made after the publication is not in the catalogue; nor is an employment without a post.
    const later = await bed.as(e, 'POST', '/api/v1/postings', posting('rail.traction.02'));
    const outside = await hire(e, later.json().id);
    expect((await outside.confirm()).statusCode).toBe(200);
    const noPost = await hire(e);
    expect((await noPost.confirm()).json()).toMatchObject({ status: 'confirmed', postingId: null });
    for (const t of [outside, noPost]) {
      const no = await shortageReward(t.cookie);
      expect(no).toMatchObject({ granted: false, confirmed: false, condition: { pass: false } });
    }
  });

  it('refuses a post that is not a posting of the confirming employer, writing nothing', async () => {
    const e = await bed.approved();
    const other = await bed.approved();
    const theirs = await bed.as(other, 'POST', '/api/v1/postings', posting('rail.traction.03'));
    const t = await hire(e, theirs.json().id);
    const res = await t.confirm();
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'postingId' })]);
    const pending = await bed.as(e, 'GET', '/api/v1/employments?status=pending');
    expect(pending.json().items.map((i: { id: string }) => i.id)).toContain(t.employmentId);
  });

  it('only the office publishes a catalogue, and the period must be a quarter', async () => {
    const e = await bed.approved();
    expect((await bed.as(e, 'POST', '/api/v1/shortage-catalogue/publications', { period: '2026-Q3' })).statusCode).toBe(403);
    const bad = await bed.as(bed.officer, 'POST', '/api/v1/shortage-catalogue/publications', { period: '2026-Q7' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('period');
  });
});
