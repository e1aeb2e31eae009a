/**
 * Talent profiles as JSON lines, evaluated a chunk at a time: each line is scanned straight
 * into the population's columns (`ProfileScanner`), or — when the scanner declines — parsed
 * with `JSON.parse` + `parseProfile`, which word every error; the chunk is evaluated with the
 * columnar kernels; the results are written as UTF-8 bytes, one line per valid profile.
 * Lines end at LF, CRLF or a lone CR, as Node's readline splits them. No I/O: the caller reads
 * the input, cuts it after a line end and prints what comes back.
 */
import { civilFromDays, parseIsoDate } from '../dates.js';
import { encodeProfile } from '../encode.js';
import type { Pack } from '../pack/types.js';
import { parseProfile, type Profile } from '../profile.js';
import { PROFILE_VARS } from '../schema.js';
import { evaluatePopulation, type PopulationEvaluation } from './evaluate-population.js';
import { Population, type Column } from './population.js';
import { ID_INTEGER, ID_STRING_ASCII, ID_STRING_UTF8, ProfileScanner } from './profile-scanner.js';
import { fieldTablesOf } from './profile-fields.js';

/** One message about a bad line: the line's number within the chunk (from 1) and the words after the number. */
export interface LineError {
  readonly line: number;
  /** E.g. `: invalid JSON: …` or ` (id "x"): birthDate: is not a valid date: "1990-02-30"`. */
  readonly text: string;
}

/** What one chunk gives back. */
export interface ChunkResult {
  /** One result line per valid profile, in input order, UTF-8. */
  readonly output: Uint8Array;
  /** Messages about bad lines, in line order (a line may have several). */
  readonly errors: readonly LineError[];
  /** Lines in the chunk, blank ones included (the next chunk's numbering continues from here). */
  readonly lines: number;
  /** Lines that failed. */
  readonly failed: number;
}

const NVARS = PROFILE_VARS.length;
const BIRTH_SLOT = PROFILE_VARS.findIndex((d) => d.name === 'birthDate');
const LF = 0x0a;
const CR = 0x0d;

/** Rows of one chunk in growing columns. */
class ChunkRows {
  n = 0;
  columns: Column[];
  birthYear: Int32Array;
  birthMonthDay: Uint16Array;
  readonly ids: (string | number)[] = [];
  /** How each row's id is written: raw input bytes (string or integer) or `idJson`. */
  idKind: Uint8Array;
  idStart: Int32Array;
  idEnd: Int32Array;
  readonly idJson: string[] = [];

  constructor(private capacity: number) {
    this.columns = PROFILE_VARS.map((d) =>
      d.storage === 'enum' || d.storage === 'bool' || d.storage === 'set' ? new Uint8Array(capacity) : new Int32Array(capacity),
    );
    this.birthYear = new Int32Array(capacity);
    this.birthMonthDay = new Uint16Array(capacity);
    this.idKind = new Uint8Array(capacity);
    this.idStart = new Int32Array(capacity);
    this.idEnd = new Int32Array(capacity);
  }

  /** Appends a row from encoded slots; returns its index. */
  add(row: ArrayLike<number>, birthYear: number, birthMonthDay: number): number {
    if (this.n === this.capacity) this.grow();
    const i = this.n++;
    const cols = this.columns;
    for (let s = 0; s < NVARS; s++) cols[s]![i] = row[s]!;
    this.birthYear[i] = birthYear;
    this.birthMonthDay[i] = birthMonthDay;
    return i;
  }

  private grow(): void {
    const cap = (this.capacity *= 2);
    const grown = <T extends Column | Uint16Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.columns = this.columns.map(grown);
    this.birthYear = grown(this.birthYear);
    this.birthMonthDay = grown(this.birthMonthDay);
    this.idKind = grown(this.idKind);
    this.idStart = grown(this.idStart);
    this.idEnd = grown(this.idEnd);
  }

  population(): Population {
    const n = this.n;
    return Population.fromColumns(
      n,
      this.ids,
      this.columns.map((c) => c.subarray(0, n)),
      this.birthYear.subarray(0, n),
      this.birthMonthDay.subarray(0, n),
    );
  }
}

/** A string of the bytes `b[s..e)`, each below 0x80. */
function ascii(b: Uint8Array, s: number, e: number): string {
  return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
}

/** A UTF-8 output buffer the caller sizes for everything it writes. */
class Output {
  bytes: Uint8Array;
  pos = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Writes bytes (the caller sized the buffer). */
  raw(src: Uint8Array, s: number, e: number): void {
    const out = this.bytes;
    let p = this.pos;
    for (let i = s; i < e; i++) out[p++] = src[i]!;
    this.pos = p;
  }

