/**
 * Policies as code: versions of the pack's documents (policies, classification table,
 * exclusive groups), their validation, example runs, publication, and the what-if simulation.
 */
import { z } from 'zod';
import { chainCode, districtCode, isoDate } from './common.schema.js';

export const POLICY_VERSION_STATUSES = ['draft', 'published', 'retired'] as const;
export type PolicyVersionStatus = (typeof POLICY_VERSION_STATUSES)[number];

export const POLICY_DOC_KINDS = ['policy', 'classification', 'exclusive-groups'] as const;
export type PolicyDocKind = (typeof POLICY_DOC_KINDS)[number];

export const PILLARS = ['attract', 'cultivate', 'use', 'retain'] as const;
export type Pillar = (typeof PILLARS)[number];

export const POLICY_MODES = ['auto', 'apply', 'notify'] as const;
export type PolicyMode = (typeof POLICY_MODES)[number];

export const BENEFIT_PERIODS = ['once', 'month', 'year'] as const;
export type BenefitPeriod = (typeof BENEFIT_PERIODS)[number];

const bilingual = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingual>;

/** A document id in a URL: kebab-case (`settle-allowance`, `classification`). */
export const policyIdParam = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case policy id')
      .max(80),
  })
  .strict();
export const policyVersionParams = policyIdParam
  .extend({ v: z.coerce.number().int().min(1, 'must be a version number ≥ 1').max(2_147_483_647, 'is not a version number') })
  .strict();

/** An authoring error at a line and column of the YAML source (the engine reports them). */
export const yamlError = z.object({
  field: z.literal('yaml'),
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});
export type YamlError = z.infer<typeof yamlError>;

/** The result of the last run of a version's example cases. */
export const exampleRun = z.object({
  ranAt: z.string(),
  passed: z.number().int(),
  failed: z.number().int(),
  results: z.array(z.object({ name: z.string(), passed: z.boolean(), mismatches: z.array(z.string()) })),
});
export type ExampleRun = z.infer<typeof exampleRun>;

/** A requested publication of a draft, awaiting a second officer's approval. */
export const pendingPublication = z.object({
  approvalId: z.string(),
  effectiveFrom: isoDate,
  requestedBy: z.string(),
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
  requestedByYou: z.boolean(),
  reason: z.string().nullable(),
});
export type PendingPublication = z.infer<typeof pendingPublication>;

/** One stored version, without its source. */
export const policyVersionSummary = z.object({
  policyId: z.string(),
  version: z.number().int(),
  kind: z.enum(POLICY_DOC_KINDS),
  status: z.enum(POLICY_VERSION_STATUSES),
  effectiveFrom: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  /** In force today (Asia/Shanghai). */
  inForce: z.boolean(),
  examples: exampleRun.nullable(),
  /** A draft whose publication was requested and awaits a second officer (ADR 0015). */
  pendingPublication: pendingPublication.nullable(),
});
export type PolicyVersionSummary = z.infer<typeof policyVersionSummary>;

/** One version with its YAML source and parsed JSON. */
export const policyVersionDetail = policyVersionSummary.extend({
  path: z.string(),
  yaml: z.string(),
  parsed: z.record(z.string(), z.unknown()),
});
export type PolicyVersionDetail = z.infer<typeof policyVersionDetail>;

/** A document of the pack as the list shows it. */
export const policySummary = z.object({
  id: z.string(),
  kind: z.enum(POLICY_DOC_KINDS),
  title: bilingual.nullable(),
  pillar: z.enum(PILLARS).nullable(),
  mode: z.enum(POLICY_MODES).nullable(),
  department: z.string().nullable(),
  /** The version in force today, if any. */
  inForceVersion: z.number().int().nullable(),
  latestVersion: z.number().int(),
  /** Published versions that take effect after today. */
  scheduledVersions: z.array(z.object({ version: z.number().int(), effectiveFrom: z.string() })),
  draftVersions: z.array(z.number().int()),
});
export type PolicySummary = z.infer<typeof policySummary>;
export const policyList = z.object({ items: z.array(policySummary), today: z.string() });
export type PolicyList = z.infer<typeof policyList>;

