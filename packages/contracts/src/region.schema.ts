/**
 * The 长株潭 region: the committee's signed trust list (members, their keys and what they may
 * issue), signed messages between member instances and the message log both sides keep, and
 * the talent's consents to share facts with another member city (PIPL Art. 23).
 */
import { z } from 'zod';
import { VERIFIED_FACT_FIELDS, type VerifiedFactField } from './facts.schema.js';
import { equivalenceTable } from './mutual.schema.js';

/** A name in Chinese and English. */
const bilingual = z.object({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) }).strict();

/** A 6-digit administrative division code (GB/T 2260), the identity of a member city. */
export const adminCode = z.string().regex(/^\d{6}$/, 'must be a 6-digit administrative division code');

/** The credential types a member may issue. */
export const REGION_CREDENTIAL_TYPES = ['talent_code', 'recognition'] as const;
export type RegionCredentialType = (typeof REGION_CREDENTIAL_TYPES)[number];

const instant = z.string().datetime({ offset: true });

/** A member's public key with the period in which what it signs is accepted. */
export const trustListKey = z
  .object({
    kid: z.string().min(1).max(200),
    kty: z.string().min(1),
    crv: z.string().min(1),
    x: z.string().min(1),
    y: z.string().min(1).optional(),
    alg: z.enum(['EdDSA', 'SM2']),
    validFrom: instant,
    validUntil: instant,
  })
  .strict();
export type TrustListKey = z.infer<typeof trustListKey>;

/** One member instance of the region. */
export const trustListMember = z
  .object({
    adminCode,
    name: bilingual,
    baseUrl: z.string().url().max(300),
    keys: z.array(trustListKey).max(20),
    credentialTypes: z.array(z.enum(REGION_CREDENTIAL_TYPES)).max(REGION_CREDENTIAL_TYPES.length),
  })
  .strict();
export type TrustListMember = z.infer<typeof trustListMember>;

/**
 * The committee's trust list. Every change (a member, a key added, rotated or removed) is a new
 * `version`; instances refuse an older version and a list past `nextUpdate` plus the grace period.
 * `equivalence` is the committee's tier equivalence table for mutual recognition (mutual.schema.ts).
 */
export const trustList = z
  .object({
    version: z.number().int().min(1),
    issuedAt: instant,
    nextUpdate: instant,
    members: z
      .array(trustListMember)
      .min(1)
      .max(200)
      .refine((ms) => new Set(ms.map((m) => m.adminCode)).size === ms.length, 'each adminCode once'),
    equivalence: equivalenceTable.optional(),
  })
  .strict();
export type TrustList = z.infer<typeof trustList>;

/** `GET /api/v1/region/trust-list`: this instance's last good copy and when it was taken. */
export const regionTrustListView = z.object({
  /** Whether this instance takes part in a region (a committee key and a trust list URL are set). */
  enabled: z.boolean(),
  selfAdminCode: z.string(),
  list: trustList.nullable(),
  /** The signed list as received (compact JWS), for anyone to re-check. */
  token: z.string().nullable(),
  acceptedAt: instant.nullable(),
});
export type RegionTrustListView = z.infer<typeof regionTrustListView>;

/** The kinds of signed message between instances (an answer names the request in `inReplyTo`). */
export const REGION_MESSAGE_KINDS = ['facts.request', 'facts.answer', 'facts.refusal', 'recognition.used', 'ack'] as const;
export type RegionMessageKind = (typeof REGION_MESSAGE_KINDS)[number];

/** `POST /api/v1/region/messages` and its answer: one compact JWS envelope. */
export const regionEnvelope = z.object({ token: z.string().min(20).max(200_000) }).strict();
export type RegionEnvelope = z.infer<typeof regionEnvelope>;

/** What the log says about a message. */
export const REGION_MESSAGE_STATUSES = ['accepted', 'refused', 'sent', 'undelivered'] as const;
export type RegionMessageStatus = (typeof REGION_MESSAGE_STATUSES)[number];

/** Why a message was refused on arrival (the log's `reason`, the answer's code). */
export const REGION_REFUSAL_REASONS = [
  'structure',
  'unknown_issuer',
  'unknown_key',
  'bad_signature',
  'wrong_audience',
  'stale',
  'replayed',
  'unknown_kind',
  'no_trust_list',
  'no_consent',
  'fact_not_covered',
] as const;
export type RegionRefusalReason = (typeof REGION_REFUSAL_REASONS)[number];

/** One row of the message log. */
export const regionMessageLogEntry = z.object({
  id: z.number().int(),
  direction: z.enum(['in', 'out']),
  peer: z.string(),
  kind: z.string(),
  jti: z.string(),
  inReplyTo: z.string().nullable(),
  /** SHA-256 (hex) of the signed token's bytes. */
  digest: z.string(),
  token: z.string(),
  status: z.enum(REGION_MESSAGE_STATUSES),
  reason: z.string().nullable(),
  consentId: z.string().uuid().nullable(),
  at: instant,
});
export type RegionMessageLogEntry = z.infer<typeof regionMessageLogEntry>;

