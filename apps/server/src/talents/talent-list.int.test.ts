import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { TalentListItem } from '@bole/contracts';
import { configuredCity } from '../city/city-file.js';

const DISTRICTS = configuredCity({}).vocabulary.district;
import { buildApp } from '../app.js';
import { createTestContext, testDbKind, type TestContext } from '../../test/test-context.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { makeCreditCode } from '../identity/credit-code.js';
import { makeIdNumber } from '../identity/id-number.js';
import { insertEmployers } from '../employers/employer.repository.js';
import { bulkInsertTalents, type NewTalentRow } from './talent.repository.js';
import { sealTalentPersonalData } from './talent.service.js';
import { talentListQuery, type TalentListCriteria, type TalentListSort } from './talent-list.repository.js';
import { rowsOf } from '../db/rows.js';
import { criteriaOf, listTalents } from './talent-list.service.js';

const DEGREES = ['secondary', 'associate', 'bachelor', 'master', 'doctorate'] as const;
const TIERS = ['A', 'B', 'C', 'D', 'E', null] as const;

describe('GET /api/v1/talents (officer list)', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let cookie: string;
  const N = 60;
  const rows: NewTalentRow[] = [];
  let chainOf: Record<string, string>;

  const list = async (qs: string) => {
    const res = await app.inject({ url: `/api/v1/talents${qs}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: TalentListItem[]; total: number; totalIsEstimate: boolean; page: number; pageSize: number };
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    const [rail, auto] = await insertEmployers(ctx.db, [
      { creditCode: makeCreditCode('430200', 1), name: '株洲轨道装备', district: '石峰区', chain: 'rail', kind: 'enterprise' },
      { creditCode: makeCreditCode('430200', 2), name: '株洲汽车零部件', district: '天元区', chain: 'auto', kind: 'enterprise' },
    ]);
    chainOf = { [rail!]: 'rail', [auto!]: 'auto' };
    for (let i = 0; i < N; i++) {
      const birthDate = `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`;
      const gender = i % 2 ? 'male' : 'female';
      rows.push({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        name: `${i % 3 === 0 ? '张' : '李'}${String(i).padStart(3, '0')}`,
        ...sealTalentPersonalData(ctx.cipher, { mobile: `1370000${String(i).padStart(4, '0')}`, idNumber: makeIdNumber('430203', birthDate, i, gender) }),
        gender,
        birthDate,
        district: DISTRICTS[i % 4]!,
        highestDegree: DEGREES[i % 5]!,
        tier: TIERS[i % 6]!,
        employerId: i % 4 === 0 ? null : i % 2 ? rail! : auto!,
        honors: i % 10 === 0 ? ['city_leading'] : [],
        createdAt: new Date('2026-01-01T00:00:00Z'),
        updatedAt: new Date(Date.UTC(2026, 0, 1) + ((i * 37) % N) * 60_000),
      });
    }
    await bulkInsertTalents(ctx.database, rows, 25);
    cookie = (await signIn(app, await createTestAccount(ctx, 'officer'))).cookie;
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('loads rows with COPY, including sealed numbers and arrays', async () => {
    const [row] = rowsOf<{ n: number; h: number }>(
      await ctx.db.execute(sql`select count(*)::int as n, count(*) filter (where honors = array['city_leading'])::int as h from talents`),
    );
    expect(row).toEqual({ n: N, h: 6 });
  });

  it('pages through everything newest first with an exact total and masked numbers', async () => {
    const p1 = await list('?pageSize=25');
    const p2 = await list('?pageSize=25&page=2');
    const p3 = await list('?pageSize=25&page=3');
    expect(p1).toMatchObject({ total: N, totalIsEstimate: false, page: 1, pageSize: 25 });
    const all = [...p1.items, ...p2.items, ...p3.items];
    expect(all.map((t) => t.id).sort()).toEqual(rows.map((r) => r.id).sort());
    const times = all.map((t) => t.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(all[0]).toMatchObject({ mobile: expect.stringMatching(/^137\*{4}\d{4}$/), idNumber: expect.stringMatching(/^4\*{16}[\dX]$/) });
    const withEmployer = all.find((t) => t.id === rows[1]!.id)!;
    expect(withEmployer).toMatchObject({ employerName: '株洲轨道装备', chain: 'rail' });
    expect(all.find((t) => t.id === rows[0]!.id)).toMatchObject({ employerName: null, chain: null });
  });

  it.each([
    ['district', `?district=${encodeURIComponent(DISTRICTS[1]!)}`, (r: NewTalentRow) => r.district === DISTRICTS[1]],
    ['degree', '?degree=master', (r: NewTalentRow) => r.highestDegree === 'master'],
    ['tier', '?tier=B', (r: NewTalentRow) => r.tier === 'B'],
    ['no tier', '?tier=none', (r: NewTalentRow) => r.tier === null],
    ['chain (through the employer)', '?chain=rail', (r: NewTalentRow) => r.employerId != null && chainOf[r.employerId] === 'rail'],
    ['two filters', '?degree=doctorate&tier=none', (r: NewTalentRow) => r.highestDegree === 'doctorate' && r.tier === null],
    ['a name prefix', `?q=${encodeURIComponent('张')}`, (r: NewTalentRow) => r.name.startsWith('张')],
    ['a longer name prefix', `?q=${encodeURIComponent('李00')}`, (r: NewTalentRow) => r.name.startsWith('李00')],
  ])('filters by %s', async (_what, qs, expected) => {
    const page = await list(`${qs}&pageSize=200`);
    const want = rows
      .filter(expected)
      .map((r) => r.id)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(page.items.map((t) => t.id).sort()).toEqual(want);
    expect(page).toMatchObject({ total: want.length, totalIsEstimate: false });
  });

  it('finds a talent by exact mobile or ID number through the keyed hash', async () => {
    const byMobile = await list('?q=13700000042');
    expect(byMobile.items.map((t) => t.id)).toEqual([rows[42]!.id]);
    const id = ctx.cipher.decrypt(rows[17]!.idNumberEnc!);
    const byId = await list(`?q=${id.toLowerCase()}`);
    expect(byId.items.map((t) => t.id)).toEqual([rows[17]!.id]);
    expect((await list('?q=13700009999')).items).toEqual([]);
  });

  it('audits a search by an exact ID or mobile number, without the number', async () => {
    const id = ctx.cipher.decrypt(rows[18]!.idNumberEnc!);
    await list(`?q=${id}`);
    await list('?q=13700000043');
    const entries = (await ctx.db.query.auditLog.findMany({ orderBy: (a, { asc }) => [asc(a.id)] })).filter((r) => r.action === 'talent.search.exact');
    expect(entries.slice(-2).map((e) => e.detail)).toEqual([
      { by: 'idNumber', found: [rows[18]!.id] },
      { by: 'mobile', found: [rows[43]!.id] },
    ]);
    expect(JSON.stringify(entries)).not.toContain(id);
    expect(JSON.stringify(entries)).not.toContain('13700000043');
  });

  it.each<[TalentListSort, (a: NewTalentRow, b: NewTalentRow) => number]>([
    ['name', (a, b) => (a.name < b.name ? -1 : 1)],
    ['-name', (a, b) => (a.name < b.name ? 1 : -1)],
    ['birthDate', (a, b) => (a.birthDate! < b.birthDate! ? -1 : a.birthDate! > b.birthDate! ? 1 : a.id! < b.id! ? -1 : 1)],
    ['-birthDate', (a, b) => (a.birthDate! < b.birthDate! ? 1 : a.birthDate! > b.birthDate! ? -1 : a.id! < b.id! ? 1 : -1)],
  ])('sorts by %s', async (sort, cmp) => {
    // Names compared within one prefix, so the database collation cannot disagree with JS.
    const page = await list(`?q=${encodeURIComponent('张')}&sort=${sort}&pageSize=200`);
    const want = rows
      .filter((r) => r.name.startsWith('张'))
      .sort(cmp)
      .map((r) => r.id);
    expect(page.items.map((t) => t.id)).toEqual(want);
  });

  it('refuses a bad query with 400 naming the parameter', async () => {
    for (const [qs, field] of [
      ['?pageSize=500', 'pageSize'],
      ['?page=0', 'page'],
      ['?sort=salary', 'sort'],
      ['?tier=F', 'tier'],
      ['?district=%E5%8C%97%E4%BA%AC', 'district'],
      ['?salary=1', 'salary'],
    ] as const) {
      const res = await app.inject({ url: `/api/v1/talents${qs}`, headers: { cookie } });
      expect(res.statusCode, qs).toBe(400);
      expect(
        res.json().errors.map((e: { field: string }) => e.field),
        qs,
      ).toContain(field);
    }
  });

  it('is open to officers, auditors and admins only', async () => {
    for (const role of ['auditor', 'admin'] as const) {
      const c = await signIn(app, await createTestAccount(ctx, role));
      expect((await app.inject({ url: '/api/v1/talents', headers: c })).statusCode, role).toBe(200);
    }
    for (const role of ['reviewer', 'concierge', 'employer', 'talent'] as const) {
      const c = await signIn(app, await createTestAccount(ctx, role));
      expect((await app.inject({ url: '/api/v1/talents', headers: c })).statusCode, role).toBe(403);
    }
  });
});

describe('talent list at scale (50,000 rows): plans and counts', () => {
  let ctx: TestContext;
  const ROWS = 50_000;

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.database.exec(`
      INSERT INTO employers (credit_code, name, district, chain, kind)
        SELECT 'TEST' || lpad(g::text, 14, '0'), '单位' || g,
               (ARRAY['天元区','芦淞区','荷塘区','石峰区','渌口区','醴陵市','攸县','茶陵县','炎陵县'])[1 + g % 9],
               (ARRAY['rail','aviation','hard_materials','electronics','new_energy','auto','traditional','future','other'])[1 + g % 9],
               'enterprise'
        FROM generate_series(0, 199) g;
      WITH e AS (SELECT id, (row_number() OVER (ORDER BY credit_code) - 1)::int AS n FROM employers)
      INSERT INTO talents (name, mobile_hash, id_number_hash, birth_date, district, highest_degree, tier, employer_id, created_at, updated_at)
        SELECT (ARRAY['张','李','王','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10] || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋'])[1 + (g / 10) % 10] || g,
               md5('m' || g), md5('i' || g),
               DATE '1960-01-01' + (g * 7919) % 15000,
               (ARRAY['天元区','芦淞区','荷塘区','石峰区','渌口区','醴陵市','攸县','茶陵县','炎陵县'])[1 + g % 9],
               (ARRAY['secondary','associate','bachelor','master','doctorate'])[1 + (g / 3) % 5],
               CASE WHEN g % 2 = 0 THEN NULL ELSE (ARRAY['A','B','C','D','E'])[1 + (g / 2) % 5] END,
               CASE WHEN g % 5 = 0 THEN NULL ELSE (SELECT id FROM e WHERE e.n = g % 200) END,
               TIMESTAMPTZ '2026-01-01 00:00:00+00', TIMESTAMPTZ '2026-01-01 00:00:00+00' + ((g::bigint * 104729) % ${ROWS}) * INTERVAL '1 second'
        FROM generate_series(0, ${ROWS - 1}) g;
      ANALYZE employers;
      ANALYZE talents;`);
  }, 120_000);
  afterAll(() => ctx.close());

  async function plan(c: TalentListCriteria, sort: TalentListSort = '-updatedAt', offset = 0): Promise<string> {
    const result = await ctx.db.execute(sql`explain ${talentListQuery(ctx.db, c, sort, 20, offset)}`);
    return rowsOf<Record<string, string>>(result)
      .map((r) => Object.values(r)[0])
      .join('\n');
  }

  it.each<[string, TalentListCriteria, TalentListSort, RegExp]>([
    ['the default page (newest first)', {}, '-updatedAt', /Index Scan Backward using talents_updated_idx on talents/],
    ['a district', { district: '攸县' }, '-updatedAt', /Index Scan Backward using talents_district_updated_idx on talents/],
    ['a degree', { degree: 'doctorate' }, '-updatedAt', /using talents_degree_updated_idx on talents/],
    // Half the rows have no tier: walking the newest-first index and skipping is cheapest.
    ['talents without a tier', { tier: 'none' }, '-updatedAt', /Index Scan Backward using talents_(tier_)?updated_idx on talents/],
    ['a tier', { tier: 'A' }, '-updatedAt', /Index Scan Backward using talents_(tier_)?updated_idx on talents/],
    // A full name is selective: the prefix index finds the few rows, then a top-N sort.
    ['a full name', { namePrefix: '张伟1230' }, '-updatedAt', /talents_name_prefix_idx/],
    // A common two-character prefix (1 % of rows): either index, chosen by cost.
    ['a common name prefix', { namePrefix: '张伟' }, '-updatedAt', /Index Scan.* on talents/],
    ['sorted by name', {}, 'name', /Index Scan using talents_name_key_idx on talents/],
    ['sorted by birth date', {}, '-birthDate', /Index Scan Backward using talents_birth_date_idx on talents/],
    ['an exact mobile', { mobileHash: '0123456789abcdef' }, '-updatedAt', /talents_mobile_hash_uq/],
    ['a chain', { chain: 'rail' }, '-updatedAt', /Index Scan.* on talents/],
  ])('uses an index, never a Seq Scan on talents, for %s', async (_what, criteria, sort, expected) => {
    const text = await plan(criteria, sort);
    if (process.env.PRINT_PLANS) console.log(`### ${_what}\n${text}`);
    expect(text, text).toMatch(expected);
    expect(text, text).not.toMatch(/Seq Scan on talents/);
  });

  it('estimates the total of large results and counts small ones exactly', async () => {
    const page = (q: Record<string, string> = {}) => listTalents(ctx, { page: 1, pageSize: 20, sort: '-updatedAt', ...q } as Parameters<typeof listTalents>[1]);
    const all = await page();
    expect(all.totalIsEstimate).toBe(true);
    expect(all.total).toBeGreaterThan(ROWS * 0.9);
    expect(all.total).toBeLessThan(ROWS * 1.1);
    expect(all.items).toHaveLength(20);

    const noTier = await page({ tier: 'none' });
    expect(noTier.totalIsEstimate).toBe(true);
    expect(noTier.total).toBeGreaterThan(ROWS * 0.4);
    expect(noTier.total).toBeLessThan(ROWS * 0.6);

    const district = await page({ district: '攸县' });
    expect(district).toMatchObject({ total: Math.ceil((ROWS - 6) / 9), totalIsEstimate: false });
    const exact = rowsOf<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from talents where district = '攸县'`));
    expect(district.total).toBe(exact[0]!.n);
  });

  it('the name search is an exact prefix match', async () => {
    const found = await listTalents(ctx, { page: 1, pageSize: 200, sort: 'name', ...criteriaQuery('张伟1') });
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((t) => t.name.startsWith('张伟1'))).toBe(true);
    const exact = rowsOf<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from talents where name like '张伟1%'`));
    expect(found.total).toBe(exact[0]!.n);
    expect(criteriaOf(ctx, { q: '张伟1' })).toEqual(expect.objectContaining({ namePrefix: '张伟1' }));
  });

  it(`runs on ${testDbKind}`, () => expect(['pglite', 'postgres']).toContain(testDbKind));
});

function criteriaQuery(q: string) {
  return { q } as const;
}
