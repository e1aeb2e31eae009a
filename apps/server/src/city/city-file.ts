/**
 * The city an instance serves, read once at start from its folder (`BOLE_CITY_DIR`, default
 * `cities/zhuzhou`): `city.yaml` holds its name and codes, districts, industry chains,
 * departments and their roles in the workflows, and where its policy pack is. The file is
 * checked as a whole: a wrong one stops the process with every problem listed, like the
 * environment (config.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  cityChain,
  cityDataExchange,
  cityDepartment,
  cityDistrict,
  cityOperator,
  type Bilingual,
  type CityInfo,
  type DepartmentFactField,
} from '@bole/contracts';
import { schemaOf, type CityVocabulary, type Schema, type ValueNames } from '@bole/engine';
import { cityDirOf, ConfigError } from '../config.js';
import { invalid, type FieldError } from '../http/errors.js';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** Which department plays each role of the workflows (codes of `departments`). */
const rolesSchema = z
  .object({
    /** Reviews tier recognition requests first; its reviewers see those cases. */
    recognitionReview: z.string().min(1),
    /** The talent office: the second recognition review, objections, appeals; officers work its queue. */
    talentOffice: z.string().min(1),
  })
  .strict();

const cityFileSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a short lower-case code such as zhuzhou'),
    adminCode: z.string().regex(/^\d{6}$/, 'must be a 6-digit administrative division code'),
    name: bilingual,
    pack: z.string().min(1).default('policies'),
    districts: z.array(cityDistrict).min(1, 'a city has at least one district'),
    chains: z.array(cityChain).min(1, 'a city has at least one industry chain'),
    departments: z.array(cityDepartment).min(1, 'a city has at least one department'),
    roles: rolesSchema,
    /** 数据共享: departments that deliver facts and which (none: facts come only from employers and reviewers). */
    dataExchange: z.array(cityDataExchange).default([]),
    /** Who runs the instance: 主办单位, hotline and ICP filing number for the footer and the talent code. */
    operator: cityOperator.optional(),
  })
  .strict()
  .superRefine((c, issue) => {
    for (const list of ['districts', 'chains', 'departments'] as const) {
      const seen = new Set<string>();
      c[list].forEach((x, i) => {
        if (seen.has(x.code)) issue.addIssue({ code: 'custom', path: [list, i, 'code'], message: `${x.code} is listed twice` });
        seen.add(x.code);
      });
    }
    const codes = new Set(c.departments.map((d) => d.code));
    for (const [role, code] of Object.entries(c.roles)) {
      if (!codes.has(code))
        issue.addIssue({ code: 'custom', path: ['roles', role], message: `${code} is not one of the departments (${[...codes].join(', ')})` });
    }
    const suppliers = new Set<string>();
    c.dataExchange.forEach((x, i) => {
      if (!codes.has(x.department))
        issue.addIssue({
          code: 'custom',
          path: ['dataExchange', i, 'department'],
          message: `${x.department} is not one of the departments (${[...codes].join(', ')})`,
        });
      if (suppliers.has(x.department)) issue.addIssue({ code: 'custom', path: ['dataExchange', i, 'department'], message: `${x.department} is listed twice` });
      suppliers.add(x.department);
      if (new Set(x.fields).size !== x.fields.length) issue.addIssue({ code: 'custom', path: ['dataExchange', i, 'fields'], message: 'names a fact twice' });
    });
  });

/** Department codes playing the workflows' roles. */
export type CityRoles = z.infer<typeof rolesSchema>;

/** A loaded, checked city. */
export interface City extends Omit<CityInfo, 'dataExchange' | 'demo'> {
  /** The city's folder. */
  readonly dir: string;
  /** The folder of its policy pack (seeded into the database on first start). */
  readonly packDir: string;
  readonly roles: CityRoles;
  /** 数据共享: the facts each delivering department may supply, by department code. */
  readonly factSuppliers: ReadonlyMap<string, readonly DepartmentFactField[]>;
  /** District, chain and department codes, as the engine receives them with the pack. */
  readonly vocabulary: CityVocabulary;
}

/** Thrown when the city folder is wrong; `problems` lists everything to fix (reported like a bad environment). */
export class CityError extends ConfigError {
  constructor(
    readonly file: string,
    problems: string[],
  ) {
    super(problems);
    this.message = `Invalid city data in ${file} (BOLE_CITY_DIR):\n${problems.map((p) => `  - ${p}`).join('\n')}`;
  }
}

