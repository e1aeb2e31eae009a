/**
 * Flexible engagement (柔性引才): records between an expert and an employer, and the check-ins
 * that count the expert's days on site. They set the engine's `engagementMode`,
 * `onsiteDaysLastYear`, `dualAppointment` and `specialPost` as employer-confirmed facts.
 */
import { z } from 'zod';
import { isoDate } from './common.schema.js';
import { FLEXIBLE_MODES, type EngagementKind } from './enums.js';

/** How an engagement record engages the expert: every kind of `ENGAGEMENT_KINDS` but full-time. */
export const FLEX_MODES = [...FLEXIBLE_MODES, 'dual_appointment', 'industry_advisor', 'chief_expert'] as const satisfies readonly EngagementKind[];
export type FlexMode = (typeof FLEX_MODES)[number];

/** How a check-in was made: the employer scanned the expert's talent code, or the expert checked in. */
export const CHECKIN_METHODS = ['code_scan', 'self'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

/** A check-in by the expert waits for the employer; a scan is confirmed at once. */
export const CHECKIN_STATUSES = ['pending', 'confirmed', 'declined'] as const;
export type CheckinStatus = (typeof CHECKIN_STATUSES)[number];

/** POST /api/v1/engagements — the employer records an engagement with the expert whose talent code it scanned. */
export const engagementInput = z
  .object({
    talentCode: z.string().trim().min(1, 'is required').max(4000),
    mode: z.enum(FLEX_MODES),
    daysPerYear: z.number().int().min(1, 'must be at least 1').max(366),
    deliverables: z.string().trim().min(1, 'is required').max(2000),
    startDate: isoDate,
    endDate: isoDate,
    /** 双聘 only: the other employer and this employer's share of the expert's time, in percent. */
    partnerEmployerId: z.string().uuid().optional(),
    sharePercent: z.number().int().min(1, 'must be between 1 and 99').max(99, 'must be between 1 and 99').optional(),
  })
  .strict()
  .superRefine((v, c) => {
    if (v.endDate < v.startDate) c.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
    if (v.mode === 'dual_appointment') {
      if (!v.partnerEmployerId) c.addIssue({ code: 'custom', path: ['partnerEmployerId'], message: 'is required for a dual appointment' });
      if (v.sharePercent === undefined) c.addIssue({ code: 'custom', path: ['sharePercent'], message: 'is required for a dual appointment' });
    } else {
      if (v.partnerEmployerId) c.addIssue({ code: 'custom', path: ['partnerEmployerId'], message: 'is only for a dual appointment' });
      if (v.sharePercent !== undefined) c.addIssue({ code: 'custom', path: ['sharePercent'], message: 'is only for a dual appointment' });
    }
  });
export type EngagementInput = z.infer<typeof engagementInput>;

/** An engagement with its days on site so far. */
export const engagement = z.object({
  id: z.string(),
  talentId: z.string(),
  expertName: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  mode: z.enum(FLEX_MODES),
  daysPerYear: z.number().int(),
  deliverables: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  partnerEmployerId: z.string().nullable(),
  partnerEmployerName: z.string().nullable(),
  sharePercent: z.number().int().nullable(),
  /** Confirmed days on site in the current calendar year, and awaiting confirmation. */
  daysThisYear: z.number().int(),
  pendingCheckins: z.number().int(),
});
export type Engagement = z.infer<typeof engagement>;
export const engagementList = z.object({ items: z.array(engagement) });
export type EngagementList = z.infer<typeof engagementList>;

/** One day on site. */
export const checkin = z.object({
  id: z.string(),
  engagementId: z.string(),
  day: z.string(),
  method: z.enum(CHECKIN_METHODS),
  status: z.enum(CHECKIN_STATUSES),
  place: z.string().nullable(),
  recordedAt: z.string(),
});
export type Checkin = z.infer<typeof checkin>;
export const checkinList = z.object({ items: z.array(checkin) });
export type CheckinList = z.infer<typeof checkinList>;

/** POST /api/v1/engagements/:id/checkins — by the employer with the scanned code, or by the expert with the place. */
export const checkinInput = z
  .object({
    day: isoDate,
    talentCode: z.string().trim().min(1).max(4000).optional(),
    place: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type CheckinInput = z.infer<typeof checkinInput>;

/** POST /api/v1/checkins/:id/decision — the employer confirms or declines an expert's check-in. */
export const checkinDecisionBody = z.object({ decision: z.enum(['confirm', 'decline']) }).strict();
