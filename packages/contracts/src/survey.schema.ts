/**
 * Demand surveys (需求摸排): each period the talent office sends a questionnaire to every approved
 * employer of the chosen industry chains, with a deadline and reminders, and tracks completion by
 * chain and district. An employer's answer (typed in, or collected offline and imported from
 * Excel) is a list of demand records whose columns follow a posting's (chain, sub-field, title,
 * headcount, minimum degree, salary band, district, engagement mode).
 */
import { z } from 'zod';
import { chainCode, districtCode, isoDate } from './common.schema.js';
import { DEGREES, ENGAGEMENT_KINDS, type EngagementKind } from './enums.js';

/** How the demanded people would work: any of `ENGAGEMENT_KINDS`. */
export const DEMAND_ENGAGEMENT_MODES = ENGAGEMENT_KINDS;
export type DemandEngagementMode = EngagementKind;

/** Where an employer's answer came from: typed in by the employer, or imported by the office. */
export const SURVEY_ANSWER_SOURCES = ['online', 'import'] as const;
export type SurveyAnswerSource = (typeof SURVEY_ANSWER_SOURCES)[number];

/** POST /api/v1/surveys — the office opens a survey of the chosen chains. */
export const surveyInput = z
  .object({
    title: z.string().trim().min(2, 'must be at least 2 characters').max(100),
    /** The period surveyed, e.g. `2026 下半年`. */
    period: z.string().trim().min(1, 'is required').max(40),
    chains: z.array(chainCode).min(1, 'choose at least one chain').max(20),
    deadline: isoDate,
  })
  .strict();
export type SurveyInput = z.infer<typeof surveyInput>;

/** One demand record of an answer (a row of the import file). */
export const demandRecordInput = z
  .object({
    subField: z.string().trim().min(1, 'is required').max(100),
    title: z.string().trim().min(1, 'is required').max(100),
    headcount: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000),
    minDegree: z.enum(DEGREES).nullable().default(null),
    /** Yuan per month. */
    salaryMin: z.number().int('must be a whole number').min(0, 'must not be negative').max(1_000_000),
    salaryMax: z.number().int('must be a whole number').min(0, 'must not be negative').max(1_000_000),
    district: districtCode,
    engagementMode: z.enum(DEMAND_ENGAGEMENT_MODES),
  })
  .strict()
  .superRefine((v, c) => {
    if (v.salaryMin > v.salaryMax) c.addIssue({ code: 'custom', path: ['salaryMin'], message: 'must not be above salaryMax' });
  });
export type DemandRecordInput = z.infer<typeof demandRecordInput>;

/** PUT /api/v1/surveys/:id/answer — the employer's whole answer (no record: no demand this period). */
export const surveyAnswerBody = z.object({ records: z.array(demandRecordInput).max(200) }).strict();
export type SurveyAnswerBody = z.infer<typeof surveyAnswerBody>;

/** A stored demand record. */
export const demandRecord = z.object({
  id: z.string(),
  surveyId: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  chain: chainCode,
  subField: z.string(),
  title: z.string(),
  headcount: z.number().int(),
  minDegree: z.enum(DEGREES).nullable(),
  salaryMin: z.number().int(),
  salaryMax: z.number().int(),
  district: districtCode,
  engagementMode: z.enum(DEMAND_ENGAGEMENT_MODES),
  source: z.enum(SURVEY_ANSWER_SOURCES),
});
export type DemandRecord = z.infer<typeof demandRecord>;
export const demandRecordList = z.object({ items: z.array(demandRecord) });

/** A survey as the office sees it, with its completion. */
export const survey = z.object({
  id: z.string(),
  title: z.string(),
  period: z.string(),
  chains: z.array(chainCode),
  deadline: z.string(),
  createdAt: z.string(),
  lastRemindedAt: z.string().nullable(),
  /** When the office closed it (before its deadline), or null. */
  closedAt: z.string().nullable(),
  surveyed: z.number().int(),
  answered: z.number().int(),
});
export type Survey = z.infer<typeof survey>;
export const surveyList = z.object({ items: z.array(survey) });
export type SurveyList = z.infer<typeof surveyList>;

/** Completion of one group (a chain or a district). */
export const completionRow = z.object({ key: z.string(), surveyed: z.number().int(), answered: z.number().int() });
export type CompletionRow = z.infer<typeof completionRow>;

/** GET /api/v1/surveys/:id/completion — by chain and by district, and who has not answered. */
export const surveyCompletion = z.object({
  survey,
  byChain: z.array(completionRow),
  byDistrict: z.array(completionRow),
  unanswered: z.array(z.object({ employerId: z.string(), name: z.string(), chain: chainCode, district: districtCode })),
});
export type SurveyCompletion = z.infer<typeof surveyCompletion>;

/** A survey sent to the signed-in employer, with where its answer stands. */
export const mySurvey = z.object({
  id: z.string(),
  title: z.string(),
  period: z.string(),
  deadline: z.string(),
  /** When the office closed it (before its deadline), or null. */
  closedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  source: z.enum(SURVEY_ANSWER_SOURCES).nullable(),
  records: z.array(demandRecord),
});
export type MySurvey = z.infer<typeof mySurvey>;
export const mySurveyList = z.object({ items: z.array(mySurvey) });
export type MySurveyList = z.infer<typeof mySurveyList>;

/** POST /api/v1/surveys/:id/reminders — how many employers were reminded. */
export const surveyReminderResult = z.object({ reminded: z.number().int() });
export type SurveyReminderResult = z.infer<typeof surveyReminderResult>;

/** POST /api/v1/surveys/:id/import — the employers whose answers the file replaced, and the records written. */
export const surveyImportResult = z.object({ employers: z.number().int(), records: z.number().int() });
export type SurveyImportResult = z.infer<typeof surveyImportResult>;

/** Where a demand record comes from: a posting, or a survey answer (online or imported). */
export const DEMAND_SOURCES = ['posting', ...SURVEY_ANSWER_SOURCES] as const;
export type DemandSource = (typeof DEMAND_SOURCES)[number];

/** GET /api/v1/demand-records(.xlsx): open postings and survey answers, narrowed by chain, district or survey (postings have none). */
export const demandRecordsQuery = z
  .object({
    chain: chainCode.optional(),
    district: districtCode.optional(),
    surveyId: z.string().uuid('must be a survey id').optional(),
  })
  .strict();
export type DemandRecordsQuery = z.infer<typeof demandRecordsQuery>;

/** One demand record of an employer: an open posting or a survey answer's line, in the same columns. */
export const demandRow = demandRecord.omit({ surveyId: true, source: true }).extend({
  source: z.enum(DEMAND_SOURCES),
  surveyId: z.string().nullable(),
  surveyTitle: z.string().nullable(),
  postingId: z.string().nullable(),
  /** The posting's closing date, or the day the answer was given. */
  date: z.string(),
});
export type DemandRow = z.infer<typeof demandRow>;
export const demandRowList = z.object({ items: z.array(demandRow) });
export type DemandRowList = z.infer<typeof demandRowList>;
