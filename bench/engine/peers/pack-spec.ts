/**
 * The policy pack as plain data for the peer rule engines: conditions, amounts and durations
 * in a small neutral form that `to-cel.ts`, `to-json-logic.ts`, `to-rules-engine.ts` and
 * `to-zen.ts` translate into each peer's own language. Written from policy-pack.md, separately
 * from both the hand-written kernel and the engine's YAML, so three readings cross-check.
 */

/** A condition over one person's facts (pack field names; `employer.*` nested). */
export type Cond =
  | { tier: string }
  | { emp: true }
  | { within: string; months: number }
  | { ageLt: number }
  | { gte: string; v: number }
  | { is: string; v: string | boolean }
  | { isNot: string; v: string }
  | { oneOf: string; v: readonly string[] }
  | { has: string; v: string }
  | { prefix: string; v: string }
  | { atFrom: string }
  | { atTo: string }
  | { any: readonly Cond[] }
  | { all: readonly Cond[] }
  | { not: Cond };

/** Amount in yuan: a constant, or `per` × field capped at `cap`. */
export type Amount = number | { per: number; field: string; cap: number };

/** One branch of a benefit: first branch whose `when` holds (or without `when`) applies. */
export interface Branch {
  readonly when?: Cond;
  readonly yuan: Amount;
  readonly months: number;
}

/** A policy for the peers. */
export interface PeerPolicy {
  readonly id: string;
  readonly eligible: readonly Cond[];
  readonly benefit: readonly Branch[];
}

const ORDER: Record<string, readonly string[]> = {
  highestDegree: ['secondary', 'associate', 'bachelor', 'master', 'doctorate'],
  title: ['none', 'junior', 'intermediate', 'associate_senior', 'senior'],
  skillLevel: ['none', 'level5', 'level4', 'level3', 'level2', 'level1'],
};

/** `field ≥ value` on an ordered enum, as membership in the upper part of its order. */
export function atLeast(field: string, v: string): Cond {
  const o = ORDER[field]!;
  return { oneOf: field, v: o.slice(o.indexOf(v)) };
}

const emp: Cond = { emp: true };
const within = (field: string, months: number): Cond => ({ within: field, months });
const tier = (t: string): Cond => ({ tier: t });
const is = (field: string, v: string | boolean): Cond => ({ is: field, v });
const gte = (field: string, v: number): Cond => ({ gte: field, v });
const once = (yuan: Amount, when?: Cond): Branch => (when ? { when, yuan, months: 1 } : { yuan, months: 1 });
const per = (months: number, yuan: number, when?: Cond): Branch => (when ? { when, yuan, months } : { yuan, months });
const enterprise: Cond = { all: [emp, is('employer.kind', 'enterprise')] };
const mainChain: Cond = { all: [emp, { isNot: 'employer.chain', v: 'other' }] };
const topSchool: Cond = { oneOf: 'schoolTier', v: ['world_top200', 'double_first_class'] };
const byDegree = (months: number, doc: number, master: number, bachelor: number | Branch[]): Branch[] => [
  per(months, doc, is('highestDegree', 'doctorate')),
  per(months, master, is('highestDegree', 'master')),
  ...(typeof bachelor === 'number' ? [per(months, bachelor)] : bachelor),
];
const byTier = (months: number, amounts: Record<string, number>): Branch[] => {
  const e = Object.entries(amounts);
  return e.map(([t, y], k) => (k === e.length - 1 ? per(months, y) : per(months, y, tier(t))));
};
const noHome: Cond[] = [is('ownsHomeInCity', false), is('livesInTalentApartment', false)];
const young35: Cond[] = [{ ageLt: 35 }, within('graduationDate', 36)];

/** Classification rows in order; the first that holds gives the tier. */
export const TIER_RULES: readonly { tier: string; when: Cond }[] = [
  { tier: 'A', when: { has: 'honors', v: 'academician' } },
  { tier: 'B', when: { has: 'honors', v: 'national_leading' } },
  {
    tier: 'C',
    when: {
      any: [
        { has: 'honors', v: 'provincial_leading' },
        { has: 'honors', v: 'national_skill_master' },
      ],
    },
  },
  { tier: 'D', when: { any: [is('highestDegree', 'doctorate'), is('title', 'senior'), { has: 'honors', v: 'city_leading' }] } },
  {
    tier: 'E',
    when: {
      any: [
        is('highestDegree', 'master'),
        { all: [is('highestDegree', 'bachelor'), topSchool] },
        is('title', 'associate_senior'),
        atLeast('skillLevel', 'level2'),
      ],
    },
  },
];

const W = { atFrom: '2024-01-01' } as const;

