/**
 * Shapes cases for the API: the talent's timeline (steps with who acted), who holds the case
 * and when they are due, the evidence attached and still missing, and (for the office) the
 * objections. Loads what it needs for a whole list in a few queries.
 */
import { ACTOR_LABELS, type Objection, type Recognition, type RecognitionStep, type Tier } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import { departmentName, type City } from '../city/city-file.js';
import type { CityCalendar } from '../calendar/city-calendar.js';
import { businessDate } from '../platform/clock.js';
import { maskContact } from '../personal-data/personal-data.js';
import { findEvidenceByIds, toEvidence } from '../evidence/evidence.service.js';
import { dueDateOf, holderOf, missingEvidence, requiredEvidence } from './recognition.rules.js';
import { listAttached, listObjections, listSteps, talentFacts, type ObjectionRow, type RecognitionRow, type StepRow } from './recognition.repository.js';

function toStep(s: StepRow, city: City): RecognitionStep {
  return {
    at: s.at.toISOString(),
    action: s.action,
    fromStatus: s.fromStatus ?? null,
    toStatus: s.toStatus,
    actorRole: s.actorRole,
    actorLabel: s.actorDepartment
      ? departmentName(city, s.actorDepartment)
      : (ACTOR_LABELS[s.actorRole as keyof typeof ACTOR_LABELS] ?? { zh: s.actorRole, en: s.actorRole }),
    reason: s.reason,
    detail: s.detail,
  };
}

function toObjection(ctx: AppContext, o: ObjectionRow): Objection {
  return {
    id: o.id,
    recognitionId: o.recognitionId,
    name: o.name,
    contact: maskContact(ctx.cipher.decrypt(o.contactEnc)),
    reason: o.reason,
    filedAt: o.filedAt.toISOString(),
    status: o.status,
    resolution: o.resolution,
    resolvedAt: o.resolvedAt?.toISOString() ?? null,
  };
}

/** Due date on the city calendar; null when the calendar does not cover the date yet. */
function safeDue(cal: CityCalendar, row: RecognitionRow, openSince: string | null): string | null {
  try {
    return dueDateOf(row, cal, openSince);
  } catch {
    return null;
  }
}

/** Presents cases; `withObjections` for the office and the auditor (contacts are personal data). */
export async function presentRecognitions(
  ctx: AppContext,
  conn: Db | Tx,
  rows: RecognitionRow[],
  opts: { withObjections?: boolean } = {},
): Promise<Recognition[]> {
  const ids = rows.map((r) => r.id);
  const cal = ctx.calendar.current();
  // In turn, not in parallel: `conn` may be a transaction (one connection).
  const steps = await listSteps(conn, ids);
  const attached = await listAttached(conn, ids);
  const objections = await listObjections(conn, ids);
  const evidence = new Map((await findEvidenceByIds(conn, [...new Set(attached.map((a) => a.evidenceId))])).map((e) => [e.id, e]));
  const facts = new Map<string, Awaited<ReturnType<typeof talentFacts>>>();
  for (const t of new Set(rows.map((r) => r.talentId))) facts.set(t, await talentFacts(conn, t));
  return rows.map((r) => {
    const f = facts.get(r.talentId) ?? null;
    const ev = attached
      .filter((a) => a.recognitionId === r.id)
      .map((a) => evidence.get(a.evidenceId)!)
      .filter(Boolean)
      .map((e) => toEvidence(e));
    const objs = objections.filter((o) => o.recognitionId === r.id);
    const open = objs.filter((o) => o.status === 'open');
    const required = f ? requiredEvidence(f) : [];
    const due = safeDue(cal, r, open[0] ? businessDate(open[0].filedAt) : null);
    return {
      id: r.id,
      talentId: r.talentId,
      talentName: r.talentName,
      employerName: r.employerName,
      status: r.status,
      proposedTier: r.proposedTier as Tier,
      requestDate: r.requestDate,
      requestedByRole: r.requestedByRole,
      holder: holderOf(r.status, ctx.city.roles, open.length),
      dueDate: due,
      dueDateProvisional: cal.isProvisional(due),
      noticeStartsOn: r.noticeStartsOn,
      noticeEndsOn: r.noticeEndsOn,
      grantedAt: r.grantedAt?.toISOString() ?? null,
      validUntil: r.validUntil,
      lastReason: r.lastReason,
      socialInsuranceMonths: f?.socialInsuranceMonths ?? null,
      evidence: ev,
      requiredEvidence: required,
      missingEvidence: missingEvidence(required, ev),
      steps: steps.filter((s) => s.recognitionId === r.id).map((s) => toStep(s, ctx.city)),
      ...(opts.withObjections ? { objections: objs.map((o) => toObjection(ctx, o)) } : {}),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}
