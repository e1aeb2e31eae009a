/**
 * fast-check arbitraries from the OpenAPI document the server publishes: a valid value for a
 * JSON schema (the subset zod emits: types, enums, patterns, formats, bounds, objects, arrays,
 * unions) and requests for an operation — valid, or with one part mutated into something a
 * careless or hostile client sends (wrong types, control characters, huge or empty strings,
 * unknown keys, broken path parameters). Used by the API fuzz test.
 */
import fc from 'fast-check';

/** The JSON schema keywords the generator understands. */
export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}

/** One operation of the document. */
export interface Operation {
  method: string;
  path: string;
  parameters?: { in: string; name: string; required?: boolean; schema: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

/** A request to send: path parameters, query, JSON body (undefined for none). */
export interface FuzzRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** What was mutated, for the failure report. */
  mutation: string;
}

/** Values a client may send instead of the right one. */
const hostile: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  -9007199254740992, // -(2^53): the literal -9007199254740993 is this same number at run time
  '',
  ' ',
  'x'.repeat(5000),
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '\ud800',
  '%',
  '%00',
  "' or 1=1 --",
  '../../etc/passwd',
  '9999-99-99',
  '2026-02-30',
  '1e400',
  'true',
  true,
  [],
  [null],
  {},
  { __proto__: { admin: true } },
  { constructor: { prototype: {} } },
];
const hostileString = fc.constantFrom(...hostile.filter((v): v is string => typeof v === 'string'));

const formats: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.uuid(),
  date: fc.date({ min: new Date('1950-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  'date-time': fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  email: fc.emailAddress(),
  uri: fc.webUrl(),
};

/** A value valid for `schema` (as far as the keywords above describe it). */
export function valueOf(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  const arb = plainValueOf(schema, depth);
  return schema.nullable ? fc.oneof(arb, fc.constant(null)) : arb;
}

function plainValueOf(s: Schema, depth: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union?.length) return fc.oneof(...union.map((u) => valueOf(u, depth + 1)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (!type && s.allOf?.length) return valueOf(s.allOf[0], depth + 1);
  switch (type) {
    case 'string':
      return stringOf(s);
    case 'integer':
    case 'number': {
      const min = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : (s.minimum ?? -1_000_000);
      const max = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - 1 : (s.maximum ?? 1_000_000_000);
      const lo = Math.max(min, -1e12);
      const hi = Math.min(max, 1e12);
      return type === 'integer' ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.double({ min: lo, max: hi, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueOf(s.items, depth + 1), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, (s.minItems ?? 0) + 4) });
    case 'object':
    case undefined: {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valueOf(v, depth + 1)]));
      return fc.record(model, { requiredKeys: [...required].filter((k) => k in props) as never[] });
    }
    default:
      return fc.constant(null);
  }
}

function stringOf(s: Schema): fc.Arbitrary<string> {
  const fmt = s.format ? formats[s.format] : undefined;
  if (fmt) return fmt;
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 40, min + 40));
  if (s.pattern) {
    const anchored = s.pattern.startsWith('^') && s.pattern.endsWith('$');
    const re = new RegExp(anchored ? s.pattern : `^${s.pattern}$`);
    return fc.stringMatching(re).filter((v) => v.length >= min && v.length <= (s.maxLength ?? Infinity));
  }
  return fc.string({
    minLength: min,
    maxLength: max,
    unit: fc.oneof(fc.constantFrom(...'张三李四株洲天元区'), fc.constantFrom(...'abcxyzABC0123456789 -_.@')),
  });
}

/** Keeps only keys that are set (fast-check's optional keys may be absent). */
const present = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Requests for `op`: valid ones and ones with one part mutated. */
export function requestsFor(op: Operation): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const valid = fc.record({
    params: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, valueOf(p.schema).map(String)]))),
    query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, valueOf(p.schema)])), {
      requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name) as never[],
    }),
    body: bodySchema ? valueOf(bodySchema) : fc.constant(undefined),
  });
  const mutations: fc.Arbitrary<(r: Omit<FuzzRequest, 'mutation'>) => FuzzRequest>[] = [fc.constant((r) => ({ ...r, mutation: 'none' }))];
  if (pathParams.length) {
    mutations.push(
      fc
        .tuple(fc.constantFrom(...pathParams.map((p) => p.name)), hostileString)
        .map(([name, v]) => (r) => ({ ...r, params: { ...r.params, [name]: v }, mutation: `path ${name}=${JSON.stringify(v).slice(0, 40)}` })),
    );
  }
  mutations.push(
    fc
      .tuple(fc.constantFrom(...queryParams.map((p) => p.name), 'unknownParam'), fc.oneof(hostileString, fc.constantFrom(...hostile)))
      .map(([name, v]) => (r) => ({ ...r, query: { ...r.query, [name]: v }, mutation: `query ${name}=${JSON.stringify(v).slice(0, 40)}` })),
  );
  if (bodySchema) {
    const keys = Object.keys(bodySchema.properties ?? {});
    mutations.push(
      fc.tuple(fc.constantFrom(...keys, 'unknownField'), fc.constantFrom(...hostile)).map(([k, v]) => (r) => ({
        ...r,
        body: r.body && typeof r.body === 'object' && !Array.isArray(r.body) ? { ...r.body, [k]: v } : { [k]: v },
        mutation: `body ${k}=${JSON.stringify(v).slice(0, 40)}`,
      })),
      fc
        .oneof(fc.constantFrom(...hostile), fc.jsonValue({ maxDepth: 3 }))
        .map((v) => (r) => ({ ...r, body: v, mutation: `body=${JSON.stringify(v).slice(0, 40)}` })),
    );
  }
  return fc
    .tuple(valid, fc.oneof({ weight: 2, arbitrary: mutations[0]! }, ...mutations.slice(1).map((m) => ({ weight: 3, arbitrary: m }))))
    .map(([r, mutate]) => mutate({ params: r.params as Record<string, string>, query: present(r.query), body: r.body }));
}
