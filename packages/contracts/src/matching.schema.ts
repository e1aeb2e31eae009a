/**
 * Skills taxonomy (技能图谱), postings (岗位需求) and two-way matching (人岗匹配): request and
 * response schemas shared by the server and the web.
 */
import { z } from 'zod';
import { DEGREES, ENGAGEMENT_KINDS, SKILL_LEVELS, TITLES, type EngagementKind } from './enums.js';
import { chainCode, districtCode, isoDate } from './common.schema.js';

const bilingual = z.object({ zh: z.string().min(1).max(80), en: z.string().min(1).max(120) });

/** How soon a talent can start: now, within a month, later (ordered; rank is the score's input). */
export const AVAILABILITIES = ['now', 'month', 'later'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/** How a posting engages: any of `ENGAGEMENT_KINDS`. */
export const POSTING_ENGAGEMENTS = ENGAGEMENT_KINDS;
export type PostingEngagement = EngagementKind;

/** How urgent a posting is. */
export const POSTING_URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type PostingUrgency = (typeof POSTING_URGENCIES)[number];

/** A talent's level in a skill, 1 (了解) to 5 (专家). */
export const skillProficiency = z.number().int().min(1).max(5);

/** One skill of the taxonomy. */
export const skillNode = z.object({
  code: z.string(),
  name: bilingual,
  synonyms: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  related: z.array(z.string()),
  retired: z.boolean(),
});
export type SkillNode = z.infer<typeof skillNode>;

/** GET /api/v1/skills: the current version, chain → sub-field → skill. */
export const skillTaxonomy = z.object({
  version: z.number().int(),
  chains: z.array(
    z.object({
      chain: z.string(),
      subFields: z.array(z.object({ code: z.string(), name: bilingual, skills: z.array(skillNode) })),
    }),
  ),
});
export type SkillTaxonomy = z.infer<typeof skillTaxonomy>;

const skillCode = z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, 'must be a dotted code such as rail.loco.01');

/** A sub-field and its skills as the office writes them (the taxonomy file, the editor, the Excel import). */
export const skillSubFieldInput = z.object({
  code: skillCode,
  chain: chainCode,
  name: bilingual,
  skills: z
    .array(
      z.object({
        code: skillCode,
        name: bilingual,
        synonyms: z.object({ zh: z.array(z.string().min(1).max(80)).max(20), en: z.array(z.string().min(1).max(120)).max(20) }).optional(),
        related: z.array(skillCode).max(20).optional(),
      }),
    )
    .min(1),
});

/** PUT /api/v1/skills: a whole new version; skills left out are retired (never deleted). */
export const skillTaxonomyInput = z.object({
  note: z.string().min(1).max(200),
  subFields: z.array(skillSubFieldInput).min(1),
});
export type SkillTaxonomyInput = z.infer<typeof skillTaxonomyInput>;

/** A talent's skill. */
export const talentSkill = z.object({ code: z.string(), level: skillProficiency, years: z.number().int().min(0).max(60) });

/** PUT/GET /api/v1/talents/me/skills: the talent's skills and whether employers may find them. */
export const talentSkills = z.object({
  discoverable: z.boolean(),
  availability: z.enum(AVAILABILITIES),
  experienceYears: z.number().int().min(0).max(60),
  skills: z.array(talentSkill).max(30),
});
export type TalentSkills = z.infer<typeof talentSkills>;

/** POST /api/v1/postings: an employer's posting. Salaries in yuan per month. */
export const postingInput = z.object({
  title: z.string().trim().min(1).max(80),
  chain: chainCode,
  subField: z.string().min(1),
  requiredSkills: z.array(z.string()).min(1).max(10),
  optionalSkills: z.array(z.string()).max(15).default([]),
  minDegree: z.enum(DEGREES).nullable().default(null),
  minTitle: z.enum(TITLES).default('none'),
  minSkillLevel: z.enum(SKILL_LEVELS).default('none'),
  minYears: z.number().int().min(0).max(40).default(0),
  headcount: z.number().int().min(1, 'must be at least 1').max(10_000),
  salaryMin: z.number().int().min(0).max(1_000_000),
  salaryMax: z.number().int().min(0).max(1_000_000),
  district: districtCode,
  engagementMode: z.enum(POSTING_ENGAGEMENTS),
  urgency: z.enum(POSTING_URGENCIES).default('normal'),
  closesOn: isoDate,
});
export type PostingInput = z.input<typeof postingInput>;

/** A posting as shown. */
export const posting = postingInput.extend({
  id: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  status: z.enum(['open', 'closed']),
  taxonomyVersion: z.number().int(),
  createdAt: z.string(),
});
export type Posting = z.infer<typeof posting>;

/** The parts of a match score (integers; docs/matching.md). */
export const scoreBreakdown = z.object({
  required: z.number().int(),
  optional: z.number().int(),
  related: z.number().int(),
  level: z.number().int(),
  degree: z.number().int(),
  experience: z.number().int(),
  location: z.number().int(),
  availability: z.number().int(),
  total: z.number().int(),
});
export type ScoreBreakdownDto = z.infer<typeof scoreBreakdown>;

/** One ranked talent for an employer: masked until the talent accepts contact. */
export const candidate = z.object({
  talentId: z.string(),
  /** 张** until contact is accepted, then the full name. */
  name: z.string(),
  contactAccepted: z.boolean(),
  contactStatus: z.enum(['none', 'pending', 'accepted', 'declined']),
  score: scoreBreakdown,
  reasons: z.array(bilingual),
});
export type Candidate = z.infer<typeof candidate>;

