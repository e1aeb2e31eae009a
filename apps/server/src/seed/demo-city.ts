/**
 * The demo city an instance gets on its first start: a small synthetic city plus one login per
 * role (password `Bole@2026`) so a visitor can try every part of the platform at once. The demo
 * talent, like most of the city, has a payout account, so the demo pays.
 * Runs once: a `demo_seeded` marker in `settings` records that it happened.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.js';
import { businessDate } from '../platform/clock.js';
import { createAccount } from '../auth/accounts.service.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { generateCity, type GeneratedTalent } from './city.generator.js';
import { seedCity } from './seed-city.js';
import { DEMO_CREDIT_CODE, DEMO_PASSWORD, DEMO_STAFF, DEMO_TALENT_MOBILE } from './demo-accounts.js';
import { hasMarker, setMarker } from '../db/markers.js';
import { countCity, insertEmployer, insertTalent } from './seed.repository.js';
import { maskAccountNumber } from '../personal-data/personal-data.js';
import { syntheticPayoutAccount } from './payout-accounts.js';

/** Size and seed of the demo city. */
export const DEMO_CITY = { talents: 300, employers: 60, seed: 2026 } as const;
/** The settings key marking that the demo was seeded. */
export const DEMO_MARKER = 'demo_seeded';
const FIRST_START_LOCK = 4_242_103;

/** The demo employer: a high-tech, above-scale rail-equipment company in 石峰区. */
const DEMO_EMPLOYER = {
  creditCode: DEMO_CREDIT_CODE,
  name: '株洲伯乐轨道交通装备有限公司',
  district: '石峰区',
  chain: 'rail',
  kind: 'enterprise',
  flags: ['above_scale', 'high_tech'],
  contactMobile: '13800000002',
} as const;

/**
 * The demo talent's profile: the first generated person with a full, benefit-rich profile (a
 * recent master's or doctoral graduate with a title, employed, with social insurance).
 */
export function demoTalentProfile(referenceDate: string): GeneratedTalent {
  const city = generateCity({ talents: 20_000, employers: 1, seed: DEMO_CITY.seed + 1, referenceDate });
  let fallback: GeneratedTalent | undefined;
  for (const chunk of city.talents(2_000)) {
    for (const t of chunk) {
      if (t.employerIndex === null || t.honors.length > 0) continue;
      fallback ??= t;
      const recent = Number(referenceDate.slice(0, 4)) - Number(t.graduationDate.slice(0, 4)) <= 2;
      if ((t.highestDegree === 'master' || t.highestDegree === 'doctorate') && recent && t.title !== 'none' && t.socialInsuranceMonths >= 6) return t;
    }
  }
  return fallback!;
}

/** Whether the demo was seeded already. */
export async function demoSeeded(ctx: AppContext): Promise<boolean> {
  return hasMarker(ctx.db, DEMO_MARKER);
}

/**
 * Seeds the demo city and the demo logins unless already done; returns banner lines (empty when
 * nothing was done). The synthetic city is only loaded into empty tables; the demo employer,
 * talent and logins are always created on the first run.
 */
export async function seedDemo(ctx: AppContext): Promise<string[]> {
  return ctx.database.withAdvisoryLock(FIRST_START_LOCK, async () => {
    if (await demoSeeded(ctx)) return [];
    const referenceDate = businessDate(ctx.clock.now());
    const stored = await countCity(ctx.db);
    const empty = stored.talents + stored.employers === 0;
    if (empty) await seedCity(ctx, { ...DEMO_CITY, referenceDate });

    const now = ctx.clock.now();
    const t = demoTalentProfile(referenceDate);
    await ctx.db.transaction(async (tx) => {
      const employerId = randomUUID();
      const { contactMobile, ...employer } = DEMO_EMPLOYER;
      await insertEmployer(tx, {
        ...employer,
        flags: [...employer.flags],
        id: employerId,
        contactMobileEnc: ctx.cipher.encrypt(contactMobile),
        contactMobileHash: ctx.cipher.lookupHash('mobile', contactMobile),
        createdAt: now,
        updatedAt: now,
      });
      const { employerIndex: _index, mobile: _mobile, idNumber, ...profile } = t;
      const account = syntheticPayoutAccount(idNumber, 100)!;
      const talentId = await insertTalent(tx, {
        ...profile,
        district: DEMO_EMPLOYER.district,
        employerId,
        mobileEnc: ctx.cipher.encrypt(DEMO_TALENT_MOBILE),
        mobileHash: ctx.cipher.lookupHash('mobile', DEMO_TALENT_MOBILE),
        idNumberEnc: ctx.cipher.encrypt(idNumber),
        idNumberHash: ctx.cipher.lookupHash('id', idNumber),
        birthplace: idNumber.slice(0, 4),
        payoutBank: account.bank,
        payoutAccountEnc: ctx.cipher.encrypt(account.accountNumber),
        payoutAccountMask: maskAccountNumber(account.accountNumber),
        payoutHolderName: profile.name,
        payoutAccountSetAt: now,
        createdAt: now,
        updatedAt: now,
      });
      // 人社局's data confirms the demo talent's employment and insurance months, and 公安's the hukou;
      // the degree and title stay declared, so the demo shows both kinds of fact and what is left to confirm.
      await recordVerifiedFacts(
        ctx,
        tx,
        talentId,
        { employerId, arrivalDate: profile.arrivalDate, socialInsuranceMonths: profile.socialInsuranceMonths },
        { source: 'department', department: 'rsj' },
      );
      await recordVerifiedFacts(ctx, tx, talentId, { hukouInCity: profile.hukouInCity }, { source: 'department', department: 'gaj' });
      await createAccount(
        ctx,
        tx,
        { role: 'talent', displayName: t.name, password: DEMO_PASSWORD, passwordPublished: true, mobile: DEMO_TALENT_MOBILE, talentId },
        null,
      );
      await createAccount(
        ctx,
        tx,
        { role: 'employer', displayName: DEMO_EMPLOYER.name, password: DEMO_PASSWORD, passwordPublished: true, creditCode: DEMO_CREDIT_CODE, employerId },
        null,
      );
      for (const s of DEMO_STAFF) {
        await createAccount(
          ctx,
          tx,
          { role: s.role, displayName: s.displayName, password: DEMO_PASSWORD, passwordPublished: true, username: s.username, department: s.department },
          null,
        );
      }
      await setMarker(tx, DEMO_MARKER, { at: now.toISOString(), city: empty ? DEMO_CITY : null }, now);
      await ctx.audit.record(tx, null, { action: 'seed.demo', entity: 'city', detail: { city: empty ? DEMO_CITY : null, accounts: 2 + DEMO_STAFF.length } });
    });

    return [
      '',
      empty
        ? `  Demo city seeded: ${DEMO_CITY.talents + 1} talents, ${DEMO_CITY.employers + 1} employers (BOLE_SEED_DEMO=false to skip).`
        : '  Demo accounts created (the database already held data, so no synthetic city was added).',
      `  Demo logins, password ${DEMO_PASSWORD} — change or disable them before real use:`,
      `    talent (人才)        mobile ${DEMO_TALENT_MOBILE}`,
      `    employer (用人单位)  credit code ${DEMO_CREDIT_CODE}`,
      `    reviewer (审核, 人社局) reviewer and reviewer2 (复核) · officer (人才办) officer and officer2 (复核) · concierge concierge · auditor auditor · admin admin`,
    ];
  });
}
