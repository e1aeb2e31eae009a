/**
 * 数据共享 — facts a government department delivers about talents, by file (Excel template or
 * CSV) or through the partner API: which facts exist, the rows, the import record and the result.
 * Which department may supply which of these facts is the city's data (`city.yaml`,
 * `dataExchange`), not the product's.
 */
import { z } from 'zod';
import { departmentCode, pageOf, pageQuery } from './common.schema.js';

/**
 * The facts a department can confirm, by the name of their column in a file and their key in
 * the API. `employerCreditCode` is the employer's 统一社会信用代码 (it confirms `employerId`).
 */
export const DEPARTMENT_FACT_FIELDS = [
  'employerCreditCode',
  'arrivalDate',
  'socialInsuranceMonths',
  'hukouInCity',
  'ownsHomeInCity',
  'firstHomePurchaseDate',
] as const;
export type DepartmentFactField = (typeof DEPARTMENT_FACT_FIELDS)[number];

/** One department of the city that delivers facts, and the facts it may deliver. */
export const cityDataExchange = z
  .object({
    department: departmentCode,
    fields: z.array(z.enum(DEPARTMENT_FACT_FIELDS)).min(1, 'a department delivers at least one fact'),
  })
  .strict();
export type CityDataExchange = z.infer<typeof cityDataExchange>;

/** How facts arrived. */
export const FACT_IMPORT_SOURCES = ['file', 'api'] as const;
export type FactImportSource = (typeof FACT_IMPORT_SOURCES)[number];

/**
 * One row as the partner API takes it: the talent's ID number and the facts the department
 * confirms (a fact left out is not changed). Dates are YYYY-MM-DD.
 */
export const departmentFactRow = z
  .object({
    idNumber: z.string().max(40),
    // Each fact: its value, or null to withdraw what the department confirmed before.
    employerCreditCode: z.string().max(40).nullable().optional(),
    arrivalDate: z.string().max(40).nullable().optional(),
    socialInsuranceMonths: z.number().nullable().optional(),
    hukouInCity: z.boolean().nullable().optional(),
    ownsHomeInCity: z.boolean().nullable().optional(),
    firstHomePurchaseDate: z.string().max(40).nullable().optional(),
  })
  .strict();
export type DepartmentFactRow = z.infer<typeof departmentFactRow>;

/** POST /api/v1/department-facts — a partner system's delivery, all rows or none. */
export const departmentFactsBody = z
  .object({
    /** The delivering department (a department-scoped token may only name its own). */
    department: departmentCode,
    rows: z.array(departmentFactRow).min(1, 'send at least one row').max(10_000, 'send at most 10,000 rows at once'),
  })
  .strict();
export type DepartmentFactsBody = z.infer<typeof departmentFactsBody>;

/** An import of department facts as listed (history) and as answered after it was written. */
export const factImport = z.object({
  id: z.string(),
  department: departmentCode,
  departmentName: z.object({ zh: z.string(), en: z.string() }),
  source: z.enum(FACT_IMPORT_SOURCES),
  /** The uploaded file's name (null for the API). */
  fileName: z.string().nullable(),
  /** Who delivered it (the account's display name). */
  actorName: z.string().nullable(),
  createdAt: z.string(),
  /** Rows in the file. */
  rows: z.number().int(),
  /** Talents with at least one fact changed by it. */
  changed: z.number().int(),
  /** Talents whose facts it confirmed as they were. */
  unchanged: z.number().int(),
  /** Talents whose own declaration differs from the department's value (they and the office are told). */
  contradicted: z.number().int(),
});
export type FactImport = z.infer<typeof factImport>;

export const factImportPage = pageOf(factImport);
export type FactImportPage = z.infer<typeof factImportPage>;

/** GET /api/v1/department-facts/imports. */
export const factImportQuery = pageQuery.extend({ department: departmentCode.optional() }).strict();
export type FactImportQuery = z.infer<typeof factImportQuery>;

/** The department of a template (GET …/template.xlsx) or an upload (POST …/imports). */
export const factTemplateQuery = z.object({ department: departmentCode }).strict();

/** A department-scoped bearer token: one department and the facts it may write (all of the department's when absent). */
export const departmentTokenBody = z
  .object({
    name: z.string().trim().min(1, 'is required').max(64),
    department: departmentCode,
    fields: z.array(z.enum(DEPARTMENT_FACT_FIELDS)).min(1).optional(),
  })
  .strict();
export type DepartmentTokenBody = z.infer<typeof departmentTokenBody>;

/** A token's scope as listed: the department and the facts it may write. */
export const tokenScope = z.object({ department: departmentCode, fields: z.array(z.enum(DEPARTMENT_FACT_FIELDS)) });
export type TokenScope = z.infer<typeof tokenScope>;
