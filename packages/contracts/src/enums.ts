/**
 * Closed vocabularies of the talent and employer model. Their order matters where the
 * policy pack says "ordered" (degree, title, skill level): index = rank.
 */

/** Highest degree, ordered from lowest to highest. */
export const DEGREES = ['secondary', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type Degree = (typeof DEGREES)[number];

/** Professional title (职称), ordered. */
export const TITLES = ['none', 'junior', 'intermediate', 'associate_senior', 'senior'] as const;
export type Title = (typeof TITLES)[number];

/** Skill level (职业技能等级), ordered from none to 高级技师. */
export const SKILL_LEVELS = ['none', 'level5', 'level4', 'level3', 'level2', 'level1'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const SCHOOL_TIERS = ['world_top200', 'double_first_class', 'other'] as const;
export type SchoolTier = (typeof SCHOOL_TIERS)[number];

export const HONORS = ['academician', 'national_leading', 'provincial_leading', 'city_leading', 'national_skill_master'] as const;
export type Honor = (typeof HONORS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Every way an expert is engaged (用才方式), the one list: full-time, the four flexible modes
 * (候鸟式/离岸式/巡回式/周末式), a dual appointment (双聘) and the two special posts. Postings and
 * demand surveys take any of them; engagement records and the profile fact take a subset.
 */
export const ENGAGEMENT_KINDS = ['full_time', 'migratory', 'offshore', 'circuit', 'weekend', 'dual_appointment', 'industry_advisor', 'chief_expert'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** The four flexible modes (柔性引才方式) of `ENGAGEMENT_KINDS`. */
export const FLEXIBLE_MODES = ['migratory', 'offshore', 'circuit', 'weekend'] as const satisfies readonly EngagementKind[];
export type FlexibleMode = (typeof FLEXIBLE_MODES)[number];

/** The profile fact `engagementMode`: one of the flexible modes, or none (the policy pack's values). */
export const ENGAGEMENT_MODES = ['none', ...FLEXIBLE_MODES] as const;
export type EngagementMode = (typeof ENGAGEMENT_MODES)[number];

export const SPECIAL_POSTS = ['none', 'chief_expert', 'industry_advisor'] as const;
export type SpecialPost = (typeof SPECIAL_POSTS)[number];

/** Code of one of the city's industry chains: the city's data (its city.yaml, GET /api/v1/city), not a list compiled in. */
export type Chain = string;

export const EMPLOYER_FLAGS = ['above_scale', 'high_tech', 'specialized_sme'] as const;
export type EmployerFlag = (typeof EMPLOYER_FLAGS)[number];

export const EMPLOYER_KINDS = ['enterprise', 'university', 'institute', 'hospital', 'government'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

/** Code of one of the city's districts: the city's data (its city.yaml, GET /api/v1/city). */
export type District = string;

export const TIERS = ['A', 'B', 'C', 'D', 'E'] as const;
export type Tier = (typeof TIERS)[number];

/** Account roles. */
export const ROLES = ['talent', 'employer', 'reviewer', 'officer', 'concierge', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles, created by an admin or the CLI (never self-registered). */
export const STAFF_ROLES = ['reviewer', 'officer', 'concierge', 'auditor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Code of one of the city's government departments (they own policies and review stages): the city's data. */
export type Department = string;
