/**
 * In-app notifications: every kind the server writes, each with the payload it carries. The
 * server can only write a notification of one of these kinds with its payload (the outbox takes
 * a `NotificationContent`), and the web reads the same union, so a new kind is a type error in
 * the bell until it has a line and a link.
 */
import { z } from 'zod';
import { TIERS } from './enums.js';
import { departmentCode, isoDate } from './common.schema.js';
import { APPLICATION_STATUSES } from './application.schema.js';
import { RECOGNITION_STATUSES } from './recognition.schema.js';
import { SERVICE_ACTIONS, SERVICE_CATEGORIES, SERVICE_STATUSES } from './service-desk.schema.js';
import { eventNotice } from './events.schema.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** What a notification about an application says of it: which one, where it stands, by when. */
export const applicationNotice = z.object({
  applicationId: z.string(),
  policyId: z.string(),
  title: bilingual,
  status: z.enum(APPLICATION_STATUSES),
  /** The department holding it now (null once it is closed or back with the talent). */
  department: departmentCode.nullable(),
  departmentName: bilingual.nullable(),
  dueDate: isoDate.nullable(),
  /** The reviewer's reason, on a return, rejection or appeal. */
  reason: z.string().optional(),
});
export type ApplicationNotice = z.infer<typeof applicationNotice>;

/** Application steps told with the plain payload. */
export const APPLICATION_NOTIFICATION_KINDS = [
  'application.submit',
  'application.approve',
  'application.first_approval',
  'application.first_approval_withdrawn',
  'application.reject',
  'application.return',
  'application.resubmit',
  'application.appeal',
] as const;

/** What a notification about a recognition case says of it. */
export const recognitionNotice = z.object({
  recognitionId: z.string(),
  status: z.enum(RECOGNITION_STATUSES),
  tier: z.enum(TIERS).nullable(),
  reason: z.string().optional(),
  /** Last day of the public notice, once it has started. */
  noticeEndsOn: isoDate.optional(),
  /** Until when the granted tier holds (on `recognition.finalize`). */
  validUntil: isoDate.optional(),
});
export type RecognitionNotice = z.infer<typeof recognitionNotice>;

/** Every step of a recognition case is told to the people it concerns. */
export const RECOGNITION_NOTIFICATION_KINDS = [
  'recognition.request',
  'recognition.submit',
  'recognition.hr_approve',
  'recognition.hr_reject',
  'recognition.hr_return',
  'recognition.office_approve',
  'recognition.office_reject',
  'recognition.office_return',
  'recognition.withdraw',
  'recognition.objection_filed',
  'recognition.objection_upheld',
  'recognition.objection_dismissed',
  'recognition.finalize',
  'recognition.mutual_recognize',
  'recognition.source_revoked',
] as const;

/** What a 免申即享 sweep tells a talent: the policies now granted (`auto`) or to claim (`notify`). */
export const benefitNotice = z.object({ at: isoDate, policies: z.array(z.string()).min(1), sweepId: z.string() });
export type BenefitNotice = z.infer<typeof benefitNotice>;

/** What the finance bureau's file told of one payment line. */
export const paymentNotice = z.object({
  lineId: z.string(),
  batchId: z.string(),
  /** The month paid for, YYYY-MM. */
  period: z.string().regex(/^\d{4}-\d{2}$/),
  policyId: z.string(),
  title: bilingual,
  amountFen: z.number().int(),
});
export type PaymentNotice = z.infer<typeof paymentNotice>;

/** Payments a batch run found due but could not commit: the talent has recorded no payout account. */
export const paymentAwaitingAccountNotice = z.object({
  batchId: z.string(),
  /** The batch's month, YYYY-MM. */
  period: z.string().regex(/^\d{4}-\d{2}$/),
  lines: z.number().int().min(1),
  amountFen: z.number().int(),
});
export type PaymentAwaitingAccountNotice = z.infer<typeof paymentAwaitingAccountNotice>;

/**
 * A security notice: the talent's payout account was recorded, replaced or removed (bank and
 * masked number only), so a change they did not make does not go unnoticed.
 */
