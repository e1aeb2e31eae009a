import { z } from 'zod';
import { CHAINS, DISTRICTS, EMPLOYER_FLAGS, EMPLOYER_KINDS } from './enums.js';
import { mobile } from './common.schema.js';

/** The editable part of an employer (PUT /api/v1/employers/me). The credit code never changes. */
export const employerProfileInput = z
  .object({
    name: z.string().trim().min(1, 'is required').max(100),
    contactMobile: mobile,
    district: z.enum(DISTRICTS),
    chain: z.enum(CHAINS),
    kind: z.enum(EMPLOYER_KINDS),
    flags: z.array(z.enum(EMPLOYER_FLAGS)).max(3).default([]),
  })
  .strict();
export type EmployerProfileInput = z.infer<typeof employerProfileInput>;

export const employerProfile = employerProfileInput.extend({
  id: z.string(),
  creditCode: z.string(),
  contactMobile: z.string(),
  updatedAt: z.string(),
});
export type EmployerProfile = z.infer<typeof employerProfile>;

/** GET /api/v1/employers/options — a short list for pickers (talent chooses an employer). */
export const employerOption = z.object({ id: z.string(), name: z.string(), district: z.enum(DISTRICTS), chain: z.enum(CHAINS) });
export type EmployerOption = z.infer<typeof employerOption>;
