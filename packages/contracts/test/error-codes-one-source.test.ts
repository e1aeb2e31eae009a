/**
 * Error codes are written once, in the catalogue (`packages/contracts/src/errors`). Server and
 * web name a code only where the type checker holds it to the catalogue's union of codes: the
 * first argument of `fail(…)`, `new AppError(…)`, `super(…)` of an `AppError` or
 * `hasErrorCode(…, …)`, a type argument of `AppError<…>`, a value of a declaration typed
 * `ErrorCode…`, or an element of a route's `errorCodes` option (typed `readonly ErrorCode[]`).
 * Anywhere else a `'BOLE_…'` literal fails this test (tests may assert codes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isErrorCode } from '../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCANNED = ['apps/server/src', 'apps/web/src'];
const SKIPPED_FILE = /\.(test|spec)\.tsx?$|-testing\.ts$/;
const CODE = /^BOLE_[A-Z0-9_]+$/;
/** Calls whose argument (first, or second for `hasErrorCode`) is typed as a catalogue code. */
const TYPED_CALLS: Record<string, number> = { fail: 0, AppError: 0, super: 0, hasErrorCode: 1 };

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return name === 'node_modules' ? [] : files(rel);
    return /\.tsx?$/.test(name) && !SKIPPED_FILE.test(name) ? [rel] : [];
  });
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | null {
  const e = call.expression;
  if (e.kind === ts.SyntaxKind.SuperKeyword) return 'super';
  if (ts.isIdentifier(e)) return e.text;
  return null;
}

/** Whether the literal sits where its type is the catalogue's code union. */
function typedPlace(lit: ts.Node): boolean {
  const parent = lit.parent;
  if (ts.isLiteralTypeNode(parent)) {
    const ref = parent.parent;
    if (ts.isTypeReferenceNode(ref)) return ref.typeName.getText() === 'AppError';
    return ts.isExpressionWithTypeArguments(ref) && ref.expression.getText() === 'AppError';
  }
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments) {
    const name = calleeName(parent);
    return name !== null && name in TYPED_CALLS && parent.arguments.indexOf(lit as ts.Expression) === TYPED_CALLS[name];
  }
  if (ts.isArrayLiteralExpression(parent) && ts.isPropertyAssignment(parent.parent) && parent.parent.name.getText() === 'errorCodes') return true;
  for (let n: ts.Node = parent; !ts.isSourceFile(n); n = n.parent) {
    if (ts.isSatisfiesExpression(n) || ts.isAsExpression(n)) return /\bErrorCode/.test(n.type.getText());
    if (ts.isVariableDeclaration(n)) return n.type !== undefined && /\bErrorCode/.test(n.type.getText());
    if (ts.isBlock(n) || ts.isFunctionLike(n)) return false;
  }
  return false;
}

/** `file:line 'BOLE_…'` for every code literal outside a typed place. */
function strayCodes(file: string, text = readFileSync(join(ROOT, file), 'utf8')): { stray: string[]; seen: string[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const stray: string[] = [];
  const seen: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CODE.test(node.text)) {
      seen.push(node.text);
      if (!typedPlace(node)) stray.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} '${node.text}'`);
    } else if (ts.isTemplateExpression(node) && /^BOLE_/.test(node.head.text)) {
      stray.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} \`${node.head.text}…\``);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { stray, seen };
}

describe('error codes have one source', () => {
  const results = SCANNED.flatMap(files).map((f) => strayCodes(f));

  it('names a code in server and web code only where it is typed as a catalogue code', () => {
    expect(results.flatMap((r) => r.stray)).toEqual([]);
  });

  it('catches a code written as a plain string', () => {
    const sample = [
      "const code = 'BOLE_FORBIDDEN';",
      "if (problem.code === 'BOLE_NOT_FOUND') show();",
      "throw fail('BOLE_FORBIDDEN');",
      "const byStatus: Record<number, ErrorCode> = { 404: 'BOLE_NOT_FOUND' };",
      'const dynamic = `BOLE_HTTP_${status}`;',
    ].join('\n');
    expect(strayCodes('sample.ts', sample).stray).toEqual(["sample.ts:1 'BOLE_FORBIDDEN'", "sample.ts:2 'BOLE_NOT_FOUND'", 'sample.ts:5 `BOLE_HTTP_…`']);
  });

  it('names only codes of the catalogue', () => {
    const seen = results.flatMap((r) => r.seen);
    expect(seen.length).toBeGreaterThan(40);
    expect(seen.filter((c) => !isErrorCode(c))).toEqual([]);
  });
});