export const payoutAccountNotice = z.object({ bank: z.string(), accountMask: z.string() });
export type PayoutAccountNotice = z.infer<typeof payoutAccountNotice>;

/**
 * A department's data differs from what the talent declared (数据共享): which department, the
 * facts in question (profile field names), the talent and the import that brought them.
 */
export const factContradictedNotice = z.object({
  department: departmentCode,
  departmentName: bilingual,
  talentId: z.string(),
  talentName: z.string(),
  fields: z.array(z.string()).min(1),
  importId: z.string(),
});
export type FactContradictedNotice = z.infer<typeof factContradictedNotice>;

/** Every kind of notification with its payload. */
export const notificationContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(APPLICATION_NOTIFICATION_KINDS), payload: applicationNotice }),
  /** Past its working-day deadline; the holder's copy counts the working days overdue. */
  z.object({ kind: z.literal('application.escalate'), payload: applicationNotice.extend({ workingDaysOverdue: z.number().int().optional() }) }),
  /** An imported holiday notice moved the deadline (`source`: the notice). */
  z.object({ kind: z.literal('application.due_date_moved'), payload: applicationNotice.extend({ previousDueDate: isoDate, source: z.string() }) }),
  z.object({ kind: z.enum(RECOGNITION_NOTIFICATION_KINDS), payload: recognitionNotice }),
  z.object({ kind: z.enum(['benefit.granted', 'benefit.notice']), payload: benefitNotice }),
  z.object({ kind: z.literal('payment.paid'), payload: paymentNotice }),
  z.object({ kind: z.literal('payment.failed'), payload: paymentNotice.extend({ reason: z.string() }) }),
  z.object({ kind: z.literal('payment.awaiting_account'), payload: paymentAwaitingAccountNotice }),
  /** `replaced`: an account was on file before (its bank and mask in `previous`). */
  z.object({
    kind: z.literal('payout_account.set'),
    payload: payoutAccountNotice.extend({ replaced: z.boolean(), previous: payoutAccountNotice.nullable() }),
  }),
  z.object({ kind: z.literal('payout_account.removed'), payload: payoutAccountNotice }),
  z.object({ kind: z.literal('fact.contradicted'), payload: factContradictedNotice }),
  /** The office cleared the talent's ID number after checking a number two talents gave; enter it again. */
  z.object({ kind: z.literal('talent.id_number_cleared'), payload: z.object({ reason: z.string() }) }),
  /** A step of a service-desk request told to whom it concerns (talent, new owner, co-handling department, head, office). */
  z.object({
    kind: z.literal('service_request.step'),
    payload: z.object({
      requestId: z.string(),
      category: z.enum(SERVICE_CATEGORIES),
      action: z.enum(SERVICE_ACTIONS),
      status: z.enum(SERVICE_STATUSES),
      dueOn: isoDate.nullable(),
    }),
  }),
  /** A demand survey (需求摸排) sent to the employer, or a reminder before its deadline. */
  z.object({ kind: z.enum(['survey.sent', 'survey.reminder']), payload: z.object({ surveyId: z.string(), title: z.string(), deadline: isoDate }) }),
  /** A registration for an event changed: confirmed, waitlisted, a place offered, declined, cancelled, expired. */
  z.object({ kind: z.literal('event.registration'), payload: eventNotice }),
]);
/** A notification's kind and payload, as the server writes it. */
export type NotificationContent = z.infer<typeof notificationContent>;
/** Every notification kind. */
export type NotificationKind = NotificationContent['kind'];

/** One notification in the inbox. */
export const notification = z.intersection(notificationContent, z.object({ id: z.string(), createdAt: z.string(), readAt: z.string().nullable() }));
export type Notification = z.infer<typeof notification>;
export const notificationList = z.object({ items: z.array(notification), unread: z.number().int() });
export type NotificationList = z.infer<typeof notificationList>;
/** POST /api/v1/notifications/read-all: how many were marked. */
export const markedRead = z.object({ marked: z.number().int() });
export type MarkedRead = z.infer<typeof markedRead>;
export const notificationParams = z.object({ id: z.string().uuid('must be a notification id (UUID)') }).strict();
