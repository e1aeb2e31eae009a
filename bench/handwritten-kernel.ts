/**
 * The whole policy pack hand-written over typed-array columns: one fused loop over people,
 * every date condition reduced to integer comparisons against bounds computed once from `at`.
 * It is the practical speed limit the engine's generated kernels are compared to, and
 * `referencePerson` (below) is the same pack written literally, per person, from the text of
 * policy-pack.md, used to check every implementation.
 */
import { NO_DATE, age, earliestWithin, parseDay, withinMonths } from './engine/dates.js';
import { GROUPS, NP, type PersonOutcome, type RawAnswer, TIER_NAMES, finishPerson } from './engine/pack-common.js';
import type { Population } from './engine/population.js';

/** Columnar results: per policy, status (0 no, 1 eligible but displaced, 2 granted), amount and value in fen. */
export interface KernelOutput {
  readonly tier: Uint8Array;
  readonly status: Uint8Array[];
  readonly amountFen: Int32Array[];
  readonly valueFen: Int32Array[];
}

/** Allocates output columns for `n` people. */
export function allocOutput(n: number): KernelOutput {
  const many = <T>(f: () => T): T[] => Array.from({ length: NP }, f);
  return { tier: new Uint8Array(n), status: many(() => new Uint8Array(n)), amountFen: many(() => new Int32Array(n)), valueFen: many(() => new Int32Array(n)) };
}

const RECRUIT = [50_000_000, 20_000_000, 10_000_000, 3_000_000];
const TOP = [20_000_000, 10_000_000, 5_000_000];
const APT = [600_000, 600_000, 300_000, 300_000, 120_000];
const APT_M = [60, 60, 36, 36, 36];
const SKILL_AMT = [0, 0, 0, 150_000, 250_000, 350_000];

/** Marks policy `k` granted for person `i` with its amount and value (fen). */
function put(o: KernelOutput, k: number, i: number, amount: number, value: number): void {
  o.status[k]![i] = 2;
  o.amountFen[k]![i] = amount;
  o.valueFen[k]![i] = value;
}

/** Parameter overrides (yuan) for the benchmark's reforms. */
export interface Overrides {
  /** settle-allowance, tier D (pack: 150,000). */
  readonly settleDYuan?: number;
  /** rent-subsidy, master, per month (pack: 800; 1,200 ties talent-apartment tier E). */
  readonly rentMasterYuan?: number;
}

