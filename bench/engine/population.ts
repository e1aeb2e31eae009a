/**
 * Deterministic synthetic population for the policy-engine benchmark: a seeded PRNG draws
 * 1,000,000 talent profiles straight into typed-array columns (the columnar form), spread so
 * that every policy of the pack has eligible and ineligible people — dates scattered around
 * the evaluation date with extra mass on the exact "within N months" and age boundaries,
 * month-end and 29 February dates, every degree, title, skill level, honor and employer kind.
 * `toProfile` turns one row back into a profile in the policy pack's field names.
 */
import { createRng, EMPLOYER_FLAGS, EMPLOYER_KINDS, HONORS, idCheckChar } from '@bole/contracts';
import { ZHUZHOU } from './city.js';

const CHAINS = ZHUZHOU.chain;
const DISTRICTS = ZHUZHOU.district;
import { NO_DATE, addMonths, dayNumber, daysInMonth, formatDay, parseDay } from './dates.js';

/** Missing enum code (no employer). */
export const NONE = 255;

/** The population as columns; dates are day numbers (NO_DATE when missing), enums are codes. */
export interface Population {
  readonly n: number;
  readonly birth: Int32Array;
  readonly gender: Uint8Array;
  /** First 4 digits of the ID number (e.g. 4302), or -1 when there is no ID number. */
  readonly birthplace: Int16Array;
  readonly degree: Uint8Array;
  readonly grad: Int32Array;
  readonly schoolTier: Uint8Array;
  readonly title: Uint8Array;
  readonly titleDate: Int32Array;
  readonly skill: Uint8Array;
  readonly skillDate: Int32Array;
  /** Bit i = HONORS[i]. */
  readonly honors: Uint8Array;
  readonly employed: Uint8Array;
  readonly chain: Uint8Array;
  /** Bit i = EMPLOYER_FLAGS[i]. */
  readonly flags: Uint8Array;
  readonly kind: Uint8Array;
  readonly district: Uint8Array;
  readonly arrival: Int32Array;
  readonly sim: Int32Array;
  readonly hukou: Uint8Array;
  readonly ownsHome: Uint8Array;
  readonly firstHome: Int32Array;
  readonly livesApt: Uint8Array;
  readonly children: Int32Array;
  readonly spouse: Uint8Array;
  readonly postdoc: Uint8Array;
  readonly postdocDone: Int32Array;
  readonly engagement: Uint8Array;
  readonly onsite: Int32Array;
  readonly specialPost: Uint8Array;
  readonly dual: Uint8Array;
  readonly patents: Int32Array;
  readonly yearsOutside: Int32Array;
}

