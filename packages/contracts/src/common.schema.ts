import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` that really exists (no 1990-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

/**
 * Codes of the city's own vocabularies (districts, industry chains, departments). Which codes
 * exist is the city's data, checked by the server against its city (a 422 naming the field);
 * the web takes the lists from GET /api/v1/city.
 */
export const districtCode = z.string().min(1).max(40);
export const chainCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be an industry chain code')
  .max(40);
export const departmentCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a department code')
  .max(40);

/** Mainland mobile number, 11 digits starting with 1. */
export const mobile = z.string().regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mainland mobile number');

/** A password a person chose: 8–128 characters with a letter and a digit. */
export const password = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(128, 'must be at most 128 characters')
  .regex(/[A-Za-z]/, 'must contain a letter')
  .regex(/\d/, 'must contain a digit');

/** Server-side pagination query shared by every list. */
export const pageQuery = z
  .object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();

/** A page of results. */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** RFC 9457 problem details with Bole's stable machine code and the fields at fault. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  detailZh: z.string().optional(),
  instance: z.string().optional(),
  /** The request's id, also in the X-Request-Id header: quote it when reporting a failure. */
  requestId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problem>;
