/**
 * The talent profile schema as the expression language sees it: every variable a policy may
 * name, its type, whether it can be missing, and the closed vocabularies (enums) behind it.
 * Enum values are stored as their index in the ordered list (the dictionary code).
 *
 * The engine knows no city: the city's own vocabularies (its districts and industry chains)
 * arrive with the pack as a `CityVocabulary`, and `schemaOf` joins them to the generic ones.
 */
import {
  DEGREES,
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

/** The city's own closed vocabularies, given with the pack (codes in the city's order). */
export interface CityVocabulary {
  /** District codes. */
  readonly district: readonly string[];
  /** Industry chain codes. */
  readonly chain: readonly string[];
  /** Department codes (a policy's owner and its review stages name one). */
  readonly department: readonly string[];
}

/** The enums a pack is checked, parsed and evaluated against. */
export interface Schema {
  readonly vocabulary: CityVocabulary;
  readonly enums: Readonly<Record<string, EnumDef>>;
}

/** Enums that are the same in every city, by name. */
const GENERIC_ENUMS: Readonly<Record<string, EnumDef>> = {
  degree: { name: 'degree', values: DEGREES, ordered: true },
  title: { name: 'title', values: TITLES, ordered: true },
  skillLevel: { name: 'skillLevel', values: SKILL_LEVELS, ordered: true },
  schoolTier: { name: 'schoolTier', values: SCHOOL_TIERS, ordered: false },
  gender: { name: 'gender', values: GENDERS, ordered: false },
  honor: { name: 'honor', values: HONORS, ordered: false },
  engagementMode: { name: 'engagementMode', values: ENGAGEMENT_MODES, ordered: false },
  specialPost: { name: 'specialPost', values: SPECIAL_POSTS, ordered: false },
  employerFlag: { name: 'employerFlag', values: EMPLOYER_FLAGS, ordered: false },
  employerKind: { name: 'employerKind', values: EMPLOYER_KINDS, ordered: false },
  tier: { name: 'tier', values: TIERS, ordered: false },
};

/** Names of every enum (generic and the city's), for `key:` of map-valued parameters. */
export const ENUM_NAMES: readonly string[] = [...Object.keys(GENERIC_ENUMS), 'chain', 'district'];

/** The tiers of the classification table (the same vocabulary in every city). */
export const TIER_VALUES: readonly string[] = TIERS;

const SCHEMAS = new WeakMap<CityVocabulary, Schema>();

/** The schema of a city: the generic enums plus its districts and chains (one object per vocabulary). */
export function schemaOf(vocabulary: CityVocabulary): Schema {
  const known = SCHEMAS.get(vocabulary);
  if (known) return known;
  const schema: Schema = {
    vocabulary,
    enums: {
      ...GENERIC_ENUMS,
      chain: { name: 'chain', values: vocabulary.chain, ordered: false },
      district: { name: 'district', values: vocabulary.district, ordered: false },
    },
  };
  SCHEMAS.set(vocabulary, schema);
  return schema;
}

/** Problems of a vocabulary (empty lists, duplicates, more codes than a column holds); empty when usable. */
export function vocabularyProblems(vocabulary: CityVocabulary): string[] {
  const problems: string[] = [];
  for (const name of ['district', 'chain', 'department'] as const) {
    const values = vocabulary[name];
    if (!Array.isArray(values) || values.length === 0) problems.push(`${name}: the city names no ${name}`);
    else if (new Set(values).size !== values.length) problems.push(`${name}: a code is listed twice`);
    else if (values.length >= NO_ENUM) problems.push(`${name}: at most ${NO_ENUM - 1} codes`);
  }
  return problems;
}

/** Code of a missing enum value in columns and rows. */
export const NO_ENUM = 255;

/** Types of the expression language after checking. */
export type CelType = 'int' | 'money' | 'bool' | 'date' | 'string' | 'null' | `enum:${string}` | `set:${string}`;

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
  v('inShortageCatalogue', 'bool', 'bool'),
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

/** The enum behind an enum or set type in `schema`, if any. */
export function enumOf(schema: Schema, t: CelType): EnumDef | undefined {
  if (t.startsWith('enum:') || t.startsWith('set:')) return schema.enums[t.slice(t.indexOf(':') + 1)];
  return undefined;
}
