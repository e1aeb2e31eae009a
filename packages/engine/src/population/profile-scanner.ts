/**
 * The profile validator compiled to a byte scanner for one JSON line: a single pass over the
 * line's UTF-8 bytes checks the profile as `parseProfile` does and writes its encoded row
 * (the columnar population's slots) directly — no `JSON.parse`, no intermediate objects.
 * The field table, the vocabularies and the defaults come from `parseProfile`'s own tables.
 *
 * It accepts only what it is sure of: plain strings (no escapes), plain integers, the closed
 * vocabularies compared as bytes, each known field once. Anything else — an invalid value, an
 * escape, a float, a repeated field, a lone CR — makes it decline, and the caller falls back to
 * `JSON.parse` + `parseProfile`, which accept the same profiles and word every error.
 */
import { daysFromCivil, daysInMonth } from '../dates.js';
import { isValidIdNumber } from '../idnumber.js';
import { PROFILE_VARS } from '../schema.js';
import { JsonCursor } from './json-cursor.js';
import {
  BIRTH_SLOT,
  BOOL,
  COLON,
  COMMA,
  COUNT,
  CR,
  DATE,
  EMPLOYED_SLOT,
  EMPLOYER,
  EMPLOYER_ID,
  ENUM,
  FALSE,
  ID,
  ID_NUMBER,
  LBRACE,
  LBRACKET,
  LF,
  MINUS,
  NINE,
  NULL,
  QUOTE,
  RBRACE,
  RBRACKET,
  SET,
  TRUE,
  ZERO,
  lookup,
  same,
  type FieldOp,
  type FieldTables,
} from './profile-fields.js';

/** How the `id` of an accepted line is written out. */
export const ID_STRING_ASCII = 1;
export const ID_INTEGER = 2;
/** A string `id` with non-ASCII bytes: decode `idStart..idEnd` as UTF-8. */
export const ID_STRING_UTF8 = 3;

/** Scans profile lines; after an accepted line, `row` and the fields below describe it. */
export class ProfileScanner extends JsonCursor {
  /** The accepted line's encoded profile slots (PROFILE_VARS order). */
  readonly row = new Int32Array(PROFILE_VARS.length);
  birthYear = 0;
  birthMonthDay = 0;
  /** The `id`'s bytes (inside the quotes for a string) and how to write it. */
  idStart = 0;
  idEnd = 0;
  idKind = 0;
  private empObject = false;
  private empSeen = 0;
  /** The keys of the previous line in order (null: an unknown key), to try first. */
  private readonly order: (FieldOp | null)[] = [];
  private readonly employerOrder: (FieldOp | null)[] = [];

  /** `atDay`: the evaluation date's day number (a birth date after it is an error). */
  constructor(
    private readonly atDay: number,
    private readonly t: FieldTables,
  ) {
    super();
  }

  /**
   * Scans the line starting at `start`; when it is a valid profile, returns where the next line
   * starts (after its LF or CRLF, or `b.length`), else -1 (fall back).
   */
  scan(b: Uint8Array, start: number): number {
    this.b = b;
    this.p = start;
    this.row.set(this.t.defaultRow);
    this.empObject = false;
    this.empSeen = 0;
    const seen = this.object(this.t.profileByLen, true);
    if (seen < 0 || (seen & this.t.requiredBits) !== this.t.requiredBits) return -1;
    this.ws();
    const p = this.p;
    const next = p === b.length ? p : b[p] === LF ? p + 1 : b[p] === CR && b[p + 1] === LF ? p + 2 : -1;
    if (next < 0) return -1;
    const row = this.row;
    if (row[EMPLOYED_SLOT] === 1) {
      // An employer is required, with chain, kind and district (checked when it was read).
      if (!this.empObject || (this.empSeen & 7) !== 7) return -1;
    } else {
      for (const f of this.t.employerOps) row[f.slot] = this.t.defaultRow[f.slot]!;
    }
    return row[BIRTH_SLOT]! <= this.atDay ? next : -1;
  }

  /** Reads `{...}`; returns the mask of known fields seen, or -1 to decline. */
  private object(index: readonly (readonly FieldOp[] | undefined)[], top: boolean): number {
    const b = this.b;
    const order = top ? this.order : this.employerOrder;
    let next = 0;
    this.ws();
    if (b[this.p] !== LBRACE) return -1;
    this.p++;
    this.ws();
    let seen = 0;
    if (b[this.p] === RBRACE) {
      this.p++;
      return seen;
    }
    for (;;) {
      if (b[this.p] !== QUOTE) return -1;
      const ks = ++this.p;
      // Lines from one source list their fields in one order: try the field that came next last time.
      let f = order[next] ?? null;
      if (f !== null && b[ks + f.key.length] === QUOTE && same(b, ks, ks + f.key.length, f.key)) this.p = ks + f.key.length + 1;
      else {
        if (this.stringBody() < 0) return -1;
        f = lookup(index, b, ks, this.p - 1);
      }
      this.ws();
      if (b[this.p] !== COLON) return -1;
      this.p++;
      this.ws();
      order[next++] = f;
      if (f === null) {
        if (!this.skip(0)) return -1;
      } else {
        if ((seen & f.bit) !== 0) return -1;
        seen |= f.bit;
        if (!(top ? this.field(f) : this.employerField(f))) return -1;
      }
      this.ws();
      const c = b[this.p];
      this.p++;
      if (c === RBRACE) return seen;
      if (c !== COMMA) return -1;
      this.ws();
    }
  }