/** Generates `n` profiles, deterministic for a given seed, around the evaluation date `at`. */
export function generatePopulation(n: number, at: string, seed = 20260701): Population {
  const r = createRng(seed).next;
  const atDay = parseDay(at);
  const alt = parseDay('2026-02-28');
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pick = (w: readonly number[]): number => {
    let x = r() * w.reduce((a, b) => a + b, 0);
    for (let i = 0; i < w.length; i++) if ((x -= w[i]!) < 0) return i;
    return w.length - 1;
  };
  const bits = (p: readonly number[]): number => p.reduce((m, q, i) => (r() < q ? m | (1 << i) : m), 0);
  /** A date: missing with p `miss`, else often on an exact N-month boundary (±1 day), else spread. */
  const date = (miss: number, spreadMonths: number, edges: readonly number[]): number => {
    if (r() < miss) return NO_DATE;
    const u = r();
    if (u < 0.3) {
      const base = r() < 0.8 ? atDay : alt;
      return addMonths(base, -edges[int(0, edges.length - 1)]!) + int(-1, 1);
    }
    if (u < 0.35) {
      const y = int(2020, 2026);
      const m = [1, 2, 3, 8, 12][int(0, 4)]!;
      return dayNumber(y, m, daysInMonth(y, m));
    }
    return atDay - int(-20, spreadMonths * 30);
  };
  const born = (): number => {
    if (r() < 0.3) return addMonths(r() < 0.8 ? atDay : alt, -12 * [35, 36, 40, 41][int(0, 3)]!) + int(-1, 1);
    if (r() < 0.02) return parseDay(`${[1988, 1992, 1996][int(0, 2)]!}-02-29`);
    return atDay - int(20 * 365, 62 * 365);
  };
  const u8 = () => new Uint8Array(n);
  const i32 = () => new Int32Array(n);
  const p: Population = {
    n,
    birth: i32(),
    gender: u8(),
    birthplace: new Int16Array(n),
    degree: u8(),
    grad: i32(),
    schoolTier: u8(),
    title: u8(),
    titleDate: i32(),
    skill: u8(),
    skillDate: i32(),
    honors: u8(),
    employed: u8(),
    chain: u8(),
    flags: u8(),
    kind: u8(),
    district: u8(),
    arrival: i32(),
    sim: i32(),
    hukou: u8(),
    ownsHome: u8(),
    firstHome: i32(),
    livesApt: u8(),
    children: i32(),
    spouse: u8(),
    postdoc: u8(),
    postdocDone: i32(),
    engagement: u8(),
    onsite: i32(),
    specialPost: u8(),
    dual: u8(),
    patents: i32(),
    yearsOutside: i32(),
  };
  const prefixes = [4302, 4301, 4303, 4401, 1101];
  for (let i = 0; i < n; i++) {
    p.birth[i] = born();
    p.gender[i] = int(0, 1);
    p.birthplace[i] = r() < 0.05 ? -1 : prefixes[pick([40, 20, 15, 15, 10])]!;
    const deg = pick([12, 18, 35, 23, 12]);
    p.degree[i] = deg;
    p.grad[i] = date(deg === 0 ? 0.5 : 0.05, 120, [36, 36, 12]);
    p.schoolTier[i] = pick([4, 16, 80]);
    p.title[i] = pick([40, 20, 20, 12, 8]);
    p.titleDate[i] = p.title[i]! === 0 ? NO_DATE : date(0.1, 60, [12]);
    p.skill[i] = pick([55, 8, 10, 12, 9, 6]);
    p.skillDate[i] = p.skill[i]! === 0 ? NO_DATE : date(0.1, 48, [12]);
    p.honors[i] = bits([0.004, 0.008, 0.015, 0.03, 0.008]);
    const emp = r() < 0.75;
    p.employed[i] = emp ? 1 : 0;
    p.chain[i] = emp ? pick([8, 8, 8, 10, 8, 8, 10, 5, 35]) : NONE;
    p.flags[i] = emp ? bits([0.45, 0.3, 0.15]) : 0;
    p.kind[i] = emp ? pick([65, 10, 8, 10, 7]) : NONE;
    p.district[i] = emp ? int(0, DISTRICTS.length - 1) : NONE;
    p.arrival[i] = date(emp ? 0.05 : 0.7, 72, [1, 12, 36]);
    p.sim[i] = r() < 0.5 ? [0, 1, 2, 3, 5, 6, 11, 12][int(0, 7)]! : int(0, 240);
    p.hukou[i] = r() < 0.45 ? 1 : 0;
    p.ownsHome[i] = r() < 0.35 ? 1 : 0;
    p.firstHome[i] = p.ownsHome[i] || r() < 0.1 ? date(0.2, 48, [12]) : NO_DATE;
    p.livesApt[i] = r() < 0.1 ? 1 : 0;
    p.children[i] = pick([60, 25, 12, 3]);
    p.spouse[i] = r() < 0.2 ? 1 : 0;
    p.postdoc[i] = deg === 4 && r() < 0.3 ? 1 : 0;
    p.postdocDone[i] = deg === 4 && r() < 0.3 ? date(0.1, 48, [12]) : NO_DATE;
    const flexible = p.honors[i]! !== 0 || r() < 0.05;
    p.engagement[i] = flexible && r() < 0.5 ? int(1, 4) : 0;
    p.onsite[i] = p.engagement[i]! ? [0, 15, 29, 30, 31, 90, 200][int(0, 6)]! : 0;
    p.specialPost[i] = flexible && r() < 0.3 ? int(1, 2) : 0;
    p.dual[i] = r() < 0.08 ? 1 : 0;
    p.patents[i] = r() < 0.9 ? 0 : [1, 2, 5, 9, 10, 11, 30][int(0, 6)]!;
    p.yearsOutside[i] = r() < 0.5 ? 0 : int(0, 15);
  }
  return p;
}

