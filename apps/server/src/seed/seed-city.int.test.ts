import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { checkIdNumber } from '../identity/id-number.js';
import { checkCreditCode } from '../identity/credit-code.js';
import { AppError } from '../http/errors.js';
import { SeedInterruptedError, seedCity, type SeedProgress } from './seed-city.js';
import { queryRows } from '../db/rows.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function query<T>(text: string): Promise<T[]> {
  return queryRows<T>(ctx.db, sql.raw(text));
}

describe('seedCity', () => {
  it('loads employers and talents with COPY, sealed and hashed, reporting progress per chunk', async () => {
    const progress: SeedProgress[] = [];
    const report = await seedCity(ctx, { talents: 2_500, employers: 80, seed: 7, referenceDate: '2026-07-01', chunkSize: 1_000 }, (p) => progress.push(p));
    expect(report).toMatchObject({ talents: 2_500, employers: 80, referenceDate: '2026-07-01', tierComputed: false });
    expect(report.rowsPerSecond).toBeGreaterThan(0);
    // One report per chunk; on PostgreSQL two chunks copy at once, so the 500-row tail may finish first.
    const talentDone = progress.filter((p) => p.phase === 'talents').map((p) => p.done);
    expect(talentDone).toHaveLength(3);
    expect(talentDone.at(-1)).toBe(2_500);
    expect([...talentDone].sort((a, b) => a - b)).toEqual(talentDone);
    expect(progress.filter((p) => p.phase === 'employers').map((p) => p.done)).toEqual([80]);

    const [counts] = await query<{ t: number; e: number; linked: number; dangling: number }>(
      `select (select count(*)::int from talents) t, (select count(*)::int from employers) e,
              (select count(*)::int from talents where employer_id is not null) linked,
              (select count(*)::int from talents t left join employers e on e.id = t.employer_id where t.employer_id is not null and e.id is null) dangling`,
    );
    expect(counts).toMatchObject({ t: 2_500, e: 80, dangling: 0 });
    expect(counts!.linked / 2_500).toBeGreaterThan(0.75);

    // Sealed values decrypt to valid identifiers whose lookup hash is the stored one.
    const sample = await query<{
      id_number_enc: string;
      id_number_hash: string;
      mobile_enc: string;
      mobile_hash: string;
      birth_date: string;
      gender: string;
      honors: string[];
    }>(`select id_number_enc, id_number_hash, mobile_enc, mobile_hash, birth_date::text, gender, honors from talents order by random() limit 200`);
    for (const row of sample) {
      const id = ctx.cipher.decrypt(row.id_number_enc);
      expect(checkIdNumber(id, '2026-07-01')).toMatchObject({ ok: true, birthDate: row.birth_date, gender: row.gender });
      expect(ctx.cipher.lookupHash('id', id)).toBe(row.id_number_hash);
      const mobile = ctx.cipher.decrypt(row.mobile_enc);
      expect(mobile).toMatch(/^1[3-9]\d{9}$/);
      expect(ctx.cipher.lookupHash('mobile', mobile)).toBe(row.mobile_hash);
      expect(Array.isArray(row.honors)).toBe(true);
    }
    for (const e of await query<{ credit_code: string; flags: string[] }>('select credit_code, flags from employers')) {
      expect(checkCreditCode(e.credit_code)).toEqual({ ok: true });
      expect(Array.isArray(e.flags)).toBe(true);
    }
    const [honored] = await query<{ n: number }>(`select count(*)::int n from talents where cardinality(honors) > 0`);
    expect(honored!.n).toBeGreaterThan(0);
  });

  it('refuses to seed a second time into non-empty tables', async () => {
    const attempt = seedCity(ctx, { talents: 10, employers: 2, seed: 8 });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(seedCity(ctx, { talents: 10, employers: 2, seed: 8 })).rejects.toMatchObject({ code: 'BOLE_SEED_NOT_EMPTY', status: 409 });
    const [c] = await query<{ n: number }>('select count(*)::int n from talents');
    expect(c!.n).toBe(2_500);
  });

  it('reports what was loaded when a load stops part way', async () => {
    let calls = 0;
    const copyCsv = async (table: string, columns: string[], csv: string) => {
      if (table === 'talents' && ++calls === 2) throw new Error('disk full');
      return ctx.database.copyCsv(table, columns, csv);
    };
    const failing = { ...ctx, database: { ...ctx.database, copyCsv } };
    const attempt = seedCity(failing, { talents: 300, employers: 3, seed: 99, append: true, chunkSize: 100, concurrency: 1 });
    await expect(attempt).rejects.toBeInstanceOf(SeedInterruptedError);
    await expect(attempt).rejects.toMatchObject({ loaded: { employers: 3, talents: 100 }, message: expect.stringContaining('disk full') });
    const [c] = await query<{ n: number }>('select count(*)::int n from talents');
    expect(c!.n).toBe(2_600);
  });

  it('appends with --append without colliding with what is there, even with the same seed', async () => {
    const report = await seedCity(ctx, { talents: 1_400, employers: 17, seed: 7, referenceDate: '2026-07-01', append: true });
    expect(report).toMatchObject({ talents: 1_400, employers: 17 });
    const [c] = await query<{ t: number; e: number; ids: number; mobiles: number; codes: number }>(
      `select count(*)::int t, count(distinct id_number_hash)::int ids, count(distinct mobile_hash)::int mobiles,
              (select count(*)::int from employers) e, (select count(distinct credit_code)::int from employers) codes from talents`,
    );
    expect(c).toEqual({ t: 4_000, e: 100, ids: 4_000, mobiles: 4_000, codes: 100 });
  });
});
