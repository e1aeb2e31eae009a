/**
 * Type checker for policy expressions. Parses with @marcbachmann/cel-js and checks the AST
 * against the talent schema with our own rules, because the library's checker cannot express
 * closed string vocabularies: a misspelt enum value (`highestDegree >= "mastr"`) must be an
 * authoring-time error, as must an unknown field or a type mismatch.
 */
import { Environment, type ASTNode } from '@marcbachmann/cel-js';
import { enumOf, findVar, varNames, type CelType } from '../schema.js';
import { parseIsoDate, type WithinUnit } from '../dates.js';
import type { CmpOp, Expr } from './ir.js';
import { suggest } from './suggest.js';
import { CelCheckError, type CheckEnv, type ParamType } from './check-types.js';

export { CelCheckError, type CheckEnv, type ParamType };

const env = new Environment({ unlistedVariablesAreDyn: true });

/** Parses and checks `source`, requiring the result type to be one of `want`. */
export function checkExpression(source: string, cenv: CheckEnv, want: readonly CelType[]): Expr {
  let ast: ASTNode;
  try {
    ast = env.parse(source).ast;
  } catch (err) {
    const e = err as { message?: string; range?: { start: number; end: number } };
    const first = (e.message ?? 'syntax error').split('\n')[0] ?? 'syntax error';
    throw new CelCheckError(`syntax error: ${first}`, e.range?.start ?? 0, e.range?.end ?? source.length);
  }
  const expr = new Checker(source, cenv).check(ast);
  if (!want.includes(expr.t)) {
    throw new CelCheckError(`expression must be of type ${want.join(' or ')}, found ${expr.t}`, 0, source.length);
  }
  return expr;
}

type Lit = Expr & { k: 'lit' };
/** A string literal not yet resolved against an enum. */
interface StrLit {
  k: 'str';
  v: string;
  node: ASTNode;
}
type Partial = Expr | StrLit;

const CMP_OPS = new Set<string>(['==', '!=', '<', '<=', '>', '>=']);

class Checker {
  constructor(
    private readonly source: string,
    private readonly cenv: CheckEnv,
  ) {}

  private fail(node: ASTNode, msg: string): never {
    throw new CelCheckError(msg, node.range.start, node.range.end);
  }

  /** Source text of a node, extended over closing parentheses the parser's range leaves out. */
  private src(node: ASTNode): string {
    let end = node.range.end;
    let text = this.source.slice(node.range.start, end);
    let open = (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);
    while (open > 0 && end < this.source.length) {
      const ch = this.source[end++]!;
      if (ch === ')') open--;
      text = this.source.slice(node.range.start, end);
    }
    return text;
  }

  check(node: ASTNode): Expr {
    const p = this.partial(node);
    if (p.k === 'str') this.fail(node, `a string literal ("${p.v}") can only be compared with an enum field`);
    return p;
  }

  private partial(node: ASTNode): Partial {
    const src = this.src(node);
    switch (node.op) {
      case 'value':
        return this.literal(node, node.args);
      case 'id':
        return this.variable(node, node.args);
      case '.':
        return this.member(node, node.args[0], node.args[1]);
      case '[]':
        return this.index(node, node.args[0], node.args[1]);
      case '!_': {
        const a = this.expect(node.args, 'bool');
        return { k: 'not', a, t: 'bool', nullable: false, src };
      }
      case '-_': {
        const a = this.check(node.args);
        if (a.k !== 'lit' || a.t !== 'int') this.fail(node, 'unary minus applies to integer literals only');
        return { ...a, v: -(a.v as number), src };
      }
      case '&&':
      case '||': {
        const a = this.expect(node.args[0], 'bool');
        const b = this.expect(node.args[1], 'bool');
        return { k: node.op === '&&' ? 'and' : 'or', a, b, t: 'bool', nullable: false, src };
      }
      case '?:': {
        const c = this.expect(node.args[0], 'bool');
        const a = this.check(node.args[1]);
        const b = this.check(node.args[2]);
        if (a.t !== b.t) this.fail(node, `both branches must have the same type, found ${a.t} and ${b.t}`);
        return { k: 'cond', c, a, b, t: a.t, nullable: a.nullable || b.nullable, src };
      }
      case 'in':
        return this.membership(node, node.args[0], node.args[1]);
      case '+':
      case '-':
      case '*':
        return this.arith(node, node.op, node.args[0], node.args[1]);
      case 'call':
        return this.call(node, node.args[0], node.args[1]);
      case 'rcall':
        return this.fail(node, `method call .${node.args[0]}() is not supported; see docs/policy-language.md`);
      default:
        if (CMP_OPS.has(node.op)) {
          const args = node.args as [ASTNode, ASTNode];
          return this.compare(node, node.op as CmpOp, args[0], args[1]);
        }
        return this.fail(node, `operator ${node.op} is not supported`);
    }
  }

