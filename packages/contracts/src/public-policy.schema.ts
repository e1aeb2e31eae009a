import { z } from 'zod';
import { isoDate } from './common.schema.js';
import { BENEFIT_PERIODS, PILLARS } from './policy.schema.js';

/**
 * Before signing in: the policy library (every policy in force, its conditions in plain
 * language, its amounts) and the calculator for an anonymous profile (nothing stored).
 */

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** One amount a policy pays: per key (a tier, a degree…) or a single one (`key` null). */
export const publicPolicyAmount = z.object({
  key: z.string().nullable(),
  /** The key's name in both languages (e.g. “D 类” for tier D); null for a single amount. */
  keyLabel: bilingual.nullable(),
  amountFen: z.number().int(),
  text: bilingual,
});
export type PublicPolicyAmount = z.infer<typeof publicPolicyAmount>;

/** One policy in force, as anyone may read it. */
export const publicPolicy = z.object({
  id: z.string(),
  version: z.number().int(),
  title: bilingual,
  pillar: z.enum(PILLARS),
  benefitKind: z.enum(['cash', 'in_kind', 'service']),
  payee: z.enum(['talent', 'employer']),
  period: z.enum(BENEFIT_PERIODS),
  /** The eligibility conditions in plain language (their labels, in order). */
  conditions: z.array(bilingual),
  /** The amounts of the money parameters the benefit's amount reads, at the date. */
  amounts: z.array(publicPolicyAmount),
  note: bilingual.nullable(),
});
export type PublicPolicy = z.infer<typeof publicPolicy>;

/** GET /api/v1/public/policies (no sign-in, rate-limited). */
export const publicPolicyLibrary = z.object({ at: isoDate, items: z.array(publicPolicy) });
export type PublicPolicyLibrary = z.infer<typeof publicPolicyLibrary>;

/** POST /api/v1/public/calculator (no sign-in, rate-limited): a profile, evaluated and forgotten. */
export const publicCalculatorBody = z.object({ at: isoDate.optional(), profile: z.record(z.string(), z.unknown()) }).strict();
export type PublicCalculatorBody = z.infer<typeof publicCalculatorBody>;