/** Evaluates the full pack for every person at `at` (YYYY-MM-DD) into `out`, with optional parameter overrides. */
export function runHandwritten(p: Population, at: string, out: KernelOutput, o: Overrides = {}): void {
  const A = parseDay(at);
  const SETTLE = [200_000_000, 100_000_000, 50_000_000, (o.settleDYuan ?? 150_000) * 100];
  const rentMaster = (o.rentMasterYuan ?? 800) * 100;
  const open = A >= parseDay('2024-01-01') ? 1 : 0;
  const returning = open && A >= parseDay('2025-01-01') && A <= parseDay('2026-12-31');
  const age35lt = earliestWithin(420, A),
    age35le = earliestWithin(432, A),
    age40lt = earliestWithin(480, A);
  const w36 = earliestWithin(36, A),
    w12 = earliestWithin(12, A),
    w1 = earliestWithin(1, A);
  const bachelorLiving = A >= parseDay('2026-07-01') ? 60_000 : 50_000;
  const { birth, degree, grad, schoolTier, title, titleDate, skill, skillDate, honors, employed, chain, flags, kind } = p;
  const { district, arrival, sim, hukou, ownsHome, firstHome, livesApt, children, spouse, postdoc, postdocDone } = p;
  const { engagement, onsite, specialPost, dual, patents, yearsOutside, birthplace } = p;
  const { tier: T, status: S, valueFen: V } = out;
  for (let k = 0; k < NP; k++) S[k]!.fill(0);
  const [[g0a, g0b], [g1a, g1b]] = GROUPS as [readonly [number, number], readonly [number, number]];
  for (let i = 0; i < p.n; i++) {
    const h = honors[i]!,
      deg = degree[i]!,
      ti = title[i]!,
      sk = skill[i]!;
    const t =
      h & 1
        ? 0
        : h & 2
          ? 1
          : h & 20
            ? 2
            : deg === 4 || ti === 4 || h & 8
              ? 3
              : deg === 3 || (deg === 2 && schoolTier[i]! <= 1) || ti === 3 || sk >= 4
                ? 4
                : 255;
    T[i] = t;
    if (!open) continue;
    const emp = employed[i] === 1,
      b = birth[i]!,
      g = grad[i]!,
      ar = arrival[i]!,
      si = sim[i]!;
    const gradIn3 = g >= w36 && g <= A;
    const ent = kind[i] === 0,
      mainChain = chain[i]! < 8;
    if (t <= 3 && emp && ar >= w36 && ar <= A && si >= 6) put(out, 0, i, SETTLE[t]!, SETTLE[t]!);
    if (deg >= 2 && b >= (deg === 4 ? age40lt : age35lt) && gradIn3 && emp && si >= 3) {
      const a = deg === 4 ? 150_000 : deg === 3 ? 100_000 : bachelorLiving;
      put(out, 1, i, a, a * 36);
    }
    const fh = firstHome[i]!;
    if (fh >= w12 && fh <= A && b >= age40lt && si >= 12 && (deg >= 3 || (deg === 2 && schoolTier[i]! <= 1))) {
      const a = deg === 4 ? 6_000_000 : deg === 3 ? 3_000_000 : 1_000_000;
      put(out, 2, i, a, a);
    }
    if (t <= 3 && emp && ent && (flags[i]! & 3) !== 0 && ar >= w12 && ar <= A) put(out, 3, i, RECRUIT[t]!, RECRUIT[t]!);
    if (t <= 2 && engagement[i] !== 0 && onsite[i]! >= 30) {
      const a = t <= 1 ? 10_000_000 : 5_000_000;
      put(out, 4, i, a, a * 3);
    }
    const sd = skillDate[i]!;
    if (emp && si >= 1 && sd >= w12 && sd <= A && sk >= 3) put(out, 5, i, SKILL_AMT[sk]!, SKILL_AMT[sk]!);
    const td = titleDate[i]!;
    if (ent && td >= w12 && td <= A && ti >= 3) {
      const a = ti === 4 ? 2_000_000 : 1_000_000;
      put(out, 6, i, a, a);
    }
    const pd = postdoc[i] === 1;
    if (pd && emp) put(out, 7, i, 500_000, 500_000 * 24);
    const pc = postdocDone[i]!;
    if (pc >= w12 && pc <= A && !pd && emp) put(out, 8, i, 20_000_000, 20_000_000);
    if (b >= age35le && (deg >= 3 || t <= 4) && emp && mainChain) put(out, 9, i, 10_000_000, 10_000_000);
    if (dual[i] === 1 && ent && mainChain) put(out, 10, i, 200_000, 200_000 * 24);
    const sp = specialPost[i]!;
    if (sp !== 0 && t <= 2) {
      const a = sp === 1 ? 1_000_000 : 500_000;
      put(out, 11, i, a, a * 36);
    }
    const pt = patents[i]!;
    if (pt >= 1 && emp) {
      const a = Math.min(2_000_000 * pt, 20_000_000);
      put(out, 12, i, a, a);
    }
    const di = district[i]!;
    if (di >= 6 && di <= 8 && deg >= 2 && emp) put(out, 13, i, 80_000, 80_000 * 60);
    if (t <= 2 && emp && si >= 12) put(out, 14, i, TOP[t]!, TOP[t]! * 3);
    if (h & 16 && emp) put(out, 15, i, 500_000, 500_000 * 36);
    const noHome = ownsHome[i] === 0 && livesApt[i] === 0;
    if (t <= 4 && emp && noHome) put(out, 16, i, APT[t]!, APT[t]! * APT_M[t]!);
    if (deg >= 2 && b >= age35lt && gradIn3 && emp && noHome) {
      const a = deg === 4 ? 100_000 : deg === 3 ? rentMaster : 50_000;
      put(out, 17, i, a, a * 36);
    }
    if (b >= age35le && deg >= 1 && gradIn3 && hukou[i] === 0 && (!emp || (ar >= w1 && ar <= A))) put(out, 18, i, 105_000, 105_000);
    if (t <= 4 && children[i]! >= 1 && emp) put(out, 19, i, 0, 0);
    if (t <= 2) put(out, 20, i, 300_000, 300_000);
    if (t <= 2 && spouse[i] === 1) put(out, 21, i, 0, 0);
    if (hukou[i] === 0 && (deg >= 1 || sk >= 2)) put(out, 22, i, 0, 0);
    if (returning && birthplace[i] === 4302 && yearsOutside[i]! >= 3 && ar >= w12 && ar <= A && deg >= 2 && emp) put(out, 23, i, 2_000_000, 2_000_000);
    if (S[g0a]![i] === 2 && S[g0b]![i] === 2) {
      if (V[g0a]![i]! >= V[g0b]![i]!) S[g0b]![i] = 1;
      else S[g0a]![i] = 1;
    }
    if (S[g1a]![i] === 2 && S[g1b]![i] === 2) {
      if (V[g1a]![i]! >= V[g1b]![i]!) S[g1b]![i] = 1;
      else S[g1a]![i] = 1;
    }
  }
}

