/**
 * zod schemas of the YAML documents of a policy pack: policies, the classification table and
 * the exclusive groups. Structural checks only; expressions are checked by the CEL checker.
 */
import { z } from 'zod';
import { EVIDENCE_KINDS } from '@bole/contracts';
import { ENUM_NAMES, TIER_VALUES } from '../schema.js';
import { parseIsoDate } from '../dates.js';

/** A `YYYY-MM-DD` calendar date that exists. */
export const isoDateSchema = z.string().refine((s) => parseIsoDate(s) !== null, { message: 'must be a valid YYYY-MM-DD date' });

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

const evidenceKind = z.enum(EVIDENCE_KINDS, { error: (i) => `unknown evidence kind ${JSON.stringify(i.input)}; use one of ${EVIDENCE_KINDS.join(', ')}` });

/**
 * One document a policy asks for, by its evidence kind (its name comes from the labels in
 * `@bole/contracts`); a list of kinds means any one of them will do.
 */
export const evidenceRequirementSchema = z
  .object({ kind: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(evidenceKind).min(1)) })
  .strict()
  .transform((r) => ({ kinds: r.kind }));
export type EvidenceRequirement = z.infer<typeof evidenceRequirementSchema>;

const paramValue = z.union([z.number(), z.record(z.string(), z.number())]);

/** A dated parameter: its values over time and where they come from. */
export const parameterSchema = z
  .object({
    reference: z.string().min(1),
    unit: z.enum(['yuan', 'count', 'days', 'months', 'years', 'nights']).default('yuan'),
    key: z.enum(ENUM_NAMES as [string, ...string[]]).optional(),
    description: z.string().optional(),
    values: z.array(z.object({ from: isoDateSchema, value: paramValue }).strict()).min(1),
  })
  .strict();
export type ParameterDoc = z.infer<typeof parameterSchema>;

const condition = z.union([z.string().min(1), z.object({ when: z.string().min(1), label: bilingual.optional() }).strict()]);

const example = z
  .object({
    name: z.string().min(1),
    at: isoDateSchema,
    profile: z.record(z.string(), z.unknown()),
    expect: z
      .object({
        eligible: z.boolean(),
        granted: z.boolean().optional(),
        tier: z.enum(['A', 'B', 'C', 'D', 'E', 'none']).optional(),
        amountFen: z.number().int().optional(),
        months: z.number().int().optional(),
        valueFen: z.number().int().optional(),
        displacedBy: z.string().nullable().optional(),
      })
      .strict(),
  })
  .strict();
export type ExampleDoc = z.infer<typeof example>;

/** A policy document. */
/** A department code: lower-case letters, digits and underscores. */
const departmentCode = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a department code such as hr');

export const policySchema = z
  .object({
    kind: z.literal('policy').default('policy'),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    title: bilingual,
    pillar: z.enum(['attract', 'cultivate', 'use', 'retain']),
    /** A department code of the pack's city (checked against its vocabulary when the pack loads). */
    department: departmentCode,
    mode: z.enum(['auto', 'apply', 'notify']),
    window: z.object({ from: isoDateSchema, to: isoDateSchema.nullable().optional() }).strict(),
    parameters: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), parameterSchema).default({}),
    eligibility: z.array(condition).min(1),
    benefit: z
      .object({
        kind: z.enum(['cash', 'in_kind', 'service']),
        period: z.enum(['once', 'month', 'year']),
        amount: z.union([z.string().min(1), z.number().int()]),
        months: z.union([z.string().min(1), z.number().int().min(1)]).default(1),
        note: bilingual.optional(),
        /** Who receives it: the talent (the default) or the talent's employer (an 引才奖励 paid to the enterprise). */
        payee: z.enum(['talent', 'employer']).default('talent'),
      })
      .strict(),
    exclusiveGroup: z.string().optional(),
    budget: z.object({ annualFen: z.number().int().min(0), quota: z.number().int().min(0) }).strict(),
    evidence: z.array(evidenceRequirementSchema).default([]),
    review: z.array(z.object({ department: departmentCode, slaWorkingDays: z.number().int().min(0) }).strict()).default([]),
    examples: z.array(example).default([]),
  })
  .strict();
export type PolicyDoc = z.infer<typeof policySchema>;

/** The classification decision table: first row whose `when` holds gives the tier. */
export const classificationSchema = z
  .object({
    kind: z.literal('classification'),
    rows: z
      .array(
        z
          .object({
            tier: z.enum(TIER_VALUES as [string, ...string[]]),
            label: bilingual.optional(),
            when: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type ClassificationDoc = z.infer<typeof classificationSchema>;

/** Exclusive groups (就高不重复), each an ordered list of policy ids (order breaks ties). */
export const groupsSchema = z
  .object({
    kind: z.literal('exclusive-groups'),
    groups: z.record(z.string(), z.array(z.string()).min(2)),
  })
  .strict();
export type GroupsDoc = z.infer<typeof groupsSchema>;
