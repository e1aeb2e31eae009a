/**
 * What every implementation in the benchmark shares: the pack's policy ids in order, periods,
 * exclusive groups, the value formula and the per-person result shape that correctness
 * checks compare. Peers compute eligibility + amount (+ months) per policy; `finishPerson`
 * applies values and 就高不重复 in plain JS so that grouping is identical for all of them.
 */

/** The 24 policies of the pack, in the order of policy-pack.md. */
export const POLICY_IDS = [
  'settle-allowance',
  'graduate-living-allowance',
  'first-home-subsidy',
  'employer-recruitment-reward',
  'flexible-expert-subsidy',
  'skill-upgrade-subsidy',
  'title-promotion-reward',
  'postdoc-stipend',
  'postdoc-retention',
  'xiaohe-young-talent',
  'dual-appointment-allowance',
  'special-post-allowance',
  'patent-commercialization-reward',
  'grassroots-allowance',
  'top-talent-allowance',
  'craftsman-allowance',
  'talent-apartment',
  'rent-subsidy',
  'youth-station-stay',
  'children-schooling',
  'medical-green-channel',
  'spouse-employment',
  'hukou-settlement',
  'returning-talent-bonus',
] as const;

/** Number of policies. */
export const NP = POLICY_IDS.length;

/** Index of a policy id in POLICY_IDS. */
export const PI = Object.fromEntries(POLICY_IDS.map((id, i) => [id, i])) as Record<(typeof POLICY_IDS)[number], number>;

/** Benefit period per policy (same order). */
export const PERIODS: readonly ('once' | 'month' | 'year')[] = [
  'once',
  'month',
  'once',
  'once',
  'year',
  'once',
  'once',
  'month',
  'once',
  'once',
  'month',
  'month',
  'once',
  'month',
  'year',
  'month',
  'month',
  'month',
  'once',
  'once',
  'year',
  'once',
  'once',
  'once',
];

/** Exclusive groups as [first, second] policy indexes; the first wins ties. */
export const GROUPS: readonly (readonly [number, number])[] = [
  [PI['settle-allowance'], PI['graduate-living-allowance']],
  [PI['talent-apartment'], PI['rent-subsidy']],
];

/** Tier letters by code (255 = none). */
export const TIER_NAMES = ['A', 'B', 'C', 'D', 'E'] as const;

/** Value (fen) of a benefit: amount × months, × ceil(months/12) per year, or once. */
export function valueOf(period: 'once' | 'month' | 'year', amountFen: number, months: number): number {
  if (period === 'month') return amountFen * months;
  if (period === 'year') return amountFen * Math.ceil(months / 12);
  return amountFen;
}

/** One policy's outcome for one person. */
export interface PolicyOutcome {
  eligible: boolean;
  granted: boolean;
  amountFen: number;
  valueFen: number;
}

/** One person's outcome: tier (letter or null) and one entry per policy in POLICY_IDS order. */
export interface PersonOutcome {
  tier: string | null;
  policies: PolicyOutcome[];
}

/** Raw per-policy answers from a peer: eligible, amount in yuan and duration in months. */
export interface RawAnswer {
  eligible: boolean;
  amountYuan: number;
  months: number;
}

/** Applies value formula and exclusive groups to raw answers. */
export function finishPerson(tier: string | null, raw: readonly RawAnswer[]): PersonOutcome {
  const policies = raw.map((a, k): PolicyOutcome => {
    if (!a.eligible) return { eligible: false, granted: false, amountFen: 0, valueFen: 0 };
    const amountFen = Math.round(a.amountYuan * 100);
    return { eligible: true, granted: true, amountFen, valueFen: valueOf(PERIODS[k]!, amountFen, a.months) };
  });
  for (const [a, b] of GROUPS) {
    const x = policies[a]!;
    const y = policies[b]!;
    if (x.eligible && y.eligible) (x.valueFen >= y.valueFen ? y : x).granted = false;
  }
  return { tier, policies };
}

/** Human-readable differences between two outcomes (empty when they agree). */
export function diffOutcomes(a: PersonOutcome, b: PersonOutcome): string[] {
  const out: string[] = [];
  if (a.tier !== b.tier) out.push(`tier ${a.tier} vs ${b.tier}`);
  const show = (x: PolicyOutcome): string => (x.eligible ? `${x.granted ? 'granted' : 'displaced'} ${x.amountFen}/${x.valueFen}` : 'no');
  a.policies.forEach((x, k) => {
    const y = b.policies[k]!;
    const same = x.eligible === y.eligible && (!x.eligible || (x.granted === y.granted && x.amountFen === y.amountFen && x.valueFen === y.valueFen));
    if (!same) out.push(`${POLICY_IDS[k]}: ${show(x)} vs ${show(y)}`);
  });
  return out;
}
