/**
 * The synthetic city: a deterministic generator of employers and talents for demos, tests and
 * benchmarks. Same options → same city, on any machine. Talents come in chunks so a million of
 * them never sit in memory at once (only the employers, and one number per ID for uniqueness).
 *
 * Every generated person is internally consistent as of `referenceDate`: the ID number encodes
 * the birthplace, birth date and gender; graduation comes at a plausible age for the degree;
 * titles, skill certificates, arrival, home purchase and postdoc dates come after graduation and
 * never after the reference date; social-insurance months never exceed the months since arrival.
 */
import type { Degree, District, EngagementMode, Gender, Honor, SchoolTier, SkillLevel, SpecialPost, Title } from '@bole/contracts';
import { makeIdNumber } from '../identity/id-number.js';
import { createRng, FLEXIBLE_MODES, weighted, type Rng } from '@bole/contracts';
import { BIRTHPLACE_WEIGHTS, FEMALE_NAME_CHARS, MALE_NAME_CHARS, MOBILE_PREFIXES, SURNAME_WEIGHTS } from './city-data.js';
import { DAY_MS, addYears, dayOf, fmt, monthsBetween, parts, yearsBetween } from './day-numbers.js';
import { DISTRICTS_T, MOBILE_SPACE, generateEmployers, mobileSuffix, type EmployerRef, type GeneratedEmployer, type IsReserved } from './employer.generator.js';

export type { EmployerRef, GeneratedEmployer, IsReserved } from './employer.generator.js';

/** A talent as generated: the columns of `talents`, with the employer as an index into the pool. */
export interface GeneratedTalent {
  name: string;
  gender: Gender;
  idNumber: string;
  mobile: string;
  birthDate: string;
  district: District;
  highestDegree: Degree;
  graduationDate: string;
  schoolTier: SchoolTier;
  title: Title;
  titleDate: string | null;
  skillLevel: SkillLevel;
  skillCertDate: string | null;
  honors: Honor[];
  /** Index into `City.pool`, or null when not employed in the city. */
  employerIndex: number | null;
  arrivalDate: string | null;
  socialInsuranceMonths: number;
  hukouInCity: boolean;
  ownsHomeInCity: boolean;
  firstHomePurchaseDate: string | null;
  livesInTalentApartment: boolean;
  childrenSchoolAge: number;
  spouseNeedsJob: boolean;
  isPostdoc: boolean;
  postdocCompletedDate: string | null;
  engagementMode: EngagementMode;
  onsiteDaysLastYear: number;
  specialPost: SpecialPost;
  dualAppointment: boolean;
  licensedPatentsLastYear: number;
  yearsWorkedOutside: number;
}

/** Options of `generateCity`. */
export interface CityOptions {
  talents: number;
  employers: number;
  seed: number;
  /** "Today" of the city (YYYY-MM-DD); nothing is dated after it. Default 2026-07-01. */
  referenceDate?: string;
  /**
   * Ordinal of the first talent / employer. Mobile numbers and credit codes are a bijection of
   * the ordinal, so loading a second batch with base = rows already present cannot collide.
   */
  talentOrdinalBase?: number;
  employerOrdinalBase?: number;
  /** Employers already stored that talents may also work for (listed first in the pool). */
  existingEmployers?: readonly EmployerRef[];
  /** Values that must not be generated (already stored, or reserved for the demo accounts). */
  isReserved?: IsReserved;
}

/** A generated city. */
export interface City {
  /** The new employers (small enough to hold: tens of thousands). */
  employers: GeneratedEmployer[];
  /** Every employer a talent can work for: `existingEmployers` then `employers`. */
  pool: readonly EmployerRef[];
  /** The talents, `chunkSize` at a time, generated lazily. Chunking never changes the output. */
  talents(chunkSize?: number): Generator<GeneratedTalent[]>;
}

/** The reference date used when none is given. */
export const DEFAULT_REFERENCE_DATE = '2026-07-01';

