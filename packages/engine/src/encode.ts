/**
 * Dictionary encoding of a profile into row slots shared by the per-person evaluator and the
 * columnar population: day numbers for dates (NO_DATE when missing), enum codes (255 when
 * missing), bitmasks for sets, 0/1 for booleans (UNKNOWN_BOOL when not known), and the 4-digit birthplace prefix as a number.
 */
import { NO_DATE, parseIsoDate } from './dates.js';
import type { Profile } from './profile.js';
import { NO_ENUM, PROFILE_VARS, type Schema, type VarDef } from './schema.js';
import { ROW_SIZE, UNKNOWN_BOOL } from './cel/values.js';

type Encoder = (p: Profile) => number;

/** Builds the encoder of one variable (lookups resolved once, not per profile). */
function encoderOf(def: VarDef, schema: Schema): Encoder {
  const name = def.name;
  const read: (p: Profile) => unknown =
    name === 'employedInCity'
      ? (p) => (p.employerId !== null ? true : p.employedInCity === null ? null : false)
      : name === 'birthplace'
        ? (p) => (p.idNumber !== null ? p.idNumber.slice(0, 4) : (p.birthplace ?? null))
        : name.startsWith('employer.')
          ? ((key) => (p: Profile) => (p.employer === null ? null : p.employer[key]))(name.slice(9) as 'chain' | 'flags' | 'kind' | 'district')
          : (p) => (p as unknown as Record<string, unknown>)[name];
  switch (def.storage) {
    case 'int':
      return (p) => read(p) as number;
    case 'bool':
      return (p) => {
        const v = read(p);
        return v === true ? 1 : v === null ? UNKNOWN_BOOL : 0;
      };
    case 'date':
      return (p) => {
        const raw = read(p);
        return raw === null ? NO_DATE : (parseIsoDate(raw as string) ?? NO_DATE);
      };
    case 'code':
      return (p) => {
        const raw = read(p);
        return raw === null ? -1 : Number(raw);
      };
    case 'enum': {
      const codes = new Map(schema.enums[def.type.slice(5)]!.values.map((v, i) => [v, i] as [string, number]));
      return (p) => codes.get(read(p) as string) ?? NO_ENUM;
    }
    case 'set': {
      const codes = new Map(schema.enums[def.type.slice(4)]!.values.map((v, i) => [v, i] as [string, number]));
      return (p) => {
        const raw = read(p) as string[] | null;
        let mask = 0;
        if (raw !== null) for (const x of raw) mask |= 1 << (codes.get(x) ?? 0);
        return mask;
      };
    }
  }
}

const ENCODERS = new WeakMap<Schema, readonly Encoder[]>();

/** The encoders of every profile slot under `schema` (built once per schema). */
export function encodersOf(schema: Schema): readonly Encoder[] {
  let encoders = ENCODERS.get(schema);
  if (!encoders) {
    encoders = PROFILE_VARS.map((def) => encoderOf(def, schema));
    ENCODERS.set(schema, encoders);
  }
  return encoders;
}

/** A row holding the profile slots; the derived slots (`at`, `age`, `tier`) are filled by the evaluator. */
export function encodeProfile(p: Profile, schema: Schema): number[] {
  const encoders = encodersOf(schema);
  const row = new Array<number>(ROW_SIZE).fill(0);
  for (let i = 0; i < encoders.length; i++) row[i] = encoders[i]!(p);
  return row;
}