export const policyVersionList = z.object({ policyId: z.string(), items: z.array(policyVersionSummary) });
export type PolicyVersionList = z.infer<typeof policyVersionList>;

/** POST /api/v1/policies/:id/versions and …/validate — a document's YAML source. */
export const policyYamlBody = z.object({ yaml: z.string().min(1, 'is required').max(200_000, 'must be at most 200,000 characters') }).strict();
export type PolicyYamlBody = z.infer<typeof policyYamlBody>;

/** POST /api/v1/policies/:id/validate — an empty source is checked too (and reported as empty, as saving would refuse it). */
export const policyValidateBody = z.object({ yaml: z.string().max(200_000, 'must be at most 200,000 characters') }).strict();
export type PolicyValidateBody = z.infer<typeof policyValidateBody>;

/** POST /api/v1/policies/:id/validate — the errors at their lines (empty when valid). */
export const policyValidation = z.object({ ok: z.boolean(), kind: z.enum(POLICY_DOC_KINDS).nullable(), errors: z.array(yamlError) });
export type PolicyValidation = z.infer<typeof policyValidation>;

/** POST …/versions/:v/publish. */
export const publishBody = z
  .object({
    effectiveFrom: isoDate,
    /** Why, for the second officer (optional). */
    reason: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
  })
  .strict();
export type PublishBody = z.infer<typeof publishBody>;

/** One parameter change of a what-if reform; `key` picks one entry of a keyed parameter (tier, degree…). */
export const reformChange = z
  .object({
    policy: z.string().min(1).max(80),
    param: z.string().min(1).max(80),
    key: z.string().min(1).max(40).optional(),
    /** The new value in the parameter's unit (yuan for money, months, counts…). */
    value: z.number().finite().min(0, 'must not be negative'),
  })
  .strict();
export type ReformChange = z.infer<typeof reformChange>;

/** POST /api/v1/policies/simulate. */
export const simulateBody = z
  .object({
    at: isoDate.optional(),
    changes: z.array(reformChange).min(1, 'needs at least one change').max(50),
  })
  .strict();
export type SimulateBody = z.infer<typeof simulateBody>;

const impactCounts = z.object({
  gainers: z.number().int(),
  losers: z.number().int(),
  changed: z.number().int(),
  /** Annual budget delta in fen (positive = costs more). */
  budgetDeltaFen: z.number().int(),
});

/** The impact of a reform on one policy. */
export const policyImpact = impactCounts.extend({
  policy: z.string(),
  title: bilingual.nullable(),
  grantedBefore: z.number().int(),
  grantedAfter: z.number().int(),
  annualBeforeFen: z.number().int(),
  annualAfterFen: z.number().int(),
});
export type PolicyImpact = z.infer<typeof policyImpact>;

export const impactBreakdown = impactCounts.extend({ key: z.string() });
export type ImpactBreakdown = z.infer<typeof impactBreakdown>;

/** What a reform would change over the population. */
export const simulateResult = z.object({
  at: z.string(),
  population: z.number().int(),
  /** When the population was loaded from the database (it is reloaded when talents or employers change). */
  populationLoadedAt: z.string(),
  changes: z.array(reformChange),
  policies: z.array(policyImpact),
  total: impactCounts,
  byDistrict: z.array(impactBreakdown.extend({ key: z.union([districtCode, z.literal('none')]) })),
  byChain: z.array(impactBreakdown.extend({ key: z.union([chainCode, z.literal('none')]) })),
  durationMs: z.number(),
});
export type SimulateResult = z.infer<typeof simulateResult>;

/** GET /api/v1/policies/parameters — what a what-if can change. */
export const policyParameter = z.object({
  policy: z.string(),
  title: bilingual.nullable(),
  param: z.string(),
  unit: z.string(),
  key: z.string().nullable(),
  reference: z.string(),
  /** The value in force at `at` (a number, or per key). */
  current: z.union([z.number(), z.record(z.string(), z.number())]),
});
export type PolicyParameter = z.infer<typeof policyParameter>;
export const policyParameterList = z.object({ at: z.string(), items: z.array(policyParameter) });
export type PolicyParameterList = z.infer<typeof policyParameterList>;