  private expect(node: ASTNode, t: CelType): Expr {
    const e = this.check(node);
    if (e.t !== t) this.fail(node, `expected ${t}, found ${e.t}`);
    return e;
  }

  private literal(node: ASTNode, value: unknown): Partial {
    const src = this.src(node);
    if (typeof value === 'bigint') {
      if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) this.fail(node, 'integer literal too large');
      return { k: 'lit', v: Number(value), t: 'int', nullable: false, src };
    }
    if (typeof value === 'boolean') return { k: 'lit', v: value, t: 'bool', nullable: false, src };
    if (value === null) return { k: 'lit', v: null, t: 'null', nullable: true, src };
    if (typeof value === 'string') return { k: 'str', v: value, node };
    if (typeof value === 'number') return this.fail(node, 'decimal numbers are not supported: use integer yuan or a parameter');
    return this.fail(node, 'unsupported literal');
  }

  private variable(node: ASTNode, name: string): Expr {
    const def = findVar(name, this.cenv.allowTier);
    if (def) return { k: 'var', name, t: def.type, nullable: def.nullable, src: this.src(node) };
    if (name === 'params') this.fail(node, 'use params.NAME to read a parameter');
    if (name === 'employer') this.fail(node, 'use employer.chain, employer.flags, employer.kind or employer.district');
    const hint = suggest(name, varNames(this.cenv.allowTier));
    return this.fail(node, `unknown field '${name}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
  }

  private member(node: ASTNode, base: ASTNode, field: string): Expr {
    if (base.op === 'id' && base.args === 'employer') return this.variable(node, `employer.${field}`);
    if (base.op === 'id' && base.args === 'params') {
      const p = this.cenv.params.get(field);
      if (!p) {
        const hint = suggest(field, [...this.cenv.params.keys()]);
        this.fail(node, `unknown parameter '${field}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
      }
      if (p.key) this.fail(node, `parameter '${field}' is keyed by ${p.key}: write params.${field}[…]`);
      return { k: 'param', name: field, t: p.type, nullable: false, src: this.src(node) };
    }
    return this.fail(node, `unknown field '${this.src(node)}'`);
  }

  private index(node: ASTNode, base: ASTNode, key: ASTNode): Expr {
    if (base.op !== '.' || base.args[0].op !== 'id' || base.args[0].args !== 'params') {
      this.fail(node, 'only map parameters can be indexed: params.NAME[key]');
    }
    const name = base.args[1];
    const p = this.cenv.params.get(name);
    if (!p) this.fail(base, `unknown parameter '${name}'`);
    if (!p.key) this.fail(node, `parameter '${name}' is not a map`);
    const k = this.coerce(key, `enum:${p.key}`);
    return { k: 'paramAt', name, key: k, t: p.type, nullable: false, src: this.src(node) };
  }

  /** Resolves `node` as a value of type `t`, turning string literals into enum codes. */
  private coerce(node: ASTNode, t: CelType): Expr {
    const p = this.partial(node);
    if (p.k !== 'str') {
      if (p.t !== t) this.fail(node, `expected ${t}, found ${p.t}`);
      return p;
    }
    return this.resolveString(p, t);
  }

  private resolveString(p: StrLit, t: CelType): Lit {
    const src = this.src(p.node);
    if (t === 'string') {
      if (!/^\d{4}$/.test(p.v)) this.fail(p.node, `birthplace codes are 4 digits, found "${p.v}"`);
      return { k: 'lit', v: Number(p.v), t, nullable: false, src };
    }
    const en = enumOf(this.cenv.schema, t);
    if (!en) this.fail(p.node, `a string cannot be compared with ${t}`);
    const code = en.values.indexOf(p.v);
    if (code < 0) {
      const hint = suggest(p.v, en.values);
      this.fail(p.node, `"${p.v}" is not a ${en.name} (one of ${en.values.join(', ')})${hint ? `; did you mean "${hint}"?` : ''}`);
    }
    return { k: 'lit', v: code, t: `enum:${en.name}`, nullable: false, src };
  }

  private compare(node: ASTNode, op: CmpOp, l: ASTNode, r: ASTNode): Expr {
    const src = this.src(node);
    const pa = this.partial(l);
    const pb = this.partial(r);
    if (pa.k === 'str' && pb.k === 'str') this.fail(node, 'cannot compare two string literals');
    const a: Expr = pa.k === 'str' ? this.resolveString(pa, (pb as Expr).t) : pa;
    const b: Expr = pb.k === 'str' ? this.resolveString(pb, a.t) : pb;
    if (a.t === 'null' || b.t === 'null') {
      const other = a.t === 'null' ? b : a;
      if (op !== '==' && op !== '!=') this.fail(node, 'null can only be tested with == or !=');
      if (!other.nullable) this.fail(node, `${other.src} is never null`);
      return { k: 'isNull', a: other, negate: op === '!=', t: 'bool', nullable: false, src };
    }
    if (a.t !== b.t) this.fail(node, `cannot compare ${a.t} with ${b.t}`);
    const ordered = a.t === 'int' || a.t === 'money' || a.t === 'date' || enumOf(this.cenv.schema, a.t)?.ordered === true;
    if (op !== '==' && op !== '!=' && (!ordered || a.t.startsWith('set:'))) this.fail(node, `${a.t} is not ordered: use == or != or in`);
    if (a.t.startsWith('set:')) this.fail(node, 'sets cannot be compared; use "value" in set');
    return { k: 'cmp', op, a, b, t: 'bool', nullable: false, src };
  }

  private membership(node: ASTNode, l: ASTNode, r: ASTNode): Expr {
    const src = this.src(node);
    if (r.op === 'list') {
      const a = this.check(l);
      if (!a.t.startsWith('enum:')) this.fail(l, `only enum values can be tested against a list, found ${a.t}`);
      const codes = r.args.map((item) => {
        const lit = this.coerce(item, a.t);
        if (lit.k !== 'lit') this.fail(item, 'list items must be literals');
        return lit.v as number;
      });
      return { k: 'inList', a, codes, t: 'bool', nullable: false, src };
    }
    const set = this.check(r);
    if (!set.t.startsWith('set:')) this.fail(r, `right side of 'in' must be a set field or a list literal, found ${set.t}`);
    const item = this.coerce(l, `enum:${set.t.slice(4)}`);
    if (item.k !== 'lit') this.fail(l, 'left side of "in" a set must be a literal');
    return { k: 'hasSet', set, bit: item.v as number, t: 'bool', nullable: false, src };
  }

  private arith(node: ASTNode, op: '+' | '-' | '*', l: ASTNode, r: ASTNode): Expr {
    const a = this.check(l);
    const b = this.check(r);
    const src = this.src(node);
    const numeric = (t: CelType): boolean => t === 'int' || t === 'money';
    if (!numeric(a.t) || !numeric(b.t)) this.fail(node, `operator ${op} needs int or money operands, found ${a.t} and ${b.t}`);
    let t: CelType;
    if (op === '*') {
      if (a.t === 'money' && b.t === 'money') this.fail(node, 'cannot multiply money by money');
      t = a.t === 'money' || b.t === 'money' ? 'money' : 'int';
    } else {
      if (a.t !== b.t) this.fail(node, `cannot mix ${a.t} and ${b.t} with ${op}`);
      t = a.t;
    }
    return { k: 'arith', op, a, b, t, nullable: false, src };
  }

  private call(node: ASTNode, name: string, args: ASTNode[]): Expr {
    const src = this.src(node);
    const arity = (n: number): void => {
      if (args.length !== n) this.fail(node, `${name}() takes ${n} arguments, found ${args.length}`);
    };
    if (name === 'within') {
      arity(3);
      const date = this.expect(args[0]!, 'date');
      const n = this.expect(args[1]!, 'int');
      const u = this.partial(args[2]!);
      if (u.k !== 'str' || !['days', 'months', 'years'].includes(u.v)) this.fail(args[2]!, 'unit must be "days", "months" or "years"');
      return { k: 'within', date, n, unit: u.v as WithinUnit, t: 'bool', nullable: false, src };
    }
    if (name === 'date') {
      arity(1);
      const s = this.partial(args[0]!);
      const day = s.k === 'str' ? parseIsoDate(s.v) : null;
      if (day === null) this.fail(node, 'date() takes a valid "YYYY-MM-DD" literal');
      return { k: 'lit', v: day, t: 'date', nullable: false, src };
    }
    if (name === 'min' || name === 'max') {
      arity(2);
      const a = this.check(args[0]!);
      const b = this.check(args[1]!);
      if (a.t !== b.t || (a.t !== 'int' && a.t !== 'money')) this.fail(node, `${name}() needs two int or two money values, found ${a.t} and ${b.t}`);
      return { k: 'minmax', op: name, a, b, t: a.t, nullable: false, src };
    }
    const hint = suggest(name, ['within', 'date', 'min', 'max']);
    return this.fail(node, `unknown function ${name}()${hint ? ` (did you mean ${hint}()?)` : ''}`);
  }
}
