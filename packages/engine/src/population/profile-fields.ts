/**
 * The field table of the JSON-lines profile scanner, compiled from `parseProfile`'s own tables:
 * each field's key and vocabulary as UTF-8 bytes, the row slot it fills, and the encoded row of
 * a profile whose optional fields all take their defaults.
 */
import { encodeProfile } from '../encode.js';
import { EMPLOYER_FIELDS, EMPLOYER_FLAGS_KIND, OPTIONAL_FIELDS, REQUIRED_FIELDS, parseProfile, type FieldKind } from '../profile.js';
import { PROFILE_VARS, type Schema } from '../schema.js';

// What the scanner does with a field's value.
export const ID = 0;
export const DATE = 1;
export const BOOL = 2;
export const COUNT = 3;
export const ENUM = 4;
export const SET = 5;
export const EMPLOYER_ID = 6;
export const ID_NUMBER = 7;
export const EMPLOYER = 8;

export interface FieldOp {
  readonly key: Uint8Array;
  readonly op: number;
  /** Row slot written (-1 for `id` and `employer`). */
  readonly slot: number;
  /** Bit in the "seen" mask. */
  readonly bit: number;
  readonly required: boolean;
  /** UTF-8 bytes of the vocabulary, index = code (enums and sets). */
  readonly values: readonly Uint8Array[];
}

const utf8 = new TextEncoder();
const slotOf = (name: string): number => {
  const i = PROFILE_VARS.findIndex((d) => d.name === name);
  if (i < 0) throw new Error(`no profile slot ${name}`);
  return i;
};
const vocabulary = (schema: Schema, kind: FieldKind): Uint8Array[] =>
  kind.startsWith('enum:') || kind.startsWith('set:') ? schema.enums[kind.slice(kind.indexOf(':') + 1)]!.values.map((v) => utf8.encode(v)) : [];
const opOf = (name: string, kind: FieldKind): number => {
  if (name === 'employerId') return EMPLOYER_ID;
  if (kind === 'idNumber') return ID_NUMBER;
  if (kind === 'date') return DATE;
  if (kind === 'bool') return BOOL;
  if (kind === 'count') return COUNT;
  if (kind.startsWith('enum:')) return ENUM;
  if (kind.startsWith('set:')) return SET;
  throw new Error(`no scanner for field ${name} (${kind})`);
};

function table(schema: Schema, entries: readonly { name: string; op: number; slot: number; required: boolean; kind: FieldKind | null }[]): FieldOp[] {
  return entries.map((x, bit) => ({
    key: utf8.encode(x.name),
    op: x.op,
    slot: x.slot,
    bit: 2 ** bit,
    required: x.required,
    values: x.kind ? vocabulary(schema, x.kind) : [],
  }));
}

/** The scanner's tables for one schema (the city's vocabularies give the enum bytes). */
export interface FieldTables {
  readonly profileByLen: (readonly FieldOp[] | undefined)[];
  readonly employerByLen: (readonly FieldOp[] | undefined)[];
  readonly employerOps: readonly FieldOp[];
  readonly requiredBits: number;
  /** The encoded row of a profile with every optional field at its default. */
  readonly defaultRow: Int32Array;
}

const TABLES = new WeakMap<Schema, FieldTables>();

/** The tables of `schema` (built once per schema). */
export function fieldTablesOf(schema: Schema): FieldTables {
  const known = TABLES.get(schema);
  if (known) return known;
  const profileFields = table(schema, [
    { name: 'id', op: ID, slot: -1, required: true, kind: null },
    ...REQUIRED_FIELDS.map(([name, kind]) => ({ name, op: opOf(name, kind), slot: slotOf(name), required: true, kind })),
    ...OPTIONAL_FIELDS.map(([name, kind]) => ({
      name,
      op: opOf(name, kind),
      slot: slotOf(name === 'idNumber' ? 'birthplace' : name === 'employerId' ? 'employedInCity' : name),
      required: false,
      kind,
    })),
    { name: 'employer', op: EMPLOYER, slot: -1, required: false, kind: null },
  ]);
  const employerOps = table(schema, [
    ...EMPLOYER_FIELDS.map(([name, kind]) => ({ name, op: ENUM, slot: slotOf(`employer.${name}`), required: true, kind })),
    { name: 'flags', op: SET, slot: slotOf('employer.flags'), required: false, kind: EMPLOYER_FLAGS_KIND },
  ]);
  const res = parseProfile({ id: 'default', birthDate: '2000-01-01', highestDegree: schema.enums['degree']!.values[0] }, undefined, schema);
  if (!res.ok) throw new Error('unreachable: the default profile is valid');
  const tables: FieldTables = {
    profileByLen: byLength(profileFields),
    employerByLen: byLength(employerOps),
    employerOps,
    requiredBits: profileFields.filter((f) => f.required).reduce((m, f) => m + f.bit, 0),
    defaultRow: Int32Array.from(encodeProfile(res.profile, schema).slice(0, PROFILE_VARS.length)),
  };
  TABLES.set(schema, tables);
  return tables;
}
export const BIRTH_SLOT = slotOf('birthDate');
export const EMPLOYED_SLOT = slotOf('employedInCity');

/** Fields by key length, for a lookup without decoding the key. */
function byLength(fields: readonly FieldOp[]): (readonly FieldOp[] | undefined)[] {
  const out: FieldOp[][] = [];
  for (const f of fields) (out[f.key.length] ??= []).push(f);
  return out;
}

/** Whether bytes `b[s..e)` equal `key`. */
export function same(b: Uint8Array, s: number, e: number, key: Uint8Array): boolean {
  if (e - s !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (b[s + i] !== key[i]) return false;
  return true;
}

export function lookup(index: readonly (readonly FieldOp[] | undefined)[], b: Uint8Array, s: number, e: number): FieldOp | null {
  const candidates = index[e - s];
  if (candidates === undefined) return null;
  for (const f of candidates) if (same(b, s, e, f.key)) return f;
  return null;
}

export const LF = 0x0a;
export const CR = 0x0d;
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const LBRACKET = 0x5b;
export const RBRACKET = 0x5d;
export const ZERO = 0x30;
export const NINE = 0x39;
export const MINUS = 0x2d;
export const TRUE = utf8.encode('true');
export const FALSE = utf8.encode('false');
export const NULL = utf8.encode('null');
