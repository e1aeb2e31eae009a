/**
 * The checked, typed intermediate form of a CEL expression. Both compilers (the per-person
 * trace evaluator and the columnar kernel generator) consume it; string enum literals are
 * already resolved to dictionary codes and every node carries its source text.
 */
import type { CelType } from '../schema.js';
import type { WithinUnit } from '../dates.js';

/** Comparison operators. */
export type CmpOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

interface Base {
  readonly t: CelType;
  readonly nullable: boolean;
  /** Source text of this sub-expression. */
  readonly src: string;
}

/** A checked expression node. */
export type Expr =
  | (Base & { k: 'lit'; v: number | boolean | null })
  | (Base & { k: 'var'; name: string })
  | (Base & { k: 'param'; name: string })
  | (Base & { k: 'paramAt'; name: string; key: Expr })
  | (Base & { k: 'not'; a: Expr })
  | (Base & { k: 'and' | 'or'; a: Expr; b: Expr })
  | (Base & { k: 'cond'; c: Expr; a: Expr; b: Expr })
  | (Base & { k: 'cmp'; op: CmpOp; a: Expr; b: Expr })
  | (Base & { k: 'isNull'; a: Expr; negate: boolean })
  | (Base & { k: 'inList'; a: Expr; codes: number[] })
  | (Base & { k: 'hasSet'; set: Expr; bit: number })
  | (Base & { k: 'arith'; op: '+' | '-' | '*'; a: Expr; b: Expr })
  | (Base & { k: 'minmax'; op: 'min' | 'max'; a: Expr; b: Expr })
  | (Base & { k: 'within'; date: Expr; n: Expr; unit: WithinUnit });

/** Names of the variables an expression reads, in first-seen order. */
export function varsOf(e: Expr, out: string[] = []): string[] {
  const add = (n: string): void => {
    if (!out.includes(n)) out.push(n);
  };
  switch (e.k) {
    case 'var':
      add(e.name);
      break;
    case 'param':
      add(`params.${e.name}`);
      break;
    case 'paramAt':
      add(`params.${e.name}`);
      varsOf(e.key, out);
      break;
    case 'lit':
      break;
    case 'not':
    case 'isNull':
    case 'inList':
      varsOf(e.a, out);
      break;
    case 'hasSet':
      varsOf(e.set, out);
      break;
    case 'within':
      varsOf(e.date, out);
      varsOf(e.n, out);
      break;
    case 'cond':
      varsOf(e.c, out);
      varsOf(e.a, out);
      varsOf(e.b, out);
      break;
    default:
      varsOf(e.a, out);
      varsOf(e.b, out);
  }
  return out;
}
