/**
 * The organisers' event form and the API's event input: times are typed as Shanghai wall-clock
 * (`YYYY-MM-DDTHH:mm`, a `datetime-local` field) and sent as instants with the +08:00 offset.
 */
import { DEFAULT_OFFER_HOURS, type EventInput, type EventView } from '@bole/contracts';
import { formatDateTime } from '../../shared/lib/date-time';

/** A session as the form holds it. */
export interface SessionValues {
  code: string;
  title: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
}

/** The form's values. */
export type EventFormValues = Omit<EventInput, 'registrationClosesAt' | 'sessions' | 'policyId'> & {
  policyId?: string;
  registrationClosesAt: string;
  sessions: SessionValues[];
};

/** A Shanghai wall-clock time as an instant. */
export function toInstant(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+08:00`;
}

/** An instant as Shanghai wall-clock for a `datetime-local` field. */
export function toLocal(instant: string): string {
  return formatDateTime(instant).replace(' ', 'T');
}

/** The API input of the form's values. */
export function eventInputOf(v: EventFormValues): EventInput {
  return {
    code: v.code.trim(),
    title: v.title,
    kind: v.kind,
    venue: v.venue,
    audience: v.audience,
    policyId: v.audience === 'eligible' && v.policyId ? v.policyId.trim() : null,
    approvalRequired: v.approvalRequired,
    waitlist: v.waitlist,
    offerHours: v.offerHours,
    registrationClosesAt: toInstant(v.registrationClosesAt),
    sessions: v.sessions.map((s) => ({ ...s, code: s.code.trim(), startsAt: toInstant(s.startsAt), endsAt: toInstant(s.endsAt) })),
  };
}

/** The form's values for an event being edited, or a new event's defaults. */
export function formValuesOf(e: EventView | null): Partial<EventFormValues> {
  if (!e)
    return {
      kind: 'forum',
      audience: 'all',
      approvalRequired: false,
      waitlist: true,
      offerHours: DEFAULT_OFFER_HOURS,
      sessions: [{ code: 'S1', title: '', startsAt: '', endsAt: '', capacity: 100 }],
    };
  return {
    code: e.code,
    title: e.title,
    kind: e.kind,
    venue: e.venue,
    audience: e.audience,
    policyId: e.policyId ?? undefined,
    approvalRequired: e.approvalRequired,
    waitlist: e.waitlist,
    offerHours: e.offerHours,
    registrationClosesAt: toLocal(e.registrationClosesAt),
    sessions: e.sessions.map((s) => ({ code: s.code, title: s.title, startsAt: toLocal(s.startsAt), endsAt: toLocal(s.endsAt), capacity: s.capacity })),
  };
}
