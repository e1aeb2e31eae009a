/**
 * A population of talents held as typed-array columns, one per profile variable: enum codes
 * and booleans and sets in Uint8Array, dates (day numbers), counts and codes in Int32Array.
 * Built incrementally (streaming) or from a list of profiles.
 */
import { civilFromDays } from '../dates.js';
import { encodersOf } from '../encode.js';
import type { Profile } from '../profile.js';
import { PROFILE_VARS, type Schema, type VarDef } from '../schema.js';

/** A column's typed array. */
export type Column = Int32Array | Uint8Array;

function newColumn(def: VarDef, capacity: number): Column {
  return def.storage === 'enum' || def.storage === 'bool' || def.storage === 'set' ? new Uint8Array(capacity) : new Int32Array(capacity);
}

function grow<T extends Column | Uint16Array>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}

/** The columnar population. Rows are in insertion order. */
export class Population {
  private constructor(
    /** Number of rows. */
    readonly size: number,
    /** Each row's `id`, as given. */
    readonly ids: readonly (string | number)[],
    /** One column per profile variable (PROFILE_VARS order = row slot order). */
    readonly columns: readonly Column[],
    /** Birth year and (month × 32 + day), for fast age computation. */
    readonly birthYear: Int32Array,
    readonly birthMonthDay: Uint16Array,
  ) {}

  /** Builds a population from validated profiles, encoded with the pack's `schema`. */
  static fromProfiles(profiles: Iterable<Profile>, schema: Schema): Population {
    const b = new PopulationBuilder(schema);
    for (const p of profiles) b.add(p);
    return b.build();
  }

  /** @internal Used by the builder. */
  static fromColumns(size: number, ids: (string | number)[], columns: Column[], by: Int32Array, bmd: Uint16Array): Population {
    return new Population(size, ids, columns, by, bmd);
  }

  /** The column of a variable by name (e.g. `employer.district`). */
  column(name: string): Column {
    const i = PROFILE_VARS.findIndex((d) => d.name === name);
    if (i < 0) throw new RangeError(`no column ${name}`);
    return this.columns[i]!;
  }
}

/** Appends profiles one at a time into growing columns; `build()` trims them. */
export class PopulationBuilder {
  private n = 0;
  private capacity: number;
  private readonly ids: (string | number)[] = [];
  private columns: Column[];
  private birthYear: Int32Array;
  private birthMonthDay: Uint16Array;
  private readonly birthSlot = PROFILE_VARS.findIndex((d) => d.name === 'birthDate');
  private readonly encoders: ReturnType<typeof encodersOf>;

  /** `schema` is the pack's (`pack.schema`): it gives the codes of the city's districts and chains. */
  constructor(
    readonly schema: Schema,
    initialCapacity = 1024,
  ) {
    this.encoders = encodersOf(schema);
    this.capacity = Math.max(16, initialCapacity);
    this.columns = PROFILE_VARS.map((d) => newColumn(d, this.capacity));
    this.birthYear = new Int32Array(this.capacity);
    this.birthMonthDay = new Uint16Array(this.capacity);
  }

  /** Number of rows added so far. */
  get size(): number {
    return this.n;
  }

  /** Adds one validated profile. */
  add(p: Profile): void {
    if (this.n === this.capacity) {
      this.capacity *= 2;
      this.columns = this.columns.map((c) => grow(c, this.capacity));
      this.birthYear = grow(this.birthYear, this.capacity);
      this.birthMonthDay = grow(this.birthMonthDay, this.capacity);
    }
    const i = this.n++;
    this.ids.push(p.id);
    for (let s = 0; s < this.columns.length; s++) this.columns[s]![i] = this.encoders[s]!(p);
    const [y, m, d] = civilFromDays(this.columns[this.birthSlot]![i]!);
    this.birthYear[i] = y;
    this.birthMonthDay[i] = m * 32 + d;
  }

  /** The population of every row added (the builder may keep adding afterwards). */
  build(): Population {
    const n = this.n;
    return Population.fromColumns(
      n,
      this.ids.slice(),
      this.columns.map((c) => c.slice(0, n)),
      this.birthYear.slice(0, n),
      this.birthMonthDay.slice(0, n),
    );
  }
}