/** The 24 policies in POLICY_IDS order. */
export const PEER_POLICIES: readonly PeerPolicy[] = [
  {
    id: 'settle-allowance',
    eligible: [W, tier('ABCD'), emp, within('arrivalDate', 36), gte('socialInsuranceMonths', 6)],
    benefit: byTier(1, { A: 2_000_000, B: 1_000_000, C: 500_000, D: 150_000 }),
  },
  {
    id: 'graduate-living-allowance',
    eligible: [
      W,
      atLeast('highestDegree', 'bachelor'),
      { any: [{ all: [is('highestDegree', 'doctorate'), { ageLt: 40 }] }, { ageLt: 35 }] },
      within('graduationDate', 36),
      emp,
      gte('socialInsuranceMonths', 3),
    ],
    benefit: byDegree(36, 1500, 1000, [per(36, 600, { atFrom: '2026-07-01' }), per(36, 500)]),
  },
  {
    id: 'first-home-subsidy',
    eligible: [
      W,
      within('firstHomePurchaseDate', 12),
      { ageLt: 40 },
      gte('socialInsuranceMonths', 12),
      { any: [atLeast('highestDegree', 'master'), { all: [is('highestDegree', 'bachelor'), topSchool] }] },
    ],
    benefit: byDegree(1, 60_000, 30_000, 10_000),
  },
  {
    id: 'employer-recruitment-reward',
    eligible: [
      W,
      tier('ABCD'),
      emp,
      enterprise,
      {
        any: [
          { has: 'employer.flags', v: 'above_scale' },
          { has: 'employer.flags', v: 'high_tech' },
        ],
      },
      within('arrivalDate', 12),
    ],
    benefit: byTier(1, { A: 500_000, B: 200_000, C: 100_000, D: 30_000 }),
  },
  {
    id: 'flexible-expert-subsidy',
    eligible: [W, tier('ABC'), { isNot: 'engagementMode', v: 'none' }, gte('onsiteDaysLastYear', 30)],
    benefit: byTier(36, { AB: 100_000, C: 50_000 }),
  },
  {
    id: 'skill-upgrade-subsidy',
    eligible: [W, emp, gte('socialInsuranceMonths', 1), within('skillCertDate', 12), atLeast('skillLevel', 'level3')],
    benefit: [once(1500, is('skillLevel', 'level3')), once(2500, is('skillLevel', 'level2')), once(3500)],
  },
  {
    id: 'title-promotion-reward',
    eligible: [W, enterprise, within('titleDate', 12), atLeast('title', 'associate_senior')],
    benefit: [once(10_000, is('title', 'associate_senior')), once(20_000)],
  },
  { id: 'postdoc-stipend', eligible: [W, is('isPostdoc', true), emp], benefit: [per(24, 5000)] },
  { id: 'postdoc-retention', eligible: [W, within('postdocCompletedDate', 12), is('isPostdoc', false), emp], benefit: [once(200_000)] },
  {
    id: 'xiaohe-young-talent',
    eligible: [W, { ageLt: 36 }, { any: [atLeast('highestDegree', 'master'), tier('ABCDE')] }, emp, mainChain],
    benefit: [once(100_000)],
  },
  { id: 'dual-appointment-allowance', eligible: [W, is('dualAppointment', true), enterprise, mainChain], benefit: [per(24, 2000)] },
  {
    id: 'special-post-allowance',
    eligible: [W, { isNot: 'specialPost', v: 'none' }, tier('ABC')],
    benefit: [per(36, 10_000, is('specialPost', 'chief_expert')), per(36, 5000)],
  },
  {
    id: 'patent-commercialization-reward',
    eligible: [W, gte('licensedPatentsLastYear', 1), emp],
    benefit: [once({ per: 20_000, field: 'licensedPatentsLastYear', cap: 200_000 })],
  },
  {
    id: 'grassroots-allowance',
    eligible: [W, emp, { oneOf: 'employer.district', v: ['攸县', '茶陵县', '炎陵县'] }, atLeast('highestDegree', 'bachelor')],
    benefit: [per(60, 800)],
  },
  { id: 'top-talent-allowance', eligible: [W, tier('ABC'), emp, gte('socialInsuranceMonths', 12)], benefit: byTier(36, { A: 200_000, B: 100_000, C: 50_000 }) },
  { id: 'craftsman-allowance', eligible: [W, { has: 'honors', v: 'national_skill_master' }, emp], benefit: [per(36, 5000)] },
  { id: 'talent-apartment', eligible: [W, tier('ABCDE'), emp, ...noHome], benefit: [per(60, 6000, tier('AB')), per(36, 3000, tier('CD')), per(36, 1200)] },
  { id: 'rent-subsidy', eligible: [W, atLeast('highestDegree', 'bachelor'), ...young35, emp, ...noHome], benefit: byDegree(36, 1000, 800, 500) },
  {
    id: 'youth-station-stay',
    eligible: [
      W,
      { ageLt: 36 },
      atLeast('highestDegree', 'associate'),
      within('graduationDate', 36),
      is('hukouInCity', false),
      { any: [{ not: emp }, within('arrivalDate', 1)] },
    ],
    benefit: [once(1050)],
  },
  { id: 'children-schooling', eligible: [W, tier('ABCDE'), gte('childrenSchoolAge', 1), emp], benefit: [once(0)] },
  { id: 'medical-green-channel', eligible: [W, tier('ABC')], benefit: [per(12, 3000)] },
  { id: 'spouse-employment', eligible: [W, tier('ABC'), is('spouseNeedsJob', true)], benefit: [once(0)] },
  {
    id: 'hukou-settlement',
    eligible: [W, is('hukouInCity', false), { any: [atLeast('highestDegree', 'associate'), atLeast('skillLevel', 'level4')] }],
    benefit: [once(0)],
  },
  {
    id: 'returning-talent-bonus',
    eligible: [
      { atFrom: '2025-01-01' },
      { atTo: '2026-12-31' },
      { prefix: 'idNumber', v: '4302' },
      gte('yearsWorkedOutside', 3),
      within('arrivalDate', 12),
      atLeast('highestDegree', 'bachelor'),
      emp,
    ],
    benefit: [once(20_000)],
  },
];
