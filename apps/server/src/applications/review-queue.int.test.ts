/**
 * The reviewer's queue finds what they look for: part of a name or a full mobile number, one
 * stage, one policy, what is overdue or due soon; items that came back after a return are
 * marked; the decision page says above which value an approval needs a second person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsHarness } from './application-testing.js';

describe('review queue: search, filters, resubmitted', () => {
  const h = applicationsHarness();
  const names = ['王小明', '李四海', '张三丰'];
  const talents: Awaited<ReturnType<typeof h.eligibleTalent>>[] = [];
  let ids: string[] = [];
  const queue = async (query = '') => {
    const res = await h.call('GET', `/api/v1/review/queue${query}`, h.rsj);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; items: { id: string; talentName: string; resubmitted: boolean }[]; policies: { id: string }[] };
  };
  const namesOf = async (query: string) => (await queue(query)).items.map((i) => i.talentName).sort();

  beforeAll(async () => {
    await h.open();
    for (const n of names) talents.push(await h.eligibleTalent(n));
    ids = [];
    for (const t of talents) ids.push((await h.applySettle(t)).id as string);
    // 张三丰's application is returned and comes back.
    expect((await h.call('POST', `/api/v1/review/applications/${ids[2]}/decision`, h.rsj, { decision: 'return', reason: '劳动合同页码不全' })).statusCode).toBe(
      200,
    );
    const again = await h.call('POST', `/api/v1/applications/${ids[2]}/resubmit`, talents[2]!.who, { evidence: [] });
    expect(again.statusCode, again.body).toBe(200);
  }, 240_000);
  afterAll(async () => {
    await h.close();
  });

  it('finds a talent by part of the name or by the full mobile number, never by a wildcard', async () => {
    expect(await namesOf('?q=小明')).toEqual(['王小明']);
    expect(await namesOf(`?q=${talents[1]!.mobile}`)).toEqual(['李四海']);
    expect(await namesOf(`?q=${talents[1]!.mobile.slice(0, 7)}`)).toEqual([]);
    expect(await namesOf('?q=%25')).toEqual([]);
    expect(await namesOf('?q=')).toEqual(names.slice().sort());
  });

  it('filters by stage, by policy and by due date, and offers the policies in the queue', async () => {
    expect((await queue('?stage=1')).total).toBe(3);
    expect((await queue('?stage=2')).total).toBe(0);
    expect((await queue('?stage=appeal')).total).toBe(0);
    const all = await queue();
    expect(all.policies.map((p) => p.id)).toEqual(['settle-allowance']);
    expect((await queue('?policyId=settle-allowance')).total).toBe(3);
    expect((await queue('?policyId=rent-subsidy')).total).toBe(0);
    // Wed 15 July: due Wed 22 July is five working days off — neither soon nor overdue.
    expect((await queue('?due=soon')).total).toBe(0);
    expect((await queue('?due=overdue')).total).toBe(0);
    h.ctx.clock.set('2026-07-17T02:00:00Z'); // Friday: 22 July is three working days off
    await h.cookieOf(h.rsj);
    expect(await namesOf('?due=soon')).toEqual(names.slice().sort());
    expect(await namesOf('?due=soon&q=四海')).toEqual(['李四海']);
    h.ctx.clock.set('2026-07-23T02:00:00Z');
    await h.cookieOf(h.rsj);
    expect(await namesOf('?due=overdue&q=小明')).toEqual(['王小明']);
    h.ctx.clock.set('2026-07-15T02:00:00Z');
    await h.cookieOf(h.rsj);
  });

  it('marks the item that came back after a return', async () => {
    const items = (await queue()).items;
    expect(items.filter((i) => i.resubmitted).map((i) => i.talentName)).toEqual(['张三丰']);
  });

  it('refuses a stage that is not one, naming the field; the decision page names the second-approval threshold', async () => {
    const bad = await h.call('GET', '/api/v1/review/queue?stage=first', h.rsj);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'stage' })]);
    const page = (await h.call('GET', `/api/v1/review/applications/${ids[0]}`, h.rsj)).json();
    expect(page.secondApprovalAboveFen).toBe(h.ctx.config.secondApprovalAboveFen);
  });
});
