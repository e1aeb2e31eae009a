/**
 * The "关键小事" service desk: a talent's requests (children's schooling, home purchase, medical
 * green channel, spouse employment, hukou, other), each owned by a department and its concierge
 * team, handled in the closed loop of a government hotline with three working-day clocks, and
 * bundles ("人才服务一件事") filed once and fanned out, shown to the talent as one case.
 */
import { z } from 'zod';
import { isoDate } from './common.schema.js';
import { EVIDENCE_KINDS } from './recognition.schema.js';

/** What a request is about. */
export const SERVICE_CATEGORIES = ['children_schooling', 'home_purchase', 'medical_green_channel', 'spouse_employment', 'hukou', 'other'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** The fields the handling department needs, per category (each required; free text up to 500 characters). */
export const SERVICE_FORM_FIELDS = {
  children_schooling: ['childName', 'childBirthDate', 'schoolStage', 'preferredDistrict'],
  home_purchase: ['district', 'purchaseNeed'],
  medical_green_channel: ['patientName', 'hospital', 'medicalNeed'],
  spouse_employment: ['spouseName', 'spouseOccupation', 'preferredDistrict'],
  hukou: ['householdMembers', 'moveFrom'],
  other: ['subject', 'detail'],
} as const satisfies Record<ServiceCategory, readonly string[]>;
export type ServiceFormField = (typeof SERVICE_FORM_FIELDS)[ServiceCategory][number];

/** Bundles of requests filed in one form ("人才服务一件事"). */
export const SERVICE_BUNDLES = { arrival: ['hukou', 'children_schooling', 'home_purchase'] } as const satisfies Record<string, readonly ServiceCategory[]>;
export type ServiceBundle = keyof typeof SERVICE_BUNDLES;

/** The closed loop: accepted → assigned → in progress → answered → closed → follow-up → rated. */
export const SERVICE_STATUSES = ['accepted', 'assigned', 'in_progress', 'answered', 'closed', 'follow_up', 'rated'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** How a request ended. */
export const SERVICE_OUTCOMES = ['resolved', 'not_possible', 'redirected'] as const;
export type ServiceOutcome = (typeof SERVICE_OUTCOMES)[number];

/** Whom a stopped clock waits for. */
export const CLOCK_STOP_PARTIES = ['talent', 'third_party'] as const;
export type ClockStopParty = (typeof CLOCK_STOP_PARTIES)[number];

/** The three clocks. */
export const SERVICE_CLOCKS = ['first_contact', 'update', 'resolution'] as const;
export type ServiceClock = (typeof SERVICE_CLOCKS)[number];

/** What happened to a request (a timeline step). */
export const SERVICE_ACTIONS = [
  'submit',
  'claim',
  'contact',
  'update',
  'hand_over',
  'co_handle',
  'stop_clock',
  'resume_clock',
  'answer',
  'close',
  'follow_up',
  'rate',
  'reopen',
  'escalate_head',
  'escalate_office',
] as const;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];

const text = z.string().trim().min(1).max(500);
const formValues = z.record(z.string().max(40), z.string().max(500));

/** POST /api/v1/service-requests: one request. Evidence is reused from the talent's file; consent is required. */
export const fileServiceRequestBody = z
  .object({
    category: z.enum(SERVICE_CATEGORIES),
    form: formValues,
    evidenceIds: z.array(z.string().uuid('must be an evidence id (UUID)')).max(20).default([]),
    consent: z.literal(true, { message: 'must be true: consent to share with the handling department' }),
  })
  .strict();
export type FileServiceRequestBody = z.infer<typeof fileServiceRequestBody>;

/** POST /api/v1/service-cases: a bundle in one form, one set of evidence, fanned out. */
export const fileServiceBundleBody = z
  .object({
    bundle: z.enum(Object.keys(SERVICE_BUNDLES) as [ServiceBundle, ...ServiceBundle[]]),
    forms: z.record(z.string(), formValues),
    evidenceIds: z.array(z.string().uuid('must be an evidence id (UUID)')).max(20).default([]),
    consent: z.literal(true, { message: 'must be true: consent to share with the handling departments' }),
  })
  .strict();
export type FileServiceBundleBody = z.infer<typeof fileServiceBundleBody>;

export const serviceRequestParams = z.object({ id: z.string().uuid('must be a request id (UUID)') }).strict();

export const noteBody = z.object({ note: text }).strict();
export const handOverBody = z.object({ toUserId: z.string().uuid('must be an account id (UUID)'), note: text }).strict();
export const coHandleBody = z.object({ department: z.string().min(1).max(40), note: text }).strict();
export const stopClockBody = z.object({ waitingFor: z.enum(CLOCK_STOP_PARTIES), note: text }).strict();
export const answerBody = z
  .object({
    outcome: z.enum(SERVICE_OUTCOMES),
    note: text,
    /** The rule that makes it not possible (required for `not_possible`). */
    rule: z.string().trim().max(300).optional(),
    /** Where the talent was sent (required for `redirected`). */
    redirectedTo: z.string().trim().max(200).optional(),
  })
  .strict();
export type AnswerBody = z.infer<typeof answerBody>;
export const rateBody = z.object({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(500).optional() }).strict();
export const reopenBody = z.object({ reason: text }).strict();

/** One clock: when it is due, whether it is met, overdue, or stopped. */
export const serviceClockView = z.object({
  clock: z.enum(SERVICE_CLOCKS),
  dueOn: isoDate.nullable(),
  metOn: isoDate.nullable(),
  overdue: z.boolean(),
});

/** One step of a request's timeline. */
export const serviceStep = z.object({
  at: z.string(),
  action: z.enum(SERVICE_ACTIONS),
  status: z.enum(SERVICE_STATUSES),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
});

/** A request as its talent and its handlers see it. */
export const serviceRequest = z.object({
  id: z.string(),
  caseId: z.string(),
  talentId: z.string(),
  talentName: z.string().nullable(),
  category: z.enum(SERVICE_CATEGORIES),
  department: z.string(),
  departmentName: z.object({ zh: z.string(), en: z.string() }),
  coDepartments: z.array(z.string()),
  form: z.record(z.string(), z.string()),
  evidenceIds: z.array(z.string()),
  /** The files shared with the handling department(s), as the talent chose them from their file. */
  evidence: z.array(z.object({ id: z.string(), kind: z.enum(EVIDENCE_KINDS), fileName: z.string() })),
  status: z.enum(SERVICE_STATUSES),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  submittedOn: isoDate,
  clocks: z.array(serviceClockView),
  /** The clock is stopped: for whom, why, by whom, since when. */
  stopped: z.object({ waitingFor: z.enum(CLOCK_STOP_PARTIES), note: z.string(), byName: z.string().nullable(), since: isoDate }).nullable(),
  escalation: z.number().int(),
  outcome: z.enum(SERVICE_OUTCOMES).nullable(),
  answer: z.string().nullable(),
  rule: z.string().nullable(),
  redirectedTo: z.string().nullable(),
  closedOn: isoDate.nullable(),
  reopened: z.boolean(),
  rating: z.number().int().nullable(),
  steps: z.array(serviceStep),
});
export type ServiceRequest = z.infer<typeof serviceRequest>;
export const serviceRequestList = z.object({ items: z.array(serviceRequest) });
export type ServiceRequestList = z.infer<typeof serviceRequestList>;

/** A case: one request, or a bundle's requests, shown to the talent as one. */
export const serviceCase = z.object({
  id: z.string(),
  bundle: z.string().nullable(),
  createdAt: z.string(),
  requests: z.array(serviceRequest),
});
export type ServiceCase = z.infer<typeof serviceCase>;
export const serviceCaseList = z.object({ items: z.array(serviceCase) });
export type ServiceCaseList = z.infer<typeof serviceCaseList>;

/** POST /api/v1/service-requests/escalate: who was escalated on a date. */
export const serviceEscalation = z.object({ at: isoDate, toHead: z.array(z.string()), toOffice: z.array(z.string()) });
export type ServiceEscalation = z.infer<typeof serviceEscalation>;
export const serviceEscalateBody = z.object({ at: isoDate.optional() }).strict();

/** How a concierge is judged: resolution rate, reopen rate and time, satisfaction beside them. */
export const conciergeStats = z.object({
  items: z.array(
    z.object({
      userId: z.string(),
      name: z.string().nullable(),
      answered: z.number().int(),
      resolutionRate: z.number().nullable(),
      reopenRate: z.number().nullable(),
      medianWorkingDays: z.number().nullable(),
      meanRating: z.number().nullable(),
    }),
  ),
});
export type ConciergeStats = z.infer<typeof conciergeStats>;

/** GET /api/v1/service-requests: open requests only, or only those overdue today. */
export const serviceRequestQuery = z
  .object({
    open: z.enum(['true', 'false']).optional(),
    overdue: z.enum(['true', 'false']).optional(),
  })
  .strict();

/** The concierges a request can be handed over to. */
export const conciergeList = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), department: z.string().nullable() })),
});
export type ConciergeList = z.infer<typeof conciergeList>;
