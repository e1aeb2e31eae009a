/**
 * The talent profile schema as the expression language sees it: every variable a policy may
 * name, its type, whether it can be missing, and the closed vocabularies (enums) behind it.
 * Enum values are stored as their index in the ordered list (the dictionary code).
 */
import {
  CHAINS,
  DEGREES,
  DISTRICTS,
  EMPLOYER_FLAGS,
  EMPLOYER_KINDS,
  ENGAGEMENT_MODES,
  GENDERS,
  HONORS,
  SCHOOL_TIERS,
  SKILL_LEVELS,
  SPECIAL_POSTS,
  TIERS,
  TITLES,
} from '@bole/contracts';

/** A closed vocabulary; `ordered` enums support `<`, `<=`, `>`, `>=` by rank. */
export interface EnumDef {
  readonly name: string;
  readonly values: readonly string[];
  readonly ordered: boolean;
}

/** Every enum known to the engine, by name. */
export const ENUMS: Readonly<Record<string, EnumDef>> = {
  degree: { name: 'degree', values: DEGREES, ordered: true },
  title: { name: 'title', values: TITLES, ordered: true },
  skillLevel: { name: 'skillLevel', values: SKILL_LEVELS, ordered: true },
  schoolTier: { name: 'schoolTier', values: SCHOOL_TIERS, ordered: false },
  gender: { name: 'gender', values: GENDERS, ordered: false },
  honor: { name: 'honor', values: HONORS, ordered: false },
  engagementMode: { name: 'engagementMode', values: ENGAGEMENT_MODES, ordered: false },
  specialPost: { name: 'specialPost', values: SPECIAL_POSTS, ordered: false },
  chain: { name: 'chain', values: CHAINS, ordered: false },
  employerFlag: { name: 'employerFlag', values: EMPLOYER_FLAGS, ordered: false },
  employerKind: { name: 'employerKind', values: EMPLOYER_KINDS, ordered: false },
  district: { name: 'district', values: DISTRICTS, ordered: false },
  tier: { name: 'tier', values: TIERS, ordered: false },
};

/** Code of a missing enum value in columns and rows. */
export const NO_ENUM = 255;

/** Types of the expression language after checking. */
export type CelType =
  | 'int'
  | 'money'
  | 'bool'
  | 'date'
  | 'string'
  | 'null'
  | `enum:${string}`
  | `set:${string}`;

/** How a variable is stored in a row and in a column. */
export type Storage = 'int' | 'date' | 'bool' | 'enum' | 'set' | 'code';

/** A variable visible to expressions. */
export interface VarDef {
  readonly name: string;
  readonly type: CelType;
  readonly nullable: boolean;
  readonly storage: Storage;
  /** Derived variables are computed from `at` and other fields; not read from the profile. */
  readonly derived?: boolean;
}

const v = (name: string, type: CelType, storage: Storage, nullable = false, derived = false): VarDef => ({
  name,
  type,
  storage,
  nullable,
  derived,
});

/** The profile variables (stored columns), in column order. */
export const PROFILE_VARS: readonly VarDef[] = [
  v('birthDate', 'date', 'date'),
  v('gender', 'enum:gender', 'enum', true),
  v('birthplace', 'string', 'code', true),
  v('highestDegree', 'enum:degree', 'enum'),
  v('graduationDate', 'date', 'date', true),
  v('schoolTier', 'enum:schoolTier', 'enum'),
  v('title', 'enum:title', 'enum'),
  v('titleDate', 'date', 'date', true),
  v('skillLevel', 'enum:skillLevel', 'enum'),
  v('skillCertDate', 'date', 'date', true),
  v('honors', 'set:honor', 'set'),
  v('employedInCity', 'bool', 'bool'),
  v('employer.chain', 'enum:chain', 'enum', true),
  v('employer.flags', 'set:employerFlag', 'set'),
  v('employer.kind', 'enum:employerKind', 'enum', true),
  v('employer.district', 'enum:district', 'enum', true),
  v('arrivalDate', 'date', 'date', true),
  v('socialInsuranceMonths', 'int', 'int'),
  v('hukouInCity', 'bool', 'bool'),
  v('ownsHomeInCity', 'bool', 'bool'),
  v('firstHomePurchaseDate', 'date', 'date', true),
  v('livesInTalentApartment', 'bool', 'bool'),
  v('childrenSchoolAge', 'int', 'int'),
  v('spouseNeedsJob', 'bool', 'bool'),
  v('isPostdoc', 'bool', 'bool'),
  v('postdocCompletedDate', 'date', 'date', true),
  v('engagementMode', 'enum:engagementMode', 'enum'),
  v('onsiteDaysLastYear', 'int', 'int'),
  v('specialPost', 'enum:specialPost', 'enum'),
  v('dualAppointment', 'bool', 'bool'),
  v('licensedPatentsLastYear', 'int', 'int'),
  v('yearsWorkedOutside', 'int', 'int'),
];

/** Variables computed at evaluation time: `at`, `age` and (in policies, not in the table) `tier`. */
export const DERIVED_VARS: readonly VarDef[] = [
  v('at', 'date', 'date', false, true),
  v('age', 'int', 'int', false, true),
  v('tier', 'enum:tier', 'enum', true, true),
];

/** Looks a variable up by name, optionally excluding `tier` (classification rules cannot use it). */
export function findVar(name: string, allowTier: boolean): VarDef | undefined {
  if (name === 'tier' && !allowTier) return undefined;
  return PROFILE_VARS.find((x) => x.name === name) ?? DERIVED_VARS.find((x) => x.name === name);
}

/** Every variable name visible to an expression (for "did you mean" suggestions). */
export function varNames(allowTier: boolean): string[] {
  return [...PROFILE_VARS, ...DERIVED_VARS].map((x) => x.name).filter((n) => allowTier || n !== 'tier');
}

/** The enum behind an enum or set type, if any. */
export function enumOf(t: CelType): EnumDef | undefined {
  if (t.startsWith('enum:') || t.startsWith('set:')) return ENUMS[t.slice(t.indexOf(':') + 1)];
  return undefined;
}