const DEGREES = ['secondary', 'associate', 'bachelor', 'master', 'doctorate'];
const TITLES = ['none', 'junior', 'intermediate', 'associate_senior', 'senior'];
const SKILLS = ['none', 'level5', 'level4', 'level3', 'level2', 'level1'];
const SCHOOL = ['world_top200', 'double_first_class', 'other'];
const MODES = ['none', 'migratory', 'offshore', 'circuit', 'weekend'];
const POSTS = ['none', 'chief_expert', 'industry_advisor'];

/** An 18-character GB 11643 ID number with a valid check character. */
function idNumber(prefix: number, birth: number, i: number): string {
  const body = `${prefix}01${formatDay(birth).replaceAll('-', '')}${String(i % 1000).padStart(3, '0')}`;
  return body + idCheckChar(body);
}

const d = (x: number): string | null => (x === NO_DATE ? null : formatDay(x));
const set = (mask: number, names: readonly string[]): string[] => names.filter((_, b) => (mask >> b) & 1);

/** Row `i` as a profile object in the policy pack's field names (JSON-ready). */
export function toProfile(p: Population, i: number): Record<string, unknown> {
  const emp = p.employed[i] === 1;
  return {
    id: `p${i}`,
    birthDate: formatDay(p.birth[i]!),
    gender: p.gender[i] ? 'female' : 'male',
    idNumber: p.birthplace[i]! < 0 ? null : idNumber(p.birthplace[i]!, p.birth[i]!, i),
    highestDegree: DEGREES[p.degree[i]!],
    graduationDate: d(p.grad[i]!),
    schoolTier: SCHOOL[p.schoolTier[i]!],
    title: TITLES[p.title[i]!],
    titleDate: d(p.titleDate[i]!),
    skillLevel: SKILLS[p.skill[i]!],
    skillCertDate: d(p.skillDate[i]!),
    honors: set(p.honors[i]!, HONORS),
    employerId: emp ? `e${i % 5000}` : null,
    employer: emp
      ? { chain: CHAINS[p.chain[i]!], flags: set(p.flags[i]!, EMPLOYER_FLAGS), kind: EMPLOYER_KINDS[p.kind[i]!], district: DISTRICTS[p.district[i]!] }
      : null,
    arrivalDate: d(p.arrival[i]!),
    socialInsuranceMonths: p.sim[i],
    hukouInCity: p.hukou[i] === 1,
    ownsHomeInCity: p.ownsHome[i] === 1,
    firstHomePurchaseDate: d(p.firstHome[i]!),
    livesInTalentApartment: p.livesApt[i] === 1,
    childrenSchoolAge: p.children[i],
    spouseNeedsJob: p.spouse[i] === 1,
    isPostdoc: p.postdoc[i] === 1,
    postdocCompletedDate: d(p.postdocDone[i]!),
    engagementMode: MODES[p.engagement[i]!],
    onsiteDaysLastYear: p.onsite[i],
    specialPost: POSTS[p.specialPost[i]!],
    dualAppointment: p.dual[i] === 1,
    licensedPatentsLastYear: p.patents[i],
    yearsWorkedOutside: p.yearsOutside[i],
  };
}
