/**
 * The event ticket: a compact JWS (header `{alg, kid, typ: "et+jwt"}`) signed with the
 * instance's talent-code key (Ed25519 or SM2 per BOLE_SIGNING_ALG), payload
 * `{ev, se, tid, name, nbf, exp}` — event and session codes, the ticket id, the holder's masked
 * name and its validity. Anyone verifies it offline with the published JWKS and the event's
 * revocation list. No I/O.
 */
import { EVENT_TICKET_TYP, eventTicketPayload, type EventTicketPayload, type TicketInvalidReason } from '@bole/contracts';
import { signCompact, verifyCompact, type PrivateKey, type PublicKeyJwk } from '../region/credentials/index.js';

/** What a ticket is issued for. */
export interface TicketClaims {
  event: string;
  session: string;
  ticketId: string;
  maskedName: string;
  validFrom: Date;
  validUntil: Date;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Signs a ticket. */
export function signTicket(claims: TicketClaims, key: PrivateKey): Promise<string> {
  const payload: EventTicketPayload = {
    ev: claims.event,
    se: claims.session,
    tid: claims.ticketId,
    name: claims.maskedName,
    nbf: seconds(claims.validFrom),
    exp: seconds(claims.validUntil),
  };
  return signCompact(payload, EVENT_TICKET_TYP, key);
}

/** The outcome of reading a ticket at a door. */
export type TicketCheck = { ok: true; ticket: EventTicketPayload } | { ok: false; reason: TicketInvalidReason; ticket: EventTicketPayload | null };

/**
 * Verifies a ticket for the door of `event` at `at`, with the published keys and the event's
 * revoked ticket ids: the signature, the type, the event, the validity window, revocation.
 */
export async function verifyTicket(text: string, keys: readonly PublicKeyJwk[], event: string, at: Date, revoked: ReadonlySet<string>): Promise<TicketCheck> {
  const v = await verifyCompact(text, keys);
  if (!v.ok) return { ok: false, reason: v.reason === 'bad_signature' ? 'bad_signature' : 'malformed', ticket: null };
  const parsed = eventTicketPayload.safeParse(v.payload);
  if (v.header.typ !== EVENT_TICKET_TYP || !parsed.success) return { ok: false, reason: 'malformed', ticket: null };
  const ticket = parsed.data;
  if (ticket.ev !== event) return { ok: false, reason: 'other_event', ticket };
  const t = seconds(at);
  if (t < ticket.nbf || t > ticket.exp) return { ok: false, reason: 'expired', ticket };
  if (revoked.has(ticket.tid)) return { ok: false, reason: 'revoked', ticket };
  return { ok: true, ticket };
}