const BIRTHPLACES_T = weighted(BIRTHPLACE_WEIGHTS);
const SURNAMES_T = weighted(SURNAME_WEIGHTS);
const DEGREES_T = weighted<Degree>([
  ['secondary', 11],
  ['associate', 24],
  ['bachelor', 41],
  ['master', 18],
  ['doctorate', 6],
]);
/** Age at graduation: minimum and extra years (uniform) per degree. */
const GRAD_AGE: Record<Degree, [number, number]> = {
  secondary: [18, 1],
  associate: [20, 2],
  bachelor: [22, 1],
  master: [24, 2],
  doctorate: [27, 5],
};
/** Years since graduation, as [from, to] bands. */
const SINCE_GRAD_T = weighted<[number, number]>([
  [[0, 2], 21],
  [[3, 7], 24],
  [[8, 15], 26],
  [[16, 25], 19],
  [[26, 42], 10],
]);
/** Title steps: [title, years after graduation it needs, chance of reaching it from the step below]. */
const TITLE_STEPS: readonly (readonly [Title, number, number])[] = [
  ['junior', 1, 0.75],
  ['intermediate', 5, 0.6],
  ['associate_senior', 10, 0.35],
  ['senior', 16, 0.25],
];
const TITLE_STEPS_DOCTOR: readonly (readonly [Title, number, number])[] = [
  ['junior', 0, 0.75],
  ['intermediate', 2, 0.6],
  ['associate_senior', 5, 0.55],
  ['senior', 10, 0.4],
];
/** Skill steps, likewise (the first chance depends on the degree). */
const SKILL_STEPS: readonly (readonly [SkillLevel, number, number])[] = [
  ['level5', 0, 0],
  ['level4', 2, 0.7],
  ['level3', 5, 0.55],
  ['level2', 9, 0.35],
  ['level1', 13, 0.3],
];
const RETIREMENT_AGE = 64;

