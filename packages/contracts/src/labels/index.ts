/**
 * The one source of every domain label: profile fields, vocabulary values (the city's own districts, chains and departments are the city's data: cities/<city>/city.yaml),
 * workflow states and steps, evidence kinds. Nothing outside this folder spells them; the
 * engine's explanations, the server's messages and the web read them from here.
 */
import type { Bilingual } from './bilingual.js';
import { FIELD_LABELS, PAYOUT_ACCOUNT_LABELS } from './profile.labels.js';
import {
  STAY_STATUS_LABELS,
  SERVICE_CATEGORY_LABELS,
  SERVICE_FORM_FIELD_LABELS,
  SERVICE_BUNDLE_LABELS,
  SERVICE_STATUS_LABELS,
  SERVICE_OUTCOME_LABELS,
  CLOCK_STOP_PARTY_LABELS,
  SERVICE_CLOCK_LABELS,
  SERVICE_ACTION_LABELS,
} from './services.labels.js';
import {
  CHECKIN_RESULT_LABELS,
  EVENT_AUDIENCE_LABELS,
  EVENT_KIND_LABELS,
  EVENT_REGISTRATION_STATUS_LABELS,
  TICKET_INVALID_REASON_LABELS,
} from './events.labels.js';
import { AWARD_OUTCOME_LABELS, DUPLICATE_REASON_LABELS, FORMAL_CHECK_STATUS_LABELS, PROGRAM_STAGE_LABELS } from './programs.labels.js';
import { COCKPIT_AIM_LABELS, COCKPIT_INDICATOR_LABELS, INDICATOR_UNIT_LABELS } from './cockpit.labels.js';
import {
  CONSENT_PURPOSE_LABELS,
  CONSENT_STATUS_LABELS,
  REGION_MESSAGE_DIRECTION_LABELS,
  REGION_MESSAGE_KIND_LABELS,
  REGION_MESSAGE_STATUS_LABELS,
  REGION_REFUSAL_REASON_LABELS,
} from './region.labels.js';
import { FACT_SOURCE_LABELS, FACT_STATUS_LABELS, SWEEP_END_REASON_LABELS } from './fact.labels.js';
import {
  DEGREE_LABELS,
  EMPLOYER_FLAG_LABELS,
  EMPLOYER_KIND_LABELS,
  ENGAGEMENT_MODE_LABELS,
  GENDER_LABELS,
  HONOR_LABELS,
  ROLE_LABELS,
  SCHOOL_TIER_LABELS,
  SKILL_LEVEL_LABELS,
  SPECIAL_POST_LABELS,
  TIER_LABELS,
  TIER_NAMES,
  TITLE_LABELS,
  ACTOR_LABELS,
} from './vocabulary.labels.js';
import {
  APPLICATION_ACTION_LABELS,
  APPLICATION_STATUS_LABELS,
  BENEFIT_PERIOD_LABELS,
  ENTITLEMENT_SOURCE_LABELS,
  ENTITLEMENT_STATE_LABELS,
  EVIDENCE_KIND_LABELS,
  PAYMENT_LINE_STATUS_LABELS,
  PAYMENT_BATCH_STATUS_LABELS,
  PILLAR_LABELS,
  POLICY_DOC_KIND_LABELS,
  POLICY_MODE_LABELS,
  POLICY_VERSION_STATUS_LABELS,
  RECOGNITION_ACTION_LABELS,
  RECOGNITION_HOLDER_LABELS,
  RECOGNITION_STATUS_LABELS,
  SECOND_APPROVAL_KIND_LABELS,
  SECOND_APPROVAL_STATUS_LABELS,
  SWEEP_CHANGE_LABELS,
  SWEEP_STATUS_LABELS,
  TALENT_CODE_STATUS_LABELS,
  ID_DISPUTE_OUTCOME_LABELS,
} from './workflow.labels.js';
import { WORKBENCH_QUEUE_LABELS } from './workbench.labels.js';
import { MUTUAL_STATUS_LABELS } from './mutual.labels.js';
import { SD_JWT_DISCLOSABLE_LABELS } from './credentials.labels.js';
import {
  CHECKIN_METHOD_LABELS,
  CHECKIN_STATUS_LABELS,
  DEMAND_ENGAGEMENT_MODE_LABELS,
  EMPLOYER_STATUS_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  FLEX_MODE_LABELS,
  GATED_EMPLOYER_ACTION_LABELS,
  SURVEY_ANSWER_SOURCE_LABELS,
  DEMAND_SOURCE_LABELS,
} from './employment.labels.js';

export * from './bilingual.js';
export * from './profile.labels.js';
export * from './vocabulary.labels.js';
export * from './workflow.labels.js';
export * from './fact.labels.js';
export * from './workbench.labels.js';
export * from './employment.labels.js';
export * from './services.labels.js';
export * from './programs.labels.js';
export * from './cockpit.labels.js';
export * from './region.labels.js';
export * from './calendar.labels.js';
export * from './housing.labels.js';
export * from './mutual.labels.js';
export * from './credentials.labels.js';

