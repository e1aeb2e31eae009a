import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { createTestAccount, registerTestEmployer, signIn } from '../auth/testing.js';
import { talentTestbed } from '../talents/talent-testing.js';
import { postings } from './posting.table.js';

describe('skills, postings and matching over the API', () => {
  const bed = talentTestbed();
  const inject = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    bed.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const posting = (over: Record<string, unknown> = {}) => ({
    title: 'IGBT 应用工程师',
    chain: 'rail',
    subField: 'rail.traction',
    requiredSkills: ['rail.traction.01'],
    optionalSkills: ['rail.traction.07'],
    headcount: 3,
    salaryMin: 12_000,
    salaryMax: 20_000,
    district: '石峰区',
    engagementMode: 'full_time',
    urgency: 'urgent',
    closesOn: '2026-09-30',
    ...over,
  });
  const skills = (codes: [string, number][], over: Record<string, unknown> = {}) => ({
    discoverable: true,
    availability: 'now',
    experienceYears: 5,
    skills: codes.map(([code, level]) => ({ code, level, years: 3 })),
    ...over,
  });
  let employerCookie = '';
  const employer = async () => {
    if (!employerCookie) employerCookie = (await signIn(bed.app, await registerTestEmployer(bed.app, 7001))).cookie;
    return employerCookie;
  };

  it("serves the city's taxonomy: eight chains, four sub-fields each, skills with synonyms and related skills", async () => {
    const { cookie } = await bed.register('李四');
    const res = await inject('GET', '/api/v1/skills', cookie);
    expect(res.statusCode, res.body).toBe(200);
    const tax = res.json();
    expect(tax.version).toBe(1);
    expect(tax.chains).toHaveLength(8);
    const traction = tax.chains.find((c: { chain: string }) => c.chain === 'rail').subFields.find((f: { code: string }) => f.code === 'rail.traction');
    expect(traction.skills).toHaveLength(10);
    expect(traction.skills[0]).toMatchObject({
      code: 'rail.traction.01',
      synonyms: { zh: ['绝缘栅双极晶体管'] },
      related: ['rail.traction.02'],
      retired: false,
    });
  });

  it('refuses bad postings with 400 naming the field, and writes nothing', async () => {
    const cookie = await employer();
    const before = (await bed.ctx.db.select({ n: count() }).from(postings))[0]!.n;
    const cases: [Record<string, unknown>, string][] = [
      [{ headcount: -1 }, 'headcount'],
      [{ salaryMin: 30_000 }, 'salaryMin'],
      [{ requiredSkills: ['rail.traction.99'] }, 'requiredSkills.0'],
      [{ optionalSkills: ['rail.traction.01'] }, 'optionalSkills.0'],
      [{ closesOn: '2026-07-01' }, 'closesOn'],
      [{ subField: 'auto.nev' }, 'subField'],
    ];
    for (const [over, field] of cases) {
      const res = await inject('POST', '/api/v1/postings', cookie, posting(over));
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await bed.ctx.db.select({ n: count() }).from(postings))[0]!.n).toBe(before);
  });

  it('ranks discoverable talents for a posting, masked, with score parts and reasons; the talent sees who looked; contact reveals the name', async () => {
    const cookie = await employer();
    const created = await inject('POST', '/api/v1/postings', cookie, posting());
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({ status: 'open', requiredSkills: ['rail.traction.01'], employerName: '株洲中车时代电气', taxonomyVersion: 1 });

    const strong = await bed.register('王强');
    const partial = await bed.register('赵敏');
    const hidden = await bed.register('钱多');
    const unfit = await bed.register('孙立');
    for (const [who, body] of [
      [
        strong,
        skills([
          ['rail.traction.01', 5],
          ['rail.traction.07', 3],
        ]),
      ],
      [partial, skills([['rail.traction.02', 4]], { availability: 'later' })], // related to .01: partial credit
      [hidden, skills([['rail.traction.01', 5]], { discoverable: false })],
      [unfit, skills([['auto.nev.01', 5]])],
    ] as const) {
      const res = await inject('PUT', '/api/v1/talents/me/skills', who.cookie, body);
      expect(res.statusCode, res.body).toBe(200);
    }

    const res = await inject('GET', `/api/v1/postings/${p.id}/candidates`, cookie);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json().candidates;
    expect(list.map((c: { talentId: string }) => c.talentId)).toEqual([strong.me.talentId, partial.me.talentId]);
    expect(list[0]).toMatchObject({ name: '王**', contactStatus: 'none', contactAccepted: false });
    expect(list[0].score.required).toBeGreaterThan(0);
    expect(list[0].score.optional).toBeGreaterThan(0);
    expect(list[1].score).toMatchObject({ required: 0, availability: 0 });
    expect(list[1].score.related).toBeGreaterThan(0);
    expect(list[0].reasons[0].zh).toMatch(/^必备技能/);

    const views = await inject('GET', '/api/v1/talents/me/views', strong.cookie);
    expect(views.json()).toEqual([expect.objectContaining({ employerName: '株洲中车时代电气', postingTitle: 'IGBT 应用工程师' })]);
    expect((await inject('GET', '/api/v1/talents/me/views', hidden.cookie)).json()).toEqual([]);
    expect((await bed.auditRows()).filter((r) => r.action === 'match.candidates.view')).toHaveLength(1);

    expect((await inject('POST', `/api/v1/postings/${p.id}/invitations`, cookie, { talentId: hidden.me.talentId })).statusCode).toBe(404);
    expect((await inject('POST', `/api/v1/postings/${p.id}/invitations`, cookie, { talentId: strong.me.talentId })).statusCode).toBe(204);
    const again = await inject('POST', `/api/v1/postings/${p.id}/invitations`, cookie, { talentId: strong.me.talentId });
    expect(again.json()).toMatchObject({ status: 409, code: 'BOLE_ALREADY_CONTACTED' });
    const contacts = (await inject('GET', '/api/v1/talents/me/contacts', strong.cookie)).json();
    expect(contacts).toEqual([expect.objectContaining({ postingId: p.id, initiator: 'employer', status: 'pending' })]);
    expect((await inject('POST', `/api/v1/contacts/${contacts[0].id}/decision`, partial.cookie, { accept: true })).statusCode).toBe(404);
    expect((await inject('POST', `/api/v1/contacts/${contacts[0].id}/decision`, strong.cookie, { accept: true })).statusCode).toBe(204);

    const after = (await inject('GET', `/api/v1/postings/${p.id}/candidates`, cookie)).json().candidates;
    expect(after[0]).toMatchObject({ name: '王强', contactStatus: 'accepted', contactAccepted: true });
    expect(after[1].name).toBe('赵**');
  });

  it('ranks open postings for a talent and lets the talent apply once', async () => {
    const cookie = await employer();
    const near = (
      await inject('POST', '/api/v1/postings', cookie, posting({ title: '变流器工程师', requiredSkills: ['rail.traction.02'], optionalSkills: [] }))
    ).json();
    const far = (
      await inject('POST', '/api/v1/postings', cookie, posting({ title: '电机工程师', requiredSkills: ['rail.traction.03'], optionalSkills: [] }))
    ).json();
    const me = await bed.register('周航');
    await inject('PUT', '/api/v1/talents/me/skills', me.cookie, skills([['rail.traction.02', 4]]));
    const res = await inject('GET', '/api/v1/talents/me/opportunities', me.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const titles = res.json().map((o: { posting: { title: string } }) => o.posting.title);
    expect(titles[0]).toBe('变流器工程师'); // held directly
    expect(titles).toContain('IGBT 应用工程师'); // through the related skill
    expect(titles).not.toContain('电机工程师'); // required skill neither held nor related
    expect(far.id).toBeDefined();

    expect((await inject('POST', `/api/v1/postings/${near.id}/applications`, me.cookie)).statusCode).toBe(204);
    expect((await inject('POST', `/api/v1/postings/${near.id}/applications`, me.cookie)).json().code).toBe('BOLE_ALREADY_CONTACTED');
    const opp = (await inject('GET', '/api/v1/talents/me/opportunities', me.cookie)).json();
    expect(opp[0]).toMatchObject({ posting: { id: near.id }, contactStatus: 'accepted' });
  });

  it('keeps a retired skill readable for postings that use it, and refuses it for new tags; only the office saves versions', async () => {
    const cookie = await employer();
    const p = (
      await inject('POST', '/api/v1/postings', cookie, posting({ title: '嵌入式软件工程师', requiredSkills: ['rail.traction.08'], optionalSkills: [] }))
    ).json();
    const officer = await signIn(bed.app, await createTestAccount(bed.ctx, 'officer'));
    const tax = (await inject('GET', '/api/v1/skills', officer.cookie)).json();
    const subFields = tax.chains.flatMap(
      (c: { chain: string; subFields: { code: string; name: object; skills: { code: string; name: object; retired: boolean }[] }[] }) =>
        c.subFields.map((f) => ({
          code: f.code,
          chain: c.chain,
          name: f.name,
          skills: f.skills.filter((s) => !s.retired && s.code !== 'rail.traction.08').map((s) => ({ code: s.code, name: s.name })),
        })),
    );
    const body = { note: '嵌入式软件并入软件产业', subFields };
    expect((await inject('PUT', '/api/v1/skills', cookie, body)).statusCode).toBe(403);
    const saved = await inject('PUT', '/api/v1/skills', officer.cookie, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(2);
    const traction = saved
      .json()
      .chains.find((c: { chain: string }) => c.chain === 'rail')
      .subFields.find((f: { code: string }) => f.code === 'rail.traction');
    expect(traction.skills.find((s: { code: string }) => s.code === 'rail.traction.08')).toMatchObject({ retired: true });
    expect(traction.skills.find((s: { code: string }) => s.code === 'rail.traction.01').related).toEqual([]);

    const stillThere = (await inject('GET', '/api/v1/postings/mine', cookie)).json().find((x: { id: string }) => x.id === p.id);
    expect(stillThere).toMatchObject({ requiredSkills: ['rail.traction.08'], taxonomyVersion: 1 });
    const me = await bed.register('吴桐');
    const tag = await inject('PUT', '/api/v1/talents/me/skills', me.cookie, skills([['rail.traction.08', 3]]));
    expect(tag.statusCode).toBe(400);
    expect(tag.json().errors[0]).toMatchObject({ field: 'skills.0.code', message: expect.stringMatching(/retired/) });
    const bad = await inject('PUT', '/api/v1/skills', officer.cookie, {
      ...body,
      subFields: [{ ...subFields[0], skills: [{ ...subFields[0].skills[0], related: ['no.such.skill'] }] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('subFields.0.skills.0.related.0');
  });
});