/** Reads one person's outcome out of kernel output columns. */
export function outcomeAt(out: KernelOutput, i: number): PersonOutcome {
  const t = out.tier[i]!;
  return {
    tier: t === 255 ? null : TIER_NAMES[t]!,
    policies: out.status.map((s, k) => ({
      eligible: s[i]! > 0,
      granted: s[i] === 2,
      amountFen: s[i]! > 0 ? out.amountFen[k]![i]! : 0,
      valueFen: s[i]! > 0 ? out.valueFen[k]![i]! : 0,
    })),
  };
}

/** A profile in the pack's field names, defaults applied (see population `toProfile`). */
export type ProfileLike = Record<string, unknown> & { employer: { chain: string; flags: string[]; kind: string; district: string } | null };

const RANK: Record<string, readonly string[]> = {
  degree: ['secondary', 'associate', 'bachelor', 'master', 'doctorate'],
  title: ['none', 'junior', 'intermediate', 'associate_senior', 'senior'],
  skill: ['none', 'level5', 'level4', 'level3', 'level2', 'level1'],
};

/**
 * The pack written literally for one profile at `at`: age and "within" from their definitions,
 * no precomputed bounds, strings not codes. Independent of the columnar kernel above.
 */
export function referencePerson(x: ProfileLike, at: string): PersonOutcome {
  const { tier, answers } = referenceAnswers(x, at);
  return finishPerson(tier, answers);
}

