/**
 * 资格互认 — mutual recognition of a tier granted by another city of the region.
 *
 * ── For the trust list and for running the region ──────────────────────────────────────────
 * The committee's equivalence table travels INSIDE the signed trust list, as its optional
 * field `equivalence` (schema `equivalenceTable` below): one signature, one fetch schedule, one
 * "last good copy" for both. `region.schema.ts` adds `equivalence: equivalenceTable.optional()`
 * to `TrustList`; the signing command signs whatever the document holds. The table has its own
 * `version` (a new table is a new trust-list version too). Entries are directed: `from` the
 * source city's adminCode and tier `to` the receiving city's adminCode and tier. A pair with no
 * entry is refused (`BOLE_MUTUAL_NO_EQUIVALENCE`); an absent table refuses every tier.
 * The granting city tells the source through `sendSigned(ctx, sourceAdminCode,
 * 'recognition.used', RecognitionUsedMessage)`, only when the talent ticked the consent box.
 * ────────────────────────────────────────────────────────────────────────────────────────────
 */
import { z } from 'zod';
import { TIERS } from './enums.js';
import { isoDate } from './common.schema.js';

/** A member city's administrative code (GB/T 2260, six digits). */
const adminCode = z.string().regex(/^\d{6}$/, 'must be a six-digit administrative code');

/** One directed equivalence: a tier of the source city counts as a tier of the receiving city. */
export const equivalenceEntry = z
  .object({
    from: z.object({ adminCode, tier: z.enum(TIERS) }).strict(),
    to: z.object({ adminCode, tier: z.enum(TIERS) }).strict(),
  })
  .strict();
export type EquivalenceEntry = z.infer<typeof equivalenceEntry>;

/** The committee's equivalence table (versioned; part of the signed trust list as `equivalence`). */
export const equivalenceTable = z
  .object({
    version: z.number().int().positive(),
    /** The committee decision it records (for the record and the office's screen). */
    reference: z.string().min(1).max(200),
    entries: z.array(equivalenceEntry).max(10_000),
  })
  .strict();
export type EquivalenceTable = z.infer<typeof equivalenceTable>;

/** Where a mutual recognition stands (derived from the local recognition case it opened). */
export const MUTUAL_STATUSES = ['public_notice', 'granted', 'rejected', 'ended'] as const;
export type MutualStatus = (typeof MUTUAL_STATUSES)[number];

/** Why a presented credential is refused (each has its error code). */
export const MUTUAL_REFUSALS = [
  'malformed',
  'own_city',
  'unknown_issuer',
  'unknown_key',
  'bad_signature',
  'revoked',
  'expired',
  'no_equivalence',
  'duplicate',
  'no_trust_list',
  'no_status_list',
] as const;
export type MutualRefusal = (typeof MUTUAL_REFUSALS)[number];

/**
 * POST /api/v1/mutual-recognitions[/preview]: the credential of the other city as text — the
 * compact talent code, a scanned QR's text or an SD-JWT presentation — and, on the request,
 * the talent's consent that the source city is told (PIPL Art. 23: separate and recorded).
 */
export const mutualPreviewBody = z.object({ credential: z.string().trim().min(20, 'must be the code text').max(8_000) }).strict();
export type MutualPreviewBody = z.infer<typeof mutualPreviewBody>;

export const createMutualRecognitionBody = mutualPreviewBody
  .extend({ consentToNotifySource: z.boolean({ message: 'must say whether the source city may be told' }) })
  .strict();
export type CreateMutualRecognitionBody = z.infer<typeof createMutualRecognitionBody>;

const cityRef = z.object({ adminCode, name: z.object({ zh: z.string(), en: z.string() }) });

/** What a credential is worth here, before anything is written. */
export const mutualPreview = z.object({
  source: cityRef.extend({ credentialId: z.string(), statusIndex: z.number().int().nonnegative(), tier: z.enum(TIERS), validUntil: z.string() }),
  localTier: z.enum(TIERS),
  equivalenceVersion: z.number().int(),
  /** Whether this city publishes a notice (公示) before the grant, and its length in working days. */
  noticeWorkingDays: z.number().int().nonnegative().nullable(),
});
export type MutualPreview = z.infer<typeof mutualPreview>;

/** A mutual recognition as the talent and the office see it. */
export const mutualRecognition = mutualPreview.extend({
  id: z.string().uuid(),
  recognitionId: z.string().uuid(),
  talentName: z.string(),
  status: z.enum(MUTUAL_STATUSES),
  noticeEndsOn: isoDate.nullable(),
  validUntil: isoDate.nullable(),
  consentToNotifySource: z.boolean(),
  sourceNotifiedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.string().nullable(),
  createdAt: z.string(),
});
export type MutualRecognition = z.infer<typeof mutualRecognition>;
export const mutualRecognitionList = z.object({ items: z.array(mutualRecognition) });
export type MutualRecognitionList = z.infer<typeof mutualRecognitionList>;

/** The signed exchange message `recognition.used` a granting city sends the source city. */
export const recognitionUsedMessage = z
  .object({
    credentialId: z.string().min(1).max(100),
    statusIndex: z.number().int().nonnegative(),
    sourceTier: z.enum(TIERS),
    localTier: z.enum(TIERS),
    status: z.enum(['public_notice', 'granted']),
    equivalenceVersion: z.number().int(),
    consentAt: z.string(),
  })
  .strict();
export type RecognitionUsedMessage = z.infer<typeof recognitionUsedMessage>;

/** 本市认定在外市互认: one of this city's credentials recognised by another city (office list). */
export const recognitionUsedElsewhere = z.object({
  id: z.string().uuid(),
  credentialId: z.string(),
  talentName: z.string().nullable(),
  tier: z.enum(TIERS),
  usedBy: cityRef,
  localTier: z.enum(TIERS),
  status: z.enum(['public_notice', 'granted']),
  receivedAt: z.string(),
});
export const recognitionUsedElsewhereList = z.object({ items: z.array(recognitionUsedElsewhere) });
export type RecognitionUsedElsewhereList = z.infer<typeof recognitionUsedElsewhereList>;

/** Mutual recognition settings of this city (`settings` table): whether a notice precedes the grant. */
export const mutualSettings = z.object({ noticeRequired: z.boolean() }).strict();
export type MutualSettings = z.infer<typeof mutualSettings>;

/** POST /api/v1/mutual-recognitions/recheck: the result of re-checking every source status list. */
export const mutualRecheckResult = z.object({ checked: z.number().int(), ended: z.array(z.string().uuid()), unreachable: z.array(adminCode) });
export type MutualRecheckResult = z.infer<typeof mutualRecheckResult>;
