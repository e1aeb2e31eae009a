/**
 * Runtime values of expressions in the per-person evaluator and their display form. Rows hold
 * the encoded profile (dates as day numbers, enums as codes, sets as bitmasks); missing values
 * use sentinels that `readVar` turns into null.
 */
import { NO_DATE, formatIsoDate } from '../dates.js';
import { NO_ENUM, PROFILE_VARS, DERIVED_VARS, enumOf, type CelType, type Schema, type VarDef } from '../schema.js';
import { varsOf, type Expr } from './ir.js';

/** A value seen by an expression: numbers (ints, fen, day numbers, codes, bitmasks), booleans or null. */
export type Value = number | boolean | null;

/** Row slot of every variable: profile columns first, then `at`, `age`, `tier`. */
export const SLOT: ReadonlyMap<string, number> = new Map([...PROFILE_VARS, ...DERIVED_VARS].map((d, i) => [d.name, i] as [string, number]));

/** Number of slots in a row. */
export const ROW_SIZE = PROFILE_VARS.length + DERIVED_VARS.length;

/** Every variable definition, by slot. */
export const ALL_VARS: readonly VarDef[] = [...PROFILE_VARS, ...DERIVED_VARS];

/** A yes/no slot whose value is not known: every condition reading it fails (see `unknownBoolSlots`). */
export const UNKNOWN_BOOL = 2;

/** The yes/no profile slots an expression reads: a condition fails on a row where any is unknown. */
export function unknownBoolSlots(e: Expr): number[] {
  const names: string[] = [];
  varsOf(e, names);
  return names.map((n) => SLOT.get(n)).filter((s): s is number => s !== undefined && s < PROFILE_VARS.length && ALL_VARS[s]!.storage === 'bool');
}

/** Decodes a stored slot value to an expression value (null for sentinels). */
export function decodeSlot(def: VarDef, raw: number): Value {
  switch (def.storage) {
    case 'bool':
      return raw === UNKNOWN_BOOL ? null : raw !== 0;
    case 'date':
      return raw === NO_DATE ? null : raw;
    case 'enum':
      return raw === NO_ENUM ? null : raw;
    case 'code':
      return raw < 0 ? null : raw;
    default:
      return raw;
  }
}

/** Human-readable form of a value of type `t` (yuan for money, ISO dates, enum names from `schema`). */
export function formatValue(schema: Schema, t: CelType, v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (t === 'date') return formatIsoDate(v);
  if (t === 'money') return formatYuan(v);
  if (t === 'string') return String(v).padStart(4, '0');
  const en = enumOf(schema, t);
  if (en && t.startsWith('set:')) {
    const names = en.values.filter((_, i) => (v & (1 << i)) !== 0);
    return `[${names.join(', ')}]`;
  }
  if (en) return en.values[v] ?? String(v);
  return String(v);
}

/**
 * A formatter equivalent to `formatValue(schema, t, v)` with the type's lookups (enum definition)
 * resolved once, for hot paths such as tracing.
 */
export function formatterOf(schema: Schema, t: CelType): (v: Value) => string {
  const en = enumOf(schema, t);
  if (t === 'date' || t === 'money' || t === 'string' || !en || t.startsWith('set:')) return (v) => formatValue(schema, t, v);
  const values = en.values;
  return (v) => {
    if (v === null) return 'null';
    if (typeof v === 'boolean') return String(v);
    return values[v] ?? String(v);
  };
}

/** Formats fen as yuan with thousands separators, dropping a zero fraction. */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = Math.abs(fen % 100);
  const whole = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return cents === 0 ? whole : `${whole}.${String(cents).padStart(2, '0')}`;
}