/** The tier and each policy's raw answer (eligible, amount in yuan, months) of `referencePerson`, before values and groups. */
export function referenceAnswers(x: ProfileLike, at: string): { tier: string | null; answers: RawAnswer[] } {
  const A = parseDay(at);
  const day = (f: string): number => (x[f] == null ? NO_DATE : parseDay(x[f] as string));
  const within = (f: string, months: number): boolean => withinMonths(day(f), months, A);
  const rank = (scale: string, v: unknown): number => RANK[scale]!.indexOf(v as string);
  const deg = rank('degree', x['highestDegree']);
  const ti = rank('title', x['title']);
  const sk = rank('skill', x['skillLevel']);
  const honors = x['honors'] as string[];
  const has = (h: string): boolean => honors.includes(h);
  const e = x.employer;
  const emp = x['employerId'] != null;
  const topSchool = x['schoolTier'] === 'world_top200' || x['schoolTier'] === 'double_first_class';
  const tier = has('academician')
    ? 'A'
    : has('national_leading')
      ? 'B'
      : has('provincial_leading') || has('national_skill_master')
        ? 'C'
        : deg === 4 || ti === 4 || has('city_leading')
          ? 'D'
          : deg === 3 || (deg === 2 && topSchool) || ti === 3 || sk >= 4
            ? 'E'
            : null;
  const inTiers = (s: string): boolean => tier !== null && s.includes(tier);
  const ag = age(day('birthDate'), A);
  const sim = x['socialInsuranceMonths'] as number;
  const n = (f: string): number => x[f] as number;
  const no = (): RawAnswer => ({ eligible: false, amountYuan: 0, months: 1 });
  const yes = (amountYuan: number, months = 1): RawAnswer => ({ eligible: true, amountYuan, months });
  const ent = e !== null && e.kind === 'enterprise';
  const mainChain = e !== null && e.chain !== 'other';
  const gradIn3 = within('graduationDate', 36);
  const noHome = !x['ownsHomeInCity'] && !x['livesInTalentApartment'];
  const byDeg = (doc: number, master: number, bachelor: number): number => (deg === 4 ? doc : deg === 3 ? master : bachelor);
  const r: RawAnswer[] = [
    inTiers('ABCD') && emp && within('arrivalDate', 36) && sim >= 6 ? yes(({ A: 2e6, B: 1e6, C: 5e5, D: 15e4 } as Record<string, number>)[tier!]!) : no(),
    deg >= 2 && ag < (deg === 4 ? 40 : 35) && gradIn3 && emp && sim >= 3 ? yes(byDeg(1500, 1000, A <= parseDay('2026-06-30') ? 500 : 600), 36) : no(),
    within('firstHomePurchaseDate', 12) && ag < 40 && sim >= 12 && (deg >= 3 || (deg === 2 && topSchool)) ? yes(byDeg(60000, 30000, 10000)) : no(),
    inTiers('ABCD') && emp && ent && (e.flags.includes('above_scale') || e.flags.includes('high_tech')) && within('arrivalDate', 12)
      ? yes(({ A: 500000, B: 200000, C: 100000, D: 30000 } as Record<string, number>)[tier!]!)
      : no(),
    inTiers('ABC') && x['engagementMode'] !== 'none' && n('onsiteDaysLastYear') >= 30 ? yes(tier === 'C' ? 50000 : 100000, 36) : no(),
    emp && sim >= 1 && within('skillCertDate', 12) && sk >= 3 ? yes([1500, 2500, 3500][sk - 3]!) : no(),
    ent && within('titleDate', 12) && ti >= 3 ? yes(ti === 4 ? 20000 : 10000) : no(),
    x['isPostdoc'] && emp ? yes(5000, 24) : no(),
    within('postdocCompletedDate', 12) && !x['isPostdoc'] && emp ? yes(200000) : no(),
    ag <= 35 && (deg >= 3 || inTiers('ABCDE')) && emp && mainChain ? yes(100000) : no(),
    x['dualAppointment'] && ent && mainChain ? yes(2000, 24) : no(),
    x['specialPost'] !== 'none' && inTiers('ABC') ? yes(x['specialPost'] === 'chief_expert' ? 10000 : 5000, 36) : no(),
    n('licensedPatentsLastYear') >= 1 && emp ? yes(Math.min(20000 * n('licensedPatentsLastYear'), 200000)) : no(),
    e !== null && ['攸县', '茶陵县', '炎陵县'].includes(e.district) && deg >= 2 && emp ? yes(800, 60) : no(),
    inTiers('ABC') && emp && sim >= 12 ? yes(({ A: 200000, B: 100000, C: 50000 } as Record<string, number>)[tier!]!, 36) : no(),
    has('national_skill_master') && emp ? yes(5000, 36) : no(),
    inTiers('ABCDE') && emp && noHome ? (inTiers('AB') ? yes(6000, 60) : inTiers('CD') ? yes(3000, 36) : yes(1200, 36)) : no(),
    deg >= 2 && ag < 35 && gradIn3 && emp && noHome ? yes(byDeg(1000, 800, 500), 36) : no(),
    ag <= 35 && deg >= 1 && gradIn3 && !x['hukouInCity'] && (!emp || within('arrivalDate', 1)) ? yes(1050) : no(),
    inTiers('ABCDE') && n('childrenSchoolAge') >= 1 && emp ? yes(0) : no(),
    inTiers('ABC') ? yes(3000, 12) : no(),
    inTiers('ABC') && x['spouseNeedsJob'] ? yes(0) : no(),
    !x['hukouInCity'] && (deg >= 1 || sk >= 2) ? yes(0) : no(),
    A >= parseDay('2025-01-01') &&
    A <= parseDay('2026-12-31') &&
    String(x['idNumber'] ?? '').startsWith('4302') &&
    n('yearsWorkedOutside') >= 3 &&
    within('arrivalDate', 12) &&
    deg >= 2 &&
    emp
      ? yes(20000)
      : no(),
  ];
  const windowOpen = A >= parseDay('2024-01-01');
  return { tier, answers: windowOpen ? r : r.map(no) };
}
