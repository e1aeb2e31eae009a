/**
 * The error catalogue: every `BOLE_*` code the API answers with, its HTTP status, what it means
 * and its message template, in Chinese and English. The server raises errors only by a code of
 * this catalogue (an unknown code does not compile), the web shows them by code, and
 * `docs/errors.md` is generated from it (`npm run docs:errors`).
 */
import type { ErrorDefinition, ErrorParam, ErrorText } from './error-definition.js';
import { REQUEST_ERRORS } from './request.errors.js';
import { ACCOUNT_ERRORS } from './account.errors.js';
import { POLICY_ERRORS } from './policy.errors.js';
import { WORKFLOW_ERRORS } from './workflow.errors.js';
import { APPROVAL_ERRORS } from './approval.errors.js';
import { EMPLOYMENT_ERRORS } from './employment.errors.js';
import { SERVICES_ERRORS } from './services.errors.js';
import { COCKPIT_ERRORS } from './cockpit.errors.js';
import { MATCHING_ERRORS } from './matching.errors.js';
import { HOUSING_ERRORS } from './housing.errors.js';
import { PROGRAM_ERRORS } from './programs.errors.js';
import { REGION_ERRORS } from './region.errors.js';
import { MUTUAL_ERRORS } from './mutual.errors.js';
import { EVENT_ERRORS } from './events.errors.js';

export type { ErrorDefinition, ErrorParam, ErrorText } from './error-definition.js';

/** Every error code with its definition, grouped by area in the order of `ERROR_GROUPS`. */
export const ERROR_CATALOGUE = {
  ...REQUEST_ERRORS,
  ...ACCOUNT_ERRORS,
  ...POLICY_ERRORS,
  ...WORKFLOW_ERRORS,
  ...APPROVAL_ERRORS,
  ...EMPLOYMENT_ERRORS,
  ...SERVICES_ERRORS,
  ...COCKPIT_ERRORS,
  ...MATCHING_ERRORS,
  ...HOUSING_ERRORS,
  ...PROGRAM_ERRORS,
  ...REGION_ERRORS,
  ...MUTUAL_ERRORS,
  ...EVENT_ERRORS,
};

/** The areas of the catalogue, for the documentation. */
export const ERROR_GROUPS = [
  { title: { en: 'Requests, sign-in and files', zh: '请求、登录与文件' }, codes: Object.keys(REQUEST_ERRORS) },
  { title: { en: 'Accounts, profiles and talent codes', zh: '账号、档案与人才码' }, codes: Object.keys(ACCOUNT_ERRORS) },
  { title: { en: 'Policies, sweeps and budgets', zh: '政策、批量比对与预算' }, codes: Object.keys(POLICY_ERRORS) },
  { title: { en: 'Recognition and applications', zh: '人才认定与政策申请' }, codes: Object.keys(WORKFLOW_ERRORS) },
  { title: { en: 'Four eyes on money', zh: '资金事项双人复核' }, codes: Object.keys(APPROVAL_ERRORS) },
  { title: { en: 'Employers, employment and engagement', zh: '用人单位、在职与柔性引才' }, codes: Object.keys(EMPLOYMENT_ERRORS) },
  { title: { en: 'Youth stations and the service desk', zh: '青年驿站与关键小事服务' }, codes: Object.keys(SERVICES_ERRORS) },
  { title: { en: 'The cockpit', zh: '数据驾驶舱' }, codes: Object.keys(COCKPIT_ERRORS) },
  { title: { en: 'Postings and matching', zh: '岗位与人岗匹配' }, codes: Object.keys(MATCHING_ERRORS) },
  { title: { en: 'Talent apartments and expert housing', zh: '人才公寓与专家楼' }, codes: Object.keys(HOUSING_ERRORS) },
  { title: { en: 'Programs and expert review', zh: '项目申报与专家评审' }, codes: Object.keys(PROGRAM_ERRORS) },
  { title: { en: 'The region: trust list, exchange, consents', zh: '区域：信任列表、信息互通与授权' }, codes: Object.keys(REGION_ERRORS) },
  { title: { en: 'Mutual recognition across cities', zh: '资格互认' }, codes: Object.keys(MUTUAL_ERRORS) },
  { title: { en: 'Events, tickets and check-in', zh: '活动、票证与入场' }, codes: Object.keys(EVENT_ERRORS) },
] as { title: ErrorText; codes: ErrorCode[] }[];

type Catalogue = typeof ERROR_CATALOGUE;

/** A code of the catalogue. */
export type ErrorCode = keyof Catalogue;

/** The `{name}` holes of a template. */
type Holes<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
type HolesOf<C extends ErrorCode> = Holes<Catalogue[C]['detail']['en']> | Holes<Catalogue[C]['detail']['zh']>;
type DefaultedOf<C extends ErrorCode> = Catalogue[C] extends { defaults: infer D } ? keyof D & string : never;

/** The parameters of a code's message: every hole, those with a default optional. */
export type ErrorParams<C extends ErrorCode> = { [K in Exclude<HolesOf<C>, DefaultedOf<C>>]: ErrorParam } & {
  [K in Extract<HolesOf<C>, DefaultedOf<C>>]?: ErrorParam;
};

/** A code whose message needs no parameter (it has none, or each has a default). */
export type ErrorCodeWithoutParams = { [C in ErrorCode]: [Exclude<HolesOf<C>, DefaultedOf<C>>] extends [never] ? C : never }[ErrorCode];

/**
 * The arguments after the code: the parameters (optional when the message has no required hole),
 * then `Rest` (optional arguments of the caller, such as the fields at fault).
 */
export type ErrorParamArgs<C extends ErrorCode, Rest extends unknown[] = []> = [Exclude<HolesOf<C>, DefaultedOf<C>>] extends [never]
  ? [params?: ErrorParams<C>, ...rest: Rest]
  : [params: ErrorParams<C>, ...rest: Rest];

/** Whether `code` is a code of the catalogue (a client may meet a code newer than itself). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CATALOGUE, code);
}

/** The definition of a code. */
export function errorDefinition(code: ErrorCode): ErrorDefinition {
  return ERROR_CATALOGUE[code];
}

function fill(template: string, lang: keyof ErrorText, params: Readonly<Record<string, ErrorParam | undefined>>): string {
  return template
    .replace(/\{(\w+)\}/g, (hole, name: string) => {
      const v = params[name];
      if (v === undefined) return hole;
      return typeof v === 'object' ? v[lang] : String(v);
    })
    .trim();
}

/** A code's status, title and detail in both languages, its template filled with `params`. */
export function renderError<C extends ErrorCode>(code: C, ...[params]: ErrorParamArgs<C>): { status: number; title: ErrorText; detail: ErrorText } {
  const def: ErrorDefinition = ERROR_CATALOGUE[code];
  const all: Record<string, ErrorParam | undefined> = { ...def.defaults, ...(params as Record<string, ErrorParam | undefined> | undefined) };
  return { status: def.status, title: def.title, detail: { en: fill(def.detail.en, 'en', all), zh: fill(def.detail.zh, 'zh', all) } };
}