/** Generates the employers and (lazily) the talents of a city. */
export function generateCity(opts: CityOptions): City {
  if (!Number.isInteger(opts.talents) || opts.talents < 0) throw new RangeError('talents must be a whole number ≥ 0');
  if (!Number.isInteger(opts.employers) || opts.employers < 0) throw new RangeError('employers must be a whole number ≥ 0');
  const reference = opts.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const ref = Date.parse(`${reference}T00:00:00Z`) / DAY_MS;
  if (!Number.isInteger(ref) || fmt(ref) !== reference) throw new RangeError(`referenceDate must be a real date YYYY-MM-DD: ${reference}`);
  const reserved = opts.isReserved ?? (() => false);

  const employers = generateEmployers(createRng(opts.seed, 1), opts.employers, opts.employerOrdinalBase ?? 0, reserved);
  const pool: EmployerRef[] = [...(opts.existingEmployers ?? []), ...employers];
  if (opts.talents > 0 && pool.length === 0) throw new RangeError('talents need at least one employer (generated or existing)');

  return {
    employers,
    pool,
    *talents(chunkSize = 25_000) {
      const rng = createRng(opts.seed, 2);
      const gen = talentGenerator(rng, ref, pool, opts.talentOrdinalBase ?? 0, reserved);
      let chunk: GeneratedTalent[] = [];
      for (let i = 0; i < opts.talents; i++) {
        chunk.push(gen(i));
        if (chunk.length === chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    },
  };
}

function talentGenerator(rng: Rng, ref: number, pool: readonly EmployerRef[], base: number, reserved: IsReserved): (i: number) => GeneratedTalent {
  const all = weighted(pool.map((e, idx) => [idx, e.size] as const));
  const academicPairs = pool.flatMap((e, idx) => (e.kind === 'university' || e.kind === 'institute' ? [[idx, e.size] as const] : []));
  const academic = academicPairs.length ? weighted(academicPairs) : all;
  const regionIndex = new Map(BIRTHPLACES_T.items.map((r, k) => [r, k]));
  const usedIds = new Set<number>();
  const refYears = parts(ref);

  function dateBetween(lo: number, hi: number): number {
    return hi <= lo ? lo : lo + rng.int(hi - lo + 1);
  }

  return (i) => {
    const gender: Gender = rng.chance(0.56) ? 'male' : 'female';
    const degree = rng.draw(DEGREES_T);
    const [minAge, extra] = GRAD_AGE[degree];
    const gradAge = minAge + rng.int(extra + 1);
    const [sinceLo, sinceHi] = rng.draw(SINCE_GRAD_T);
    const since = Math.min(rng.range(sinceLo, sinceHi), RETIREMENT_AGE - gradAge);
    // Graduation on a late-June/early-July day `since` years ago, never after the reference date.
    let gradYear = refYears[0] - since;
    let gradDay = dayOf(gradYear, 6, 20) + rng.int(15);
    if (gradDay > ref) {
      gradYear--;
      gradDay = dayOf(gradYear, 6, 20) + rng.int(15);
    }
    // Born between (gradAge+1) years and gradAge years before graduation: age at graduation = gradAge.
    const birth = addYears(gradDay, -(gradAge + 1)) + 1 + rng.int(365);
    const birthDay = Math.min(birth, addYears(gradDay, -gradAge));
    const birthDate = fmt(birthDay);
    const age = yearsBetween(birthDay, ref);
    const yearsSinceGrad = yearsBetween(gradDay, ref);

    const region = rng.draw(BIRTHPLACES_T);
    const local = region.startsWith('4302');
    let seq = rng.int(500);
    let idNumber = makeIdNumber(region, birthDate, seq, gender);
    const keyBase = (regionIndex.get(region)! * 60_000 + (birthDay + 30_000)) * 500;
    while (usedIds.has(keyBase + seq) || reserved('id', idNumber)) {
      seq = rng.int(500);
      idNumber = makeIdNumber(region, birthDate, seq, gender);
    }
    usedIds.add(keyBase + seq);

    const surname = rng.draw(SURNAMES_T);
    const chars = gender === 'male' ? MALE_NAME_CHARS : FEMALE_NAME_CHARS;
    const name = surname + chars[rng.int(chars.length)]! + (rng.chance(0.72) ? chars[rng.int(chars.length)]! : '');

    let ordinal = base + i;
    let mobile = `${rng.pick(MOBILE_PREFIXES)}${mobileSuffix(ordinal % MOBILE_SPACE)}`;
    while (reserved('mobile', mobile)) {
      ordinal += 7_919;
      mobile = `${mobile.slice(0, 3)}${mobileSuffix(ordinal % MOBILE_SPACE)}`;
    }

    const higher = degree === 'bachelor' || degree === 'master' || degree === 'doctorate';
    const schoolTier: SchoolTier = !higher
      ? 'other'
      : rng.chance(degree === 'doctorate' ? 0.08 : degree === 'master' ? 0.03 : 0.01)
        ? 'world_top200'
        : rng.chance(degree === 'doctorate' ? 0.55 : degree === 'master' ? 0.35 : 0.18)
          ? 'double_first_class'
          : 'other';

    // Professional title (职称): possible after a number of years, each step less likely.
    const doc = degree === 'doctorate';
    const titleSteps = doc ? TITLE_STEPS_DOCTOR : TITLE_STEPS;
    let title: Title = 'none';
    let titleMinYears = 0;
    for (let k = 0; k < titleSteps.length; k++) {
      const [t, years, p] = titleSteps[k]!;
      const chance = k === 0 && !doc ? (higher ? 0.75 : degree === 'associate' ? 0.35 : 0.08) : p;
      if (yearsSinceGrad < years || !rng.chance(chance)) break;
      title = t;
      titleMinYears = years;
    }
    const titleDate = title === 'none' ? null : fmt(dateBetween(addYears(gradDay, titleMinYears), ref));

    // Skill level (职业技能等级), mostly for vocational graduates.
    let skillLevel: SkillLevel = 'none';
    let skillMinYears = 0;
    for (let k = 0; k < SKILL_STEPS.length; k++) {
      const [level, years, p] = SKILL_STEPS[k]!;
      const chance = k === 0 ? (degree === 'secondary' ? 0.7 : degree === 'associate' ? 0.55 : 0.08) : p;
      if (yearsSinceGrad < years || !rng.chance(chance)) break;
      skillLevel = level;
      skillMinYears = years;
    }
    const skillCertDate = skillLevel === 'none' ? null : fmt(dateBetween(addYears(gradDay, skillMinYears), ref));

    // Honours: rare, and only for people whose career could have earned them.
    const honors: Honor[] = [];
    const top = title === 'senior' || doc;
    if (top && age >= 50 && title === 'senior' && rng.chance(0.002)) honors.push('academician');
    if (top && age >= 38 && rng.chance(0.006)) honors.push('national_leading');
    if ((top || title === 'associate_senior') && age >= 33 && rng.chance(0.012)) honors.push('provincial_leading');
    if ((title === 'intermediate' || title === 'associate_senior' || top || degree === 'master') && rng.chance(0.015)) honors.push('city_leading');
    if ((skillLevel === 'level1' || skillLevel === 'level2') && rng.chance(0.01)) honors.push('national_skill_master');
    const leading = honors.length > 0 && (honors.length > 1 || honors[0] !== 'city_leading');

    // Flexible experts (候鸟式/离岸式/巡回式/周末式) serve the city without working here.
    const flexible = (leading && rng.chance(0.2)) || (top && rng.chance(0.004));
    const engagementMode: EngagementMode = flexible ? rng.pick(FLEXIBLE_MODES) : 'none';
    const onsiteDaysLastYear = flexible ? rng.range(10, 150) : 0;

    const employedP = flexible ? 0.3 : yearsSinceGrad < 1 ? 0.7 : age >= 60 ? 0.75 : 0.88;
    const employed = rng.chance(employedP);
    let employerIndex: number | null = null;
    let arrivalDay: number | null = null;
    let socialInsuranceMonths = 0;
    let district: District;
    if (employed) {
      employerIndex = rng.draw(doc && rng.chance(0.35) ? academic : all);
      const employer = pool[employerIndex]!;
      const earliest = Math.max(gradDay, addYears(birthDay, 18));
      // About one in ten arrived within the last year; the others any time since graduation.
      arrivalDay = rng.chance(0.1) ? dateBetween(Math.max(earliest, ref - 365), ref) : dateBetween(earliest, ref);
      socialInsuranceMonths = Math.max(0, monthsBetween(arrivalDay, ref) - rng.int(3));
      district = rng.chance(0.8) ? employer.district : rng.draw(DISTRICTS_T);
    } else {
      district = rng.draw(DISTRICTS_T);
    }
    const employer = employerIndex === null ? null : pool[employerIndex]!;
    const tenureYears = arrivalDay === null ? 0 : yearsBetween(arrivalDay, ref);

    const hukouInCity = rng.chance(local ? 0.75 : employed && tenureYears >= 3 ? 0.5 : 0.08);
    const ownP = employed ? Math.min(0.8, 0.08 + 0.06 * tenureYears) : hukouInCity ? 0.4 : 0.03;
    const ownsHomeInCity = age >= 22 && rng.chance(ownP);
    const homeFrom = Math.max(arrivalDay ?? gradDay, addYears(birthDay, 22));
    const firstHomePurchaseDate = ownsHomeInCity && homeFrom <= ref && rng.chance(0.85) ? fmt(dateBetween(homeFrom, ref)) : null;
    const livesInTalentApartment = employed && !ownsHomeInCity && tenureYears < 3 && rng.chance(0.12);
    const childrenSchoolAge = age >= 30 && age <= 50 ? rng.draw(CHILDREN_T) : age >= 26 && age < 30 && rng.chance(0.12) ? 1 : 0;
    const spouseNeedsJob = rng.chance(employed && tenureYears < 2 && age > 28 ? 0.1 : 0.01);

    // Postdocs: recent doctorates, mostly at universities and institutes.
    const isPostdoc = doc && employed && yearsSinceGrad <= 3 && age < 40 && rng.chance(0.2);
    const postdocFrom = addYears(gradDay, 2);
    const postdocCompletedDate = doc && !isPostdoc && postdocFrom <= ref && rng.chance(0.12) ? fmt(dateBetween(postdocFrom, ref)) : null;

    let specialPost: SpecialPost = 'none';
    if (employer?.kind === 'enterprise' && (leading ? rng.chance(0.2) : title === 'senior' && rng.chance(0.01))) {
      specialPost = rng.chance(0.5) ? 'chief_expert' : 'industry_advisor';
    }
    const dualAppointment = (doc || title === 'senior') && employer?.kind === 'enterprise' && employer.chain !== 'other' && rng.chance(0.04);
    const inventive = higher && employer !== null && employer.kind !== 'government' && employer.kind !== 'hospital';
    const licensedPatentsLastYear = inventive && rng.chance(doc ? 0.08 : 0.025) ? 1 + Math.min(14, Math.floor(-Math.log(1 - rng.next()) * 1.5)) : 0;
    // Years worked outside the city: the time between graduation and arrival, when known.
    const yearsWorkedOutside = arrivalDay !== null && rng.chance(0.85) ? yearsBetween(gradDay, arrivalDay) : 0;

    return {
      name,
      gender,
      idNumber,
      mobile,
      birthDate,
      district,
      highestDegree: degree,
      graduationDate: fmt(gradDay),
      schoolTier,
      title,
      titleDate,
      skillLevel,
      skillCertDate,
      honors,
      employerIndex,
      arrivalDate: arrivalDay === null ? null : fmt(arrivalDay),
      socialInsuranceMonths,
      hukouInCity,
      ownsHomeInCity,
      firstHomePurchaseDate,
      livesInTalentApartment,
      childrenSchoolAge,
      spouseNeedsJob,
      isPostdoc,
      postdocCompletedDate,
      engagementMode,
      onsiteDaysLastYear,
      specialPost,
      dualAppointment,
      licensedPatentsLastYear,
      yearsWorkedOutside,
    };
  };
}

const CHILDREN_T = weighted([
  [0, 40],
  [1, 42],
  [2, 18],
]);
