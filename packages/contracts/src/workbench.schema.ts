/**
 * 工作台: what waits for each signed-in staff role and the employer — each queue's count and the
 * most urgent items with their deadlines in working days of the city's calendar. One endpoint
 * per role (`GET /api/v1/workbench/<role>`), each answering this shape.
 */
import { z } from 'zod';
import type { Role } from './enums.js';
import type { RestrictedOperation } from './rules/route-access.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** The queues a workbench can show; each links to the screen where it is worked. */
export const WORKBENCH_QUEUES = [
  'applicationReview',
  'recognitionHr',
  'recognitionOffice',
  'noticesEnded',
  'openObjections',
  'secondApprovals',
  'overdueApplications',
  'paymentBatchesToApprove',
  'sweepsToConfirm',
  'idDisputes',
  'lockedAccounts',
  'disabledAccounts',
  'employeeRecognitions',
] as const;
export type WorkbenchQueue = (typeof WORKBENCH_QUEUES)[number];

/** One queue: how many items wait in it. */
export const workbenchQueueCount = z.object({
  queue: z.enum(WORKBENCH_QUEUES),
  count: z.number().int(),
  /** Counted up to a cap; show “N+”. */
  capped: z.boolean(),
});
export type WorkbenchQueueCount = z.infer<typeof workbenchQueueCount>;

/** One urgent item: who or what, and when it is due. */
export const workbenchItem = z.object({
  queue: z.enum(WORKBENCH_QUEUES),
  /** The case (application, recognition, second approval) the item opens. */
  id: z.string(),
  /** The person the case is about (a name, never an ID number). */
  talentName: z.string().nullable(),
  /** What the case is (a policy's title, a kind of request). */
  subject: bilingual,
  dueDate: z.string().nullable(),
  /** Working days from today to the due date by the city's calendar; negative when overdue. */
  workingDaysLeft: z.number().int().nullable(),
  dueDateProvisional: z.boolean(),
});
export type WorkbenchItem = z.infer<typeof workbenchItem>;

/** The audit chain's state, for auditors and administrators. */
export const workbenchAuditState = z.object({
  chainOk: z.boolean(),
  entries: z.number().int(),
  lastCheckpointAt: z.string().nullable(),
});

/** A role's workbench. */
export const workbench = z.object({
  asOf: z.string(),
  queues: z.array(workbenchQueueCount),
  /** The most urgent items across the queues, soonest due first. */
  urgent: z.array(workbenchItem),
  audit: workbenchAuditState.nullable(),
});
export type Workbench = z.infer<typeof workbench>;

/** The workbench operation of each role that has one. */
export const WORKBENCH_OPERATIONS = {
  reviewer: 'getReviewerWorkbench',
  officer: 'getOfficerWorkbench',
  concierge: 'getConciergeWorkbench',
  auditor: 'getAuditorWorkbench',
  admin: 'getAdminWorkbench',
  employer: 'getEmployerWorkbench',
} as const satisfies Partial<Record<Role, RestrictedOperation>>;
export type WorkbenchRole = keyof typeof WORKBENCH_OPERATIONS;