  /** A plain non-negative integer of at most `maxDigits` digits, or -1. */
  private integer(maxDigits: number): number {
    const b = this.b;
    const s = this.p;
    let v = 0;
    let c = b[this.p]!;
    if (c === ZERO) c = b[++this.p]!;
    else
      while (c >= ZERO && c <= NINE) {
        v = v * 10 + (c - ZERO);
        c = b[++this.p]!;
      }
    const digits = this.p - s;
    if (digits === 0 || digits > maxDigits || c === 0x2e || c === 0x65 || c === 0x45 || (c >= ZERO && c <= NINE)) return -1;
    return v;
  }

  /** A string from the vocabulary: its code, or -1. */
  private vocabularyCode(values: readonly Uint8Array[]): number {
    if (this.b[this.p] !== QUOTE) return -1;
    const s = ++this.p;
    if (this.stringBody() < 0) return -1;
    for (let code = 0; code < values.length; code++) if (same(this.b, s, this.p - 1, values[code]!)) return code;
    return -1;
  }

  /** A set: `[...]` of vocabulary strings as a bit mask, or -1. */
  private set(values: readonly Uint8Array[]): number {
    const b = this.b;
    if (b[this.p] !== LBRACKET) return -1;
    this.p++;
    this.ws();
    let mask = 0;
    if (b[this.p] === RBRACKET) {
      this.p++;
      return mask;
    }
    for (;;) {
      const code = this.vocabularyCode(values);
      if (code < 0) return -1;
      mask |= 1 << code;
      this.ws();
      const c = b[this.p++];
      if (c === RBRACKET) return mask;
      if (c !== COMMA) return -1;
      this.ws();
    }
  }

  /** A `YYYY-MM-DD` string that is a real date: its day number, or null. */
  private date(birth: boolean): number | null {
    const b = this.b;
    const p = this.p;
    if (b[p] !== QUOTE || b[p + 11] !== QUOTE || b[p + 5] !== MINUS || b[p + 8] !== MINUS) return null;
    let y = 0;
    for (let i = 1; i <= 4; i++) {
      const c = b[p + i]!;
      if (c < ZERO || c > NINE) return null;
      y = y * 10 + c - ZERO;
    }
    const m1 = b[p + 6]! - ZERO;
    const m2 = b[p + 7]! - ZERO;
    const d1 = b[p + 9]! - ZERO;
    const d2 = b[p + 10]! - ZERO;
    if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return null;
    const m = m1 * 10 + m2;
    const d = d1 * 10 + d2;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
    this.p = p + 12;
    if (birth) {
      this.birthYear = y;
      this.birthMonthDay = m * 32 + d;
    }
    return daysFromCivil(y, m, d);
  }

  /** A non-empty string without escapes; returns 1 if ASCII, 0 if not, -1 to decline. */
  private nonEmptyString(): number {
    if (this.b[this.p] !== QUOTE) return -1;
    const s = ++this.p;
    const ascii = this.stringBody();
    return this.p - 1 === s ? -1 : ascii;
  }

  private field(f: FieldOp): boolean {
    const b = this.b;
    if (b[this.p] === NULL[0]) return !f.required && this.literal(NULL);
    const row = this.row;
    switch (f.op) {
      case ID: {
        const s = this.p;
        if (b[s] === QUOTE) {
          const ascii = this.nonEmptyString();
          if (ascii < 0) return false;
          this.idStart = s + 1;
          this.idEnd = this.p - 1;
          this.idKind = ascii === 1 ? ID_STRING_ASCII : ID_STRING_UTF8;
          return true;
        }
        if (this.integer(15) < 0) return false;
        this.idStart = s;
        this.idEnd = this.p;
        this.idKind = ID_INTEGER;
        return true;
      }
      case DATE: {
        const day = this.date(f.slot === BIRTH_SLOT);
        if (day === null) return false;
        row[f.slot] = day;
        return true;
      }
      case BOOL:
        if (this.literal(TRUE)) row[f.slot] = 1;
        else if (this.literal(FALSE)) row[f.slot] = 0;
        else return false;
        return true;
      case COUNT: {
        const v = this.integer(9);
        if (v < 0) return false;
        row[f.slot] = v;
        return true;
      }
      case ENUM:
      case SET: {
        const code = f.op === ENUM ? this.vocabularyCode(f.values) : this.set(f.values);
        if (code < 0) return false;
        row[f.slot] = code;
        return true;
      }
      case EMPLOYER_ID:
        if (this.nonEmptyString() < 0) return false;
        row[f.slot] = 1;
        return true;
      case ID_NUMBER: {
        const s = this.p + 1;
        if (this.nonEmptyString() !== 1 || this.p - 1 - s !== 18) return false;
        if (!isValidIdNumber(String.fromCharCode.apply(null, b.subarray(s, s + 18) as unknown as number[]))) return false;
        row[f.slot] = (b[s]! - ZERO) * 1000 + (b[s + 1]! - ZERO) * 100 + (b[s + 2]! - ZERO) * 10 + (b[s + 3]! - ZERO);
        return true;
      }
      case EMPLOYER: {
        if (b[this.p] !== LBRACE) return this.skip(0);
        const seen = this.object(this.t.employerByLen, false);
        if (seen < 0) return false;
        this.empObject = true;
        this.empSeen = seen;
        return true;
      }
    }
    return false;
  }

  /** A field of `employer`; a null chain, kind or district declines (absent when required). */
  private employerField(f: FieldOp): boolean {
    if (this.b[this.p] === NULL[0]) return !f.required && this.literal(NULL);
    const code = f.op === ENUM ? this.vocabularyCode(f.values) : this.set(f.values);
    if (code < 0) return false;
    this.row[f.slot] = code;
    return true;
  }
}
