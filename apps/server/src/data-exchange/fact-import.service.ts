/**
 * 数据共享: a department delivers facts about talents — a file uploaded by its officer (or the
 * talent office's), or rows pushed by its partner system with a department-scoped token. Every
 * row is checked first (its form, the facts the department may supply, a registered ID number
 * and employer, no repeated person); one bad row and nothing is written. A good delivery is
 * written in one transaction through the fact store, recorded as an import, audited, and each
 * talent whose declaration the department's data now contradicts is told, with the office.
 */
import {
  businessDate,
  type DepartmentFactField,
  type FactImport,
  type FactImportPage,
  type FactImportQuery,
  type FactImportSource,
  type VerifiedFacts,
} from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, forbidden, invalid, type FieldError } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { departmentName } from '../city/city-file.js';
import { notify } from '../notifications/notification.service.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { checkRows, type Cell, type FactRow } from './fact-rows.js';
import { employersByCreditCode, insertFactImport, listFactImports, setImportCounts, talentsByIdHash } from './fact-import.repository.js';

/** A delivering department and the facts this delivery may carry. */
export interface Supplier {
  department: string;
  fields: readonly DepartmentFactField[];
}

/** Rows as read from a file or a request, not yet checked. */
export interface RawRows {
  /** Problems found while reading (the header of a file). */
  errors: FieldError[];
  rows: { ref: string; cells: Partial<Record<string, Cell>> }[];
}

/** How a delivery arrived. */
export interface Delivery {
  source: FactImportSource;
  fileName: string | null;
}

const NOT_WRITTEN = 'Nothing was imported.';

/**
 * The department a caller may deliver for, with the facts it may carry: the talent office's
 * officers for any delivering department, a reviewer for their own, a scoped token for its
 * department and facts. 400 when the department delivers no facts; 403 otherwise.
 */
export function supplierFor(ctx: AppContext, principal: Principal, department: string): Supplier {
  const fields = ctx.city.factSuppliers.get(department);
  if (!fields) throw invalid([{ field: 'department', message: `does not deliver facts (these do: ${[...ctx.city.factSuppliers.keys()].join(', ')})` }]);
  if (principal.scope) {
    if (principal.scope.department !== department)
      throw fail(
        'BOLE_FORBIDDEN',
        { reason: { en: `This token delivers facts of ${principal.scope.department} only.`, zh: '该令牌只能报送其所属部门的数据。' } },
        [{ field: 'department', message: `this token delivers facts of ${principal.scope.department} only` }],
      );
    return { department, fields: fields.filter((f) => principal.scope!.fields.includes(f)) };
  }
  if (principal.role === 'officer') return { department, fields };
  if (principal.role === 'reviewer' && principal.department === department) return { department, fields };
  throw forbidden({ en: `Only ${department}'s own staff or the talent office deliver its facts.`, zh: '只有该部门或人才办可以导入该部门的数据。' });
}

/** Rows of the partner API as cells (row refs `rows.<index>`); a fact sent as null is withdrawn, like a file's 撤回 cell. */
export function apiRows(rows: Record<string, unknown>[]): RawRows {
  const cells = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? 'withdrawn' : v])) as Partial<Record<string, Cell>>;
  return { errors: [], rows: rows.map((r, i) => ({ ref: `rows.${i}`, cells: cells(r) })) };
}

/**
 * 403 naming the first fact a scoped token may not write (a token for 公安 writing
 * social-insurance months), before any row is checked.
 */
export function assertTokenMayWrite(principal: Principal, supplier: Supplier, raw: RawRows): void {
  if (!principal.scope) return;
  for (const r of raw.rows) {
    for (const key of Object.keys(r.cells)) {
      if (key === 'idNumber' || supplier.fields.includes(key as DepartmentFactField)) continue;
      throw fail('BOLE_FORBIDDEN', { reason: { en: `This token may not write ${key}.`, zh: `该令牌无权报送 ${key}。` } }, [
        { field: `${r.ref}.${key}`, message: `this token may write only ${supplier.fields.join(', ')}` },
      ]);
    }
  }
}

const refOrder = (field: string) => Number(/(\d+)/.exec(field)?.[1] ?? 0);

