/** Compiles a validated policy document: parameters, expressions, trace closures and kernel. */
import { CelCheckError, checkExpression, type ParamType } from '../cel/check.js';
import { compileKernel } from '../cel/compile-kernel.js';
import { compileCondition, compileTrace } from '../cel/compile-trace.js';
import type { Expr } from '../cel/ir.js';
import { parseIsoDate } from '../dates.js';
import type { CelType, Schema } from '../schema.js';
import type { PolicyDoc } from './document.schema.js';
import { compileParam } from './params.js';
import type { CompiledCondition, CompiledParam, CompiledPolicy } from './types.js';

/** Receives an error at a YAML path, optionally at an offset inside the scalar there. */
export type Reporter = (path: (string | number)[], message: string, offset?: number) => void;

/** Checks one expression at `path`; returns null (after reporting) on error. */
export function checkAt(
  src: string,
  path: (string | number)[],
  params: ReadonlyMap<string, ParamType>,
  allowTier: boolean,
  want: readonly CelType[],
  report: Reporter,
  schema: Schema,
): Expr | null {
  try {
    return checkExpression(src, { schema, params, allowTier }, want);
  } catch (err) {
    if (err instanceof CelCheckError) {
      report(path, err.message, err.start);
      return null;
    }
    throw err;
  }
}

/** Compiles a policy, or returns null after reporting every problem found. */
export function compilePolicy(doc: PolicyDoc, file: string, report: Reporter, schema: Schema): CompiledPolicy | null {
  let ok = true;
  const r: Reporter = (path, message, offset) => {
    ok = false;
    report(path, message, offset);
  };
  const departments = schema.vocabulary.department;
  const checkDepartment = (code: string, path: (string | number)[]) => {
    if (!departments.includes(code)) r(path, `"${code}" is not a department of the city (one of ${departments.join(', ')})`);
  };
  checkDepartment(doc.department, ['department']);
  doc.review.forEach((stage, i) => checkDepartment(stage.department, ['review', i, 'department']));
  const params: CompiledParam[] = Object.entries(doc.parameters).map(([name, p]) =>
    compileParam(name, p, (path, message) => r(['parameters', name, ...path], message), schema),
  );
  const paramIndex = new Map(params.map((p, i) => [p.name, i] as [string, number]));
  const types = new Map<string, ParamType>(params.map((p) => [p.name, { type: p.type, ...(p.key ? { key: p.key } : {}) }]));
  const windowFrom = parseIsoDate(doc.window.from) ?? 0;
  const windowTo = doc.window.to ? (parseIsoDate(doc.window.to) ?? null) : null;
  if (windowTo !== null && windowTo < windowFrom) r(['window', 'to'], 'window ends before it starts');
  for (const p of params) {
    if ((p.values[0]?.from ?? 0) > windowFrom)
      r(['parameters', p.name, 'values', 0, 'from'], `first value must start on or before the window (${doc.window.from})`);
  }

  const conditions: CompiledCondition[] = [];
  doc.eligibility.forEach((c, i) => {
    const src = typeof c === 'string' ? c : c.when;
    const path = typeof c === 'string' ? ['eligibility', i] : ['eligibility', i, 'when'];
    const expr = checkAt(src, path, types, true, ['bool'], r, schema);
    if (!expr) return;
    const label = typeof c === 'string' ? undefined : c.label;
    conditions.push({ src, expr, run: compileCondition(expr, paramIndex, schema), ...(label ? { label } : {}) });
  });
  const amountSrc = String(doc.benefit.amount);
  const amountExpr = checkAt(amountSrc, ['benefit', 'amount'], types, true, ['int', 'money'], r, schema);
  const monthsSrc = String(doc.benefit.months);
  const monthsExpr = checkAt(monthsSrc, ['benefit', 'months'], types, true, ['int'], r, schema);
  if (doc.benefit.period === 'once' && monthsSrc !== '1') r(['benefit', 'months'], 'a once benefit has months 1');
  if (!ok || !amountExpr || !monthsExpr) return null;
  return {
    id: doc.id,
    doc,
    file,
    windowFrom,
    windowTo,
    params,
    paramIndex,
    conditions,
    amount: { expr: amountExpr, run: compileTrace(amountExpr, paramIndex, schema) },
    months: { expr: monthsExpr, run: compileTrace(monthsExpr, paramIndex, schema) },
    kernel: compileKernel({ conditions: conditions.map((c) => c.expr), amount: amountExpr, months: monthsExpr }, paramIndex),
  };
}
