/** The office's list sorts names by pinyin (安 < 白 < 张) on PGlite and PostgreSQL alike, through a stored key. */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAccount, signIn } from '../auth/testing.js';
import { rowsOf } from '../db/rows.js';
import { talentTestbed } from './talent-testing.js';
import { backfillNameKeys } from './talent.service.js';

describe('talent list: names in pinyin order', () => {
  const bed = talentTestbed();
  const namesSorted = async (sort: 'name' | '-name') => {
    const { cookie } = await signIn(bed.app, await createTestAccount(bed.ctx, 'officer'));
    const res = await bed.app.inject({ url: `/api/v1/talents?sort=${sort}&pageSize=50`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { name: string }[]).map((t) => t.name);
  };

  it('orders 安 < 白 < 张 whichever way a row was written, and follows a renamed talent', async () => {
    await bed.register('张三');
    await bed.register('安娜');
    const renamed = await bed.register('赵六');
    // A row written by SQL outside the repository gets its key from the start-up backfill.
    await bed.ctx.db.execute(sql`insert into talents (name) values ('白雪')`);
    expect(await backfillNameKeys(bed.ctx, 1)).toBe(1);
    expect(await namesSorted('name')).toEqual(['安娜', '白雪', '张三', '赵六']);

    // 赵六 → 蔡琳 (cai): the key follows the name.
    const put = await bed.put(renamed.cookie, bed.profileBody({ name: '蔡琳' }));
    expect(put.statusCode, put.body).toBe(200);
    expect(await namesSorted('name')).toEqual(['安娜', '白雪', '蔡琳', '张三']);
    expect(await namesSorted('-name')).toEqual(['张三', '蔡琳', '白雪', '安娜']);

    const [{ missing } = { missing: -1 }] = rowsOf<{ missing: number }>(
      await bed.ctx.db.execute(sql`select count(*)::int as missing from talents where name_key is null`),
    );
    expect(missing).toBe(0);
  });
});
