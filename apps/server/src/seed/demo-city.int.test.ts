import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { verifyPassword } from '../auth/secrets.js';
import { talentFactsOf } from '../facts/fact.service.js';
import { onFirstStart } from '../first-start.js';
import { DEMO_CITY } from './demo-city.js';
import { DEMO_CREDIT_CODE, DEMO_PASSWORD, DEMO_TALENT_MOBILE } from './demo-accounts.js';
import { queryRows } from '../db/rows.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function query<T>(text: string): Promise<T[]> {
  return queryRows<T>(ctx.db, sql.raw(text));
}
const counts = async () =>
  (
    await query<{ t: number; e: number; u: number; marker: number }>(
      `select (select count(*)::int from talents) t, (select count(*)::int from employers) e,
            (select count(*)::int from users) u, (select count(*)::int from settings where key = 'demo_seeded') marker`,
    )
  )[0]!;

describe('first start', () => {
  it('does nothing when BOLE_SEED_DEMO=false', async () => {
    expect(await onFirstStart({ ...ctx, config: { ...ctx.config, seedDemo: false } })).toEqual([]);
    expect(await counts()).toEqual({ t: 0, e: 0, u: 0, marker: 0 });
  });

  it('seeds the demo city and one login per role, then lists the logins', async () => {
    const banner = await onFirstStart(ctx);
    const text = banner.join('\n');
    expect(text).toContain(DEMO_TALENT_MOBILE);
    expect(text).toContain(DEMO_CREDIT_CODE);
    expect(text).toContain(DEMO_PASSWORD);
    for (const u of ['reviewer', 'officer', 'officer2', 'concierge', 'auditor', 'admin']) expect(text).toContain(u);
    expect(await counts()).toEqual({ t: DEMO_CITY.talents + 1, e: DEMO_CITY.employers + 1, u: 9, marker: 1 });

    const users = await query<{
      role: string;
      username: string | null;
      credit_code: string | null;
      mobile_hash: string | null;
      department: string | null;
      talent_id: string | null;
      employer_id: string | null;
      password_hash: string;
    }>('select role, username, credit_code, mobile_hash, department, talent_id, employer_id, password_hash from users order by role');
    expect(users.map((u) => u.role).sort()).toEqual(['admin', 'auditor', 'concierge', 'employer', 'officer', 'officer', 'reviewer', 'reviewer', 'talent']);
    const reviewer = users.find((u) => u.username === 'reviewer')!;
    expect([reviewer.role, reviewer.department]).toEqual(['reviewer', 'rsj']);
    // A second reviewer of the same department, for approvals above the large-approval threshold.
    expect(users.find((u) => u.username === 'reviewer2')).toMatchObject({ role: 'reviewer', department: 'rsj' });
    expect(await verifyPassword(reviewer.password_hash, DEMO_PASSWORD)).toBe(true);

    // The demo talent: found by its mobile, linked to a complete profile at the demo employer.
    const talent = users.find((u) => u.role === 'talent')!;
    expect(talent.mobile_hash).toBe(ctx.cipher.lookupHash('mobile', DEMO_TALENT_MOBILE));
    const [profile] = await query<{
      employer_id: string;
      credit_code: string;
      graduation_date: string | null;
      arrival_date: string | null;
      social_insurance_months: number;
      mobile_enc: string;
      highest_degree: string;
    }>(
      `select t.employer_id, e.credit_code, t.graduation_date::text, t.arrival_date::text, t.social_insurance_months, t.mobile_enc, t.highest_degree
         from talents t join employers e on e.id = t.employer_id where t.id = '${talent.talent_id}'`,
    );
    expect(profile).toMatchObject({ credit_code: DEMO_CREDIT_CODE });
    expect(profile!.graduation_date).not.toBeNull();
    expect(profile!.arrival_date).not.toBeNull();
    expect(ctx.cipher.decrypt(profile!.mobile_enc)).toBe(DEMO_TALENT_MOBILE);
    // 人社局's data confirmed the employment and insurance months, 公安's the hukou; the degree is the talent's word.
    const facts = new Map((await talentFactsOf(ctx, talent.talent_id!)).facts.map((f) => [f.field, f]));
    expect(facts.get('employerId')).toMatchObject({
      status: 'verified',
      verified: profile!.employer_id,
      confirmation: { source: 'department', department: 'rsj' },
    });
    expect(facts.get('socialInsuranceMonths')).toMatchObject({ status: 'verified', verified: profile!.social_insurance_months });
    expect(facts.get('hukouInCity')).toMatchObject({ status: 'verified', confirmation: { department: 'gaj' } });
    expect(facts.get('highestDegree')).toMatchObject({ status: 'declared', declared: profile!.highest_degree });
    const employer = users.find((u) => u.role === 'employer')!;
    expect([employer.credit_code, employer.employer_id]).toEqual([DEMO_CREDIT_CODE, profile!.employer_id]);

    // The pack is stored as version 1 and the seeded talents are classified by its tier table.
    const [stored] = await query<{ versions: number; tiered: number; demo_tier: string | null }>(
      `select (select count(*)::int from policy_versions) versions,
              (select count(*)::int from talents where tier is not null) tiered,
              (select tier from talents where id = '${talent.talent_id}') demo_tier`,
    );
    expect(stored!.versions).toBeGreaterThan(20);
    expect(stored!.tiered).toBeGreaterThan(0);
    expect(stored!.demo_tier).toBe('E');

    // The demo pays: the demo talent and most of the city have a payout account in their own name, sealed and masked.
    const [accounts] = await query<{ with_account: number; holder_is_talent: number; demo_enc: string | null; demo_mask: string | null }>(
      `select (select count(*)::int from talents where payout_account_enc is not null) with_account,
              (select count(*)::int from talents where payout_holder_name = name) holder_is_talent,
              (select payout_account_enc from talents where id = '${talent.talent_id}') demo_enc,
              (select payout_account_mask from talents where id = '${talent.talent_id}') demo_mask`,
    );
    expect(accounts!.with_account / (DEMO_CITY.talents + 1)).toBeGreaterThan(0.8);
    expect(accounts!.with_account).toBeLessThan(DEMO_CITY.talents + 1);
    expect(accounts!.holder_is_talent).toBe(accounts!.with_account);
    const demoNumber = ctx.cipher.decrypt(accounts!.demo_enc!);
    expect(demoNumber).toMatch(/^\d{19}$/);
    expect(accounts!.demo_mask).toBe(`**** **** **** ${demoNumber.slice(-4)}`);
  });

  it('does nothing on a second start', async () => {
    const before = await counts();
    expect(await onFirstStart(ctx)).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});
