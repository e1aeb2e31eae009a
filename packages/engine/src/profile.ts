/**
 * Talent profile input: parsing and validation with the pack's field names and defaults.
 * Every input error names its field; nothing invalid is silently treated as "not eligible".
 */
import { parseIsoDate } from './dates.js';
import { isValidIdNumber } from './idnumber.js';
import type { EnumDef, Schema } from './schema.js';

/**
 * A validated talent profile with every default applied. Dates are `YYYY-MM-DD` strings. A yes/no
 * field is null only in a profile parsed with `unknownBooleans` (not known, e.g. not verified):
 * every condition that reads it fails, whether it asks for yes or for no.
 */
export interface Profile {
  readonly id: string | number;
  readonly birthDate: string;
  readonly gender: string | null;
  readonly idNumber: string | null;
  /**
   * The birthplace prefix (first 4 digits of the ID number) when the caller keeps it instead of
   * the number; the number's own prefix wins when both are given. Read by the `birthplace` variable.
   */
  readonly birthplace?: string | null;
  readonly highestDegree: string;
  readonly graduationDate: string | null;
  readonly schoolTier: string;
  readonly title: string;
  readonly titleDate: string | null;
  readonly skillLevel: string;
  readonly skillCertDate: string | null;
  readonly honors: readonly string[];
  readonly employerId: string | null;
  /**
   * Null when whether the person works in the city is not known: parsed with `unknownBooleans` and
   * no employer (nobody confirmed one). Then `employedInCity` fails whether asked for yes or for no.
   */
  readonly employedInCity?: null;
  readonly employer: { chain: string; flags: readonly string[]; kind: string; district: string } | null;
  readonly arrivalDate: string | null;
  readonly socialInsuranceMonths: number;
  readonly hukouInCity: boolean | null;
  readonly ownsHomeInCity: boolean | null;
  readonly firstHomePurchaseDate: string | null;
  readonly livesInTalentApartment: boolean | null;
  readonly childrenSchoolAge: number;
  readonly spouseNeedsJob: boolean | null;
  readonly isPostdoc: boolean | null;
  readonly postdocCompletedDate: string | null;
  readonly engagementMode: string;
  readonly onsiteDaysLastYear: number;
  readonly specialPost: string;
  readonly dualAppointment: boolean | null;
  readonly licensedPatentsLastYear: number;
  readonly yearsWorkedOutside: number;
  /**
   * Whether the person's post is listed in the city's current shortage catalogue (紧缺人才目录):
   * the caller computes it from the employer-confirmed post; the engine only reads the yes/no.
   */
  readonly inShortageCatalogue: boolean | null;
}

/** An input error on one field (dotted path, e.g. `employer.chain`). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** Result of parsing a profile. */
export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: FieldError[] };

/** How a profile field is checked: its value kind. */
export type FieldKind = 'date' | 'bool' | 'count' | `enum:${string}` | `set:${string}` | 'string' | 'idNumber';
type Kind = FieldKind;

/** The required profile fields besides `id`. */
export const REQUIRED_FIELDS = [
  ['birthDate', 'date'],
  ['highestDegree', 'enum:degree'],
] as const satisfies ReadonlyArray<readonly [string, FieldKind]>;

/** The employer's fields required when `employerId` is set (`flags` is optional, a set). */
export const EMPLOYER_FIELDS = [
  ['chain', 'enum:chain'],
  ['kind', 'enum:employerKind'],
  ['district', 'enum:district'],
] as const satisfies ReadonlyArray<readonly [string, FieldKind]>;

/** The employer's optional set of flags. */
export const EMPLOYER_FLAGS_KIND: FieldKind = 'set:employerFlag';

/** The optional profile fields: name, kind and the default an absent or null value takes. */
export const OPTIONAL_FIELDS: ReadonlyArray<readonly [string, FieldKind, unknown]> = [
  ['gender', 'enum:gender', null],
  ['idNumber', 'idNumber', null],
  ['graduationDate', 'date', null],
  ['schoolTier', 'enum:schoolTier', 'other'],
  ['title', 'enum:title', 'none'],
  ['titleDate', 'date', null],
  ['skillLevel', 'enum:skillLevel', 'none'],
  ['skillCertDate', 'date', null],
  ['honors', 'set:honor', []],
  ['employerId', 'string', null],
  ['arrivalDate', 'date', null],
  ['socialInsuranceMonths', 'count', 0],
  ['hukouInCity', 'bool', false],
  ['ownsHomeInCity', 'bool', false],
  ['firstHomePurchaseDate', 'date', null],
  ['livesInTalentApartment', 'bool', false],
  ['childrenSchoolAge', 'count', 0],
  ['spouseNeedsJob', 'bool', false],
  ['isPostdoc', 'bool', false],
  ['postdocCompletedDate', 'date', null],
  ['engagementMode', 'enum:engagementMode', 'none'],
  ['onsiteDaysLastYear', 'count', 0],
  ['specialPost', 'enum:specialPost', 'none'],
  ['dualAppointment', 'bool', false],
  ['licensedPatentsLastYear', 'count', 0],
  ['yearsWorkedOutside', 'count', 0],
  ['inShortageCatalogue', 'bool', false],
];

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Validates one value of a kind; returns the parsed value, or an error message string wrapped in `Invalid`. */
class Invalid {
  constructor(readonly message: string) {}
}

type EnumSets = ReadonlyMap<string, { def: EnumDef; set: ReadonlySet<string> }>;
const ENUM_SETS = new WeakMap<Schema, EnumSets>();

