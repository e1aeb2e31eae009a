/**
 * Text the service accepts is text: a string anywhere in a request (body, query, path) that
 * holds a control character (NUL, escape, bell…, or a lone surrogate) is refused with 400
 * naming the field, before validation and long before it could reach the database (PostgreSQL
 * refuses NUL in text). Tabs and line breaks are allowed in body text (free-text answers and
 * policy sources), not in query or path parameters.
 */
import type { FastifyInstance } from 'fastify';
import { type AppError, invalid } from './errors.js';

/** Control characters (C0, DEL, C1: Unicode category Cc) and lone surrogates (Cs). */
const BAD_IN_LINE = /[\p{Cc}\p{Cs}]/u;
/** The same, except tab, line feed and carriage return. */
const BAD_IN_TEXT = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;

/** The dotted paths of strings (and object keys) in `value` holding a control character. */
export function fieldsWithControlCharacters(value: unknown, multiline: boolean, limit = 10): string[] {
  const bad = multiline ? BAD_IN_TEXT : BAD_IN_LINE;
  const found: string[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && found.length < limit) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (bad.test(v)) found.push(path.join('.'));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, String(i)] });
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, child] of Object.entries(v)) {
        if (BAD_IN_LINE.test(k)) found.push([...path, JSON.stringify(k)].join('.'));
        else stack.push({ value: child, path: [...path, k] });
      }
    }
  }
  return found;
}

/**
 * A 400 naming every field of `value` that holds a control character, or null. `context` names
 * the whole value when it is itself a string (`body`, `query`).
 */
export function controlCharacterProblem(value: unknown, context: string, multiline = true): AppError | null {
  const fields = fieldsWithControlCharacters(value, multiline);
  if (fields.length === 0) return null;
  return invalid(fields.map((f) => ({ field: f || context, message: 'must not contain control characters' })));
}

/** Checks the body, query and path parameters of every request before validation. */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problem =
      controlCharacterProblem(request.params, 'params', false) ??
      controlCharacterProblem(request.query, 'query', false) ??
      controlCharacterProblem(request.body, 'body', true);
    if (problem) throw problem;
  });
}