export const regionMessageLogQuery = z.object({
  peer: adminCode.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const regionMessageLog = z.object({ items: z.array(regionMessageLogEntry) });
export type RegionMessageLog = z.infer<typeof regionMessageLog>;

/**
 * Facts a talent may share with another city: the verified facts that mean the same in every
 * city. Facts about this city (its employer ids, arrival, 户口, home, talent apartment) are not
 * shared: they say nothing true about the other city.
 */
export const SHAREABLE_FACT_FIELDS = VERIFIED_FACT_FIELDS.filter(
  (f) => !['employerId', 'arrivalDate', 'hukouInCity', 'ownsHomeInCity', 'firstHomePurchaseDate', 'livesInTalentApartment'].includes(f),
) as Exclude<VerifiedFactField, 'employerId' | 'arrivalDate' | 'hukouInCity' | 'ownsHomeInCity' | 'firstHomePurchaseDate' | 'livesInTalentApartment'>[];
export type ShareableFactField = (typeof SHAREABLE_FACT_FIELDS)[number];
const shareableField = z.enum(SHAREABLE_FACT_FIELDS as [ShareableFactField, ...ShareableFactField[]]);

/** What shared facts are for (PIPL Art. 23 asks for the purpose). */
export const CONSENT_PURPOSES = ['recognition', 'benefit_application', 'talent_services'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_STATUSES = ['active', 'revoked', 'expired'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** `POST /api/v1/me/consents`: which facts, to which city, for what, until when. */
export const giveConsentInput = z
  .object({
    recipient: adminCode,
    facts: z.array(shareableField).min(1).max(SHAREABLE_FACT_FIELDS.length),
    purpose: z.enum(CONSENT_PURPOSES),
    /** The last day (Asia/Shanghai) the consent covers; at most two years ahead. */
    until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  })
  .strict();
export type GiveConsentInput = z.infer<typeof giveConsentInput>;

/** `POST /api/v1/me/consents`'s answer: the new consent's id. */
export const consentCreated = z.object({ id: z.string().uuid() });
export type ConsentCreated = z.infer<typeof consentCreated>;

/** One message shared under a consent (from the message log). */
export const consentUse = z.object({
  at: instant,
  kind: z.string(),
  status: z.enum(REGION_MESSAGE_STATUSES),
  facts: z.array(z.string()),
  reason: z.string().nullable(),
});

export const consent = z.object({
  id: z.string().uuid(),
  recipient: adminCode,
  recipientName: bilingual.nullable(),
  facts: z.array(shareableField),
  purpose: z.enum(CONSENT_PURPOSES),
  until: z.string(),
  status: z.enum(CONSENT_STATUSES),
  givenAt: instant,
  revokedAt: instant.nullable(),
  uses: z.array(consentUse),
});
export type Consent = z.infer<typeof consent>;

export const myConsents = z.object({
  items: z.array(consent),
  /** The cities consent can be given to: the other members of the trust list. */
  cities: z.array(z.object({ adminCode, name: bilingual })),
  shareableFacts: z.array(shareableField),
});
export type MyConsents = z.infer<typeof myConsents>;
export const consentParams = z.object({ id: z.string().uuid() });

/** `POST /api/v1/region/fact-requests`: this city asks another for one of its talents' facts. */
export const factRequestInput = z
  .object({
    talentId: z.string().uuid(),
    from: adminCode,
    facts: z.array(shareableField).min(1).max(SHAREABLE_FACT_FIELDS.length),
    purpose: z.enum(CONSENT_PURPOSES),
  })
  .strict();
export type FactRequestInput = z.infer<typeof factRequestInput>;

export const factRequestResult = z.object({
  outcome: z.enum(['answered', 'refused']),
  /** Facts the other city answered, now verified facts with source `partner_city`. */
  facts: z.record(z.string(), z.unknown()),
  reason: z.enum(REGION_REFUSAL_REASONS).nullable(),
  jti: z.string(),
});
export type FactRequestResult = z.infer<typeof factRequestResult>;

/** `bole region message-log verify`'s answer (also `GET /api/v1/region/message-log/verify`). */
export const messageLogVerification = z.object({
  checked: z.number().int(),
  ok: z.number().int(),
  /** Refused on arrival: kept as received, not signed by a key on the list. */
  refusedOnArrival: z.number().int(),
  bad: z.array(z.object({ id: z.number().int(), problem: z.string() })),
});
export type MessageLogVerification = z.infer<typeof messageLogVerification>;