/** Reads and checks the city in `dir`. */
export function readCity(dir: string): City {
  const file = join(resolve(dir), 'city.yaml');
  if (!existsSync(file)) throw new CityError(file, ['city.yaml not found (BOLE_CITY_DIR names a folder holding it)']);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CityError(file, [`not valid YAML: ${(err as Error).message.split('\n')[0]}`]);
  }
  const parsed = cityFileSchema.safeParse(data);
  if (!parsed.success)
    throw new CityError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    );
  const c = parsed.data;
  const packDir = resolve(dir, c.pack);
  if (!existsSync(packDir) || !statSync(packDir).isDirectory()) throw new CityError(file, [`pack: ${packDir} is not a folder`]);
  return {
    dir: resolve(dir),
    packDir,
    code: c.code,
    adminCode: c.adminCode,
    name: c.name,
    districts: c.districts,
    chains: c.chains,
    departments: c.departments,
    roles: c.roles,
    operator: c.operator ?? null,
    factSuppliers: new Map(c.dataExchange.map((x) => [x.department, x.fields])),
    vocabulary: { district: c.districts.map((d) => d.code), chain: c.chains.map((x) => x.code), department: c.departments.map((d) => d.code) },
  };
}

const loaded = new Map<string, City>();

/** The city in `dir`, read once per process. */
export function loadCity(dir: string): City {
  const key = resolve(dir);
  let city = loaded.get(key);
  if (!city) loaded.set(key, (city = readCity(key)));
  return city;
}

/** The city the environment names (BOLE_CITY_DIR, `cities/zhuzhou` by default), for commands without a database. */
export function configuredCity(env: NodeJS.ProcessEnv = process.env): City {
  return loadCity(cityDirOf(env));
}

/** The name of a department of the city (the code itself when it is not one, e.g. an old record). */
export function departmentName(city: City, code: string): Bilingual {
  const d = city.departments.find((x) => x.code === code);
  return d ? d.name : { zh: code, en: code };
}

/** The engine's schema for the city (the same object a pack loaded with its vocabulary carries). */
export function citySchema(city: City): Schema {
  return schemaOf(city.vocabulary);
}

const NAMES = new WeakMap<City, ValueNames>();

/** Names of the city's districts and chains for the engine's explanations (by field and code). */
export function cityValueNames(city: City): ValueNames {
  let names = NAMES.get(city);
  if (!names) {
    const districts = new Map(city.districts.map((d) => [d.code, d.name]));
    const chains = new Map(city.chains.map((c) => [c.code, c.name]));
    names = (subject, value) =>
      (subject === 'employer.district' || subject === 'district' ? districts.get(value) : subject === 'employer.chain' ? chains.get(value) : undefined) ?? null;
    NAMES.set(city, names);
  }
  return names;
}

/**
 * 400 naming each field whose code is not one of the city's (request schemas accept any code:
 * which codes exist is the city's data). Null and absent values are not checked.
 */
export function assertCityCodes(city: City, values: { district?: string | null; chain?: string | null; department?: string | null }): void {
  const errors: FieldError[] = [];
  for (const [field, list] of [
    ['district', city.vocabulary.district],
    ['chain', city.vocabulary.chain],
    ['department', city.vocabulary.department],
  ] as const) {
    const v = values[field];
    if (v !== undefined && v !== null && !list.includes(v)) errors.push({ field, message: `is not a ${field} of ${city.name.en} (one of ${list.join(', ')})` });
  }
  if (errors.length > 0) throw invalid(errors);
}

/**
 * A request body schema whose district and chain must be the city's codes, checked with every
 * other field, so one 400 names every bad field at once (an unknown field and a bad code alike).
 */
export function withCityCodes<S extends z.ZodObject<{ district: z.ZodType<string>; chain: z.ZodType<string> }>>(schema: S, city: City): S {
  const [district, ...districts] = city.vocabulary.district;
  const [chain, ...chains] = city.vocabulary.chain;
  if (district === undefined || chain === undefined) return schema;
  return schema.extend({ district: z.enum([district, ...districts]), chain: z.enum([chain, ...chains]) }) as unknown as S;
}

/** The city as the API gives it. */
export function cityInfoOf(city: City): Omit<CityInfo, 'demo'> {
  return {
    code: city.code,
    adminCode: city.adminCode,
    name: city.name,
    districts: city.districts,
    chains: city.chains,
    departments: city.departments,
    operator: city.operator,
    dataExchange: [...city.factSuppliers].map(([department, fields]) => ({ department, fields: [...fields] })),
  };
}
