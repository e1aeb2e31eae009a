import { z } from 'zod';
import { isoDate } from './common.schema.js';

/**
 * Programs and expert review (项目申报与专家评审): the conflict-of-interest (回避) rules and the
 * reviewer-assignment request and answer.
 */

// ---------------------------------------------------------------- conflict rules

/** The kinds of conflict-of-interest rule; their names are in `labels/programs.labels.ts`. */
export const CONFLICT_RULE_CODES = ['same_employer', 'recent_employer', 'recent_co_applicant', 'declared_relation', 'requested_exclusion'] as const;
/** A kind of conflict-of-interest rule. */
export type ConflictRuleCode = (typeof CONFLICT_RULE_CODES)[number];

/** Relations an expert declares to a person. */
export const EXPERT_RELATIONS = ['relative', 'supervisor', 'student'] as const;
/** A relation an expert declares to a person. */
export type ExpertRelation = (typeof EXPERT_RELATIONS)[number];

/** One rule of a rule set; `years` look back from the review date. */
export const conflictRule = z.discriminatedUnion('code', [
  z.object({ code: z.literal('same_employer') }),
  z.object({ code: z.literal('recent_employer'), years: z.number().int().min(1).max(20) }),
  z.object({ code: z.literal('recent_co_applicant'), years: z.number().int().min(1).max(20) }),
  z.object({ code: z.literal('declared_relation'), relations: z.array(z.enum(EXPERT_RELATIONS)).min(1) }),
  z.object({ code: z.literal('requested_exclusion'), max: z.number().int().min(0).max(10) }),
]);
/** One conflict-of-interest rule. */
export type ConflictRule = z.infer<typeof conflictRule>;

/** A versioned set of rules: a review uses the version in force on its date and records it. */
export const conflictRuleSet = z.object({
  version: z.string().min(1).max(40),
  validFrom: isoDate,
  rules: z.array(conflictRule).min(1),
});
/** A versioned set of conflict-of-interest rules. */
export type ConflictRuleSet = z.infer<typeof conflictRuleSet>;

/**
 * The rules of the review practice (NSFC-style 回避): same current employer; the
 * employer of the last 3 years; co-applicant on a call in the last 5 years; a declared relative,
 * supervisor or student; and at most 3 experts the applicant asks to exclude.
 */
export const DEFAULT_CONFLICT_RULES: ConflictRuleSet = {
  version: '2026.1',
  validFrom: '2026-01-01',
  rules: [
    { code: 'same_employer' },
    { code: 'recent_employer', years: 3 },
    { code: 'recent_co_applicant', years: 5 },
    { code: 'declared_relation', relations: ['relative', 'supervisor', 'student'] },
    { code: 'requested_exclusion', max: 3 },
  ],
};

/** One excluded expert–application pair and the rule (and its version) that excluded it. */
export const conflictExclusion = z.object({
  applicationId: z.string(),
  expertId: z.string(),
  rule: z.enum(CONFLICT_RULE_CODES),
  ruleSetVersion: z.string(),
  /** What matched: the employer (and until when), the earlier call, the related person. */
  detail: z.object({
    employerId: z.string().optional(),
    until: isoDate.optional(),
    callId: z.string().optional(),
    personId: z.string().optional(),
    relation: z.enum(EXPERT_RELATIONS).optional(),
  }),
});
/** One excluded expert–application pair with its reason. */
export type ConflictExclusion = z.infer<typeof conflictExclusion>;
