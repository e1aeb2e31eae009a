/**
 * "What can I get" (政策计算器): a talent's own entitlements from their stored record, or an
 * officer's evaluation of any profile written in the policy pack's field names.
 */
import { z } from 'zod';
import { TIERS } from './enums.js';
import { isoDate } from './common.schema.js';
import { BENEFIT_PERIODS, PILLARS, POLICY_MODES } from './policy.schema.js';
import { FACT_STATUSES, VERIFIED_FACT_FIELDS_TUPLE, factToConfirm } from './facts.schema.js';

/**
 * POST /api/v1/calculator. A talent sends no profile (their record is used); an officer sends
 * `profile` (pack field names, see docs/policy-pack.md) or `talentId`. `at` defaults to today
 * in Asia/Shanghai.
 */
export const calculatorBody = z
  .object({
    at: isoDate.optional(),
    profile: z.record(z.string(), z.unknown()).optional(),
    talentId: z.string().uuid('must be a talent id (UUID)').optional(),
  })
  .strict();
export type CalculatorBody = z.infer<typeof calculatorBody>;

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** One eligibility condition as a person reads it. */
export const conditionOutcome = z.object({
  /** The condition in plain language (its label, or the expression). */
  text: bilingual,
  pass: z.boolean(),
  /** Why it failed and what value would pass, when the engine knows. */
  why: bilingual.nullable(),
  expr: z.string(),
  /**
   * The talent's facts the condition reads, each with its status now: whether the condition
   * rests on a declaration or on a verified fact (the reviewer's decision page).
   */
  facts: z.array(z.object({ field: z.enum(VERIFIED_FACT_FIELDS_TUPLE), status: z.enum(FACT_STATUSES) })).optional(),
});
export type ConditionOutcome = z.infer<typeof conditionOutcome>;

/** One policy's outcome for the person. */
export const benefitOutcome = z.object({
  policy: z.string(),
  version: z.number().int(),
  title: bilingual,
  pillar: z.enum(PILLARS),
  mode: z.enum(POLICY_MODES),
  benefitKind: z.enum(['cash', 'in_kind', 'service']),
  /** Who receives it: the talent, or the talent's employer (then never counted as the talent's own). */
  payee: z.enum(['talent', 'employer']),
  amountFen: z.number().int(),
  period: z.enum(BENEFIT_PERIODS),
  months: z.number().int(),
  valueFen: z.number().int(),
  displacedBy: z.string().nullable(),
  /** One-sentence summary in both languages. */
  summary: bilingual,
  conditions: z.array(conditionOutcome),
  /**
   * A talent's own record only: the facts this policy reads that are not verified yet, with who
   * confirms each and on what. Empty when it rests on verified facts alone.
   */
  toConfirm: z.array(factToConfirm).optional(),
});
export type BenefitOutcome = z.infer<typeof benefitOutcome>;

/** The calculator's answer. */
export const calculatorResult = z.object({
  at: z.string(),
  subject: z.object({ kind: z.enum(['self', 'talent', 'profile']), id: z.string() }),
  age: z.number().int(),
  tier: z.enum(TIERS).nullable(),
  tierLabel: bilingual.nullable(),
  /** Entitled at `at` (eligible, in window, not displaced). */
  granted: z.array(benefitOutcome),
  /** Eligible but displaced by a higher-value policy of the same exclusive group (就高不重复). */
  displaced: z.array(benefitOutcome),
  /** Not eligible, with the conditions that failed. */
  notMet: z.array(benefitOutcome),
  /** What the granted benefits are worth to the talent (those paid to the employer left out). */
  totalValueFen: z.number().int(),
  /**
   * A stored talent only: what the record gives on verified facts and the tier recognition
   * granted — what moves without an application today. The rest of the answer is what the
   * declarations give once confirmed. Null for a profile typed by an officer.
   */
  confirmed: z
    .object({
      tier: z.enum(TIERS).nullable(),
      /** Ids of the policies granted on verified facts. */
      granted: z.array(z.string()),
      totalValueFen: z.number().int(),
    })
    .nullable(),
  /** The pack version of each document used (`settle-allowance@2`). */
  versions: z.array(z.string()),
});
export type CalculatorResult = z.infer<typeof calculatorResult>;