  text(s: string): void {
    this.pos += this.encoder.encodeInto(s, this.bytes.subarray(this.pos)).written;
  }

  /** Writes a number as `String(x)` would (at most 24 bytes). */
  number(x: number): void {
    if (!Number.isSafeInteger(x)) {
      const s = String(x);
      for (let i = 0; i < s.length; i++) this.bytes[this.pos++] = s.charCodeAt(i);
      return;
    }
    const out = this.bytes;
    if (x < 0) {
      out[this.pos++] = 0x2d;
      x = -x;
    }
    let digits = 1;
    for (let t = x; t >= 10; t = Math.floor(t / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    do {
      const q = Math.floor(x / 10);
      out[--p] = 0x30 + (x - q * 10);
      x = q;
    } while (x > 0);
  }
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const ROW_HEAD = utf8('{"id":');
const TIER_HEAD = utf8(',"tier":');
const TIER_NONE = utf8('null');
const BENEFITS_HEAD = utf8(',"benefits":[');
const ROW_TAIL = utf8(']}\n');
const MONTHS = utf8(',"months":');
const VALUE = utf8(',"valueFen":');
const TIER_LETTERS = 'ABCDE';

/** Evaluates chunks of JSON-lines profiles against a pack at a date. */
export class JsonLinesEvaluator {
  private readonly scanner: ProfileScanner;
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** Per policy (pack order): `{"policy":"…","amountFen":` and `,"period":"…"`. */
  private readonly heads: Uint8Array[];
  private readonly periods: Uint8Array[];

  constructor(
    private readonly pack: Pack,
    private readonly at: string,
  ) {
    const atDay = parseIsoDate(at);
    if (atDay === null) throw new RangeError(`invalid evaluation date: ${at}`);
    this.scanner = new ProfileScanner(atDay, fieldTablesOf(pack.schema));
    this.heads = pack.policies.map((p) => utf8(`{"policy":${JSON.stringify(p.id)},"amountFen":`));
    this.periods = pack.policies.map((p) => utf8(`,"period":"${p.doc.benefit.period}"`));
  }

  /**
   * Evaluates every line of `chunk` (the caller cuts chunks after a line end; the last chunk may
   * end without one). `startsInput`: the chunk's first line is the input's first (a BOM is dropped).
   */
  evaluate(chunk: Uint8Array, startsInput: boolean): ChunkResult {
    const rows = new ChunkRows(Math.max(16, chunk.length >> 9));
    const errors: LineError[] = [];
    const scanner = this.scanner;
    let line = 0;
    let failed = 0;
    let pos = 0;
    const len = chunk.length;
    while (pos < len) {
      line++;
      const bom = line === 1 && startsInput && chunk[pos] === 0xef && chunk[pos + 1] === 0xbb && chunk[pos + 2] === 0xbf ? 3 : 0;
      const next = scanner.scan(chunk, pos + bom);
      if (next >= 0) {
        const i = rows.add(scanner.row, scanner.birthYear, scanner.birthMonthDay);
        this.scannedId(rows, i, chunk);
        pos = next;
        continue;
      }
      let nl = chunk.indexOf(LF, pos);
      if (nl < 0) nl = len;
      const end = nl > pos && chunk[nl - 1] === CR ? nl - 1 : nl;
      const before = errors.length;
      line = this.parseLine(this.decoder.decode(chunk.subarray(pos, end)), line, startsInput, rows, errors);
      failed += countLines(errors, before);
      pos = nl + 1;
    }
    const output = rows.n === 0 ? new Uint8Array(0) : this.write(evaluatePopulation(this.pack, rows.population(), this.at), rows, chunk);
    return { output, errors, lines: line, failed };
  }

  private scannedId(rows: ChunkRows, i: number, chunk: Uint8Array): void {
    const { idStart: s, idEnd: e, idKind: kind } = this.scanner;
    if (kind === ID_STRING_UTF8) {
      const id = this.decoder.decode(chunk.subarray(s, e));
      rows.ids.push(id);
      rows.idKind[i] = 0;
      rows.idJson[i] = JSON.stringify(id);
      return;
    }
    rows.ids.push(kind === ID_INTEGER ? Number(ascii(chunk, s, e)) : ascii(chunk, s, e));
    rows.idKind[i] = kind;
    rows.idStart[i] = s;
    rows.idEnd[i] = e;
  }

  /**
   * The exact checks of a line the scanner declined: JSON.parse, then parseProfile. A lone CR
   * inside starts another line. Returns the number of the line it ended on.
   */
  private parseLine(text: string, line: number, startsInput: boolean, rows: ChunkRows, errors: LineError[]): number {
    const pieces = text.includes('\r') ? text.split('\r') : [text];
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0) line++;
      const piece = line === 1 && startsInput ? pieces[k]!.replace(/^\uFEFF/, '') : pieces[k]!;
      if (piece.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(piece);
      } catch (err) {
        errors.push({ line, text: `: invalid JSON: ${(err as Error).message}` });
        continue;
      }
      const res = parseProfile(json, this.at, this.pack.schema);
      if (!res.ok) {
        const id = typeof json === 'object' && json !== null && 'id' in json ? ` (id ${JSON.stringify((json as { id: unknown }).id)})` : '';
        for (const e of res.errors) errors.push({ line, text: `${id}: ${e.field}: ${e.message}` });
        continue;
      }
      this.addProfile(rows, res.profile);
    }
    return line;
  }

  private addProfile(rows: ChunkRows, p: Profile): void {
    const row = encodeProfile(p, this.pack.schema);
    const [y, m, d] = civilFromDays(row[BIRTH_SLOT]!);
    const i = rows.add(row, y, m * 32 + d);
    rows.ids.push(p.id);
    rows.idKind[i] = 0;
    rows.idJson[i] = JSON.stringify(p.id);
  }

  /** The result lines: `{"id":…,"tier":…,"benefits":[granted benefits in pack order]}`. */
  private write(ev: PopulationEvaluation, rows: ChunkRows, chunk: Uint8Array): Uint8Array {
    const n = rows.n;
    const outcomes = ev.outcomes;
    const { idKind, idStart, idEnd, idJson } = rows;
    // Room for every line at once: the ids, the fixed parts, every eligible benefit.
    let size = 0;
    for (let i = 0; i < n; i++) size += idKind[i] === 0 ? idJson[i]!.length * 3 : idEnd[i]! - idStart[i]!;
    size += n * (ROW_HEAD.length + TIER_HEAD.length + BENEFITS_HEAD.length + ROW_TAIL.length + 8);
    outcomes.forEach((o, k) => (size += o.rows.length * (this.heads[k]!.length + this.periods[k]!.length + MONTHS.length + VALUE.length + 3 * 24 + 2)));
    const out = new Output(size);
    const cursor = new Int32Array(outcomes.length);
    const tier = ev.tier;
    for (let i = 0; i < n; i++) {
      const kind = idKind[i]!;
      if (kind === 0) {
        out.raw(ROW_HEAD, 0, ROW_HEAD.length);
        out.text(idJson[i]!);
      } else {
        const s = idStart[i]!;
        const e = idEnd[i]!;
        out.raw(ROW_HEAD, 0, ROW_HEAD.length);
        if (kind === ID_STRING_ASCII) out.bytes[out.pos++] = 0x22;
        out.raw(chunk, s, e);
        if (kind === ID_STRING_ASCII) out.bytes[out.pos++] = 0x22;
      }
      out.raw(TIER_HEAD, 0, TIER_HEAD.length);
      const t = tier[i]!;
      if (t === 255) out.raw(TIER_NONE, 0, TIER_NONE.length);
      else {
        out.bytes[out.pos++] = 0x22;
        out.bytes[out.pos++] = TIER_LETTERS.charCodeAt(t);
        out.bytes[out.pos++] = 0x22;
      }
      out.raw(BENEFITS_HEAD, 0, BENEFITS_HEAD.length);
      let first = true;
      for (let k = 0; k < outcomes.length; k++) {
        const o = outcomes[k]!;
        const c = cursor[k]!;
        if (c >= o.rows.length || o.rows[c] !== i) continue;
        cursor[k] = c + 1;
        if (o.granted[c] !== 1) continue;
        const head = this.heads[k]!;
        const period = this.periods[k]!;
        if (!first) out.bytes[out.pos++] = 0x2c;
        first = false;
        out.raw(head, 0, head.length);
        out.number(o.amountFen[c]!);
        out.raw(period, 0, period.length);
        out.raw(MONTHS, 0, MONTHS.length);
        out.number(o.months[c]!);
        out.raw(VALUE, 0, VALUE.length);
        out.number(o.valueFen[c]!);
        out.bytes[out.pos++] = 0x7d;
      }
      out.raw(ROW_TAIL, 0, ROW_TAIL.length);
    }
    return out.bytes.subarray(0, out.pos);
  }
}

/** Distinct lines among `errors[from..]` (a line may have several messages). */
function countLines(errors: readonly LineError[], from: number): number {
  let count = 0;
  for (let k = from; k < errors.length; k++) if (k === from || errors[k]!.line !== errors[k - 1]!.line) count++;
  return count;
}
