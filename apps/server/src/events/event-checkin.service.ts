/**
 * Check-in at the door: scans from a door device, one at a time or a batch uploaded on sync.
 * Each ticket is verified as any phone would (signature against the published keys, the door's
 * event, validity at the scan time, the event's revocation list), then admitted exactly once by
 * the attendance row's primary key: the earliest scan by scan time wins, later scans are
 * duplicates naming when and by which device the holder was admitted. Invalid scans write nothing;
 * a batch sent twice writes nothing the second time and answers the same. The scans table is
 * the record of who scanned what (by device), so a scan is not audited once more.
 */
import type { CheckinBody, CheckinOutcome } from '@bole/contracts';
import { notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { publishedJwks } from '../talent-code/signing-key.service.js';
import { verifyTicket } from './event-ticket.js';
import { admitEarliest, attendanceCounts, findEvent, findTicket, insertScan, revokedTicketIds, type EventRow } from './event.repository.js';

const invalidScan = (reason: CheckinOutcome['reason']): CheckinOutcome => ({
  result: 'invalid',
  reason,
  ticketId: null,
  holder: null,
  sessionCode: null,
  admittedAt: null,
  admittedBy: null,
});

/** A scan that verified, waiting to be recorded. */
interface VerifiedScan {
  index: number;
  ticketId: string;
  sessionId: string;
  sessionCode: string;
  holder: string;
  scannedAt: string;
}

/** Verifies each scan for the door of `event`; the outcome of the invalid ones, the rest to record. */
async function verifyScans(ctx: AppContext, event: EventRow, body: CheckinBody) {
  const keys = (await publishedJwks(ctx)).keys;
  const revoked = new Set(await revokedTicketIds(ctx.db, event.id));
  const outcomes: CheckinOutcome[] = [];
  const verified: VerifiedScan[] = [];
  for (const [index, scan] of body.scans.entries()) {
    const check = await verifyTicket(scan.ticket, keys, event.code, new Date(scan.scannedAt), revoked);
    if (!check.ok) {
      outcomes[index] = invalidScan(check.reason);
      continue;
    }
    const row = await findTicket(ctx.db, check.ticket.tid);
    if (!row || row.eventId !== event.id) {
      outcomes[index] = invalidScan('unknown_ticket');
      continue;
    }
    verified.push({ index, ticketId: row.id, sessionId: row.sessionId, sessionCode: check.ticket.se, holder: check.ticket.name, scannedAt: scan.scannedAt });
  }
  return { outcomes, verified };
}

/** Records the scans of a door device at event `code` and answers each: valid, duplicate or invalid. */
export async function checkIn(ctx: AppContext, code: string, body: CheckinBody): Promise<CheckinOutcome[]> {
  const event = await findEvent(ctx.db, code);
  if (!event) throw notFound({ en: `Event ${code}`, zh: `活动 ${code}` });
  const { outcomes, verified } = await verifyScans(ctx, event, body);
  if (verified.length === 0) return outcomes;
  // In scan-time order, so that within a batch too the first scan is the one admitted.
  const ordered = [...verified].sort((a, b) => Date.parse(a.scannedAt) - Date.parse(b.scannedAt) || a.index - b.index);
  const receivedAt = ctx.clock.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    for (const s of ordered) {
      await insertScan(tx, { ticketId: s.ticketId, deviceId: body.deviceId, scannedAt: s.scannedAt, receivedAt });
      const admitted = await admitEarliest(tx, {
        ticketId: s.ticketId,
        eventId: event.id,
        sessionId: s.sessionId,
        deviceId: body.deviceId,
        scannedAt: s.scannedAt,
      });
      const first = admitted.deviceId === body.deviceId && Date.parse(admitted.scannedAt) === Date.parse(s.scannedAt);
      outcomes[s.index] = {
        result: first ? 'valid' : 'duplicate',
        reason: null,
        ticketId: s.ticketId,
        holder: s.holder,
        sessionCode: s.sessionCode,
        admittedAt: first ? null : new Date(admitted.scannedAt).toISOString(),
        admittedBy: first ? null : admitted.deviceId,
      };
    }
  });
  return outcomes;
}

/** Attendance per session of event `code`: confirmed, admitted, duplicate scans. */
export async function eventAttendance(ctx: AppContext, code: string) {
  const event = await findEvent(ctx.db, code);
  if (!event) throw notFound({ en: `Event ${code}`, zh: `活动 ${code}` });
  const rows = await attendanceCounts(ctx.db, event.id);
  return { event: code, sessions: rows.map(({ code: c, title, confirmed, admitted, duplicates }) => ({ code: c, title, confirmed, admitted, duplicates })) };
}

/** The event's revoked ticket ids, for door phones checking offline. */
export async function eventRevocations(ctx: AppContext, code: string) {
  const event = await findEvent(ctx.db, code);
  if (!event) throw notFound({ en: `Event ${code}`, zh: `活动 ${code}` });
  return { event: code, revoked: await revokedTicketIds(ctx.db, event.id), at: ctx.clock.now().toISOString() };
}
