/**
 * Events (学术会议, 高端论坛, 大赛路演): sessions with a capacity, registration open to all or to
 * talents a policy of the pack holds for, approval by the organisers, a waitlist whose freed
 * places are offered in order with a reply window, signed tickets and check-in at the door.
 */
import { z } from 'zod';

/** Kinds of event. */
export const EVENT_KINDS = ['conference', 'forum', 'roadshow'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Who may register: every talent, or those the event's policy holds for on verified facts. */
export const EVENT_AUDIENCES = ['all', 'eligible'] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

/**
 * Where a registration stands. `pending` (awaiting the organisers), `confirmed` and `offered` hold
 * a place; `waitlisted` waits for one; the rest are closed.
 */
export const EVENT_REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted', 'offered', 'declined', 'cancelled', 'expired'] as const;
export type EventRegistrationStatus = (typeof EVENT_REGISTRATION_STATUSES)[number];

/** The statuses that hold a place in the session. */
export const EVENT_PLACE_HOLDING: readonly EventRegistrationStatus[] = ['pending', 'confirmed', 'offered'];
/** The statuses of a registration still alive (a talent has at most one per session). */
export const EVENT_REGISTRATION_ACTIVE: readonly EventRegistrationStatus[] = ['pending', 'confirmed', 'waitlisted', 'offered'];

/** What the door shows for a scan. */
export const CHECKIN_RESULTS = ['valid', 'duplicate', 'invalid'] as const;
export type CheckinResult = (typeof CHECKIN_RESULTS)[number];

/** Why a scan is invalid (the door shows a plain 无效; the office sees the reason). */
export const TICKET_INVALID_REASONS = ['malformed', 'bad_signature', 'other_event', 'expired', 'revoked', 'unknown_ticket'] as const;
export type TicketInvalidReason = (typeof TICKET_INVALID_REASONS)[number];

/** The JWS `typ` of a ticket. */
export const EVENT_TICKET_TYP = 'et+jwt';

/** Default reply window of a waitlist offer, in hours. */
export const DEFAULT_OFFER_HOURS = 48;

const code = z.string().regex(/^[A-Za-z0-9-]{1,20}$/, 'letters, digits and - only (at most 20)');
const instant = z.iso.datetime({ offset: true });

/** A session to create with its event. */
export const eventSessionInput = z.object({
  code,
  title: z.string().trim().min(1).max(100),
  startsAt: instant,
  endsAt: instant,
  capacity: z.number().int().min(1).max(100_000),
});
export type EventSessionInput = z.infer<typeof eventSessionInput>;

/** An event to create or edit. */
export const eventInput = z.object({
  code,
  title: z.string().trim().min(1).max(100),
  kind: z.enum(EVENT_KINDS),
  venue: z.string().trim().min(1).max(100),
  audience: z.enum(EVENT_AUDIENCES),
  /** The pack's policy deciding who may register when the audience is `eligible`. */
  policyId: z.string().min(1).max(80).nullable(),
  approvalRequired: z.boolean(),
  waitlist: z.boolean(),
  offerHours: z.number().int().min(1).max(720),
  registrationClosesAt: instant,
  sessions: z.array(eventSessionInput).min(1).max(20),
});
export type EventInput = z.infer<typeof eventInput>;

/** A session as read, with its places. */
export const eventSession = eventSessionInput.extend({ id: z.uuid(), taken: z.number().int(), waiting: z.number().int() });
export type EventSession = z.infer<typeof eventSession>;

/** An event as read. */
export const eventView = eventInput.omit({ sessions: true }).extend({
  id: z.uuid(),
  cancelled: z.boolean(),
  registrationOpen: z.boolean(),
  sessions: z.array(eventSession),
});
export type EventView = z.infer<typeof eventView>;
export const eventList = z.object({ items: z.array(eventView) });
export type EventList = z.infer<typeof eventList>;

export const eventParams = z.object({ code });
export const eventRegistrationParams = z.object({ code, registrationId: z.uuid() });
export const myRegistrationParams = z.object({ registrationId: z.uuid() });

/** A talent registering for one session. */
export const eventRegisterBody = z.object({ sessionCode: code });
export type EventRegisterBody = z.infer<typeof eventRegisterBody>;

/** A registration as read by its talent or the organisers (the name masked for the organisers' lists). */
export const eventRegistration = z.object({
  id: z.uuid(),
  eventCode: z.string(),
  eventTitle: z.string(),
  sessionCode: z.string(),
  sessionTitle: z.string(),
  startsAt: z.string(),
  holder: z.string(),
  status: z.enum(EVENT_REGISTRATION_STATUSES),
  /** Place on the waitlist (1 = next), while waitlisted. */
  waitlistPlace: z.number().int().nullable(),
  offerExpiresAt: z.string().nullable(),
  registeredAt: z.string(),
  /** The ticket's QR text, while confirmed. */
  ticket: z.string().nullable(),
  admittedAt: z.string().nullable(),
});
export type EventRegistration = z.infer<typeof eventRegistration>;
export const eventRegistrationList = z.object({ items: z.array(eventRegistration) });
export type EventRegistrationList = z.infer<typeof eventRegistrationList>;

/** What a ticket says (the signed payload; no personal data beyond the masked name). */
export const eventTicketPayload = z.object({
  /** Event code. */
  ev: z.string(),
  /** Session code. */
  se: z.string(),
  /** Ticket id. */
  tid: z.string(),
  /** Masked holder name (张*明). */
  name: z.string(),
  nbf: z.number().int(),
  exp: z.number().int(),
});
export type EventTicketPayload = z.infer<typeof eventTicketPayload>;

/** The event's revoked ticket ids (public: a door phone checks tickets offline against it). */
export const eventRevocations = z.object({ event: z.string(), revoked: z.array(z.string()), at: z.string() });

/** Scans from a door device: one, or a batch uploaded on sync. */
export const checkinBody = z.object({
  deviceId: z.string().trim().min(1).max(40),
  scans: z
    .array(z.object({ ticket: z.string().min(1).max(2000), scannedAt: instant }))
    .min(1)
    .max(500),
});
export type CheckinBody = z.infer<typeof checkinBody>;

/** The outcome of one scan. */
export const checkinOutcome = z.object({
  result: z.enum(CHECKIN_RESULTS),
  reason: z.enum(TICKET_INVALID_REASONS).nullable(),
  ticketId: z.string().nullable(),
  holder: z.string().nullable(),
  sessionCode: z.string().nullable(),
  /** Set for a duplicate: when and by which device the ticket was admitted. */
  admittedAt: z.string().nullable(),
  admittedBy: z.string().nullable(),
});
export type CheckinOutcome = z.infer<typeof checkinOutcome>;
export const checkinResponse = z.object({ results: z.array(checkinOutcome) });
export type CheckinResponse = z.infer<typeof checkinResponse>;

/** Attendance per session. */
export const eventAttendance = z.object({
  event: z.string(),
  sessions: z.array(z.object({ code: z.string(), title: z.string(), confirmed: z.number().int(), admitted: z.number().int(), duplicates: z.number().int() })),
});
export type EventAttendance = z.infer<typeof eventAttendance>;

/** What a registration's notification carries: the event, the session and where it now stands. */
export const eventNotice = z.object({
  eventCode: z.string(),
  eventTitle: z.string(),
  sessionTitle: z.string(),
  status: z.enum(EVENT_REGISTRATION_STATUSES),
  offerExpiresAt: z.string().nullable(),
});
