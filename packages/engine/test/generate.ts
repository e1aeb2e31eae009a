/** A seeded generator of raw talent profiles that favours boundary dates and values. */
import {
  createRng,
  DEGREES,
  EMPLOYER_FLAGS,
  EMPLOYER_KINDS,
  ENGAGEMENT_MODES,
  HONORS,
  SCHOOL_TIERS,
  SKILL_LEVELS,
  SPECIAL_POSTS,
  TITLES,
} from '@bole/contracts';
import { ZHUZHOU } from './city-fixture.js';
import { addMonths, formatIsoDate, parseIsoDate, idCheckChar } from './engine-internals.js';

/** Generates raw profiles (JSON-like objects) around the evaluation date `at`. */
export function profileGenerator(seed: number, at: string): (id: number) => Record<string, unknown> {
  const r = createRng(seed).next;
  const atDay = parseIsoDate(at)!;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number): boolean => r() < p;
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  /** A date near a boundary: at − N months ± a few days, or a random recent date. */
  const nearDate = (): string => {
    if (chance(0.15)) return formatIsoDate(atDay + int(-3, 3));
    const months = pick([1, 3, 6, 12, 24, 36, 48, int(0, 120)]);
    return formatIsoDate(addMonths(atDay, -months) + int(-2, 2));
  };
  const birth = (): string => {
    if (chance(0.05)) return pick(['1988-02-29', '1992-02-29', '1996-02-29', '2000-02-29']);
    const years = pick([25, 30, 34, 35, 36, 39, 40, 41, int(18, 70)]);
    const d = addMonths(atDay, -12 * years) + int(-2, 2);
    return formatIsoDate(Math.min(d, atDay));
  };
  const subset = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => chance(p));
  return (id) => {
    const p: Record<string, unknown> = { id: `p${id}`, birthDate: birth(), highestDegree: pick(DEGREES) };
    if (chance(0.3)) p['schoolTier'] = pick(SCHOOL_TIERS);
    if (chance(0.3)) p['title'] = pick(TITLES);
    if (chance(0.3)) p['titleDate'] = nearDate();
    if (chance(0.3)) p['skillLevel'] = pick(SKILL_LEVELS);
    if (chance(0.3)) p['skillCertDate'] = nearDate();
    if (chance(0.25)) p['honors'] = subset(HONORS, 0.25);
    if (chance(0.7)) p['graduationDate'] = nearDate();
    if (chance(0.65)) {
      p['employerId'] = `e${int(1, 50)}`;
      p['employer'] = { chain: pick(ZHUZHOU.chain), kind: pick(EMPLOYER_KINDS), district: pick(ZHUZHOU.district), flags: subset(EMPLOYER_FLAGS, 0.4) };
    }
    if (chance(0.6)) p['arrivalDate'] = nearDate();
    if (chance(0.8)) p['socialInsuranceMonths'] = pick([0, 1, 2, 3, 5, 6, 11, 12, int(0, 120)]);
    for (const b of ['hukouInCity', 'ownsHomeInCity', 'livesInTalentApartment', 'spouseNeedsJob', 'isPostdoc', 'dualAppointment']) {
      if (chance(0.4)) p[b] = chance(0.4);
    }
    if (chance(0.3)) p['firstHomePurchaseDate'] = nearDate();
    if (chance(0.3)) p['childrenSchoolAge'] = int(0, 3);
    if (chance(0.2)) p['postdocCompletedDate'] = nearDate();
    if (chance(0.3)) p['engagementMode'] = pick(ENGAGEMENT_MODES);
    if (chance(0.3)) p['onsiteDaysLastYear'] = pick([0, 29, 30, 31, int(0, 365)]);
    if (chance(0.2)) p['specialPost'] = pick(SPECIAL_POSTS);
    if (chance(0.3)) p['licensedPatentsLastYear'] = pick([0, 1, 9, 10, 11, int(0, 30)]);
    if (chance(0.3)) p['yearsWorkedOutside'] = pick([0, 2, 3, 4, int(0, 20)]);
    if (chance(0.3)) {
      const head = `${pick(['4302', '4301', '1101', '4302'])}${String(int(0, 99)).padStart(2, '0')}19900101${String(int(0, 999)).padStart(3, '0')}`;
      p['idNumber'] = head + idCheckChar(head);
    }
    return p;
  };
}
