import { z } from 'zod';
import { EMPLOYER_FLAGS, EMPLOYER_KINDS } from './enums.js';
import { chainCode, districtCode, mobile, pageOf, pageQuery } from './common.schema.js';

/**
 * The editable part of an employer (PUT /api/v1/employers/me). The credit code never changes.
 * `contactMobile` absent keeps the number on file (responses only show it masked).
 */
export const employerProfileInput = z
  .object({
    name: z.string().trim().min(1, 'is required').max(100),
    contactMobile: mobile.optional(),
    district: districtCode,
    chain: chainCode,
    kind: z.enum(EMPLOYER_KINDS),
    flags: z.array(z.enum(EMPLOYER_FLAGS)).max(3).default([]),
  })
  .strict();
export type EmployerProfileInput = z.infer<typeof employerProfileInput>;

/** An employer as the API returns it; `contactMobile` is masked (`138****0001`). */
export const employerProfile = employerProfileInput.extend({
  id: z.string(),
  creditCode: z.string(),
  contactMobile: z.string().nullable(),
  updatedAt: z.string(),
});
export type EmployerProfile = z.infer<typeof employerProfile>;

/** GET /api/v1/employers/options — a short list for pickers (talent chooses an employer). */
export const employerOption = z.object({ id: z.string(), name: z.string(), district: districtCode, chain: chainCode });
export type EmployerOption = z.infer<typeof employerOption>;

/** GET /api/v1/employers/options?q= — `q` matches anywhere in the name; at most 20 options. */
export const employerOptionsQuery = z.object({ q: z.string().trim().max(50).optional() }).strict();

/** GET /api/v1/employers — the officer's list. `q`: name contains, or an exact credit code. */
export const employerListQuery = pageQuery
  .extend({
    q: z.string().trim().max(100).optional(),
    district: districtCode.optional(),
    chain: chainCode.optional(),
    kind: z.enum(EMPLOYER_KINDS).optional(),
    sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name'),
  })
  .strict();
export type EmployerListQuery = z.infer<typeof employerListQuery>;

/** One employer in the officer's list (contact mobile masked), with its talents on file. */
export const employerListItem = employerProfile.extend({ talentCount: z.number().int() });
export type EmployerListItem = z.infer<typeof employerListItem>;
export const employerListPage = pageOf(employerListItem);