/** Every labelled vocabulary by name: the value → label table of each. */
export const VOCABULARIES = {
  field: FIELD_LABELS,
  payoutAccount: PAYOUT_ACCOUNT_LABELS,
  gender: GENDER_LABELS,
  degree: DEGREE_LABELS,
  schoolTier: SCHOOL_TIER_LABELS,
  title: TITLE_LABELS,
  skillLevel: SKILL_LEVEL_LABELS,
  honor: HONOR_LABELS,
  engagementMode: ENGAGEMENT_MODE_LABELS,
  specialPost: SPECIAL_POST_LABELS,
  employerKind: EMPLOYER_KIND_LABELS,
  employerFlag: EMPLOYER_FLAG_LABELS,
  tier: TIER_LABELS,
  tierName: TIER_NAMES,
  role: ROLE_LABELS,
  actor: ACTOR_LABELS,
  evidenceKind: EVIDENCE_KIND_LABELS,
  recognitionStatus: RECOGNITION_STATUS_LABELS,
  recognitionAction: RECOGNITION_ACTION_LABELS,
  recognitionHolder: RECOGNITION_HOLDER_LABELS,
  applicationStatus: APPLICATION_STATUS_LABELS,
  applicationAction: APPLICATION_ACTION_LABELS,
  sweepStatus: SWEEP_STATUS_LABELS,
  sweepChange: SWEEP_CHANGE_LABELS,
  entitlementSource: ENTITLEMENT_SOURCE_LABELS,
  entitlementState: ENTITLEMENT_STATE_LABELS,
  paymentLineStatus: PAYMENT_LINE_STATUS_LABELS,
  paymentBatchStatus: PAYMENT_BATCH_STATUS_LABELS,
  secondApprovalKind: SECOND_APPROVAL_KIND_LABELS,
  secondApprovalStatus: SECOND_APPROVAL_STATUS_LABELS,
  benefitPeriod: BENEFIT_PERIOD_LABELS,
  policyMode: POLICY_MODE_LABELS,
  pillar: PILLAR_LABELS,
  policyVersionStatus: POLICY_VERSION_STATUS_LABELS,
  policyDocKind: POLICY_DOC_KIND_LABELS,
  talentCodeStatus: TALENT_CODE_STATUS_LABELS,
  factSource: FACT_SOURCE_LABELS,
  factStatus: FACT_STATUS_LABELS,
  sweepEndReason: SWEEP_END_REASON_LABELS,
  idDisputeOutcome: ID_DISPUTE_OUTCOME_LABELS,
  workbenchQueue: WORKBENCH_QUEUE_LABELS,
  employerStatus: EMPLOYER_STATUS_LABELS,
  gatedEmployerAction: GATED_EMPLOYER_ACTION_LABELS,
  employmentStatus: EMPLOYMENT_STATUS_LABELS,
  flexMode: FLEX_MODE_LABELS,
  checkinMethod: CHECKIN_METHOD_LABELS,
  checkinStatus: CHECKIN_STATUS_LABELS,
  stayStatus: STAY_STATUS_LABELS,
  serviceCategory: SERVICE_CATEGORY_LABELS,
  serviceFormField: SERVICE_FORM_FIELD_LABELS,
  serviceBundle: SERVICE_BUNDLE_LABELS,
  serviceStatus: SERVICE_STATUS_LABELS,
  serviceOutcome: SERVICE_OUTCOME_LABELS,
  clockStopParty: CLOCK_STOP_PARTY_LABELS,
  serviceClock: SERVICE_CLOCK_LABELS,
  serviceAction: SERVICE_ACTION_LABELS,
  cockpitAim: COCKPIT_AIM_LABELS,
  cockpitIndicator: COCKPIT_INDICATOR_LABELS,
  indicatorUnit: INDICATOR_UNIT_LABELS,
  demandEngagementMode: DEMAND_ENGAGEMENT_MODE_LABELS,
  surveyAnswerSource: SURVEY_ANSWER_SOURCE_LABELS,
  demandSource: DEMAND_SOURCE_LABELS,
  mutualStatus: MUTUAL_STATUS_LABELS,
  sdJwtDisclosable: SD_JWT_DISCLOSABLE_LABELS,
  consentPurpose: CONSENT_PURPOSE_LABELS,
  consentStatus: CONSENT_STATUS_LABELS,
  regionMessageDirection: REGION_MESSAGE_DIRECTION_LABELS,
  regionMessageKind: REGION_MESSAGE_KIND_LABELS,
  regionMessageStatus: REGION_MESSAGE_STATUS_LABELS,
  regionRefusalReason: REGION_REFUSAL_REASON_LABELS,
  eventKind: EVENT_KIND_LABELS,
  eventAudience: EVENT_AUDIENCE_LABELS,
  eventRegistrationStatus: EVENT_REGISTRATION_STATUS_LABELS,
  checkinResult: CHECKIN_RESULT_LABELS,
  ticketInvalidReason: TICKET_INVALID_REASON_LABELS,
  formalCheckStatus: FORMAL_CHECK_STATUS_LABELS,
  programStage: PROGRAM_STAGE_LABELS,
  duplicateReason: DUPLICATE_REASON_LABELS,
  awardOutcome: AWARD_OUTCOME_LABELS,
} as const satisfies Record<string, Record<string, Bilingual>>;

/** Name of a labelled vocabulary. */
export type Vocabulary = keyof typeof VOCABULARIES;

/** The label of `value` in `vocabulary`, or null when the vocabulary does not know it. */
export function labelOf(vocabulary: Vocabulary, value: string): Bilingual | null {
  return (VOCABULARIES[vocabulary] as Record<string, Bilingual>)[value] ?? null;
}

/** The vocabulary whose values a profile field or policy variable takes, when it has one. */
export const FIELD_VOCABULARY: Readonly<Record<string, Vocabulary>> = {
  tier: 'tier',
  gender: 'gender',
  highestDegree: 'degree',
  schoolTier: 'schoolTier',
  title: 'title',
  skillLevel: 'skillLevel',
  honors: 'honor',
  engagementMode: 'engagementMode',
  specialPost: 'specialPost',
  'employer.flags': 'employerFlag',
  'employer.kind': 'employerKind',
};
export * from './matching.labels.js';
export * from './events.labels.js';