/** GET /api/v1/postings/{id}/candidates. */
export const candidateList = z.object({ postingId: z.string(), source: z.enum(['index', 'sql']), candidates: z.array(candidate) });
export type CandidateList = z.infer<typeof candidateList>;

/** One ranked posting for a talent. */
export const opportunity = z.object({
  posting,
  score: scoreBreakdown,
  reasons: z.array(bilingual),
  contactStatus: z.enum(['none', 'pending', 'accepted', 'declined']),
});
export type Opportunity = z.infer<typeof opportunity>;

/** A contact between a posting and a talent (the talent applied, or the employer invited). */
export const postingContact = z.object({
  id: z.string(),
  postingId: z.string(),
  postingTitle: z.string(),
  employerName: z.string(),
  initiator: z.enum(['talent', 'employer']),
  status: z.enum(['pending', 'accepted', 'declined']),
  createdAt: z.string(),
});
export type PostingContact = z.infer<typeof postingContact>;

/** POST /api/v1/postings/{id}/invitations. */
export const inviteBody = z.object({ talentId: z.string().uuid() });

/** POST /api/v1/contacts/{id}/decision. */
export const contactDecision = z.object({ accept: z.boolean() });

/** GET /api/v1/talents/me/views: who looked at the talent's profile. */
export const profileView = z.object({ employerName: z.string(), postingTitle: z.string().nullable(), viewedAt: z.string() });
export type ProfileView = z.infer<typeof profileView>;

/** A shortage catalogue period: a calendar quarter. */
export const shortagePeriod = z.string().regex(/^(19|20)\d{2}-Q[1-4]$/, 'must be a quarter such as 2026-Q3');

/** GET /api/v1/shortage-catalogue(.xlsx)?period=: the current quarter when absent. */
export const shortageQuery = z.object({ period: shortagePeriod.optional() }).strict();

/** The five dimensions of the shortage index, 1–5 stars each (docs/shortage-catalogue.md). */
export const shortageDimensions = z.object({
  demandSupply: z.number().int(),
  applicantsPerOpening: z.number().int(),
  requirements: z.number().int(),
  daysToFill: z.number().int(),
  salary: z.number().int(),
});

/** One skill of the catalogue. */
export const shortageEntry = z.object({
  chain: z.string(),
  subField: z.string(),
  subFieldName: bilingual,
  skill: z.string(),
  skillName: bilingual,
  openings: z.number().int(),
  supply: z.number().int(),
  qualifiedPerOpening: z.number(),
  dimensions: shortageDimensions,
  stars: z.number().int().min(1).max(5),
  /** The same skill's stars in the previous period, null when it was not listed. */
  previousStars: z.number().int().nullable(),
});
export type ShortageEntryDto = z.infer<typeof shortageEntry>;

/** The shortage catalogue (紧缺人才目录) of a period, scarcest first. */
export const shortageCatalogueDto = z.object({
  period: z.string(),
  previousPeriod: z.string(),
  /** When the office published this period's catalogue (null: computed, not published). */
  publishedAt: z.string().nullable(),
  entries: z.array(shortageEntry),
});
export type ShortageCatalogueDto = z.infer<typeof shortageCatalogueDto>;

/**
 * The stars from which a published catalogue lists a skill as a shortage (the gate: fewer than one
 * qualified applicant per opening). A post in such a skill sets `inShortageCatalogue`.
 */
export const SHORTAGE_LISTED_MIN_STARS = 3;

/** POST /api/v1/shortage-catalogue/publications — the office publishes a quarter's catalogue. */
export const shortagePublishBody = z.object({ period: shortagePeriod }).strict();
export type ShortagePublishBody = z.infer<typeof shortagePublishBody>;

/** A published catalogue: its period, when, and how many skills it lists at ★3 and above. */
export const shortagePublication = z.object({ period: z.string(), publishedAt: z.string(), listedSkills: z.number().int() });
export type ShortagePublication = z.infer<typeof shortagePublication>;

/** GET /api/v1/chain-view(.xlsx)?chain=: every chain, or one chain's sub-fields when `chain` is given. */
export const chainViewQuery = z.object({ chain: chainCode.optional() }).strict();
export type ChainViewQuery = z.infer<typeof chainViewQuery>;

/**
 * Supply against demand of one chain (the overview) or one sub-field (a chain's drill-down).
 * `key` is null on the drill-down's last row: survey answers whose sub-field names none of the
 * chain's taxonomy.
 */
export const chainViewRow = z.object({
  key: z.string().nullable(),
  /** The sub-field's name (null on the overview, whose keys are chain codes). */
  name: bilingual.nullable(),
  /** Talents holding at least one skill of the chain or sub-field. */
  supply: z.number().int(),
  /** Headcount of open postings. */
  postingOpenings: z.number().int(),
  /** Headcount in the answers to the chain's latest demand survey. */
  surveyOpenings: z.number().int(),
});
export type ChainViewRow = z.infer<typeof chainViewRow>;

/** The chain view (人才链 × 产业链) on a day. */
export const chainView = z.object({ chain: chainCode.nullable(), asOf: isoDate, rows: z.array(chainViewRow) });
export type ChainView = z.infer<typeof chainView>;