/** Checks rows against the registry: each ID number a registered talent, each credit code a registered employer. */
async function resolveRows(ctx: AppContext, rows: FactRow[]) {
  const hashOf = new Map(rows.map((r) => [r, ctx.cipher.lookupHash('id', r.idNumber)]));
  const talents = await talentsByIdHash(ctx.db, [...new Set(hashOf.values())]);
  const employers = await employersByCreditCode(ctx.db, [...new Set(rows.flatMap((r) => (r.values.employerCreditCode ? [r.values.employerCreditCode] : [])))]);
  const errors: FieldError[] = [];
  const resolved: { row: FactRow; talent: { id: string; name: string }; facts: Partial<VerifiedFacts> }[] = [];
  for (const row of rows) {
    const talent = talents.get(hashOf.get(row)!);
    if (!talent) errors.push({ field: `${row.ref}.idNumber`, message: 'no talent is registered with this ID number' });
    const { employerCreditCode, ...rest } = row.values;
    const facts: Partial<VerifiedFacts> = { ...rest };
    if (employerCreditCode === null) facts.employerId = null;
    else if (employerCreditCode) {
      const employerId = employers.get(employerCreditCode);
      if (!employerId) errors.push({ field: `${row.ref}.employerCreditCode`, message: 'no employer is registered with this credit code' });
      else facts.employerId = employerId;
    }
    if (talent) resolved.push({ row, talent, facts });
  }
  return { resolved, errors };
}

/**
 * Checks and writes a delivery: 400 naming every bad row and column (nothing written), or the
 * import as recorded. One transaction: the facts of every row, the import record, its audit entry
 * and the notices of contradicted declarations.
 */
export async function deliverFacts(ctx: AppContext, principal: Principal, supplier: Supplier, delivery: Delivery, raw: RawRows): Promise<FactImport> {
  const today = businessDate(ctx.clock.now());
  const checked = checkRows(raw.rows, supplier, today);
  const errors = [...raw.errors, ...checked.errors];
  if (errors.length === 0 && raw.rows.length === 0) errors.push({ field: 'file', message: 'has no rows of facts' });
  // Rows of good form are also checked against the registry, so one answer names every bad row.
  const { resolved, errors: registryErrors } = raw.errors.length ? { resolved: [], errors: [] } : await resolveRows(ctx, checked.rows);
  errors.push(...registryErrors);
  if (errors.length)
    throw invalid(
      errors.sort((a, b) => refOrder(a.field) - refOrder(b.field)),
      NOT_WRITTEN,
    );
  const name = departmentName(ctx.city, supplier.department);
  const createdAt = ctx.clock.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    const { id } = await insertFactImport(tx, {
      department: supplier.department,
      source: delivery.source,
      fileName: delivery.fileName,
      actorUserId: principal.userId,
      tokenId: principal.via === 'token' ? principal.credentialId : null,
      rows: raw.rows.length,
      changed: 0,
      unchanged: 0,
      contradicted: 0,
      createdAt,
    });
    const counts = { changed: 0, unchanged: 0, contradicted: 0 };
    for (const r of resolved) {
      const by = { source: 'department' as const, department: supplier.department, actorUserId: principal.userId, importId: id };
      const result = await recordVerifiedFacts(ctx, tx, r.talent.id, r.facts, by);
      if (result.changed.length) counts.changed++;
      else counts.unchanged++;
      // Told once: when the department's value is new and differs from the declaration.
      const news = result.contradicted.filter((f) => result.changed.includes(f));
      if (news.length === 0) continue;
      counts.contradicted++;
      await notify(ctx, tx, [{ talentId: r.talent.id }, { role: 'officer' }], {
        kind: 'fact.contradicted',
        payload: { department: supplier.department, departmentName: name, talentId: r.talent.id, talentName: r.talent.name, fields: news, importId: id },
      });
    }
    await setImportCounts(tx, id, counts);
    await ctx.audit.record(tx, principal, {
      action: 'facts.import',
      entity: 'fact_import',
      entityId: id,
      detail: { department: supplier.department, source: delivery.source, fileName: delivery.fileName, rows: raw.rows.length, ...counts },
    });
    return {
      id,
      department: supplier.department,
      departmentName: name,
      source: delivery.source,
      fileName: delivery.fileName,
      actorName: principal.displayName,
      createdAt,
      rows: raw.rows.length,
      ...counts,
    };
  });
}

/** The imports a caller may see, newest first: a reviewer their department's, the office and auditors all. */
export async function listImports(ctx: AppContext, principal: Principal, q: FactImportQuery): Promise<FactImportPage> {
  const departments = principal.role === 'reviewer' ? [principal.department ?? ''] : q.department ? [q.department] : undefined;
  const scoped = principal.role === 'reviewer' && q.department ? departments!.filter((d) => d === q.department) : departments;
  const { items, total } = await listFactImports(ctx.db, { departments: scoped, page: q.page, pageSize: q.pageSize });
  return {
    items: items.map(({ imp, actorName }) => ({
      id: imp.id,
      department: imp.department,
      departmentName: departmentName(ctx.city, imp.department),
      source: imp.source,
      fileName: imp.fileName,
      actorName: actorName ?? null,
      createdAt: new Date(imp.createdAt).toISOString(),
      rows: imp.rows,
      changed: imp.changed,
      unchanged: imp.unchanged,
      contradicted: imp.contradicted,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
