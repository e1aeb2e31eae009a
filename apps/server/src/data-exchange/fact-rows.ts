/**
 * Pure rules of a department's delivery (数据共享): reading the header of a file, checking every
 * row's cells (the ID number's form, each fact's value or its withdrawal, facts the department
 * may not supply, duplicate rows) and turning them into typed facts. No I/O: which ID numbers and credit codes are
 * registered is checked by the service afterwards. Errors name the row as the person sees it
 * (`row 3.socialInsuranceMonths`: the file's row 3, header being row 1) and never repeat the ID
 * number itself.
 */
import { DEPARTMENT_FACT_FIELDS, checkIdNumber, type DepartmentFactField } from '@bole/contracts';
import { checkCreditCode } from '../identity/credit-code.js';
import type { FieldError } from '../http/errors.js';

/** A cell as a reader hands it over: text (CSV, Excel text), a number, a boolean or a date (Excel). */
export type Cell = string | number | boolean | Date | null;

/** The facts of one row, typed; null withdraws a fact the department confirmed before. */
export interface FactValues {
  employerCreditCode?: string | null;
  arrivalDate?: string | null;
  socialInsuranceMonths?: number | null;
  hukouInCity?: boolean | null;
  ownsHomeInCity?: boolean | null;
  firstHomePurchaseDate?: string | null;
}

/** One checked row: where it is, whose it is (the ID number, kept only in memory) and its facts. */
export interface FactRow {
  /** How the caller names the row in errors (`row 3` in a file, `rows.0` in the API). */
  ref: string;
  idNumber: string;
  values: FactValues;
}

/** The column key of the ID number. */
export const ID_COLUMN = 'idNumber';

/**
 * A cell that withdraws a fact the department no longer confirms (the person left the employer,
 * the record was wrong): the fact goes back to the talent's declaration only. The partner API
 * sends JSON null instead.
 */
export const WITHDRAW = new Set(['撤回', 'withdraw', 'withdrawn']);

const TRUE = new Set(['true', '1', 'y', 'yes', '是', '有']);
const FALSE = new Set(['false', '0', 'n', 'no', '否', '无']);

/** The key of a header cell: the Latin word at its end (`身份证号 idNumber` → `idNumber`), or the cell itself. */
export function columnKey(header: Cell): string {
  const text = cellText(header);
  const m = /([A-Za-z][A-Za-z0-9]*)\)?$/.exec(text);
  return m ? m[1]! : text;
}

function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

const isFactField = (k: string): k is DepartmentFactField => (DEPARTMENT_FACT_FIELDS as readonly string[]).includes(k);

/**
 * Checks a header row against what the department may supply: the ID number column is
 * required, each other column must be a fact the department delivers, none twice. Returns the
 * column keys by position (null for an empty header cell, whose column must stay empty).
 */
export function readHeader(header: Cell[], allowed: readonly DepartmentFactField[], department: string): { keys: (string | null)[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const keys = header.map((h) => (cellText(h) === '' ? null : columnKey(h)));
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (k === null) return;
    const field = `row 1.${k}`;
    if (seen.has(k)) errors.push({ field, message: `column ${i + 1} repeats this column` });
    seen.add(k);
    if (k === ID_COLUMN) return;
    if (!isFactField(k)) errors.push({ field, message: `column ${i + 1} is not a fact a department can deliver (${DEPARTMENT_FACT_FIELDS.join(', ')})` });
    else if (!allowed.includes(k))
      errors.push({ field, message: `column ${i + 1}: ${department} does not supply this fact (it supplies ${allowed.join(', ')})` });
  });
  if (!seen.has(ID_COLUMN)) errors.push({ field: `row 1.${ID_COLUMN}`, message: 'the ID number column is missing' });
  return { keys, errors };
}

function isoDateOf(c: Cell): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(cellText(c));
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** One fact's value from its cell, or what is wrong with it. */
export function parseFact(field: DepartmentFactField, c: Cell, today: string): { value: string | number | boolean } | { error: string } {
  switch (field) {
    case 'socialInsuranceMonths': {
      const n = typeof c === 'number' ? c : /^\d+$/.test(cellText(c)) ? Number(cellText(c)) : NaN;
      return Number.isInteger(n) && n >= 0 && n <= 600 ? { value: n } : { error: 'must be a whole number of months from 0 to 600' };
    }
    case 'hukouInCity':
    case 'ownsHomeInCity': {
      if (typeof c === 'boolean') return { value: c };
      const t = cellText(c).toLowerCase();
      return TRUE.has(t) ? { value: true } : FALSE.has(t) ? { value: false } : { error: 'must be 是 or 否 (true or false)' };
    }
    case 'arrivalDate':
    case 'firstHomePurchaseDate': {
      const d = isoDateOf(c);
      if (!d) return { error: 'must be a date (YYYY-MM-DD)' };
      return d > today ? { error: `must not be after today (${today})` } : { value: d };
    }
    case 'employerCreditCode': {
      const code = cellText(c).toUpperCase();
      const check = checkCreditCode(code);
      return check.ok ? { value: code } : { error: `must be a unified social credit code: ${check.message}` };
    }
  }
}

/**
 * Checks rows of cells (keyed by column) into typed rows: every problem of every row is reported,
 * each naming the row and the column. An empty cell leaves the fact unchanged; a row that
 * supplies nothing, or repeats an ID number of an earlier row, is an error.
 */
export function checkRows(
  rows: { ref: string; cells: Partial<Record<string, Cell>> }[],
  supplier: { department: string; fields: readonly DepartmentFactField[] },
  today: string,
): { rows: FactRow[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const out: FactRow[] = [];
  const firstRowOf = new Map<string, string>();
  for (const r of rows) {
    const before = errors.length;
    const rawId = cellText(r.cells[ID_COLUMN] ?? null).toUpperCase();
    let idNumber = '';
    if (rawId === '') errors.push({ field: `${r.ref}.${ID_COLUMN}`, message: 'is required' });
    else {
      const check = checkIdNumber(rawId, today);
      if (!check.ok) errors.push({ field: `${r.ref}.${ID_COLUMN}`, message: `is not a valid ID number (${check.message})` });
      else idNumber = rawId;
    }
    const values: Record<string, string | number | boolean | null> = {};
    for (const [key, cell] of Object.entries(r.cells)) {
      if (key === ID_COLUMN || !isFactField(key) || cell === undefined || cellText(cell ?? null) === '') continue;
      if (!supplier.fields.includes(key)) {
        errors.push({ field: `${r.ref}.${key}`, message: `${supplier.department} does not supply this fact (it supplies ${supplier.fields.join(', ')})` });
        continue;
      }
      if (WITHDRAW.has(cellText(cell ?? null).toLowerCase())) {
        values[key] = null;
        continue;
      }
      const parsed = parseFact(key, cell ?? null, today);
      if ('error' in parsed) errors.push({ field: `${r.ref}.${key}`, message: parsed.error });
      else values[key] = parsed.value;
    }
    if (errors.length === before && Object.keys(values).length === 0) errors.push({ field: r.ref, message: 'supplies no fact (every fact cell is empty)' });
    if (idNumber) {
      const first = firstRowOf.get(idNumber);
      if (first) errors.push({ field: `${r.ref}.${ID_COLUMN}`, message: `repeats the ID number of ${first}` });
      else firstRowOf.set(idNumber, r.ref);
    }
    if (errors.length === before) out.push({ ref: r.ref, idNumber, values: values as FactValues });
  }
  return { rows: out, errors };
}