/** Each enum of `schema` with its values as a set (built once per schema). */
function enumSetsOf(schema: Schema): EnumSets {
  let sets = ENUM_SETS.get(schema);
  if (!sets) {
    sets = new Map(Object.values(schema.enums).map((e) => [e.name, { def: e, set: new Set(e.values) }] as const));
    ENUM_SETS.set(schema, sets);
  }
  return sets;
}

function check(kind: Kind, raw: unknown, enums: EnumSets): unknown {
  switch (kind) {
    case 'date':
      if (typeof raw !== 'string') return new Invalid('must be a date string YYYY-MM-DD');
      return parseIsoDate(raw) === null ? new Invalid(`is not a valid date: "${raw}"`) : raw;
    case 'bool':
      return typeof raw === 'boolean' ? raw : new Invalid('must be true or false');
    case 'count':
      if (typeof raw !== 'number' || !Number.isInteger(raw)) return new Invalid('must be an integer');
      return raw < 0 ? new Invalid('must not be negative') : raw;
    case 'string':
      return typeof raw === 'string' && raw.length > 0 ? raw : new Invalid('must be a non-empty string');
    case 'idNumber':
      if (typeof raw !== 'string') return new Invalid('must be a string');
      return isValidIdNumber(raw) ? raw : new Invalid('is not a valid GB 11643 identity number (check character mismatch or bad format)');
  }
  const isSet = kind.startsWith('set:');
  const { def, set } = enums.get(kind.slice(isSet ? 4 : 5))!;
  if (isSet) {
    if (!Array.isArray(raw)) return new Invalid(`must be a list of ${def.name} values`);
    for (const x of raw) {
      if (typeof x !== 'string' || !set.has(x)) return new Invalid(`unknown value ${JSON.stringify(x)}; allowed: ${def.values.join(', ')}`);
    }
    return raw.length > 1 ? [...new Set(raw as string[])] : (raw as string[]);
  }
  if (typeof raw !== 'string') return new Invalid(`must be a string, one of ${def.values.join(', ')}`);
  return set.has(raw) ? raw : new Invalid(`unknown value "${raw}"; allowed: ${def.values.join(', ')}`);
}

/** Validates one field, recording its error under `name`. */
function field(kind: Kind, name: string, raw: unknown, errors: FieldError[], enums: EnumSets): unknown {
  const v = check(kind, raw, enums);
  if (!(v instanceof Invalid)) return v;
  errors.push({ field: name, message: v.message });
  return undefined;
}

function parseEmployer(raw: unknown, errors: FieldError[], enums: EnumSets): Profile['employer'] {
  if (!isObject(raw)) {
    errors.push({ field: 'employer', message: 'is required when employerId is set: {chain, kind, district}' });
    return null;
  }
  const out: Record<string, unknown> = {};
  for (const [k, kind] of EMPLOYER_FIELDS) {
    if (raw[k] === undefined || raw[k] === null) errors.push({ field: `employer.${k}`, message: 'is required when employerId is set' });
    else out[k] = field(kind, `employer.${k}`, raw[k], errors, enums);
  }
  out['flags'] = raw['flags'] === undefined || raw['flags'] === null ? [] : field(EMPLOYER_FLAGS_KIND, 'employer.flags', raw['flags'], errors, enums);
  return out as Profile['employer'];
}

/** How a profile is parsed. */
export interface ParseOptions {
  /**
   * An absent or null yes/no field is not known (null) rather than "no": every condition reading
   * it fails. For a profile of verified facts only, where a missing value means nobody has
   * confirmed it — "owns no home" must not hold because no register was asked.
   */
  readonly unknownBooleans?: boolean;
}

/**
 * Parses a profile in the policy pack's field names. `at` (YYYY-MM-DD), when given, also rejects a
 * `birthDate` after it. Unknown fields are ignored; absent or null optional fields take their defaults
 * (yes/no fields stay null with `options.unknownBooleans`).
 * Enum values are checked against `schema`, the pack's (`pack.schema`: its city's districts and chains).
 */
export function parseProfile(input: unknown, at: string | undefined, schema: Schema, options: ParseOptions = {}): ProfileResult {
  const enums = enumSetsOf(schema);
  if (!isObject(input)) return { ok: false, errors: [{ field: '(profile)', message: 'must be a JSON object' }] };
  const errors: FieldError[] = [];
  const out: Record<string, unknown> = {};
  const id = input['id'];
  if (id === undefined || id === null) errors.push({ field: 'id', message: 'is required' });
  else if ((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id))) out['id'] = id;
  else errors.push({ field: 'id', message: 'must be a non-empty string' });
  for (const [name, kind] of REQUIRED_FIELDS) {
    if (input[name] === undefined || input[name] === null) errors.push({ field: name, message: 'is required' });
    else out[name] = field(kind, name, input[name], errors, enums);
  }
  for (const [name, kind, def] of OPTIONAL_FIELDS) {
    const raw = input[name];
    const absent = kind === 'bool' && options.unknownBooleans ? null : def;
    out[name] = raw === undefined || raw === null ? absent : field(kind, name, raw, errors, enums);
  }
  out['employer'] = out['employerId'] ? parseEmployer(input['employer'], errors, enums) : null;
  if (options.unknownBooleans && !out['employerId']) out['employedInCity'] = null;
  const birthplace = input['birthplace'];
  if (birthplace !== undefined && birthplace !== null) {
    if (typeof birthplace === 'string' && /^\d{4}$/.test(birthplace)) out['birthplace'] = birthplace;
    else errors.push({ field: 'birthplace', message: 'must be the 4 digits an ID number starts with' });
  }
  const birth = typeof out['birthDate'] === 'string' ? out['birthDate'] : undefined;
  if (birth !== undefined && at !== undefined && birth > at) {
    errors.push({ field: 'birthDate', message: `must not be after the evaluation date ${at}` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, profile: out as unknown as Profile };
}
